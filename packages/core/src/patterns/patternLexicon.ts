import * as z from 'zod/mini';
import { en, type MessageId } from '../i18n/index.js';

// `@__PURE__` / `@__NO_SIDE_EFFECTS__` tell bundlers that building a schema changes nothing else: zod marks its own
// factories so, but not `.check(...)`, so without them an app that never validates a lexicon (the session machine
// compiles the built-in ones without the schema) would still ship every check below.

/** The four kinds of flag that can come from words alone (grounding §3.1); the other kinds come from steps. */
export const LanguageFamilySchema = z.enum(['subordination', 'myWayOrElse', 'selfCriticism', 'threat'], {
  error: 'must be one of "subordination", "myWayOrElse", "selfCriticism" or "threat"',
});
export type LanguageFamily = z.infer<typeof LanguageFamilySchema>;

/** Every language family, in the order hits of the same span are reported. */
export const LANGUAGE_FAMILIES: readonly LanguageFamily[] = LanguageFamilySchema.options;

const messageIds = /* @__PURE__ */ Object.keys(en) as [MessageId, ...MessageId[]];

/** A message id that exists in the built-in catalogs. */
const MessageIdSchema = z.enum(messageIds, { error: 'must be a message id from the built-in catalog' });

// z.trim() rewrites the value and checks run in order, so it goes first: "  " then fails the length check.
const nonEmpty = /* @__NO_SIDE_EFFECTS__ */ (what: string) =>
  z.string({ error: `must be ${what}` }).check(z.trim(), z.minLength(1, { error: `must be ${what}` }));

/** A phrase in the pattern syntax described on {@link PatternLexicon}. */
const PatternSchema = /* @__PURE__ */ nonEmpty('a pattern (a non-empty string)').check(
  z.maxLength(500, { error: 'must be at most 500 characters' }),
);
const PatternListSchema = z.readonly(z.array(PatternSchema, { error: 'must be a list of patterns' }));
const WordListSchema = z.readonly(z.array(nonEmpty('a word'), { error: 'must be a list of words' }));

/** The phrases of a rule: at least one. */
const RulePatternsSchema = /* @__PURE__ */ PatternListSchema.check(
  z.refine((list) => list.length > 0, { error: 'must list at least one pattern' }),
);

/** A whole number from `min` to `max`, for the sizes of a lexicon's word windows. */
const windowSize = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number' })
    .check(
      z.int({ error: 'must be a whole number' }),
      z.minimum(min, { error: `must be at least ${min}` }),
      z.maximum(max, { error: `must be at most ${max}` }),
    );

/** One rule of a lexicon: phrases of one family that flag, with how sure a match is and how it is explained. */
export const LexiconRuleSchema = z.object(
  {
    id: nonEmpty('a rule id'),
    family: LanguageFamilySchema,
    patterns: RulePatternsSchema,
    except: z.optional(PatternListSchema),
    confidence: /* @__PURE__ */ z
      .number({ error: 'must be a number from 0 to 1' })
      .check(z.minimum(0, { error: 'must be at least 0' }), z.maximum(1, { error: 'must be at most 1' })),
    messageId: z.optional(MessageIdSchema),
  },
  { error: 'must be a rule object' },
);
export type LexiconRule = z.infer<typeof LexiconRuleSchema>;

/** What a need hint says: the "need" asks something of the partner, or names one particular way to meet a need. */
export const NeedHintKindSchema = z.enum(['demand', 'strategy'], { error: 'must be "demand" or "strategy"' });
export type NeedHintKind = z.infer<typeof NeedHintKindSchema>;

/** One rule that marks a need label as a strategy or a demand on the partner (grounding §1.16). */
export const NeedHintRuleSchema = z.object(
  {
    id: nonEmpty('a rule id'),
    kind: NeedHintKindSchema,
    patterns: RulePatternsSchema,
    except: z.optional(PatternListSchema),
  },
  { error: 'must be a need hint rule object' },
);
export type NeedHintRule = z.infer<typeof NeedHintRuleSchema>;

/** Raises the confidence of hits of some families when one of the words appears in the same sentence. */
export const ConfidenceBoosterSchema = z.object(
  {
    families: /* @__PURE__ */ z
      .readonly(z.array(LanguageFamilySchema, { error: 'must be a list of families' }))
      .check(z.refine((list) => list.length > 0, { error: 'must list at least one family' })),
    words: WordListSchema,
    amount: /* @__PURE__ */ z
      .number({ error: 'must be a number from 0 to 1' })
      .check(z.minimum(0, { error: 'must be at least 0' }), z.maximum(1, { error: 'must be at most 1' })),
  },
  { error: 'must be a booster object' },
);
export type ConfidenceBooster = z.infer<typeof ConfidenceBoosterSchema>;

