import * as z from 'zod/mini';
import type { Assessment } from '../fairness/assess.js';
import type { NashResult } from '../fairness/nash.js';
import { en, type Message, type MessageId } from '../i18n/index.js';
import type { Flag } from '../patterns/flag.js';
import { BreakModeSchema, EventTimeSchema, ProposalSchema, UnderstoodSchema } from '../schemas/events.js';
import { NeedSchema } from '../schemas/need.js';
import { PartnerIdSchema } from '../schemas/partner.js';
import { SessionSettingsSchema } from '../schemas/sessionInput.js';
import { IdSchema, typeError } from '../schemas/text.js';
import { wholeNumber } from '../schemas/wholeNumber.js';

// The session context, as a schema, so a restored session can be checked field by field (grounding.md §5) and a
// property test can check the context after every step. The types in context.ts are inferred from these schemas.
//
// Visibility, stated on every field:
//   shared          both partners may see it
//   owner only      only the partner whose slice holds it, ever
//   owner, then both   only its owner until the step's "both done" moment, then both partners
// Selectors (selectors.ts) are the only place that turns these rules into views.

// zod/mini carries no English messages, so every part of the context names its own problem in plain words: a save
// that was damaged or edited by hand is then reported field by field (restoreSession), not as "Invalid input".
const text = z.string({ error: typeError('text') });
const num = z.number({ error: typeError('a number') });
const bool = z.boolean({ error: typeError('true or false') });
const counter = z
  .int({ error: typeError('a whole number of 0 or more') })
  .check(z.minimum(0, { error: 'must be a whole number of 0 or more' }));
const list = <T extends z.core.SomeType>(item: T) => z.array(item, { error: typeError('a list') });
const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape, { error: typeError('an object') });

/** The message of a discriminated union: not an object at all, or a `kind` it does not know (reported at `kind`). */
function variantError(issue: { readonly code: string; readonly input?: unknown; readonly options?: unknown }): string {
  if (issue.code !== 'invalid_union') return typeError('an object')(issue);
  const kinds = Array.isArray(issue.options) ? issue.options.map((kind) => `"${String(kind)}"`) : [];
  return `must be one of ${kinds.join(', ')}`;
}

/** A message id of the library's catalogs. */
export const MessageIdSchema: z.ZodMiniType<MessageId> = z.custom<MessageId>(
  (value) => typeof value === 'string' && Object.hasOwn(en, value),
  { error: 'must be a message id of the catalogs' },
);

const MessageParamsSchema = z.record(z.string(), z.union([z.string(), num], { error: typeError('text or a number') }), {
  error: typeError('an object'),
});

const FlagEvidenceSchema = z.discriminatedUnion(
  'kind',
  [
    obj({
      kind: z.literal('text'),
      source: z.enum(['need', 'reflection', 'option', 'note'], {
        error: 'must be "need", "reflection", "option" or "note"',
      }),
      text,
      start: counter,
      end: counter,
    }),
    obj({ kind: z.literal('process'), rule: text, refs: z.readonly(list(text)) }),
    obj({ kind: z.literal('outcome'), rule: text, optionId: text }),
    obj({
      kind: z.literal('checkIn'),
      distress: num,
      heartRate: z.exactOptional(num),
      restingHeartRate: z.exactOptional(num),
    }),
    obj({ kind: z.literal('authenticity'), score: num }),
  ],
  { error: variantError },
);

/** A pattern flag as the session stores it (the {@link Flag} type of patterns/flag.ts). */
export const FlagSchema: z.ZodMiniType<Flag> = obj({
  id: text,
  kind: z.enum(['subordination', 'myWayOrElse', 'selfCriticism', 'flooding', 'threat'], {
    error: 'must be "subordination", "myWayOrElse", "selfCriticism", "flooding" or "threat"',
  }),
  partner: PartnerIdSchema,
  evidence: FlagEvidenceSchema,
  messageId: MessageIdSchema,
  params: z.exactOptional(MessageParamsSchema),
  dismissed: bool,
});

const PairOf = <T extends z.ZodMiniType>(schema: T) => obj({ a: schema, b: schema });

/** A message as the fairness engine returns it (the `Message` type of i18n). */
const MessageSchema: z.ZodMiniType<Message> = obj({
  id: MessageIdSchema,
  params: z.exactOptional(MessageParamsSchema),
});

/** A take-turns plan: two options and the share of the time each gets (fairness.md §5). */
export const TurnsPartsSchema = z.tuple([obj({ id: text, share: num }), obj({ id: text, share: num })], {
  error: typeError('a list of two parts'),
});
export type TurnsParts = z.infer<typeof TurnsPartsSchema>;

const NashResultSchema: z.ZodMiniType<NashResult> = z.discriminatedUnion(
  'kind',
  [
    obj({ kind: z.literal('option'), id: text, point: PairOf(num) }),
    obj({ kind: z.literal('turns'), parts: TurnsPartsSchema, point: PairOf(num) }),
    obj({ kind: z.literal('noMutualGain'), frontier: list(text) }),
  ],
  { error: variantError },
);

