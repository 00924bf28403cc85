export { type BuiltInLocale, type Catalog, catalogs, en, es, type MessageId } from './catalog.js';
export { formatMessage, type Message, type MessageParams, message } from './message.js';
