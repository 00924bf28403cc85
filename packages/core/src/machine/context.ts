import type * as z from 'zod/mini';
import { screeningRaisesConcern } from '../care/safetyScreening.js';
import { SELF_COMPASSION_BREAK_STEPS } from '../care/selfCompassionBreak.js';
import { type Assessment, assessSmallInput } from '../fairness/assess.js';
import { type BuiltInLocale, type Catalog, catalogs, formatMessage, type MessageId, message } from '../i18n/index.js';
import { findLowAuthenticity } from '../patterns/authenticityFinding.js';
import { findLanguagePatterns, type PatternHit } from '../patterns/detectLanguagePatterns.js';
import type { Flag, FlagEvidence, FlagKind, TextSource } from '../patterns/flag.js';
import type { FlagFinding } from '../patterns/flagFinding.js';
import { type FloodingSettings, findFlooding } from '../patterns/flooding.js';
import { findNeedHint } from '../patterns/needHint.js';
import { findOutcomePatterns } from '../patterns/outcomeFindings.js';
import { findProcessPatterns, type ProcessSnapshot } from '../patterns/processFindings.js';
import {
  type ParsedSessionEvent,
  type Proposal,
  SessionEventSchemas,
  type SessionEventType,
} from '../schemas/events.js';
import { parseInput } from '../schemas/inputError.js';
import type { Need } from '../schemas/need.js';
import { otherPartner, PARTNERS, type Pair, type PartnerId } from '../schemas/partner.js';
import { SessionInputSchema } from '../schemas/sessionInput.js';
import type {
  AgreementResponse,
  PartnerSlice,
  SafetyStopReason,
  SessionContextSchema,
  SessionOption,
  TurnsParts,
} from './contextSchema.js';
import { earliestResumeAt, latestResumeAt, reviewAt, type SessionSettings } from './settings.js';

// The session's data and every change to it, as pure functions of (context, event). The machine's guards and
// actions are one-liners that call these, so the whole flow can be read, and tested, without xstate.
//
// Every function here takes the event as `unknown` and validates it with its schema first: a host may send
// anything, and an invalid event must leave the session as it was (guards return false, updaters return the
// context unchanged). Nothing here throws, reads a clock or draws a random number; ids come from the event
// (needs) or from counters in the context (options, notes, flags).
//
// The detectors are called through their internal forms (`findLanguagePatterns`, `findFlooding`...), which skip
// the public functions' schemas: everything passed to them is built from parsed events and the typed context, so
// validating it again would only put those schemas in every host's bundle. They still throw on what a type cannot
// rule out (a text over the length limit, a broken built-in pattern); the safety checks here fail closed on a throw.

/** Everything a session knows; see `SessionContextSchema` for each field and who may see it. */
export type SessionContext = z.infer<typeof SessionContextSchema>;

/** The id of the status quo option, present from the start of every session. */
export const STATUS_QUO_ID = 'status-quo';

/** The most options a session takes besides the status quo; enough for any real brainstorm. */
export const MAX_SESSION_OPTIONS = 30;

/** The most needs one partner may name (the fairness engine's limit, fairness.md §10). */
export const MAX_NEEDS_PER_PARTNER = 20;

/** The most flags one partner's slice keeps; older ones beyond it are dropped so a long session stays small. */
export const MAX_FLAGS_PER_PARTNER = 200;

function emptySlice(): PartnerSlice {
  return {
    screened: false,
    safetyStop: null,
    checkIn: null,
    needs: [],
    needHints: [],
    needsDone: false,
    needsBaseline: null,
    ratings: [],
    ratingsDone: false,
    ratingsBaseline: null,
    response: null,
    compromiseResponses: [],
    fiercePromptOffered: false,
    breakProgress: null,
    flags: [],
    flagSeq: 1,
  };
}

function contextWith(settings: SessionSettings): SessionContext {
  return {
    settings,
    names: null,
    topic: null,
    safetyStopRequested: false,
    understanding: { a: [], b: [] },
    options: [{ id: STATUS_QUO_ID, label: null, statusQuo: true, proposedBy: null }],
    optionSeq: 1,
    assessment: null,
    proposal: null,
    proposalSeq: 1,
    agreement: null,
    parkedAt: null,
    notes: [],
    noteSeq: 1,
    pause: null,
    pauses: [],
    partners: { a: emptySlice(), b: emptySlice() },
  };
}

/**
 * The context a new session starts with, from the machine's input (settings default when left out).
 * Throws `InputError` for invalid input, naming every problem: the machine's input is a boundary.
 *
 * @example
 * createInitialContext({ settings: { minBreakMinutes: 30 } }).settings.minBreakMinutes; // 30
 */
