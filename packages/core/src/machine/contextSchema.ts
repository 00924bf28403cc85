import * as z from 'zod';
import type { Assessment } from '../fairness/assess.js';
import type { NashResult } from '../fairness/nash.js';
import { en, type Message, type MessageId } from '../i18n/index.js';
import type { Flag } from '../patterns/flag.js';
import { BreakModeSchema, EventTimeSchema, ProposalSchema, UnderstoodSchema } from '../schemas/events.js';
import { NeedSchema } from '../schemas/need.js';
import { PartnerIdSchema } from '../schemas/partner.js';
import { SessionSettingsSchema } from '../schemas/sessionInput.js';
import { IdSchema } from '../schemas/text.js';

// The session context, as a schema, so a restored session can be checked field by field (grounding.md §5) and a
// property test can check the context after every step. The types in context.ts are inferred from these schemas.
//
// Visibility, stated on every field:
//   shared          both partners may see it
//   owner only      only the partner whose slice holds it, ever
//   owner, then both   only its owner until the step's "both done" moment, then both partners
// Selectors (selectors.ts) are the only place that turns these rules into views.

const counter = z.int().min(0);
const text = z.string();

/** A message id of the library's catalogs. */
export const MessageIdSchema: z.ZodType<MessageId> = z.custom<MessageId>(
  (value) => typeof value === 'string' && Object.hasOwn(en, value),
  { error: 'must be a message id of the catalogs' },
);

const MessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

const FlagEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    source: z.enum(['need', 'reflection', 'option', 'note']),
    text,
    start: counter,
    end: counter,
  }),
  z.object({ kind: z.literal('process'), rule: text, refs: z.array(text).readonly() }),
  z.object({ kind: z.literal('outcome'), rule: text, optionId: text }),
  z.object({
    kind: z.literal('checkIn'),
    distress: z.number(),
    heartRate: z.number().exactOptional(),
    restingHeartRate: z.number().exactOptional(),
  }),
  z.object({ kind: z.literal('authenticity'), score: z.number() }),
]);

/** A pattern flag as the session stores it (the {@link Flag} type of patterns/flag.ts). */
export const FlagSchema: z.ZodType<Flag> = z.object({
  id: text,
  kind: z.enum(['subordination', 'myWayOrElse', 'selfCriticism', 'flooding', 'threat']),
  partner: PartnerIdSchema,
  evidence: FlagEvidenceSchema,
  messageId: MessageIdSchema,
  params: MessageParamsSchema.exactOptional(),
  dismissed: z.boolean(),
});

const PairOf = <T extends z.ZodType>(schema: T) => z.object({ a: schema, b: schema });

/** A message as the fairness engine returns it (the `Message` type of i18n). */
const MessageSchema: z.ZodType<Message> = z.object({
  id: MessageIdSchema,
  params: MessageParamsSchema.exactOptional(),
});

/** A take-turns plan: two options and the share of the time each gets (fairness.md §5). */
export const TurnsPartsSchema = z.tuple([
  z.object({ id: text, share: z.number() }),
  z.object({ id: text, share: z.number() }),
]);
export type TurnsParts = z.infer<typeof TurnsPartsSchema>;

const NashResultSchema: z.ZodType<NashResult> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('option'), id: text, point: PairOf(z.number()) }),
  z.object({ kind: z.literal('turns'), parts: TurnsPartsSchema, point: PairOf(z.number()) }),
  z.object({ kind: z.literal('noMutualGain'), frontier: z.array(text) }),
]);

/** The fairness assessment as `assessOptions` returns it (fairness/assess.ts). */
const AssessmentSchema: z.ZodType<Assessment> = z.object({
  options: z.array(
    z.object({
      id: text,
      label: text,
      statusQuo: z.boolean(),
      satisfaction: PairOf(z.number()),
      gain: PairOf(z.number()),
      coreUnmet: PairOf(z.array(text)),
      class: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('blocked') }),
        z.object({ kind: z.literal('oneSided'), subordinated: z.array(PartnerIdSchema) }),
        z.object({ kind: z.literal('compromise') }),
        z.object({ kind: z.literal('winWin') }),
      ]),
      dominated: z.boolean(),
      why: z.array(MessageSchema),
    }),
  ),
  paretoFront: z.array(text),
  disagreement: PairOf(z.number()),
  winWinThreshold: z.number(),
  recommendation: NashResultSchema,
  recommendationWhy: z.array(MessageSchema),
  takeTurns: NashResultSchema.nullable(),
  takeTurnsWhy: z.array(MessageSchema),
});

