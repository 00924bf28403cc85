import { careEn, careEs } from './messages/care.js';
import { fairnessEn, fairnessEs } from './messages/fairness.js';
import { patternsEn, patternsEs } from './messages/patterns.js';
import { sessionEn, sessionEs } from './messages/session.js';

/** The English catalog: every message id the library can emit, with its text. */
export const en = { ...fairnessEn, ...patternsEn, ...careEn, ...sessionEn } as const;

/** Every message id the library can emit. */
export type MessageId = keyof typeof en;

/** A complete set of texts for one language. Supply your own to translate Common Ground. */
export type Catalog = Readonly<Record<MessageId, string>>;

/** The Spanish catalog. */
export const es: Catalog = { ...fairnessEs, ...patternsEs, ...careEs, ...sessionEs };

/** The catalogs that ship with the library, by locale. */
export const catalogs = { en, es } as const satisfies Record<string, Catalog>;

/** A locale that ships with the library. */
export type BuiltInLocale = keyof typeof catalogs;
