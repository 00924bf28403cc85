// Validates a PatternLexicon and compiles it to regular expressions, once per lexicon object; the built-in lexicons,
// validated by their tests, compile without the schema so the session machine's bundle can leave it out.
// Internal: not exported from the package.

import type { MessageId } from '../i18n/index.js';
import { InputError, type InputIssue, issuesFromZod } from '../schemas/inputError.js';
import {
  compilePattern,
  compileWordClass,
  type PatternContext,
  PatternSyntaxError,
  wholeTokens,
} from './compilePattern.js';
import { type NormalizedText, type SpellingMap, scanText } from './normalize.js';
import { type LanguageFamily, type NeedHintKind, type PatternLexicon, PatternLexiconSchema } from './patternLexicon.js';

/** The message each family falls back on when a rule names none. */
export const DEFAULT_FAMILY_MESSAGES: Readonly<Record<LanguageFamily, MessageId>> = {
  subordination: 'patterns.subordination.ownNeedsAside',
  myWayOrElse: 'patterns.myWayOrElse.closing',
  selfCriticism: 'patterns.selfCriticism.label',
  threat: 'patterns.threat.general',
};

/** The message of each need-hint kind. */
export const NEED_HINT_MESSAGES: Readonly<Record<NeedHintKind, MessageId>> = {
  demand: 'patterns.needHint.demand',
  strategy: 'patterns.needHint.strategy',
};

/** A rule ready to report: its identity, how sure a hit is, and what drops a hit. */
export type CompiledRule = {
  readonly id: string;
  readonly confidence: number;
  readonly messageId: MessageId;
  /** Matches whose overlap with a hit drops that hit; null when the rule has no exceptions. */
  readonly except: RegExp | null;
};

/**
 * The rules of one family (or all need hints), each with its own global regular expression. One expression per
 * rule rather than one for the family: V8 runs a very large alternation far slower (measured 50x on the threat
 * family) than the same alternatives split into rules.
 */
export type CompiledGroup = {
  readonly rules: readonly CompiledRule[];
  readonly regexes: readonly RegExp[];
};

/** A lexicon compiled for matching. */
export type CompiledLexicon = {
  readonly id: string;
  readonly spellings: SpellingMap;
  readonly families: ReadonlyMap<LanguageFamily, CompiledGroup>;
  readonly needHints: CompiledGroup | null;
  readonly needHintKinds: readonly NeedHintKind[];
  readonly negators: ReadonlySet<string>;
  readonly pseudoNegations: RegExp | null;
  readonly clauseBreakers: ReadonlySet<string>;
  readonly reportFrames: RegExp | null;
  readonly ownFrames: RegExp | null;
  readonly negationWindow: number;
  readonly boosters: readonly { families: ReadonlySet<LanguageFamily>; words: ReadonlySet<string>; amount: number }[];
};

const DEFAULT_NEGATION_WINDOW = 4;
const DEFAULT_GAP_WORDS = 6;

// Lexicons are data that do not change once made, so each object is compiled once and remembered. Both ways in,
// validating and trusted, share the cache: a built-in lexicon is the same compilation whichever way comes first.
const cache = new WeakMap<object, CompiledLexicon>();

/** Folds one typed word list entry to its normalised words, without spellings. */
function foldWords(text: string): string[] {
  return scanText(text)
    .filter((token) => token.kind === 'word')
    .map((token) => token.form);
}

/**
 * Validates `lexicon` and compiles it, or returns the cached compilation of the same object.
 * Throws one {@link InputError} naming every problem, each path prefixed with `path` (e.g. `lexicons[1]`).
 */
export function compileLexicon(lexicon: unknown, where: string, path: string): CompiledLexicon {
  const key = typeof lexicon === 'object' && lexicon !== null ? lexicon : null;
  const cached = key === null ? undefined : cache.get(key);
  if (cached !== undefined) return cached;
  const parsed = PatternLexiconSchema.safeParse(lexicon);
  if (!parsed.success) {
    throw new InputError(
      where,
      issuesFromZod(parsed.error.issues).map((issue) => ({ ...issue, path: prefixPath(path, issue.path) })),
    );
  }
  const compiled = compileParsedLexicon(parsed.data, where, path);
  if (key !== null) cache.set(key, compiled);
  return compiled;
}

/**
 * Internal: input already validated. Compiles a built-in lexicon without running {@link PatternLexiconSchema}
 * over it again (patternLexicon.test.ts runs it over every built-in lexicon), or returns the cached compilation.
 * The compile step's own checks still run: a broken pattern throws the same {@link InputError} as
 * {@link compileLexicon}, so a caller that fails closed on errors still does. Never pass an app's lexicon here.
 */
export function compileTrustedLexicon(lexicon: PatternLexicon, where: string, path: string): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached !== undefined) return cached;
  const compiled = compileParsedLexicon(lexicon, where, path);
  cache.set(lexicon, compiled);
  return compiled;
}

/** `inner` (a path inside a lexicon, as zod or the compiler names it) under the lexicon's own `path`. */
function prefixPath(path: string, inner: string): string {
  return inner === '' ? path : inner.startsWith('[') ? `${path}${inner}` : `${path}.${inner}`;
}