/** Why the session stopped for safety, as recorded in the slice of the partner it came from. */
export const SafetyStopReasonSchema = z.enum(['screening', 'raised', 'threat', 'checkFailed']);
export type SafetyStopReason = z.infer<typeof SafetyStopReasonSchema>;

/** One partner's check-in: self-reported distress 0-10, optional heart rates, and whether it read as flooded. */
export const CheckInRecordSchema = z.object({
  at: EventTimeSchema,
  distress: z.int().min(0).max(10),
  heartRate: z.int().nullable(),
  restingHeartRate: z.int().nullable(),
  flooded: z.boolean(),
});
export type CheckInRecord = z.infer<typeof CheckInRecordSchema>;

/** One of a partner's own ratings: how well an option meets one of their needs, 0-10. */
export const OwnRatingSchema = z.object({ optionId: IdSchema, needId: IdSchema, value: z.int().min(0).max(10) });
export type OwnRating = z.infer<typeof OwnRatingSchema>;

/** A partner's private answer to the proposal on the table. */
export const AgreementResponseSchema = z.object({
  at: EventTimeSchema,
  accept: z.boolean(),
  authenticity: z.int().min(1).max(5),
  coreNeedsRespected: z.boolean(),
});
export type AgreementResponse = z.infer<typeof AgreementResponseSchema>;

/** Where a partner is in the Self-Compassion Break during a pause. */
export const BreakProgressSchema = z.object({
  /** Whether this partner asked for the pause. Owner only: the other sees only that the session is pausing. */
  requested: z.boolean(),
  /** Index into care's SELF_COMPASSION_BREAK_STEPS. */
  step: counter,
  /** The answer to "what do I need right now?", once chosen. */
  mode: BreakModeSchema.nullable(),
});
export type BreakProgress = z.infer<typeof BreakProgressSchema>;

/** A hint on one need: it may read as a strategy or a demand on the partner (grounding.md §1.16). Not a block. */
export const NeedHintSchema = z.object({ needId: IdSchema, messageId: MessageIdSchema });
export type NeedHint = z.infer<typeof NeedHintSchema>;

/**
 * Everything the session holds about one partner. The slice as a whole is private to its owner; a few fields are
 * shared with the other partner at a documented moment (each field says when).
 */
export const PartnerSliceSchema = z.object({
  /** Whether this partner has cleared the safety screen. Owner only (the other may be told "waiting"). The answers themselves are never stored. */
  screened: z.boolean(),
  /** Set when the session stopped for safety because of this partner's answer, words or request. Owner only, never shared. */
  safetyStop: z.object({ reason: SafetyStopReasonSchema }).nullable(),
  /** The latest check-in. Owner only. */
  checkIn: CheckInRecordSchema.nullable(),
  /** This partner's needs, in the order added. Owner, then both once both partners' `needsDone` are true. */
  needs: z.array(NeedSchema),
  /** Needs that may read as strategies or demands. Owner only. */
  needHints: z.array(NeedHintSchema),
  /** Whether this partner has finished naming needs. Shared (progress only, no content). */
  needsDone: z.boolean(),
  /** A copy of this partner's needs taken when both partners' needs first became visible, for the process detectors. Owner only. */
  needsBaseline: z.array(NeedSchema).nullable(),
  /** This partner's ratings of options against their own needs. Owner, then both once both `ratingsDone` are true. */
  ratings: z.array(OwnRatingSchema),
  /** Whether this partner has finished rating. Shared (progress only). */
  ratingsDone: z.boolean(),
  /** A copy of this partner's ratings taken when both partners' ratings first became visible, for the process detectors. Owner only. */
  ratingsBaseline: z.array(OwnRatingSchema).nullable(),
  /** This partner's answer to the current proposal. Owner only; the other learns only whether an agreement was reached. */
  response: AgreementResponseSchema.nullable(),
  /** Every answer this partner gave to a proposal, in order (accept or not only), for the process detectors. Owner only. */
  compromiseResponses: z.array(z.object({ proposalId: text, accept: z.boolean() })),
  /** Set when this partner's last answer had low authenticity or gave up a core need: offer the fierce prompt. Owner only. */
  fiercePromptOffered: z.boolean(),
  /** Progress through the Self-Compassion Break while the session is paused, else null. Owner only. */
  breakProgress: BreakProgressSchema.nullable(),
  /** Flags about this partner's own words and steps. Owner only; never shown to the other. */
  flags: z.array(FlagSchema),
  /** The number of the next flag id in this slice (`flag-<n>`). Owner only. */
  flagSeq: counter,
});
export type PartnerSlice = z.infer<typeof PartnerSliceSchema>;

