// The public API of @common-ground/core: a curated list of named exports. Anything not listed here is internal.

export { type BuiltInLocale, type Catalog, catalogs, en, es, type MessageId } from './i18n/index.js';
export { formatMessage, type Message, type MessageParams, message } from './i18n/index.js';
export type { Flag, FlagEvidence, FlagKind, TextSource } from './patterns/flag.js';
export { type InputIssue, InputError } from './schemas/inputError.js';
export { type Pair, type PartnerId, PartnerIdSchema, otherPartner } from './schemas/partner.js';