/** The fairness assessment as `assessOptions` returns it (fairness/assess.ts). */
const AssessmentSchema: z.ZodMiniType<Assessment> = obj({
  options: list(
    obj({
      id: text,
      label: text,
      statusQuo: bool,
      satisfaction: PairOf(num),
      gain: PairOf(num),
      coreUnmet: PairOf(list(text)),
      class: z.discriminatedUnion(
        'kind',
        [
          obj({ kind: z.literal('blocked') }),
          obj({ kind: z.literal('oneSided'), subordinated: list(PartnerIdSchema) }),
          obj({ kind: z.literal('compromise') }),
          obj({ kind: z.literal('winWin') }),
        ],
        { error: variantError },
      ),
      dominated: bool,
      why: list(MessageSchema),
    }),
  ),
  paretoFront: list(text),
  disagreement: PairOf(num),
  winWinThreshold: num,
  recommendation: NashResultSchema,
  recommendationWhy: list(MessageSchema),
  takeTurns: z.nullable(NashResultSchema),
  takeTurnsWhy: list(MessageSchema),
});

/** Why the session stopped for safety, as recorded in the slice of the partner it came from. */
export const SafetyStopReasonSchema = z.enum(['screening', 'raised', 'threat', 'checkFailed'], {
  error: 'must be "screening", "raised", "threat" or "checkFailed"',
});
export type SafetyStopReason = z.infer<typeof SafetyStopReasonSchema>;

/** One partner's check-in: self-reported distress 0-10, optional heart rates, and whether it read as flooded. */
export const CheckInRecordSchema = obj({
  at: EventTimeSchema,
  distress: wholeNumber(0, 10),
  heartRate: z.nullable(z.int({ error: typeError('a whole number') })),
  restingHeartRate: z.nullable(z.int({ error: typeError('a whole number') })),
  flooded: bool,
});
export type CheckInRecord = z.infer<typeof CheckInRecordSchema>;

/** One of a partner's own ratings: how well an option meets one of their needs, 0-10. */
export const OwnRatingSchema = obj({ optionId: IdSchema, needId: IdSchema, value: wholeNumber(0, 10) });
export type OwnRating = z.infer<typeof OwnRatingSchema>;

/** A partner's private answer to the proposal on the table. */
export const AgreementResponseSchema = obj({
  at: EventTimeSchema,
  accept: bool,
  authenticity: wholeNumber(1, 5),
  coreNeedsRespected: bool,
});
export type AgreementResponse = z.infer<typeof AgreementResponseSchema>;

/** Where a partner is in the Self-Compassion Break during a pause. */
export const BreakProgressSchema = obj({
  /** Whether this partner asked for the pause. Owner only: the other sees only that the session is pausing. */
  requested: bool,
  /** Index into care's SELF_COMPASSION_BREAK_STEPS. */
  step: counter,
  /** The answer to "what do I need right now?", once chosen. */
  mode: z.nullable(BreakModeSchema),
});
export type BreakProgress = z.infer<typeof BreakProgressSchema>;

/** A hint on one need: it may read as a strategy or a demand on the partner (grounding.md §1.16). Not a block. */
export const NeedHintSchema = obj({ needId: IdSchema, messageId: MessageIdSchema });
export type NeedHint = z.infer<typeof NeedHintSchema>;

/**
 * Everything the session holds about one partner. The slice as a whole is private to its owner; a few fields are
 * shared with the other partner at a documented moment (each field says when).
 */
export const PartnerSliceSchema = obj({
  /** Whether this partner has cleared the safety screen. Owner only (the other may be told "waiting"). The answers themselves are never stored. */
  screened: bool,
  /** Set when the session stopped for safety because of this partner's answer, words or request. Owner only, never shared. */
  safetyStop: z.nullable(obj({ reason: SafetyStopReasonSchema })),
  /** The latest check-in. Owner only. */
  checkIn: z.nullable(CheckInRecordSchema),
  /** This partner's needs, in the order added. Owner, then both once both partners' `needsDone` are true. */
  needs: list(NeedSchema),
  /** Needs that may read as strategies or demands. Owner only. */
  needHints: list(NeedHintSchema),
  /** Whether this partner has finished naming needs. Shared (progress only, no content). */
  needsDone: bool,
  /** A copy of this partner's needs taken when both partners' needs first became visible, for the process detectors. Owner only. */
  needsBaseline: z.nullable(list(NeedSchema)),
  /** This partner's ratings of options against their own needs. Owner, then both once both `ratingsDone` are true. */
  ratings: list(OwnRatingSchema),
  /** Whether this partner has finished rating. Shared (progress only). */
  ratingsDone: bool,
  /** A copy of this partner's ratings taken when both partners' ratings first became visible, for the process detectors. Owner only. */
  ratingsBaseline: z.nullable(list(OwnRatingSchema)),
  /** This partner's answer to the current proposal. Owner only; the other learns only whether an agreement was reached. */
  response: z.nullable(AgreementResponseSchema),
  /** Every answer this partner gave to a proposal, in order (accept or not only), for the process detectors. Owner only. */
  compromiseResponses: list(obj({ proposalId: text, accept: bool })),
  /** Set when this partner's last answer had low authenticity or gave up a core need: offer the fierce prompt. Owner only. */
  fiercePromptOffered: bool,
  /** Progress through the Self-Compassion Break while the session is paused, else null. Owner only. */
  breakProgress: z.nullable(BreakProgressSchema),
  /** Flags about this partner's own words and steps. Owner only; never shown to the other. */
  flags: list(FlagSchema),
  /** The number of the next flag id in this slice (`flag-<n>`). Owner only. */
  flagSeq: counter,
});
export type PartnerSlice = z.infer<typeof PartnerSliceSchema>;