/** Compiles a lexicon that has the schema's shape, collecting every pattern problem into one {@link InputError}. */
function compileParsedLexicon(data: PatternLexicon, where: string, path: string): CompiledLexicon {
  const issues: InputIssue[] = [];
  const at = (inner: string, message: string): void => {
    issues.push({ path: prefixPath(path, inner), message });
  };

  // Spellings: a typed word (one word once folded) → the canonical words to read instead.
  const spellings = new Map<string, readonly string[]>();
  for (const [typed, canonical] of Object.entries(data.spellings ?? {})) {
    const key = foldWords(typed);
    const value = foldWords(canonical);
    if (key.length !== 1 || key[0] === undefined) at(`spellings.${typed}`, 'the typed form must be a single word');
    else if (value.length === 0) at(`spellings.${typed}`, 'must name at least one word to read instead');
    else spellings.set(key[0], value);
  }
  const normalizeLiteral = (literal: string): readonly string[] =>
    foldWords(literal).flatMap((word) => spellings.get(word) ?? [word]);
  const wordSet = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).flatMap(normalizeLiteral));

  const classes = new Map<string, string>();
  const base = { classes, normalizeLiteral, gapWords: data.gapWords ?? DEFAULT_GAP_WORDS };
  // Classes are compiled first, without access to other classes.
  const classNames = Object.keys(data.words ?? {});
  const emptyContext: PatternContext = { ...base, classes: new Map() };
  for (const name of classNames) {
    const entries = data.words?.[name] ?? [];
    try {
      classes.set(name, compileWordClass(entries, emptyContext));
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      at(`words.${name}`, error.message);
      classes.set(name, '(?!)');
    }
  }
  const context: PatternContext = base;

  const compileList = (patterns: readonly string[], inner: string): string[] => {
    const sources: string[] = [];
    patterns.forEach((pattern, index) => {
      try {
        sources.push(compilePattern(pattern, context));
      } catch (error) {
        if (!(error instanceof PatternSyntaxError)) throw error;
        at(`${inner}[${index}]`, error.message);
      }
    });
    return sources;
  };
  const anyOf = (patterns: readonly string[] | undefined, inner: string, flags = 'g'): RegExp | null => {
    if (patterns === undefined || patterns.length === 0) return null;
    const sources = compileList(patterns, inner);
    return sources.length === 0 ? null : new RegExp(wholeTokens(sources.join('|')), flags);
  };

  const byFamily = new Map<LanguageFamily, { sources: string[]; rules: CompiledRule[] }>();
  const group = (sources: readonly string[], rules: readonly CompiledRule[]): CompiledGroup => ({
    rules,
    regexes: sources.map((source) => new RegExp(wholeTokens(source), 'g')),
  });
  data.rules.forEach((rule, index) => {
    const sources = compileList(rule.patterns, `rules[${index}].patterns`);
    const except = anyOf(rule.except, `rules[${index}].except`);
    const entry = byFamily.get(rule.family) ?? { sources: [], rules: [] };
    entry.sources.push(sources.join('|') || '(?!)');
    entry.rules.push({
      id: rule.id,
      confidence: rule.confidence,
      messageId: rule.messageId ?? DEFAULT_FAMILY_MESSAGES[rule.family],
      except,
    });
    byFamily.set(rule.family, entry);
  });

  const hintSources: string[] = [];
  const hintRules: CompiledRule[] = [];
  const hintKinds: NeedHintKind[] = [];
  (data.needHints ?? []).forEach((hint, index) => {
    const sources = compileList(hint.patterns, `needHints[${index}].patterns`);
    hintSources.push(sources.join('|') || '(?!)');
    hintRules.push({
      id: hint.id,
      confidence: 1,
      messageId: NEED_HINT_MESSAGES[hint.kind],
      except: anyOf(hint.except, `needHints[${index}].except`),
    });
    hintKinds.push(hint.kind);
  });

  const pseudoNegations = anyOf(data.pseudoNegations, 'pseudoNegations');
  const reportFrames = anyOf(data.reportFrames, 'reportFrames');
  const ownFrames = anyOf(data.ownFrames, 'ownFrames');

  if (issues.length > 0) throw new InputError(where, issues);

  const families = new Map<LanguageFamily, CompiledGroup>();
  for (const [family, entry] of byFamily) {
    families.set(family, group(entry.sources, entry.rules));
  }
  return {
    id: data.id,
    spellings,
    families,
    needHints: hintRules.length === 0 ? null : group(hintSources, hintRules),
    needHintKinds: hintKinds,
    negators: wordSet(data.negators),
    pseudoNegations,
    clauseBreakers: wordSet(data.clauseBreakers),
    reportFrames,
    ownFrames,
    negationWindow: data.negationWindow ?? DEFAULT_NEGATION_WINDOW,
    boosters: (data.boosters ?? []).map((booster) => ({
      families: new Set(booster.families),
      words: wordSet(booster.words),
      amount: booster.amount,
    })),
  };
}

/** Every match of a global regular expression over normalised text, as offset ranges. */
export function matchRanges(regex: RegExp | null, normal: NormalizedText): (readonly [number, number])[] {
  if (regex === null) return [];
  const ranges: (readonly [number, number])[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(normal.text); match !== null; match = regex.exec(normal.text)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
