import * as z from 'zod/mini';
import { NeedSchema } from './need.js';
import { PartnerIdSchema } from './partner.js';
import { RatingSchema } from './rating.js';
import { IdSchema, LabelSchema, typeError } from './text.js';
import { wholeNumber } from './wholeNumber.js';

// Every event the session machine understands, one schema per type, so the machine's guards, `parseSessionEvent`
// and a host's forms all validate the same way. Events sent by one partner carry `partner`; events that start or
// end a timed step carry `at`, the host's clock in epoch milliseconds (the machine itself never reads a clock).

/** The longest free text (a note or a reflection) a partner may send at once, in UTF-16 code units. */
export const LONG_TEXT_LIMIT = 2000;

/** A moment in time as the host's clock saw it: whole milliseconds since 1970-01-01 UTC. */
export const EventTimeSchema = z
  .int({ error: typeError('a time in whole milliseconds since 1970') })
  .check(z.minimum(0, { error: 'must be a time in whole milliseconds since 1970' }));

/** Longer free text a partner wrote, such as a reflection or a note; trimmed, and something must remain. */
export const LongTextSchema = z.string({ error: typeError('text') }).check(
  // z.trim() rewrites the value and checks run in order, so it goes first: "  " is then empty.
  z.trim(),
  z.minLength(1, { error: 'must not be empty' }),
  z.maxLength(LONG_TEXT_LIMIT, { error: `must be at most ${LONG_TEXT_LIMIT} characters` }),
);

// The screening answers are checked here only for their shape (question id → answer): care/safetyScreening.ts owns the
// questions, and schemas/ sits below care/. The machine then reads them with care's `screeningRaisesConcern`, which
// treats anything but "no" to every one of its questions as a concern (fail closed).
const ScreeningAnswerSchema = z.enum(['no', 'yes', 'unsure'], { error: 'must be "no", "yes" or "unsure"' });

/** How well the speaker felt understood by the listener's reflection (the Rapoport rule, grounding.md §1.10). */
export const UnderstoodSchema = z.enum(['yes', 'partly', 'no'], { error: 'must be "yes", "partly" or "no"' });
export type Understood = z.infer<typeof UnderstoodSchema>;

/** The kind of self-compassion a partner chooses at the end of a pause (grounding.md §1.2). */
export const BreakModeSchema = z.enum(['tender', 'fierce'], { error: 'must be "tender" or "fierce"' });

/** What a partner proposes to agree on: one option, or the take-turns plan the review offered. */
export const ProposalSchema = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('option'), optionId: IdSchema }), z.object({ kind: z.literal('takeTurns') })],
  { error: 'must be { kind: "option", optionId } or { kind: "takeTurns" }' },
);
export type Proposal = z.infer<typeof ProposalSchema>;

const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object(
    { type: z.literal(type, { error: typeError(`"${type}"`) }), ...shape },
    { error: typeError('an event object') },
  );

const fromPartner = { partner: PartnerIdSchema };

/** A heart rate given at a check-in: whole beats per minute from 20 to 250. */
const HeartRateSchema = z
  .int({ error: typeError('a whole number of beats per minute') })
  .check(
    z.minimum(20, { error: 'must be between 20 and 250 beats per minute' }),
    z.maximum(250, { error: 'must be between 20 and 250 beats per minute' }),
  );

/**
 * One schema per session event, keyed by the event's `type`. Each describes the whole event object, `type`
 * included, so `SessionEventSchemas[event.type].safeParse(event)` validates any event.
 */