/** An option on the table. The status quo (id `status-quo`) is there from the start and cannot be removed. */
export const SessionOptionSchema = z.object({
  id: IdSchema,
  /** The words of the option; null for the status quo when setup gave no description (show `session.option.statusQuo`). */
  label: text.nullable(),
  statusQuo: z.boolean(),
  /** Who proposed it; null for the status quo. */
  proposedBy: PartnerIdSchema.nullable(),
});
export type SessionOption = z.infer<typeof SessionOptionSchema>;

/** One reflection in the Rapoport loop and the speaker's answer to it (null while unanswered). */
export const ReflectionSchema = z.object({ text, understood: UnderstoodSchema.nullable() });
export type Reflection = z.infer<typeof ReflectionSchema>;

/** A pause: when it started, the earliest time joint work may resume, when it becomes overdue, how it ended. */
export const PauseRecordSchema = z.object({
  startedAt: EventTimeSchema,
  earliestResumeAt: EventTimeSchema,
  latestResumeAt: EventTimeSchema,
  /** Null while the pause lasts. */
  resumedAt: EventTimeSchema.nullable(),
  /** True when the session resumed after `latestResumeAt` (past the longest break). */
  overdue: z.boolean(),
});
export type PauseRecord = z.infer<typeof PauseRecordSchema>;

/** Something a partner said to the other with `note.say`. */
export const NoteSchema = z.object({ id: text, partner: PartnerIdSchema, text });
export type Note = z.infer<typeof NoteSchema>;

/** The proposal on the table during `agreement`, with its id (`proposal-<n>`). */
export const ProposalRecordSchema = z.object({ id: text, proposal: ProposalSchema, proposedBy: PartnerIdSchema });
export type ProposalRecord = z.infer<typeof ProposalRecordSchema>;

/** The agreement reached: always a temporary compromise, with the date to review it together (grounding.md §1.12). */
export const AgreementSchema = z.object({
  proposal: ProposalSchema,
  proposedBy: PartnerIdSchema,
  /** For a take-turns agreement, the two options and the share of time each gets; null for a single option. */
  turns: TurnsPartsSchema.nullable(),
  kind: z.literal('temporary'),
  agreedAt: EventTimeSchema,
  reviewAt: EventTimeSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * The whole context of a session machine. Plain JSON data: no class instances, no `undefined` values, no bigints,
 * so a persisted snapshot round-trips through `JSON.stringify`.
 */
export const SessionContextSchema = z.object({
  /** The settings of this session, defaults filled in. Shared. */
  settings: SessionSettingsSchema,
  /** Both partners' display names, once setup is submitted. Shared. */
  names: z.object({ a: text, b: text }).nullable(),
  /** What the session is about. Shared. */
  topic: text.nullable(),
  /** True once anything asked for a safety stop. Shared, but says nothing about who or why (that is in the owner's slice). */
  safetyStopRequested: z.boolean(),
  /** The Rapoport loop, keyed by the *speaker*: the other partner's reflections of the speaker's needs and the speaker's answers. Shared. */
  understanding: z.object({ a: z.array(ReflectionSchema), b: z.array(ReflectionSchema) }),
  /** The options, the status quo first. Shared. */
  options: z.array(SessionOptionSchema),
  /** The number of the next option id (`option-<n>`). Shared. */
  optionSeq: counter,
  /** The fairness assessment of the options, computed when both partners finish rating. Shared. */
  assessment: AssessmentSchema.nullable(),
  /** The proposal being answered in `agreement`. Shared (the answers are private, in the slices). */
  proposal: ProposalRecordSchema.nullable(),
  /** The number of the next proposal id (`proposal-<n>`). Shared. */
  proposalSeq: counter,
  /** The agreement, once reached. Shared. */
  agreement: AgreementSchema.nullable(),
  /** When the topic was set aside to revisit later. Shared. */
  parkedAt: EventTimeSchema.nullable(),
  /** Everything said with `note.say`, in order. Shared (their flags are private, in the author's slice). */
  notes: z.array(NoteSchema),
  /** The number of the next note id (`note-<n>`). Shared. */
  noteSeq: counter,
  /** The current pause, or null. Shared, without who asked for it or why. */
  pause: PauseRecordSchema.nullable(),
  /** Pauses that have ended, oldest first. Shared. */
  pauses: z.array(PauseRecordSchema),
  /** Each partner's private slice. */
  partners: z.object({ a: PartnerSliceSchema, b: PartnerSliceSchema }),
});
