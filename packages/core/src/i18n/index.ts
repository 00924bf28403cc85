export { type BuiltInLocale, type Catalog, catalogs, en, es, type MessageId } from './catalog.js';
export { formatMessage, type Message, message, type MessageParams } from './message.js';