export const SessionEventSchemas = {
  /** Both partners' display names and the topic; optionally what "changing nothing" means for this topic. */
  'setup.submit': event('setup.submit', {
    names: z.object(
      { a: LabelSchema, b: LabelSchema },
      { error: typeError('the names of both partners, as { a, b }') },
    ),
    topic: LabelSchema,
    statusQuo: z.optional(LabelSchema),
  }),
  /** One partner's private screening: an explicit concern, and one answer per screening question (care's SCREENING_QUESTIONS). */
  'safety.answer': event('safety.answer', {
    ...fromPartner,
    concern: z.boolean({ error: typeError('true or false') }),
    answers: z.record(z.string(), ScreeningAnswerSchema, { error: typeError('one answer per screening question') }),
  }),
  /** A partner says, at any point, that it does not feel safe to go on; the session stops for safety. */
  'safety.raise': event('safety.raise', { ...fromPartner }),
  /** One partner's check-in: distress 0-10, optionally a heart rate and a resting heart rate in beats per minute. */
  'checkIn.submit': event('checkIn.submit', {
    ...fromPartner,
    at: EventTimeSchema,
    distress: wholeNumber(0, 10),
    heartRate: z.optional(HeartRateSchema),
    restingHeartRate: z.optional(HeartRateSchema),
  }),
  /** A partner adds one of their own needs; the app chooses its id, unique across both partners' needs. */
  'need.add': event('need.add', { ...fromPartner, need: NeedSchema }),
  /** A partner replaces one of their own needs (matched by id) with a new version. */
  'need.update': event('need.update', { ...fromPartner, need: NeedSchema }),
  /** A partner removes one of their own needs. */
  'need.remove': event('need.remove', { ...fromPartner, needId: IdSchema }),
  /** A partner has named all their needs for now. */
  'needs.done': event('needs.done', { ...fromPartner }),
  /** The listener restates the other partner's needs in their own words. */
  'reflection.submit': event('reflection.submit', { ...fromPartner, text: LongTextSchema }),
  /** The speaker answers the listener's latest reflection: understood yes, partly or no. */
  'reflection.confirm': event('reflection.confirm', { ...fromPartner, understood: UnderstoodSchema }),
  /** A partner proposes an option (a strategy) in a few words. */
  'option.add': event('option.add', { ...fromPartner, text: LabelSchema }),
  /** A partner withdraws an option they proposed. */
  'option.remove': event('option.remove', { ...fromPartner, optionId: IdSchema }),
  /** The options are complete for now; needs at least two besides the status quo. */
  'options.done': event('options.done', { ...fromPartner }),
  /** A partner rates how well one option meets one of their own needs, 0-10. */
  'rating.set': event('rating.set', RatingSchema.shape),
  /** A partner has rated every option against each of their needs. */
  'ratings.done': event('ratings.done', { ...fromPartner }),
  /** A partner proposes to agree on an option or on the review's take-turns plan. */
  'agreement.propose': event('agreement.propose', { ...fromPartner, proposal: ProposalSchema }),
  /** A partner's private answer to the proposal: accept or not, how authentic it feels (1-5), core needs respected. */
  'agreement.respond': event('agreement.respond', {
    ...fromPartner,
    at: EventTimeSchema,
    accept: z.boolean({ error: typeError('true or false') }),
    authenticity: wholeNumber(1, 5),
    coreNeedsRespected: z.boolean({ error: typeError('true or false') }),
  }),
  /** From the review, go back and change the needs. */
  'revise.needs': event('revise.needs', { ...fromPartner }),
  /** From the review, go back and change the options. */
  'revise.options': event('revise.options', { ...fromPartner }),
  /** Set the topic aside to revisit later (for example when it is gridlocked). */
  'session.park': event('session.park', { ...fromPartner, at: EventTimeSchema }),
  /** A partner asks for a self-compassion pause. */
  'pause.request': event('pause.request', { ...fromPartner, at: EventTimeSchema }),
  /** A partner asks to resume joint work; accepted only once the shortest break is over. */
  'pause.resume': event('pause.resume', { ...fromPartner, at: EventTimeSchema }),
  /** A partner moves on to the next step of the Self-Compassion Break. */
  'break.next': event('break.next', { ...fromPartner }),
  /** A partner answers "what do I need right now?" with tender or fierce self-compassion. */
  'break.choose': event('break.choose', { ...fromPartner, mode: BreakModeSchema }),
  /** Anything a partner wants to say to the other, at any point. */
  'note.say': event('note.say', { ...fromPartner, text: LongTextSchema }),
  /** A partner sets aside a flag about their own words or steps ("that's not what I meant"). */
  'flag.dismiss': event('flag.dismiss', { ...fromPartner, flagId: IdSchema }),
  /** Quick exit: the session ends at once, from anywhere; `partner` is optional and never recorded. */
  'session.exit': event('session.exit', { partner: z.optional(PartnerIdSchema) }),
} as const;

/** Every event type the session machine understands. */
export type SessionEventType = keyof typeof SessionEventSchemas;

/** Every event type, in the order of {@link SessionEventSchemas}. */
export const SESSION_EVENT_TYPES = Object.keys(SessionEventSchemas) as readonly SessionEventType[];

/**
 * One event as a host sends it to the session machine (a `need.add` may leave out the need's `minimum`).
 * The machine validates every event it receives and ignores one that does not match its schema.
 */
export type SessionEvent = { [K in SessionEventType]: z.input<(typeof SessionEventSchemas)[K]> }[SessionEventType];

/** One event of type `K` after validation: trimmed text, defaults filled in. */
export type ParsedSessionEvent<K extends SessionEventType = SessionEventType> = {
  [T in K]: z.output<(typeof SessionEventSchemas)[T]>;
}[K];

/** Whether `type` names a session event. */
export function isSessionEventType(type: unknown): type is SessionEventType {
  return typeof type === 'string' && Object.hasOwn(SessionEventSchemas, type);
}
