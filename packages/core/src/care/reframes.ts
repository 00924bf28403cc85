import * as z from 'zod/mini';
import type { CareMessageId } from '../i18n/messages/care.js';
import { parseInput } from '../schemas/inputError.js';

/**
 * The kinds of self-critical words a reframe answers, after the cue types of docs/concepts.md, "Flags": a global label
 * ("I'm such an idiot"), "what's wrong with me", always-failing ("I always mess up"), all-my-fault, self-contempt
 * ("I hate myself"), and `general` for anything else.
 */
export const SELF_CRITICISM_KINDS = [
  'globalLabel',
  'whatIsWrongWithMe',
  'alwaysFailing',
  'allMyFault',
  'selfContempt',
  'general',
] as const;

/** One kind of self-critical words, each with its own reframe. */
export type SelfCriticismKind = (typeof SELF_CRITICISM_KINDS)[number];

/**
 * A compassionate reframe said out loud in the first person, in the Self-Compassion Break's order (docs/concepts.md, "Reframes said out loud"):
 * what hurt, that it is human, and what can be learned. Each part is one message id; the person may rewrite any of it.
 */
export type Reframe = {
  readonly kind: SelfCriticismKind;
  readonly hurt: CareMessageId;
  readonly human: CareMessageId;
  readonly learn: CareMessageId;
};

/** Every reframe, by the kind of self-criticism it answers. */
export const REFRAMES: Readonly<Record<SelfCriticismKind, Reframe>> = Object.fromEntries(
  SELF_CRITICISM_KINDS.map((kind) => [
    kind,
    {
      kind,
      hurt: `care.reframes.${kind}.hurt`,
      human: `care.reframes.${kind}.human`,
      learn: `care.reframes.${kind}.learn`,
    },
  ]),
) as Record<SelfCriticismKind, Reframe>;

/** The lines shown around a reframe: an introduction and an invitation to say it aloud or rewrite it. */
export const REFRAME_TEXTS = {
  intro: 'care.reframes.intro',
  sayAloud: 'care.reframes.sayAloud',
} as const satisfies Record<string, CareMessageId>;

/**
 * What a reframe is chosen from: a self-criticism hit (its `kind` and/or `rule`, plus the matched `text` if known),
 * or just a kind or rule name as a string. Other fields of a hit are ignored.
 */
export const SelfCriticismCueSchema = z.union(
  [
    z.string(),
    z.object({
      kind: z.optional(z.string()),
      rule: z.optional(z.string()),
      text: z.optional(z.string()),
    }),
  ],
  { error: 'must be a kind or rule name, or an object with kind, rule or text' },
);
export type SelfCriticismCue = z.infer<typeof SelfCriticismCueSchema>;

// Words that point to a kind when a rule name or the matched text is all we have. Checked in this order, so the
// heavier kinds win: "I hate myself, I'm so stupid" gets the self-contempt reframe, not the one for a label.
const KIND_WORDS: readonly (readonly [SelfCriticismKind, readonly string[]])[] = [
  ['selfContempt', ['hate', 'contempt', 'disgust', 'disgusting', 'loathe', 'loathing', 'despise']],
  ['allMyFault', ['fault', 'blame', 'blaming', 'guilt', 'guilty']],
  ['whatIsWrongWithMe', ['wrong', 'broken', 'defective']],
  ['alwaysFailing', ['always', 'never', 'absolutist', 'mess', 'fail', 'fails', 'failing', 'again']],
  [
    'globalLabel',
    ['label', 'labels', 'idiot', 'stupid', 'useless', 'loser', 'worthless', 'pathetic', 'dumb', 'failure'],
  ],
];

// Splits rule names like "selfCriticism.globalLabel" or "sc-always_fail" and free text into lower-case words.
function words(source: string): Set<string> {
  return new Set(
    source
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word !== ''),
  );
}

function exactKind(name: string | undefined): SelfCriticismKind | undefined {
  return SELF_CRITICISM_KINDS.find((kind) => kind === name);
}

function kindFromWords(source: string | undefined): SelfCriticismKind | undefined {
  if (source === undefined) return undefined;
  const found = words(source);
  return KIND_WORDS.find(([, cues]) => cues.some((cue) => found.has(cue)))?.[0];
}

/**
 * Picks the reframe for a self-criticism hit, deterministically: an exact kind name first (in `kind`, then `rule`),
 * then words in the rule name, the kind, and the matched text, and otherwise the general reframe. The same cue always
 * gets the same reframe. Throws {@link InputError} for anything that is not a string or such an object.
 *
 * @example
 * reframeFor({ rule: 'selfCriticism.allMyFault' }).hurt; // 'care.reframes.allMyFault.hurt'
 * reframeFor({ kind: 'selfCriticism', text: 'I always mess this up' }).kind; // 'alwaysFailing'
 */
export function reframeFor(cue: SelfCriticismCue): Reframe {
  const parsed = parseInput(SelfCriticismCueSchema, cue, 'reframeFor');
  const { kind, rule, text } = typeof parsed === 'string' ? { kind: parsed, rule: undefined, text: undefined } : parsed;
  const chosen =
    exactKind(kind) ??
    exactKind(rule) ??
    kindFromWords(rule) ??
    kindFromWords(kind) ??
    kindFromWords(text) ??
    'general';
  return REFRAMES[chosen];
}