/**
 * Phrase lists for one language, in data only, that the language detectors compile and match.
 *
 * **Pattern syntax.** A pattern is a phrase matched as whole words, after the text and the pattern are both
 * normalised the same way (lower case, accents removed, curly quotes and apostrophes unified, punctuation
 * dropped, and each word of `spellings` replaced, so "dont", "don't" and "do not" are the same):
 * - `word another` — these words in a row; commas, colons and dashes between them are skipped;
 * - `(a|b c|d)` — one of the alternatives, each a phrase (groups may nest);
 * - `{name}` — one entry of the word class `words[name]`; entries use the same syntax except `{}`, `^` and `$`;
 * - `x?` — makes the word, class or group before it optional;
 * - `...` — a gap of up to `gapWords` words (never across a sentence end), between two other items;
 * - `^` at the start — the phrase begins a clause (the text, or after `.` or `,`);
 * - `$` at the end — the phrase ends a clause (the text, or before `.` or `,`).
 * Punctuation typed inside a pattern is ignored; do not end a pattern with `?` unless you mean "optional".
 *
 * **Context.** A hit is dropped when a word of `negators` comes up to `negationWindow` (4) words before it in
 * the same clause (unless that word is part of one of `pseudoNegations`, as in "not only"), when it follows one
 * of `reportFrames` ("he said") in the same clause that is not part of one of `ownFrames` ("I said"), when it
 * lies inside quotation marks with no own frame in the sentence, or when one of the rule's `except` patterns
 * overlaps it. Words of `clauseBreakers` ("and", "but") and commas end a clause. `threat` hits are never dropped
 * for negation, quotes or reported speech (fail closed); they carry `voice` and `negated` instead.
 *
 * **Messages.** A rule's `messageId` must be a key of the built-in catalogs; without one, the family's general
 * message is used. Translate the messages by supplying a catalog, not by adding ids.
 *
 * @example
 * const frenchLexicon: PatternLexicon = {
 *   id: 'fr',
 *   language: 'fr',
 *   negators: ['pas', 'jamais'],
 *   words: { insulte: ['idiot', 'idiote', 'nul', 'nulle'] },
 *   rules: [
 *     { id: 'fr.sub.commeTuVeux', family: 'subordination', patterns: ['comme tu (veux|voudras)'], confidence: 0.7 },
 *     { id: 'fr.self.label', family: 'selfCriticism', patterns: ['je suis (vraiment|trop)? (un|une)? {insulte}'], confidence: 0.75 },
 *   ],
 * };
 */
export const PatternLexiconSchema = /* @__PURE__ */ z
  .object(
    {
      id: nonEmpty('a lexicon id'),
      language: nonEmpty('a language tag such as "en"'),
      words: z.optional(
        z.readonly(
          z.record(
            /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/)),
            /* @__PURE__ */ PatternListSchema.check(
              z.refine((list) => list.length > 0, { error: 'must list at least one entry' }),
            ),
            {
              error: (issue) =>
                issue.code === 'invalid_key'
                  ? 'a word class name must be letters, digits or "_", starting with a letter'
                  : 'must map word class names to lists of entries',
            },
          ),
        ),
      ),
      spellings: z.optional(
        z.readonly(
          z.record(nonEmpty('a typed word'), nonEmpty('the words to read instead'), {
            error: 'must map typed words to the words to read instead',
          }),
        ),
      ),
      negators: z.optional(WordListSchema),
      pseudoNegations: z.optional(PatternListSchema),
      clauseBreakers: z.optional(WordListSchema),
      reportFrames: z.optional(PatternListSchema),
      ownFrames: z.optional(PatternListSchema),
      negationWindow: z.optional(windowSize(0, 12)),
      gapWords: z.optional(windowSize(1, 12)),
      boosters: z.optional(z.readonly(z.array(ConfidenceBoosterSchema, { error: 'must be a list of boosters' }))),
      rules: z.readonly(z.array(LexiconRuleSchema, { error: 'must be a list of rules' })),
      needHints: z.optional(z.readonly(z.array(NeedHintRuleSchema, { error: 'must be a list of need hint rules' }))),
    },
    { error: 'must be a lexicon object' },
  )
  .check(
    z.superRefine((lexicon, ctx) => {
      const seen = new Set<string>();
      const ids = [
        ...lexicon.rules.map((rule, index) => ({ id: rule.id, path: ['rules', index, 'id'] })),
        ...(lexicon.needHints ?? []).map((rule, index) => ({ id: rule.id, path: ['needHints', index, 'id'] })),
      ];
      for (const { id, path } of ids) {
        if (seen.has(id))
          ctx.addIssue({ code: 'custom', path, message: `rule id "${id}" is used twice in this lexicon` });
        seen.add(id);
      }
    }),
  );
export type PatternLexicon = z.infer<typeof PatternLexiconSchema>;
