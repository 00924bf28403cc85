// Which characters make up words, and how they fold. Internal: not exported from the package.

// Typed variants of the apostrophe: straight, curly, modifier letter, grave, acute and prime.
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019', '\u2018', '\u02BC', '`', '\u00B4', '\u2032']);

const foldCache = new Map<number, string | null>();
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const MARKS = /\p{M}/gu;

/** The folded form of one code point, or null when it is not part of a word. */
export function foldCodePoint(cp: number): string | null {
  // ASCII fast path: most text is ASCII, and this keeps a 1,000-character text well under a millisecond.
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) return String.fromCharCode(cp);
    return null;
  }
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(cp);
  let folded: string | null = null;
  // U+02BC (modifier letter apostrophe) is a letter to Unicode but an apostrophe to people who type it.
  if (!APOSTROPHES.has(char) && WORD_CHAR.test(char)) folded = char.toLowerCase().normalize('NFD').replace(MARKS, '');
  if (foldCache.size < 4096) foldCache.set(cp, folded);
  return folded;
}

/** True when the code point at `index` starts a word character. */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const cp = text.codePointAt(index);
  return cp !== undefined && foldCodePoint(cp) !== null;
}

/** True when the code point that ends just before `index` is a word character. */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  // A low surrogate belongs to a code point that starts one unit earlier.
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordAt(text, start);
}

/** True when the code point starting at `index` is a word character. */
export function isWordAfter(text: string, index: number): boolean {
  return isWordAt(text, index);
}
