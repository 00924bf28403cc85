import * as z from 'zod/mini';
import type { MessageId } from '../i18n/index.js';
import { InputError, type InputIssue, issuesFromZod } from '../schemas/inputError.js';
import { type CompiledLexicon, compileLexicon, compileTrustedLexicon } from './compileLexicon.js';
import { englishLexicon } from './lexicon.en.js';
import { spanishLexicon } from './lexicon.es.js';
import { matchGroup } from './matchGroup.js';
import { normalizeTokens, type ScannedToken, scanText } from './normalize.js';
import { LANGUAGE_FAMILIES, type LanguageFamily, LanguageFamilySchema, type PatternLexicon } from './patternLexicon.js';
import { TextContext } from './textContext.js';

/** The longest text, in UTF-16 code units, that the language detectors accept. */
export const MAX_TEXT_LENGTH = 10_000;

/** The lexicons used when a call names none: English and Spanish, so either language is checked for threats. */
export const defaultLexicons: readonly PatternLexicon[] = [englishLexicon, spanishLexicon];

/** Whose words a hit is: the writer's own, or someone else's that the writer quotes or reports. */
export type Voice = 'own' | 'reported';

/**
 * Words in a text that match a language family, described so a UI can highlight them and explain why.
 * `start`/`end` are UTF-16 offsets into the text as given (`text === input.slice(start, end)`), always on
 * whole typed words.
 */
export type PatternHit = {
  readonly family: LanguageFamily;
  /** The `id` of the lexicon whose rule matched. */
  readonly lexicon: string;
  /** The `id` of the rule that matched, e.g. `en.sub.whatever`. */
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** How sure the match is, from 0 to 1: the rule's confidence plus any booster, at most 1. */
  readonly confidence: number;
  /** Always `'own'` except for `threat` hits, which are kept when quoted or reported (fail closed). */
  readonly voice: Voice;
  /** Always false except for `threat` hits, which are kept even after a negation (fail closed). */
  readonly negated: boolean;
  /** Explains the words kindly, describing them and never the person. */
  readonly messageId: MessageId;
};

/** Options of {@link detectLanguagePatterns}. */
export type DetectOptions = {
  /** The lexicons to match, replacing {@link defaultLexicons}; pass `[...defaultLexicons, yours]` to extend. */
  readonly lexicons?: readonly PatternLexicon[];
  /** The families to look for; all four when left out. */
  readonly families?: readonly LanguageFamily[];
};

// `@__PURE__` tells bundlers that building the schema changes nothing else (zod marks its own factories so, but not
// `.check(...)`), so an app that only runs the session machine, which never takes options, can leave it out.
const DetectOptionsSchema = z.object(
  {
    lexicons: z.optional(
      /* @__PURE__ */ z
        .array(z.unknown(), { error: 'must be a list of lexicons' })
        .check(z.minLength(1, { error: 'must list at least one lexicon, or be left out' })),
    ),
    families: z.optional(
      /* @__PURE__ */ z
        .array(LanguageFamilySchema, { error: 'must be a list of families' })
        .check(z.minLength(1, { error: 'must list at least one family, or be left out' })),
    ),
  },
  { error: 'must be an object' },
);

/** Checks a text argument by hand (hot path), returning its issues. */
export function textIssues(text: unknown, path: string): InputIssue[] {
  if (typeof text !== 'string') return [{ path, message: 'must be a string' }];
  if (text.length > MAX_TEXT_LENGTH)
    return [{ path, message: `must be at most ${MAX_TEXT_LENGTH} characters long (it has ${text.length})` }];
  return [];
}

/**
 * Internal: input already validated. The built-in {@link defaultLexicons}, compiled without their schema (their
 * tests validate them); the compile step's own checks still throw {@link InputError}, naming `where`.
 */
export function compileDefaultLexicons(where: string): CompiledLexicon[] {
  return defaultLexicons.map((lexicon, i) => compileTrustedLexicon(lexicon, where, `lexicons[${i}]`));
}

/** Validates the options shared by the language detectors and compiles their lexicons. */
export function resolveLexicons(
  options: unknown,
  where: string,
): { lexicons: CompiledLexicon[]; families: readonly LanguageFamily[] } {
  if (options === undefined)
    return {
      lexicons: defaultLexicons.map((lexicon, i) => compileLexicon(lexicon, where, `lexicons[${i}]`)),
      families: LANGUAGE_FAMILIES,
    };
  const parsed = DetectOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new InputError(
      where,
      issuesFromZod(parsed.error.issues).map((issue) => ({
        ...issue,
        path: issue.path === '' ? 'options' : `options.${issue.path}`,
      })),
    );
  }
  const list = (parsed.data.lexicons ?? defaultLexicons) as readonly unknown[];
  const issues: InputIssue[] = [];
  const lexicons: CompiledLexicon[] = [];
  list.forEach((lexicon, index) => {
    try {
      lexicons.push(compileLexicon(lexicon, where, `options.lexicons[${index}]`));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
    }
  });
  if (issues.length > 0) throw new InputError(where, issues);
  return { lexicons, families: parsed.data.families ?? LANGUAGE_FAMILIES };
}