/** An option on the table. The status quo (id `status-quo`) is there from the start and cannot be removed. */
export const SessionOptionSchema = obj({
  id: IdSchema,
  /** The words of the option; null for the status quo when setup gave no description (show `session.option.statusQuo`). */
  label: z.nullable(text),
  statusQuo: bool,
  /** Who proposed it; null for the status quo. */
  proposedBy: z.nullable(PartnerIdSchema),
});
export type SessionOption = z.infer<typeof SessionOptionSchema>;

/** One reflection in the Rapoport loop and the speaker's answer to it (null while unanswered). */
export const ReflectionSchema = obj({ text, understood: z.nullable(UnderstoodSchema) });
export type Reflection = z.infer<typeof ReflectionSchema>;

/** A pause: when it started, the earliest time joint work may resume, when it becomes overdue, how it ended. */
export const PauseRecordSchema = obj({
  startedAt: EventTimeSchema,
  earliestResumeAt: EventTimeSchema,
  latestResumeAt: EventTimeSchema,
  /** Null while the pause lasts. */
  resumedAt: z.nullable(EventTimeSchema),
  /** True when the session resumed after `latestResumeAt` (past the longest break). */
  overdue: bool,
});
export type PauseRecord = z.infer<typeof PauseRecordSchema>;

/** Something a partner said to the other with `note.say`. */
export const NoteSchema = obj({ id: text, partner: PartnerIdSchema, text });
export type Note = z.infer<typeof NoteSchema>;

/** The proposal on the table during `agreement`, with its id (`proposal-<n>`). */
export const ProposalRecordSchema = obj({ id: text, proposal: ProposalSchema, proposedBy: PartnerIdSchema });
export type ProposalRecord = z.infer<typeof ProposalRecordSchema>;

/** The agreement reached: always a temporary compromise, with the date to review it together (grounding.md §1.12). */
export const AgreementSchema = obj({
  proposal: ProposalSchema,
  proposedBy: PartnerIdSchema,
  /** For a take-turns agreement, the two options and the share of time each gets; null for a single option. */
  turns: z.nullable(TurnsPartsSchema),
  kind: z.literal('temporary', { error: typeError('"temporary"') }),
  agreedAt: EventTimeSchema,
  reviewAt: EventTimeSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * The whole context of a session machine. Plain JSON data: no class instances, no `undefined` values, no bigints,
 * so a persisted snapshot round-trips through `JSON.stringify`.
 */
export const SessionContextSchema = obj({
  /** The settings of this session, defaults filled in. Shared. */
  settings: SessionSettingsSchema,
  /** Both partners' display names, once setup is submitted. Shared. */
  names: z.nullable(obj({ a: text, b: text })),
  /** What the session is about. Shared. */
  topic: z.nullable(text),
  /** True once anything asked for a safety stop. Shared, but says nothing about who or why (that is in the owner's slice). */
  safetyStopRequested: bool,
  /** The Rapoport loop, keyed by the *speaker*: the other partner's reflections of the speaker's needs and the speaker's answers. Shared. */
  understanding: obj({ a: list(ReflectionSchema), b: list(ReflectionSchema) }),
  /** The options, the status quo first. Shared. */
  options: list(SessionOptionSchema),
  /** The number of the next option id (`option-<n>`). Shared. */
  optionSeq: counter,
  /** The fairness assessment of the options, computed when both partners finish rating. Shared. */
  assessment: z.nullable(AssessmentSchema),
  /** The proposal being answered in `agreement`. Shared (the answers are private, in the slices). */
  proposal: z.nullable(ProposalRecordSchema),
  /** The number of the next proposal id (`proposal-<n>`). Shared. */
  proposalSeq: counter,
  /** The agreement, once reached. Shared. */
  agreement: z.nullable(AgreementSchema),
  /** When the topic was set aside to revisit later. Shared. */
  parkedAt: z.nullable(EventTimeSchema),
  /** Everything said with `note.say`, in order. Shared (their flags are private, in the author's slice). */
  notes: list(NoteSchema),
  /** The number of the next note id (`note-<n>`). Shared. */
  noteSeq: counter,
  /** The current pause, or null. Shared, without who asked for it or why. */
  pause: z.nullable(PauseRecordSchema),
  /** Pauses that have ended, oldest first. Shared. */
  pauses: list(PauseRecordSchema),
  /** Each partner's private slice. */
  partners: obj({ a: PartnerSliceSchema, b: PartnerSliceSchema }),
});