export function createInitialContext(input: unknown): SessionContext {
  const { settings } = parseInput(SessionInputSchema, input ?? {}, 'sessionMachine input');
  return contextWith(settings);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading events and context

/** The event validated as type `type`, or null when it is not a valid event of that type. */
export function parseEventAs<K extends SessionEventType>(type: K, event: unknown): ParsedSessionEvent<K> | null {
  const schema: z.ZodMiniType = SessionEventSchemas[type];
  const result = schema.safeParse(event);
  return result.success ? (result.data as ParsedSessionEvent<K>) : null;
}

function updateSlice(context: SessionContext, partner: PartnerId, change: Partial<PartnerSlice>): SessionContext {
  return { ...context, partners: { ...context.partners, [partner]: { ...context.partners[partner], ...change } } };
}

function updateBothSlices(
  context: SessionContext,
  change: (slice: PartnerSlice, partner: PartnerId) => Partial<PartnerSlice>,
): SessionContext {
  const { a, b } = context.partners;
  return { ...context, partners: { a: { ...a, ...change(a, 'a') }, b: { ...b, ...change(b, 'b') } } };
}

/** The options other than the status quo. */
export function proposedOptions(context: SessionContext): SessionOption[] {
  return context.options.filter((option) => !option.statusQuo);
}

/** Whether the speaker's latest reflection is waiting for their answer. */
export function isReflectionPending(context: SessionContext, speaker: PartnerId): boolean {
  const last = context.understanding[speaker].at(-1);
  return last !== undefined && last.understood === null;
}

/** Whether the speaker has said "yes, I feel understood" to the listener's latest reflection (Rapoport, grounding.md §1.10). */
export function isUnderstood(context: SessionContext, speaker: PartnerId): boolean {
  return context.understanding[speaker].at(-1)?.understood === 'yes';
}

/** Whether both partners' needs are done, so each may now see the other's (the moment needs stop being private). */
export function areNeedsShared(context: SessionContext): boolean {
  return context.partners.a.needsDone && context.partners.b.needsDone;
}

/** Whether both partners' ratings are done, so each may now see the other's. */
export function areRatingsShared(context: SessionContext): boolean {
  return context.partners.a.ratingsDone && context.partners.b.ratingsDone;
}

/** Whether one partner has rated every option against each of their own needs. */
export function hasRatedEverything(context: SessionContext, partner: PartnerId): boolean {
  const slice = context.partners[partner];
  const rated = new Set(slice.ratings.map((rating) => `${rating.optionId}\u0000${rating.needId}`));
  return context.options.every((option) => slice.needs.every((need) => rated.has(`${option.id}\u0000${need.id}`)));
}

// ---------------------------------------------------------------------------------------------------------------
// Flags and the language check

/**
 * The language detectors on one text. A threat hit counts even when quoted, reported or negated: the detectors keep
 * those on purpose, because a threat someone made to the writer is a safety signal too (fail closed).
 */
function detectLanguage(text: string): PatternHit[] {
  return findLanguagePatterns(text);
}

type NewFlag = FlagFinding;

function sameFlag(a: NewFlag, b: Flag): boolean {
  return a.kind === b.kind && a.messageId === b.messageId && JSON.stringify(a.evidence) === JSON.stringify(b.evidence);
}

/** Adds flags to one partner's slice, each with the next id, skipping any the slice already holds. */
export function addFlags(context: SessionContext, partner: PartnerId, flags: readonly NewFlag[]): SessionContext {
  if (flags.length === 0) return context;
  const slice = context.partners[partner];
  let seq = slice.flagSeq;
  const added: Flag[] = [];
  for (const flag of flags) {
    if (slice.flags.some((existing) => sameFlag(flag, existing)) || added.some((existing) => sameFlag(flag, existing)))
      continue;
    added.push({ ...flag, id: `flag-${seq}`, dismissed: false });
    seq += 1;
  }
  if (added.length === 0) return context;
  return updateSlice(context, partner, {
    flags: [...slice.flags, ...added].slice(-MAX_FLAGS_PER_PARTNER),
    flagSeq: seq,
  });
}

/** Adds detector findings, each to the slice of the partner it concerns. */
export function addFindings(context: SessionContext, findings: readonly FlagFinding[]): SessionContext {
  return PARTNERS.reduce(
    (next, partner) =>
      addFlags(
        next,
        partner,
        findings.filter((finding) => finding.partner === partner),
      ),
    context,
  );
}

function textFlag(partner: PartnerId, source: TextSource, text: string, hit: PatternHit): NewFlag {
  const evidence: FlagEvidence = { kind: 'text', source, text, start: hit.start, end: hit.end };
  return { kind: hit.family satisfies FlagKind, partner, evidence, messageId: hit.messageId };
}

/** Marks the session for a safety stop; the reason goes only into the slice of the partner it came from. */
export function requestSafetyStop(
  context: SessionContext,
  partner: PartnerId | null,
  reason: SafetyStopReason,
): SessionContext {
  const stopped = { ...context, safetyStopRequested: true };
  return partner === null ? stopped : updateSlice(stopped, partner, { safetyStop: { reason } });
}

/**
 * Runs the language detectors on a partner's text. Flags go to the author's slice. A threat, or a detector that
 * throws, asks for a safety stop and reports `unsafe`, so the caller drops the text instead of sharing it
 * (fail closed, grounding.md §2.2).
 */
export function checkText(
  context: SessionContext,
  partner: PartnerId | null,
  source: TextSource,
  text: string,
): { context: SessionContext; unsafe: boolean } {
  let hits: PatternHit[];
  try {
    hits = detectLanguage(text);
  } catch {
    return { context: requestSafetyStop(context, partner, 'checkFailed'), unsafe: true };
  }
  const flagged =
    partner === null
      ? context
      : addFlags(
          context,
          partner,
          hits.map((hit) => textFlag(partner, source, text, hit)),
        );
  if (hits.some((hit) => hit.family === 'threat'))
    return { context: requestSafetyStop(flagged, partner, 'threat'), unsafe: true };
  return { context: flagged, unsafe: false };
}

/** Whether anything asked for a safety stop; the machine then goes to `safetyStop` from wherever it is. */
export function isSafetyStopRequested(context: SessionContext): boolean {
  return context.safetyStopRequested;
}

// ---------------------------------------------------------------------------------------------------------------
// setup

/** Whether `setup.submit` is valid. */
export function canSubmitSetup(_context: SessionContext, event: unknown): boolean {
  return parseEventAs('setup.submit', event) !== null;
}

/** Records names, topic and the status quo's description; a threat in the topic stops the session. */
export function recordSetup(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('setup.submit', event);
  if (e === null) return context;
  let next = context;
  for (const text of [e.topic, ...(e.statusQuo === undefined ? [] : [e.statusQuo])]) {
    // Setup is typed together, so a hit has no author: only the threat check applies.
    const checked = checkText(next, null, 'note', text);
    if (checked.unsafe) return checked.context;
    next = checked.context;
  }
  const options = next.options.map((option) => (option.statusQuo ? { ...option, label: e.statusQuo ?? null } : option));
  return { ...next, names: { a: e.names.a, b: e.names.b }, topic: e.topic, options };
}

// ---------------------------------------------------------------------------------------------------------------
// safetyCheck

/** Whether `safety.answer` is valid and its partner has not answered yet. */
export function canAnswerSafety(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('safety.answer', event);
  return e !== null && !context.partners[e.partner].screened;
}

/**
 * Records a screening: a stated concern, or any answer that is not a plain "no" (care's `screeningRaisesConcern`,
 * which fails closed), stops the session for safety. The answers themselves are never stored.
 */
export function recordSafetyAnswer(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('safety.answer', event);
  if (e === null) return context;
  if (e.concern || screeningRaisesConcern(e.answers)) return requestSafetyStop(context, e.partner, 'screening');
  return updateSlice(context, e.partner, { screened: true });
}

/** Whether both partners cleared the screening. */
export function isScreeningClear(context: SessionContext): boolean {
  return !context.safetyStopRequested && context.partners.a.screened && context.partners.b.screened;
}

/** Whether `safety.raise` is valid. */
export function canRaiseSafety(_context: SessionContext, event: unknown): boolean {
  return parseEventAs('safety.raise', event) !== null;
}

/** A partner said it is not safe to go on: stop, recording it only in their slice. */
export function recordSafetyRaise(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('safety.raise', event);
  return e === null ? context : requestSafetyStop(context, e.partner, 'raised');
}

// ---------------------------------------------------------------------------------------------------------------
// checkIn

function floodingSettings(settings: SessionSettings): FloodingSettings {
  return {
    floodingBpm: settings.floodingHeartRate,
    floodingPercentOverResting: settings.floodingAboveRestingPercent,
    distressThreshold: settings.distressThreshold,
  };
}

/** Whether `checkIn.submit` is valid and its partner has not checked in yet. */
export function canCheckIn(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('checkIn.submit', event);
  return e !== null && context.partners[e.partner].checkIn === null;
}

/** Records a check-in and whether it reads as flooded, with a private `flooding` flag when it does. */
export function recordCheckIn(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('checkIn.submit', event);
  if (e === null) return context;
  const reading = {
    distress: e.distress,
    heartRate: e.heartRate ?? null,
    restingHeartRate: e.restingHeartRate ?? null,
  };
  let finding: FlagFinding | null;
  try {
    finding = findFlooding(e.partner, reading, floodingSettings(context.settings));
  } catch {
    // The flooding check guards joint work; when it cannot run, the session does not go on (fail closed).
    return requestSafetyStop(context, e.partner, 'checkFailed');
  }
  const next = updateSlice(context, e.partner, { checkIn: { at: e.at, ...reading, flooded: finding !== null } });
  return finding === null ? next : addFlags(next, e.partner, [finding]);
}

/** Whether a partner's check-in reads as flooded, so the session pauses before any joint work (grounding.md §1.8). */
export function isAnyoneFlooded(context: SessionContext): boolean {
  return !context.safetyStopRequested && PARTNERS.some((p) => context.partners[p].checkIn?.flooded === true);
}

/** Whether both partners have checked in and neither is flooded. */
export function areBothCheckedIn(context: SessionContext): boolean {
  return (
    !context.safetyStopRequested &&
    PARTNERS.every((p) => {
      const checkIn = context.partners[p].checkIn;
      return checkIn !== null && !checkIn.flooded;
    })
  );
}

function pauseFrom(context: SessionContext, startedAt: number, requestedBy: PartnerId | null): SessionContext {
  const pause = {
    startedAt,
    earliestResumeAt: earliestResumeAt(context.settings, startedAt),
    latestResumeAt: latestResumeAt(context.settings, startedAt),
    resumedAt: null,
    overdue: false,
  };
  return updateBothSlices({ ...context, pause }, (_slice, partner) => ({
    breakProgress: { requested: partner === requestedBy, step: 0, mode: null },
  }));
}

/**
 * Starts the pause a flooded check-in calls for, timed from the flooded check-in. Both check-ins are cleared,
 * so both partners check in again when the session returns to `checkIn`.
 */
export function startFloodingPause(context: SessionContext): SessionContext {
  const times = PARTNERS.flatMap((p) => {
    const checkIn = context.partners[p].checkIn;
    return checkIn?.flooded === true ? [checkIn.at] : [];
  });
  const paused = pauseFrom(context, Math.max(0, ...times), null);
  return updateBothSlices(paused, () => ({ checkIn: null }));
}

// ---------------------------------------------------------------------------------------------------------------
// needs

/**
 * The need as sent, with the session's `coreMinimum` when the event left `minimum` out (the schema alone would
 * fill in the library-wide default).
 */
function needWithMinimum(context: SessionContext, event: unknown, need: Need): Need {
  const sent = (event as { need?: { minimum?: unknown } }).need;
  return sent?.minimum === undefined ? { ...need, minimum: context.settings.coreMinimum } : need;
}

function withHint(context: SessionContext, partner: PartnerId, need: Need): SessionContext {
  const slice = context.partners[partner];
  const others = slice.needHints.filter((hint) => hint.needId !== need.id);
  let messageId: MessageId | null;
  try {
    messageId = findNeedHint(need.label);
  } catch {
    // A hint is advice, not a safety check: when it cannot run, there is simply no hint.
    messageId = null;
  }
  return updateSlice(context, partner, {
    needHints: messageId === null ? others : [...others, { needId: need.id, messageId }],
  });
}

/** Whether `need.add` is valid: the partner is still naming needs, the id is new to them, and there is room. */
export function canAddNeed(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('need.add', event);
  if (e === null) return false;
  const slice = context.partners[e.partner];
  return (
    !slice.needsDone && slice.needs.length < MAX_NEEDS_PER_PARTNER && !slice.needs.some((need) => need.id === e.need.id)
  );
}

/** Adds a need to its partner's private list, with flags on its label and a hint if it reads as a strategy. */
export function addNeed(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('need.add', event);
  if (e === null) return context;
  const need = needWithMinimum(context, event, e.need);
  const checked = checkText(context, e.partner, 'need', need.label);
  if (checked.unsafe) return checked.context;
  const next = updateSlice(checked.context, e.partner, { needs: [...checked.context.partners[e.partner].needs, need] });
  return withHint(next, e.partner, need);
}

/** Whether `need.update` is valid: the partner is still naming needs and has a need with that id. */
export function canUpdateNeed(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('need.update', event);
  if (e === null) return false;
  const slice = context.partners[e.partner];
  return !slice.needsDone && slice.needs.some((need) => need.id === e.need.id);
}

/** Replaces one of a partner's needs, checking its new label. */
export function updateNeed(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('need.update', event);
  if (e === null) return context;
  const updated = needWithMinimum(context, event, e.need);
  const checked = checkText(context, e.partner, 'need', updated.label);
  if (checked.unsafe) return checked.context;
  const needs = checked.context.partners[e.partner].needs.map((need) => (need.id === updated.id ? updated : need));
  return withHint(updateSlice(checked.context, e.partner, { needs }), e.partner, updated);
}

/** Whether `need.remove` is valid: the partner is still naming needs and has a need with that id. */
export function canRemoveNeed(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('need.remove', event);
  if (e === null) return false;
  const slice = context.partners[e.partner];
  return !slice.needsDone && slice.needs.some((need) => need.id === e.needId);
}

/** Removes a need with its hint and its ratings. */
export function removeNeed(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('need.remove', event);
  if (e === null) return context;
  const slice = context.partners[e.partner];
  return updateSlice(context, e.partner, {
    needs: slice.needs.filter((need) => need.id !== e.needId),
    needHints: slice.needHints.filter((hint) => hint.needId !== e.needId),
    ratings: slice.ratings.filter((rating) => rating.needId !== e.needId),
  });
}

/** Whether `needs.done` is valid: the partner has named at least one need and is not done yet. */
export function canFinishNeeds(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('needs.done', event);
  if (e === null) return false;
  const slice = context.partners[e.partner];
  return !slice.needsDone && slice.needs.length > 0;
}

/** Marks a partner's needs as done. */
export function finishNeeds(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('needs.done', event);
  return e === null ? context : updateSlice(context, e.partner, { needsDone: true });
}

/** Whether both partners are done with their needs and the session may move on to understanding. */
export function canShareNeeds(context: SessionContext): boolean {
  return !context.safetyStopRequested && areNeedsShared(context);
}

/**
 * Runs the process detectors (patterns/processFindings.ts) on what both partners may see at this point: needs once
 * both are done, ratings once both are done, the options, and every answer to a proposal. The first time needs or
 * ratings become visible, a private copy is kept as the baseline that later changes are compared with. A detector
 * that cannot run adds no flags: these are prompts, not safety checks.
 */
export function detectProcessPatterns(context: SessionContext): SessionContext {
  const needsShared = areNeedsShared(context);
  const ratingsShared = areRatingsShared(context);
  const withBaselines = updateBothSlices(context, (slice) => ({
    needsBaseline: slice.needsBaseline ?? (needsShared ? slice.needs : null),
    ratingsBaseline: slice.ratingsBaseline ?? (ratingsShared ? slice.ratings : null),
  }));
  const { a, b } = withBaselines.partners;
  const snapshot: ProcessSnapshot = {
    options: withBaselines.options.map((option) => ({ id: option.id, proposedBy: option.proposedBy })),
    compromiseResponses: { a: a.compromiseResponses, b: b.compromiseResponses },
    ...(needsShared ? { needs: { a: a.needs, b: b.needs } } : {}),
    ...(needsShared && a.needsBaseline !== null && b.needsBaseline !== null
      ? { needsBaseline: { a: a.needsBaseline, b: b.needsBaseline } }
      : {}),
    ...(ratingsShared ? { ratings: { a: a.ratings, b: b.ratings } } : {}),
    ...(ratingsShared && a.ratingsBaseline !== null && b.ratingsBaseline !== null
      ? { ratingsBaseline: { a: a.ratingsBaseline, b: b.ratingsBaseline } }
      : {}),
  };
  let findings: FlagFinding[];
  try {
    findings = findProcessPatterns(snapshot);
  } catch {
    findings = [];
  }
  return addFindings(withBaselines, findings);
}

// ---------------------------------------------------------------------------------------------------------------
// understanding (the Rapoport rule: each restates the other's needs until the other feels understood)

/** Whether `reflection.submit` is valid: the other partner is not yet understood and no reflection awaits an answer. */
export function canReflect(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('reflection.submit', event);
  if (e === null) return false;
  const speaker = otherPartner(e.partner);
  return !isUnderstood(context, speaker) && !isReflectionPending(context, speaker);
}

/** Records the listener's reflection of the speaker's needs (flags on its words go to the listener). */
export function recordReflection(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('reflection.submit', event);
  if (e === null) return context;
  const checked = checkText(context, e.partner, 'reflection', e.text);
  if (checked.unsafe) return checked.context;
  const speaker = otherPartner(e.partner);
  const next = checked.context;
  return {
    ...next,
    understanding: {
      ...next.understanding,
      [speaker]: [...next.understanding[speaker], { text: e.text, understood: null }],
    },
  };
}

/** Whether `reflection.confirm` is valid: a reflection of this partner's needs awaits their answer. */
export function canConfirmReflection(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('reflection.confirm', event);
  return e !== null && isReflectionPending(context, e.partner);
}

/** Records the speaker's answer; anything but "yes" asks the listener to reflect again. */
export function recordConfirmation(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('reflection.confirm', event);
  if (e === null) return context;
  const reflections = context.understanding[e.partner].map((reflection, index, all) =>
    index === all.length - 1 ? { ...reflection, understood: e.understood } : reflection,
  );
  return { ...context, understanding: { ...context.understanding, [e.partner]: reflections } };
}

/** Whether each partner has confirmed feeling understood, so options may begin. */
export function isUnderstoodBothWays(context: SessionContext): boolean {
  return !context.safetyStopRequested && isUnderstood(context, 'a') && isUnderstood(context, 'b');
}

// ---------------------------------------------------------------------------------------------------------------
// options

/** Whether `option.add` is valid and there is room for another option. */
export function canAddOption(context: SessionContext, event: unknown): boolean {
  return parseEventAs('option.add', event) !== null && proposedOptions(context).length < MAX_SESSION_OPTIONS;
}

/** Adds an option with the next id (`option-<n>`), checking its words. */
export function addOption(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('option.add', event);
  if (e === null) return context;
  const checked = checkText(context, e.partner, 'option', e.text);
  if (checked.unsafe) return checked.context;
  const next = checked.context;
  const option: SessionOption = {
    id: `option-${next.optionSeq}`,
    label: e.text,
    statusQuo: false,
    proposedBy: e.partner,
  };
  return { ...next, options: [...next.options, option], optionSeq: next.optionSeq + 1 };
}

/** Whether `option.remove` is valid: the option exists, is not the status quo, and this partner proposed it. */
export function canRemoveOption(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('option.remove', event);
  return (
    e !== null &&
    context.options.some((option) => option.id === e.optionId && !option.statusQuo && option.proposedBy === e.partner)
  );
}

/** Removes an option and every rating of it. */
export function removeOption(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('option.remove', event);
  if (e === null) return context;
  const next = { ...context, options: context.options.filter((option) => option.id !== e.optionId) };
  return updateBothSlices(next, (slice) => ({
    ratings: slice.ratings.filter((rating) => rating.optionId !== e.optionId),
  }));
}

/** Whether `options.done` is valid: at least two options besides the status quo. */
export function canFinishOptions(context: SessionContext, event: unknown): boolean {
  return parseEventAs('options.done', event) !== null && proposedOptions(context).length >= 2;
}

// ---------------------------------------------------------------------------------------------------------------
// rating

/** Whether `rating.set` is valid: a known option, one of the partner's own needs, and their ratings still open. */
export function canRate(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('rating.set', event);
  if (e === null) return false;
  const slice = context.partners[e.partner];
  return (
    !slice.ratingsDone &&
    context.options.some((option) => option.id === e.optionId) &&
    slice.needs.some((need) => need.id === e.needId)
  );
}

/** Sets (or replaces) one of a partner's ratings. */
export function recordRating(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('rating.set', event);
  if (e === null) return context;
  const slice = context.partners[e.partner];
  const others = slice.ratings.filter((rating) => rating.optionId !== e.optionId || rating.needId !== e.needId);
  return updateSlice(context, e.partner, {
    ratings: [...others, { optionId: e.optionId, needId: e.needId, value: e.value }],
  });
}

/** Whether `ratings.done` is valid: the partner has rated every option against each of their needs. */
export function canFinishRatings(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('ratings.done', event);
  return e !== null && !context.partners[e.partner].ratingsDone && hasRatedEverything(context, e.partner);
}

/** Marks a partner's ratings as done. */
export function finishRatings(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('ratings.done', event);
  return e === null ? context : updateSlice(context, e.partner, { ratingsDone: true });
}

/** Whether both partners finished rating, so the review can be computed. */
export function canReview(context: SessionContext): boolean {
  return !context.safetyStopRequested && areRatingsShared(context);
}

/** The options as the fairness engine takes them; the status quo without a description gets the catalog's words. */
function optionsForAssessment(context: SessionContext): { id: string; label: string; statusQuo: boolean }[] {
  const catalog: Catalog = isBuiltInLocale(context.settings.locale) ? catalogs[context.settings.locale] : catalogs.en;
  return context.options.map((option) => ({
    id: option.id,
    label: option.label ?? formatMessage(message('session.option.statusQuo'), catalog),
    statusQuo: option.statusQuo,
  }));
}

function isBuiltInLocale(locale: string): locale is BuiltInLocale {
  return Object.hasOwn(catalogs, locale);
}

/**
 * Computes the fairness assessment (fairness/assess.ts) from both partners' needs and ratings, validated by the
 * schema alone (`assessSmallInput`: a session is far too small for the fast reader to matter). If the assessment
 * cannot be computed it stays null: the review then offers no recommendation and accepts no proposal, only revising
 * or parking (never fail open).
 */
export function assessSession(context: SessionContext): SessionContext {
  let assessment: Assessment | null;
  try {
    assessment = assessSmallInput({
      needs: { a: context.partners.a.needs, b: context.partners.b.needs },
      options: optionsForAssessment(context),
      ratings: PARTNERS.flatMap((partner) =>
        context.partners[partner].ratings.map((rating) => ({ partner, ...rating })),
      ),
      winWinThreshold: context.settings.winWinThreshold,
    });
  } catch {
    assessment = null;
  }
  return { ...context, assessment };
}

// ---------------------------------------------------------------------------------------------------------------
// review and agreement

/** Whether the assessment says an option meets every core need of both partners (grounding.md §1.11). */
export function honoursBothCores(context: SessionContext, optionId: string): boolean {
  const option = context.assessment?.options.find((candidate) => candidate.id === optionId);
  return option !== undefined && option.coreUnmet.a.length === 0 && option.coreUnmet.b.length === 0;
}

/** The take-turns plan the review offers, or null when it offers none. */
export function takeTurnsPlan(context: SessionContext): TurnsParts | null {
  const plan = context.assessment?.takeTurns;
  return plan?.kind === 'turns' ? plan.parts : null;
}

function isProposable(context: SessionContext, proposal: Proposal): boolean {
  if (proposal.kind === 'option') return honoursBothCores(context, proposal.optionId);
  return takeTurnsPlan(context) !== null;
}

/** Whether `agreement.propose` is valid: an option that honours both partners' core needs, or the offered take-turns plan. */
export function canPropose(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('agreement.propose', event);
  return e !== null && isProposable(context, e.proposal);
}

/**
 * Puts a proposal on the table (id `proposal-<n>`) and clears any earlier answers. An option that is one-sided
 * against a partner gives that partner a private `subordination` flag before they answer (outcome detectors).
 */
export function recordProposal(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('agreement.propose', event);
  if (e === null) return context;
  const proposal = { id: `proposal-${context.proposalSeq}`, proposal: e.proposal, proposedBy: e.partner };
  const next = updateBothSlices({ ...context, proposal, proposalSeq: context.proposalSeq + 1 }, () => ({
    response: null,
  }));
  const chosen = e.proposal.kind === 'option' ? e.proposal.optionId : null;
  const option = context.assessment?.options.find((candidate) => candidate.id === chosen);
  if (option === undefined) return next;
  let findings: FlagFinding[];
  try {
    findings = findOutcomePatterns(option);
  } catch {
    findings = [];
  }
  return addFindings(next, findings);
}

/** Whether `agreement.respond` is valid: this partner has not answered the current proposal yet. */
export function canRespond(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('agreement.respond', event);
  return e !== null && context.proposal !== null && context.partners[e.partner].response === null;
}

function isWholehearted(response: AgreementResponse, settings: SessionSettings): boolean {
  return response.accept && response.coreNeedsRespected && response.authenticity >= settings.authenticityThreshold;
}

/**
 * Records a partner's private answer and adds it to their history of answers. Low authenticity or a given-up core
 * need offers them the fierce prompt ("your needs matter too", care's LOW_AUTHENTICITY_PROMPT); accepting with low
 * authenticity adds a private `subordination` flag (grounding.md §1.4: a self-reported outcome with low
 * authenticity). The process detectors then look at the answers so far.
 */
export function recordResponse(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('agreement.respond', event);
  if (e === null || context.proposal === null) return context;
  const response: AgreementResponse = {
    at: e.at,
    accept: e.accept,
    authenticity: e.authenticity,
    coreNeedsRespected: e.coreNeedsRespected,
  };
  const lowAuthenticity = e.authenticity < context.settings.authenticityThreshold || !e.coreNeedsRespected;
  const slice = context.partners[e.partner];
  const next = updateSlice(context, e.partner, {
    response,
    fiercePromptOffered: lowAuthenticity,
    compromiseResponses: [...slice.compromiseResponses, { proposalId: context.proposal.id, accept: e.accept }],
  });
  let finding: FlagFinding | null = null;
  if (e.accept) {
    try {
      finding = findLowAuthenticity({
        partner: e.partner,
        score: e.authenticity,
        threshold: context.settings.authenticityThreshold,
      });
    } catch {
      finding = null;
    }
  }
  return detectProcessPatterns(finding === null ? next : addFlags(next, e.partner, [finding]));
}

function bothResponses(context: SessionContext): Pair<AgreementResponse> | null {
  const { a, b } = context.partners;
  return a.response === null || b.response === null ? null : { a: a.response, b: b.response };
}

/** Whether both partners accepted wholeheartedly: accept, core needs respected, authenticity at the threshold. */
export function isAgreementReached(context: SessionContext): boolean {
  const responses = bothResponses(context);
  return (
    !context.safetyStopRequested &&
    context.proposal !== null &&
    responses !== null &&
    PARTNERS.every((p) => isWholehearted(responses[p], context.settings))
  );
}

/** Whether both partners answered but not both wholeheartedly, so the session returns to the review. */
export function isAgreementDeclined(context: SessionContext): boolean {
  return !context.safetyStopRequested && bothResponses(context) !== null && !isAgreementReached(context);
}

/** Records the agreement as a temporary compromise, to be reviewed `reviewAfterDays` after the later answer. */
export function recordAgreement(context: SessionContext): SessionContext {
  const responses = bothResponses(context);
  if (context.proposal === null || responses === null) return context;
  const agreedAt = Math.max(responses.a.at, responses.b.at);
  const { proposal, proposedBy } = context.proposal;
  return {
    ...context,
    agreement: {
      proposal,
      proposedBy,
      turns: proposal.kind === 'takeTurns' ? takeTurnsPlan(context) : null,
      kind: 'temporary',
      agreedAt,
      reviewAt: reviewAt(context.settings, agreedAt),
    },
  };
}

/** Takes a declined proposal off the table; the answers stay private and are cleared, the fierce offer stays. */
export function closeProposal(context: SessionContext): SessionContext {
  return updateBothSlices({ ...context, proposal: null }, () => ({ response: null }));
}

/** Whether a `revise.*` or `session.park` event from the review is valid. */
export function canLeaveReview(
  context: SessionContext,
  event: unknown,
  type: 'revise.needs' | 'revise.options' | 'session.park',
): boolean {
  return parseEventAs(type, event) !== null && !context.safetyStopRequested;
}

/** Reopens the needs: both partners may change them, then understanding and rating run again. */
export function reopenNeeds(context: SessionContext): SessionContext {
  const next = { ...context, assessment: null, proposal: null, understanding: { a: [], b: [] } };
  return updateBothSlices(next, () => ({ needsDone: false, ratingsDone: false, response: null }));
}

/** Reopens the options: both partners rate again afterwards (their earlier ratings are kept). */
export function reopenOptions(context: SessionContext): SessionContext {
  return updateBothSlices({ ...context, assessment: null, proposal: null }, () => ({
    ratingsDone: false,
    response: null,
  }));
}

/** Sets the topic aside to revisit later. */
export function recordPark(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('session.park', event);
  return e === null ? context : { ...context, parkedAt: e.at };
}

// ---------------------------------------------------------------------------------------------------------------
// pause

/** Whether `pause.request` is valid. */
export function canRequestPause(context: SessionContext, event: unknown): boolean {
  return parseEventAs('pause.request', event) !== null && context.pause === null;
}

/** Starts a pause at the event's time; each partner gets a fresh Self-Compassion Break. */
export function startPause(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('pause.request', event);
  return e === null ? context : pauseFrom(context, e.at, e.partner);
}

/** Whether `pause.resume` is valid: the shortest break is over (grounding.md §1.8). */
export function isPauseOver(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('pause.resume', event);
  return e !== null && context.pause !== null && e.at >= context.pause.earliestResumeAt;
}

/** Ends the pause, noting whether it ran past the longest break, and clears the break progress. */
export function endPause(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('pause.resume', event);
  if (e === null || context.pause === null) return context;
  const ended = { ...context.pause, resumedAt: e.at, overdue: e.at > context.pause.latestResumeAt };
  return updateBothSlices({ ...context, pause: null, pauses: [...context.pauses, ended] }, () => ({
    breakProgress: null,
  }));
}

/** The number of break steps, the last index being the "what do I need right now?" question. */
export const BREAK_STEP_COUNT = SELF_COMPASSION_BREAK_STEPS.length + 1;

/** Whether `break.next` is valid: the partner is in a pause and not at its last step. */
export function canAdvanceBreak(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('break.next', event);
  const progress = e === null ? null : context.partners[e.partner].breakProgress;
  return progress !== null && progress.step < BREAK_STEP_COUNT - 1;
}

/** Moves a partner to the next step of the break. */
export function advanceBreak(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('break.next', event);
  const progress = e === null ? null : context.partners[e.partner].breakProgress;
  if (e === null || progress === null) return context;
  return updateSlice(context, e.partner, {
    breakProgress: { ...progress, step: Math.min(progress.step + 1, BREAK_STEP_COUNT - 1) },
  });
}

/** Whether `break.choose` is valid: the partner is in a pause (every step may be skipped). */
export function canChooseBreakMode(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('break.choose', event);
  return e !== null && context.partners[e.partner].breakProgress !== null;
}

/** Records a partner's answer to "what do I need right now?", which also takes them to that last step. */
export function chooseBreakMode(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('break.choose', event);
  const progress = e === null ? null : context.partners[e.partner].breakProgress;
  if (e === null || progress === null) return context;
  return updateSlice(context, e.partner, { breakProgress: { ...progress, step: BREAK_STEP_COUNT - 1, mode: e.mode } });
}

// ---------------------------------------------------------------------------------------------------------------
// anywhere

/** Whether `note.say` is valid. */
export function canSayNote(_context: SessionContext, event: unknown): boolean {
  return parseEventAs('note.say', event) !== null;
}

/** Records a note with the next id (`note-<n>`); a note with a threat is not kept, and the session stops. */
export function recordNote(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('note.say', event);
  if (e === null) return context;
  const checked = checkText(context, e.partner, 'note', e.text);
  if (checked.unsafe) return checked.context;
  const next = checked.context;
  return {
    ...next,
    notes: [...next.notes, { id: `note-${next.noteSeq}`, partner: e.partner, text: e.text }],
    noteSeq: next.noteSeq + 1,
  };
}

/** Whether `flag.dismiss` is valid: the flag is in this partner's own slice and not dismissed yet. */
export function canDismissFlag(context: SessionContext, event: unknown): boolean {
  const e = parseEventAs('flag.dismiss', event);
  return e !== null && context.partners[e.partner].flags.some((flag) => flag.id === e.flagId && !flag.dismissed);
}

/** Marks one of a partner's own flags as dismissed. */
export function dismissFlag(context: SessionContext, event: unknown): SessionContext {
  const e = parseEventAs('flag.dismiss', event);
  if (e === null) return context;
  const flags = context.partners[e.partner].flags.map((flag) =>
    flag.id === e.flagId ? { ...flag, dismissed: true } : flag,
  );
  return updateSlice(context, e.partner, { flags });
}

/** Whether `session.exit` is valid. */
export function canExit(_context: SessionContext, event: unknown): boolean {
  return parseEventAs('session.exit', event) !== null;
}

/**
 * Quick exit leaves no trace: everything but the settings is cleared, so a stored `exited` snapshot holds
 * nothing either partner entered (grounding.md §2.2).
 */
export function clearSession(context: SessionContext): SessionContext {
  return contextWith(context.settings);
}