function round(value: number): number {
  return Math.round(Math.min(1, value) * 100) / 100;
}

/** Finds hits of each family with each lexicon in already-scanned text. */
export function detectInScanned(
  source: string,
  scanned: readonly ScannedToken[],
  lexicons: readonly CompiledLexicon[],
  families: readonly LanguageFamily[],
): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const lexicon of lexicons) {
    const context = new TextContext(normalizeTokens(scanned, lexicon.spellings), lexicon);
    for (const family of families) {
      const group = lexicon.families.get(family);
      if (group === undefined) continue;
      // Threats fail closed (decision 0004): quoted, reported or negated threats are kept, marked as such.
      for (const match of matchGroup(context, group, family === 'threat' ? 'keepAll' : 'ownWordsOnly')) {
        hits.push({
          family,
          lexicon: lexicon.id,
          rule: match.rule.id,
          start: match.start,
          end: match.end,
          text: source.slice(match.start, match.end),
          confidence: round(match.rule.confidence + context.boost(family, match.first, match.last)),
          voice: match.reported ? 'reported' : 'own',
          negated: match.negated,
          messageId: match.rule.messageId,
        });
      }
    }
  }
  hits.sort(
    (x, y) =>
      x.start - y.start ||
      LANGUAGE_FAMILIES.indexOf(x.family) - LANGUAGE_FAMILIES.indexOf(y.family) ||
      y.confidence - x.confidence,
  );
  // Two lexicons may find the same words; keep the first (most confident) hit of a family over any span.
  // Hits are sorted by start, so a hit overlaps a kept one of its family exactly when it starts before the
  // furthest end kept so far for that family.
  const kept: PatternHit[] = [];
  const reach = new Map<LanguageFamily, number>();
  for (const hit of hits) {
    if (hit.start < (reach.get(hit.family) ?? 0)) continue;
    kept.push(hit);
    reach.set(hit.family, Math.max(hit.end, reach.get(hit.family) ?? 0));
  }
  return kept;
}

/**
 * Finds words that can read as self-subordination, "my way or else", self-criticism or a threat, in any
 * free text a partner typed. Pure and fast (lexicons compile once per object); a hit means "ask", never a verdict.
 *
 * Non-threat hits are the writer's own words only: negated ("I'm not saying whatever you want"), quoted and
 * reported ("he said 'or else'") phrases do not flag, nor do boundaries about one's own action ("I'll step
 * out if voices rise"). `threat` hits fail closed: a threat someone made to the writer is a safety signal, so
 * quoted, reported and negated threats are kept, with `voice` and `negated` saying which.
 *
 * @param text - At most {@link MAX_TEXT_LENGTH} characters.
 * @throws {InputError} when `text` is not a string or too long, or an option or lexicon is malformed.
 * @example
 * detectLanguagePatterns('Fine, I give up. Whatever you want.');
 * // → [{ family: 'subordination', rule: 'en.sub.givingUp', start: 0, end: 15, text: 'Fine, I give up', ... },
 * //    { family: 'subordination', rule: 'en.sub.whatever', start: 17, end: 34, ... }]
 * @example
 * // Extend with your own lexicon (see PatternLexicon for the pattern syntax):
 * detectLanguagePatterns(text, { lexicons: [...defaultLexicons, frenchLexicon] });
 */
export function detectLanguagePatterns(text: string, options?: DetectOptions): PatternHit[] {
  const where = 'detectLanguagePatterns';
  const issues = textIssues(text, 'text');
  if (issues.length > 0) throw new InputError(where, issues);
  const { lexicons, families } = resolveLexicons(options, where);
  return findLanguagePatterns(text, lexicons, families);
}

/**
 * Internal: input already validated. The work of {@link detectLanguagePatterns} on a text, with compiled lexicons
 * (the built-in ones when left out) and the families to look for (all four when left out). The length limit is
 * checked again, because no type carries it: a longer text throws {@link InputError}, so a caller that fails
 * closed on errors still refuses it.
 */
export function findLanguagePatterns(
  text: string,
  lexicons: readonly CompiledLexicon[] = compileDefaultLexicons('detectLanguagePatterns'),
  families: readonly LanguageFamily[] = LANGUAGE_FAMILIES,
): PatternHit[] {
  if (text.length > MAX_TEXT_LENGTH) throw new InputError('detectLanguagePatterns', textIssues(text, 'text'));
  return detectInScanned(text, scanText(text), lexicons, families);
}
