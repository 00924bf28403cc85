// Text normalisation for the language detectors. Internal: not exported from the package.
//
// The detectors match lexicon phrases against a normalised copy of the text: lower case, accents folded,
// apostrophes unified, punctuation reduced to two kinds of break, and typed spellings ("dont", "u") replaced
// by canonical words ("do not", "you"). Every normalised token remembers the range of the ORIGINAL text it
// came from, so a hit can always be reported as a span of what the person actually typed.

import { quoteRegions } from './quoteRegions.js';
import { APOSTROPHES, foldCodePoint, isWordAt } from './wordChars.js';

/** A word, a soft break (comma, colon, dash, bracket) or a hard break (end of a sentence or line). */
export type TokenKind = 'word' | 'comma' | 'stop';

/** One token of the scanned text, before spellings are applied. */
export type ScannedToken = {
  readonly kind: TokenKind;
  /** The folded form: a lower-case word without accents, `,` for a soft break, `.` for a hard break. */
  readonly form: string;
  /** Start offset (UTF-16) in the original text. */
  readonly start: number;
  /** End offset (UTF-16, exclusive) in the original text. */
  readonly end: number;
  /** True when the token lies inside quotation marks. */
  readonly quoted: boolean;
};

/** One token of normalised text: a scanned token, or one word of a spelling's replacement. */
export type NormalToken = ScannedToken & {
  /** Offset of the token in the normalised text. */
  readonly at: number;
};

/** Text prepared for matching: tokens joined by single spaces, each token mapped back to the original. */
export type NormalizedText = {
  readonly text: string;
  readonly tokens: readonly NormalToken[];
};

// Sentence ends and line breaks, including Spanish opening marks and full-width forms.
const STOPS = new Set([
  '.',
  '!',
  '?',
  ';',
  '\u2026',
  '\u00A1',
  '\u00BF',
  '\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u3002',
  '\uFF01',
  '\uFF1F',
  '\uFF1B',
]);
// Soft breaks: they end a negation's reach but a phrase may run across them ("fine, I give up").
const COMMAS = new Set([',', ':', '\u2013', '\u2014', '(', ')', '[', ']', '{', '}', '\u3001', '\uFF0C', '\uFF1A']);

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Folds the word at `start..end` code point by code point, turning every apostrophe variant into `'`. */
function foldWord(text: string, start: number, end: number): string {
  let form = '';
  let j = start;
  while (j < end) {
    const cp = text.codePointAt(j) ?? 0;
    form += foldCodePoint(cp) ?? "'";
    j += cp > 0xffff ? 2 : 1;
  }
  return form;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/**
 * Splits text into folded words and breaks, marking tokens inside quotation marks.
 * Apostrophes between two word characters stay inside the word ("don't"); other punctuation, emoji and
 * symbols only separate words; runs of breaks collapse into one, a hard break winning over a soft one.
 */
export function scanText(text: string): ScannedToken[] {
  const regions = quoteRegions(text);
  const tokens: ScannedToken[] = [];
  let region = 0;
  const quotedAt = (offset: number): boolean => {
    while (region < regions.length && (regions[region]?.[1] ?? 0) <= offset) region += 1;
    const current = regions[region];
    return current !== undefined && current[0] <= offset;
  };
  const pushBreak = (kind: 'comma' | 'stop', start: number, end: number): void => {
    const last = tokens[tokens.length - 1];
    // A break at the very start means nothing; repeated breaks collapse into one.
    if (last === undefined) return;
    if (last.kind !== 'word') {
      if (kind === 'stop' && last.kind === 'comma')
        tokens[tokens.length - 1] = { kind, form: '.', start: last.start, end, quoted: last.quoted };
      return;
    }
    tokens.push({ kind, form: kind === 'stop' ? '.' : ',', start, end, quoted: quotedAt(start) });
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cp = code < 0xd800 ? code : (text.codePointAt(i) ?? code);
    const width = cp > 0xffff ? 2 : 1;
    if (isAsciiWordCode(code) || (code >= 128 && foldCodePoint(cp) !== null)) {
      // Find the end of the word first; most words are plain ASCII and fold with one toLowerCase.
      let j = i;
      let ascii = true;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isAsciiWordCode(c)) {
          j += 1;
        } else if (c >= 128 && foldCodePoint(text.codePointAt(j) ?? c) !== null) {
          ascii = false;
          j += (text.codePointAt(j) ?? c) > 0xffff ? 2 : 1;
        } else if (APOSTROPHES.has(text[j] ?? '') && j > i && isWordAt(text, j + 1)) {
          if (c >= 128 || c === 0x60) ascii = false;
          j += 1;
        } else break;
      }
      const form = ascii ? text.slice(i, j).toLowerCase() : foldWord(text, i, j);
      // A lone combining mark folds to nothing and makes no word.
      if (form !== '') tokens.push({ kind: 'word', form, start: i, end: j, quoted: quotedAt(i) });
      i = j;
      continue;
    }
    const ch = text[i] ?? '';
    // A decimal point ("3.5") separates two numbers but does not end a sentence.
    const decimalPoint = ch === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1]);
    if (!decimalPoint && STOPS.has(ch)) pushBreak('stop', i, i + 1);
    else if (COMMAS.has(ch)) pushBreak('comma', i, i + 1);
    i += width;
  }
  return tokens;
}

/** Canonical words for typed spellings, keyed by a folded single word. */
export type SpellingMap = ReadonlyMap<string, readonly string[]>;

/** Joins scanned tokens into normalised text, replacing words found in `spellings`. */
export function normalizeTokens(scanned: readonly ScannedToken[], spellings: SpellingMap): NormalizedText {
  const tokens: NormalToken[] = [];
  const parts: string[] = [];
  let at = 0;
  const push = (token: ScannedToken, form: string): void => {
    if (parts.length > 0) at += 1;
    tokens.push({ kind: token.kind, form, start: token.start, end: token.end, quoted: token.quoted, at });
    parts.push(form);
    at += form.length;
  };
  for (const token of scanned) {
    const replacement = token.kind === 'word' ? spellings.get(token.form) : undefined;
    if (replacement === undefined) push(token, token.form);
    // Every word of a replacement maps back to the whole typed word, so spans stay on what was typed.
    else for (const word of replacement) push(token, word);
  }
  return { text: parts.join(' '), tokens };
}

/** Scans and normalises in one step; see {@link scanText} and {@link normalizeTokens}. */
export function normalizeText(text: string, spellings: SpellingMap): NormalizedText {
  return normalizeTokens(scanText(text), spellings);
}

/** Index of the token that starts at normalised offset `at` (or the last token starting before it). */
export function tokenIndexAt(normal: NormalizedText, at: number): number {
  const tokens = normal.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens[mid]?.at ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
