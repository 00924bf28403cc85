// Reads the context of a match in normalised text: is it negated, is it someone else's words, which words
// share its sentence. Internal: not exported from the package. Grounding §3.2 asks for negation, reported
// speech and person to be handled; person is carried by the patterns themselves ("i am ..." vs "you are ...").

import { type CompiledLexicon, matchRanges } from './compileLexicon.js';
import { type NormalizedText, tokenIndexAt } from './normalize.js';
import type { LanguageFamily } from './patternLexicon.js';

type TokenRange = readonly [number, number];

/** Normalised text with one lexicon's context rules, computing each kind of frame at most once. */
export class TextContext {
  private pseudo: Uint8Array | null = null;
  private reports: TokenRange[] | null = null;
  private owns: TokenRange[] | null = null;
  // Per token, computed once in a single pass, so a text with hundreds of hits stays linear.
  private sentenceStarts: Int32Array | null = null;
  private sentenceEnds: Int32Array | null = null;
  private clauseStarts: Int32Array | null = null;
  private boosterCounts: Int32Array[] | null = null;

  constructor(
    readonly normal: NormalizedText,
    readonly lexicon: CompiledLexicon,
  ) {}

  /** Token index of the token starting at normalised offset `at`. */
  tokenAt(at: number): number {
    return tokenIndexAt(this.normal, at);
  }

  /** Converts normalised offset ranges to inclusive token ranges. */
  private toTokens(ranges: readonly (readonly [number, number])[]): TokenRange[] {
    return ranges.map(([start, end]) => [this.tokenAt(start), this.tokenAt(end - 1)] as const);
  }

  private pseudoMask(): Uint8Array {
    if (this.pseudo === null) {
      this.pseudo = new Uint8Array(this.normal.tokens.length);
      for (const [first, last] of this.toTokens(matchRanges(this.lexicon.pseudoNegations, this.normal))) {
        this.pseudo.fill(1, first, last + 1);
      }
    }
    return this.pseudo;
  }

  private reportRanges(): TokenRange[] {
    this.reports ??= this.toTokens(matchRanges(this.lexicon.reportFrames, this.normal));
    return this.reports;
  }

  private ownRanges(): TokenRange[] {
    this.owns ??= this.toTokens(matchRanges(this.lexicon.ownFrames, this.normal));
    return this.owns;
  }

  /** True when the token is a word that ends a clause ("and", "but"). */
  private breaksClause(index: number): boolean {
    const token = this.normal.tokens[index];
    return token === undefined || token.kind !== 'word' || this.lexicon.clauseBreakers.has(token.form);
  }

  /**
   * True when a negator stands within `negationWindow` words before token `first`, in the same clause.
   * "I'm not saying whatever you want" and "I don't think I'm an idiot" are negated; "No, whatever you want"
   * is not, because the comma ends the negation's reach.
   */
  isNegated(first: number): boolean {
    const tokens = this.normal.tokens;
    let seen = 0;
    for (let k = first - 1; k >= 0 && seen < this.lexicon.negationWindow; k -= 1) {
      if (this.breaksClause(k)) return false;
      const token = tokens[k];
      if (token !== undefined && this.lexicon.negators.has(token.form) && this.pseudoMask()[k] === 0) return true;
      seen += 1;
    }
    return false;
  }

  /** Index of the first token of the sentence holding token `index`. */
  sentenceStart(index: number): number {
    if (this.sentenceStarts === null) {
      const tokens = this.normal.tokens;
      this.sentenceStarts = new Int32Array(tokens.length);
      for (let k = 1; k < tokens.length; k += 1) {
        this.sentenceStarts[k] = tokens[k - 1]?.kind === 'stop' ? k : (this.sentenceStarts[k - 1] ?? 0);
      }
    }
    return this.sentenceStarts[index] ?? 0;
  }

  /** Index of the last token of the sentence holding token `index` (its "." if any). */
  sentenceEnd(index: number): number {
    if (this.sentenceEnds === null) {
      const tokens = this.normal.tokens;
      const last = tokens.length - 1;
      this.sentenceEnds = new Int32Array(tokens.length);
      for (let k = last; k >= 0; k -= 1) {
        this.sentenceEnds[k] = k === last || tokens[k]?.kind === 'stop' ? k : (this.sentenceEnds[k + 1] ?? last);
      }
    }
    return this.sentenceEnds[index] ?? index;
  }

  /** Index of the first token of the clause holding token `index`, for reported speech: after a "." or a clause-breaking word. */
  private clauseStart(index: number): number {
    if (this.clauseStarts === null) {
      const tokens = this.normal.tokens;
      this.clauseStarts = new Int32Array(tokens.length);
      for (let k = 1; k < tokens.length; k += 1) {
        const previous = tokens[k - 1];
        const breaks =
          previous === undefined ||
          previous.kind === 'stop' ||
          (previous.kind === 'word' && this.lexicon.clauseBreakers.has(previous.form));
        this.clauseStarts[k] = breaks ? k : (this.clauseStarts[k - 1] ?? 0);
      }
    }
    return this.clauseStarts[index] ?? 0;
  }

  private ownOverlaps(range: TokenRange): boolean {
    return this.ownRanges().some(([first, last]) => first <= range[1] && last >= range[0]);
  }

  /**
   * True when tokens `first..last` are someone else's words rather than the writer's own: inside quotation
   * marks with no own frame ("I said", "le dije") in the sentence, or after a report frame ("he said",
   * "my friend told me", "you think") in the same clause that is not part of an own frame.
   */
  isReported(first: number, last: number): boolean {
    const tokens = this.normal.tokens;
    if (tokens[first]?.quoted === true) {
      const start = this.sentenceStart(first);
      const end = this.sentenceEnd(last);
      return !this.ownRanges().some(([a, b]) => a >= start && b <= end && (b < first || a > last));
    }
    if (this.lexicon.reportFrames === null) return false;
    // The clause reaches back to the sentence start or to the nearest clause-breaking word.
    const clauseStart = this.clauseStart(first);
    return this.reportRanges().some((range) => range[0] >= clauseStart && range[1] < first && !this.ownOverlaps(range));
  }

  /** The sum of the boosts that apply to `family` from words in the sentence of tokens `first..last`. */
  boost(family: LanguageFamily, first: number, last: number): number {
    const boosters = this.lexicon.boosters;
    if (this.boosterCounts === null) {
      // Prefix counts of each booster's words, so "is there one in this sentence" is a subtraction.
      const tokens = this.normal.tokens;
      this.boosterCounts = boosters.map((booster) => {
        const counts = new Int32Array(tokens.length + 1);
        tokens.forEach((token, k) => {
          counts[k + 1] = (counts[k] ?? 0) + (booster.words.has(token.form) ? 1 : 0);
        });
        return counts;
      });
    }
    const start = this.sentenceStart(first);
    const end = this.sentenceEnd(last);
    let total = 0;
    boosters.forEach((booster, b) => {
      const counts = this.boosterCounts?.[b];
      if (booster.families.has(family) && counts !== undefined && (counts[end + 1] ?? 0) > (counts[start] ?? 0))
        total += booster.amount;
    });
    return total;
  }
}
