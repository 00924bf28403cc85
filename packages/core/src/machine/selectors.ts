import type { SnapshotFrom } from 'xstate';
import * as z from 'zod/mini';
import { type CrisisResource, resourcesFor } from '../care/safetyResources.js';
import type { Assessment } from '../fairness/assess.js';
import type { Flag } from '../patterns/flag.js';
import type { SessionEvent, SessionEventType } from '../schemas/events.js';
import { InputError } from '../schemas/inputError.js';
import type { Need } from '../schemas/need.js';
import { PARTNERS, type Pair, type PartnerId } from '../schemas/partner.js';
import { areNeedsShared, areRatingsShared, type SessionContext } from './context.js';
import type {
  Agreement,
  AgreementResponse,
  BreakProgress,
  CheckInRecord,
  NeedHint,
  Note,
  OwnRating,
  PauseRecord,
  ProposalRecord,
  Reflection,
  SafetyStopReason,
  SessionOption,
} from './contextSchema.js';
import { FLOW_STEPS, machineStep } from './machineStep.js';
import type { sessionMachine } from './sessionMachine.js';
import type { SessionSettings } from './settings.js';

// The one place where the visibility rules written on each field of SessionContextSchema become views. A UI renders
// from a SessionView and never reads the context itself, so a screen cannot show what its viewer may not see, and
// never re-derives a guard: what the viewer may do next comes from the machine (`snapshot.can`), not from a copy of
// its rules (style.md, habit 9).
//
// Privacy (grounding.md §3.2 and §2.2): a partner's slice reaches only its owner; needs and ratings reach the other
// partner only once both partners are done with that step; flags, screening, check-ins, agreement answers and the
// break never do; a safety stop names neither who nor why to anyone but the partner it concerns, and ends every
// view of the joint work.

/** A snapshot of a running session actor, as `actor.getSnapshot()` returns it. */
export type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;

/** Who is looking: partner `a`, partner `b`, or the shared device between turns, which sees only what both share. */
export const ViewerSchema = z.enum(['a', 'b', 'shared'], { error: 'must be "a", "b" or "shared"' });
export type Viewer = z.infer<typeof ViewerSchema>;

/**
 * The step a viewer is shown: the machine's step (`setup` … `agreement`, `pause`, or a final state), except that
 * after a safety stop everyone but the partner it concerns sees `onHold`, a neutral "paused for now" screen
 * (`session.paused`) that says nothing of who or why.
 */
export type SessionStep =
  | 'setup'
  | 'safetyCheck'
  | 'checkIn'
  | 'needs'
  | 'understanding'
  | 'options'
  | 'rating'
  | 'review'
  | 'agreement'
  | 'pause'
  | 'agreed'
  | 'parked'
  | 'safetyStop'
  | 'onHold'
  | 'exited';

/** Every step a view can show, in the order of the session; a UI can check its screen map against it. */
export const SESSION_STEPS: readonly SessionStep[] = [
  ...FLOW_STEPS,
  'pause',
  'agreed',
  'parked',
  'safetyStop',
  'onHold',
  'exited',
];

/** The pause on now, as every viewer may see it: when it started and when it may end. Who asked, and why, is not in it. */
export type PauseView = {
  /** When the pause started (epoch ms). */
  readonly startedAt: number;
  /** The earliest time joint work may resume (epoch ms): start a countdown to it; `pause.resume` is accepted from then on. */
  readonly endsAt: number;
  /** After this time (epoch ms) a return is noted as overdue (past the longest break). */
  readonly overdueAt: number;
};

/** What only the viewing partner sees about themself. */
export type OwnView = {
  /** Which partner this is. */
  readonly partner: PartnerId;
  /** Whether they cleared the safety screen (their answers are never stored, so they are not here either). */
  readonly screened: boolean;
  /** Their latest check-in, or null before they check in (and again after a flooding pause clears it). */
  readonly checkIn: CheckInRecord | null;
  /** Their needs that may read as strategies or demands, each with a message id; a hint, never a block. */
  readonly needHints: readonly NeedHint[];
  /** Their answer to the proposal on the table, or null before they answer. */
  readonly response: AgreementResponse | null;
  /** Whether to offer them the fierce prompt ("your needs matter too") after a low-authenticity answer. */
  readonly fiercePromptOffered: boolean;
  /** Where they are in the Self-Compassion Break during a pause (and whether they asked for it), else null. */
  readonly breakProgress: BreakProgress | null;
  /** Every flag about their own words and steps, dismissed ones included (`dismissed` tells them apart). */
  readonly flags: readonly Flag[];
};

/** The safety stop as this viewer may know it, and the crisis resources, which are never gated on anything. */
export type SafetyView = {
  /**
   * True when the session stopped for safety and this viewer is to be shown the safety screen: the partner it
   * concerns, or everyone when no partner can be named (a threat in the topic typed together at setup).
   */
  readonly stopped: boolean;
  /** Why, only for the partner the stop came from (their own answer, request or words); null for everyone else. */
  readonly reason: SafetyStopReason | null;
  /**
   * Crisis resources for the session's locale, never empty (care's `resourcesFor`). Show them at once when `stopped`;
   * they are here in every view so a screen can always offer them, without anyone's consent.
   */
  readonly resources: readonly CrisisResource[];
};

/** Everything one viewer may see of a session, ready to render. Each field states when it is filled. */
export type SessionView = {
  /** Who this view is for. */
  readonly viewer: Viewer;
  /** The step to show; see {@link SessionStep} for `onHold`. */
  readonly step: SessionStep;
  /** The session's language tag (settings), which also picks the crisis resources. */
  readonly locale: string;
  /** The session's settings (break lengths, thresholds, review period), shared by both partners. */
  readonly settings: SessionSettings;
  /** Both partners' display names once setup is submitted, else null. */
  readonly names: Pair<string> | null;
  /** What the session is about once setup is submitted, else null. */
  readonly topic: string | null;
  /**
   * The options, the status quo first (its `label` is null when setup gave no description: show
   * `session.option.statusQuo`). Empty after a safety stop.
   */
  readonly options: readonly SessionOption[];
  /**
   * Each partner's needs, or null where this viewer may not see them: a partner always sees their own, and the other
   * partner's (as does the shared device) only once both are done naming needs. Both null after a safety stop.
   */
  readonly needs: Pair<readonly Need[] | null>;
  /** Each partner's ratings of the options against their own needs, visible by the same rule as `needs`, once both finished rating. */
  readonly ratings: Pair<readonly OwnRating[] | null>;
  /** Which partners have finished naming needs and rating: progress only, no content, so every viewer may see it. */
  readonly done: { readonly needs: Pair<boolean>; readonly ratings: Pair<boolean> };
  /**
   * The Rapoport loop, keyed by the speaker: the other partner's reflections of the speaker's needs and the
   * speaker's answers (`understood` null while unanswered). Empty after a safety stop.
   */
  readonly understanding: Pair<readonly Reflection[]>;
  /** What the partners said to each other with `note.say`, in order. Empty after a safety stop. */
  readonly notes: readonly Note[];
  /** The fairness assessment with its recommendation, from the moment both finish rating until the options or needs are revised; null otherwise and after a safety stop. */
  readonly assessment: Assessment | null;
  /** The proposal being answered in `agreement` (the answers themselves stay private), else null. */
  readonly proposal: ProposalRecord | null;
  /** The agreement once reached: a temporary compromise with its review date. */
  readonly agreement: Agreement | null;
  /** When the topic was set aside to revisit later, else null. */
  readonly parkedAt: number | null;
  /** The pause on now, or null; `pause.endsAt` is the moment joint work may resume. */
  readonly pause: PauseView | null;
  /** Pauses that have ended, oldest first (when, and whether the return was overdue). */
  readonly pastPauses: readonly PauseRecord[];
  /** The viewing partner's own private data; null for the shared device. */
  readonly you: OwnView | null;
  /**
   * The event types this viewer could send now and have accepted, probed with `snapshot.can` on a representative
   * event: enable controls from it instead of re-deriving a guard. For `shared`, only the events that name no partner
   * (`setup.submit`, `session.exit`). Two are listed by what they depend on: `pause.resume` whenever a pause is on
   * (the machine takes it once `pause.endsAt` has passed), and the id-taking events (`need.update`, `need.remove`,
   * `option.remove`, `rating.set`, `flag.dismiss`, `agreement.propose`) when at least one id would be accepted.
   */
  readonly can: readonly SessionEventType[];
  /** The safety stop as this viewer may know it, and the crisis resources. */
  readonly safety: SafetyView;
};

// ---------------------------------------------------------------------------------------------------------------

/** Checks the arguments at the boundary: a live session snapshot (with `can`) and a known viewer. */
function checkArguments(
  snapshot: unknown,
  viewer: unknown,
): { snapshot: SessionSnapshot; viewer: Viewer; step: SessionStep } {
  const issues: { path: string; message: string }[] = [];
  const parsedViewer = ViewerSchema.safeParse(viewer);
  if (!parsedViewer.success) issues.push({ path: 'viewer', message: 'must be "a", "b" or "shared"' });
  let step: SessionStep | null = null;
  if (typeof snapshot !== 'object' || snapshot === null) {
    issues.push({ path: 'snapshot', message: 'must be the snapshot of a session actor (actor.getSnapshot())' });
  } else {
    const candidate = snapshot as {
      value?: unknown;
      context?: { partners?: { a?: unknown; b?: unknown } };
      can?: unknown;
    };
    step = machineStep(candidate.value);
    if (step === null) issues.push({ path: 'snapshot.value', message: 'must be a state of the session machine' });
    const partners = candidate.context?.partners;
    if (typeof partners?.a !== 'object' || typeof partners.b !== 'object') {
      issues.push({ path: 'snapshot.context', message: 'must be the context of a session machine' });
    }
    if (typeof candidate.can !== 'function') {
      issues.push({
        path: 'snapshot',
        message:
          'must be a live snapshot with can(); restore a stored session with createActor(sessionMachine, { snapshot }) first',
      });
    }
  }
  if (issues.length > 0 || step === null || !parsedViewer.success) throw new InputError('selectView', issues);
  return { snapshot: snapshot as SessionSnapshot, viewer: parsedViewer.data, step };
}

/** Whether the safety screen is for this viewer, and why (only for the partner the stop came from). */
function safetyFor(
  context: SessionContext,
  viewer: Viewer,
  stopped: boolean,
): { show: boolean; reason: SafetyStopReason | null } {
  if (!stopped) return { show: false, reason: null };
  const own = viewer === 'shared' ? null : context.partners[viewer].safetyStop;
  if (own !== null) return { show: true, reason: own.reason };
  // Nobody can be named (setup is typed together): everyone is shown the safety screen, which then betrays no one.
  const anyOwner = PARTNERS.some((partner) => context.partners[partner].safetyStop !== null);
  return { show: !anyOwner, reason: null };
}

function ownView(context: SessionContext, partner: PartnerId): OwnView {
  const slice = context.partners[partner];
  return {
    partner,
    screened: slice.screened,
    checkIn: slice.checkIn,
    needHints: slice.needHints,
    response: slice.response,
    fiercePromptOffered: slice.fiercePromptOffered,
    breakProgress: slice.breakProgress,
    flags: slice.flags,
  };
}

/** One partner's data if the viewer may see it: the owner always, anyone once both partners have shared that step. */
function visible<T>(viewer: Viewer, owner: PartnerId, shared: boolean, value: T): T | null {
  return viewer === owner || shared ? value : null;
}

// ---------------------------------------------------------------------------------------------------------------
// What the viewer may do next, from the machine itself

/** An id not among `taken`, for probing `need.add`. */
function freshId(taken: readonly { id: string }[]): string {
  let n = taken.length;
  while (taken.some((item) => item.id === `probe-${n}`)) n += 1;
  return `probe-${n}`;
}

/**
 * Representative events of each type from `partner`: the machine's guards decide. An event that takes an id is
 * probed with the ids that could work, and is listed when any of them would be accepted.
 */
function probes(context: SessionContext, partner: PartnerId): [SessionEventType, SessionEvent[]][] {
  const slice = context.partners[partner];
  const firstNeed = slice.needs[0];
  const at = 0;
  const latest = Number.MAX_SAFE_INTEGER;
  return [
    ['setup.submit', [{ type: 'setup.submit', names: { a: 'a', b: 'b' }, topic: 'topic' }]],
    ['safety.answer', [{ type: 'safety.answer', partner, concern: false, answers: {} }]],
    ['safety.raise', [{ type: 'safety.raise', partner }]],
    ['checkIn.submit', [{ type: 'checkIn.submit', partner, at, distress: 0 }]],
    [
      'need.add',
      [{ type: 'need.add', partner, need: { id: freshId(slice.needs), label: 'need', weight: 1, core: false } }],
    ],
    ['need.update', firstNeed === undefined ? [] : [{ type: 'need.update', partner, need: firstNeed }]],
    ['need.remove', firstNeed === undefined ? [] : [{ type: 'need.remove', partner, needId: firstNeed.id }]],
    ['needs.done', [{ type: 'needs.done', partner }]],
    ['reflection.submit', [{ type: 'reflection.submit', partner, text: 'reflection' }]],
    ['reflection.confirm', [{ type: 'reflection.confirm', partner, understood: 'yes' }]],
    ['option.add', [{ type: 'option.add', partner, text: 'option' }]],
    [
      'option.remove',
      context.options
        .filter((option) => option.proposedBy === partner)
        .map((option): SessionEvent => ({ type: 'option.remove', partner, optionId: option.id })),
    ],
    ['options.done', [{ type: 'options.done', partner }]],
    [
      'rating.set',
      firstNeed === undefined || context.options[0] === undefined
        ? []
        : [{ type: 'rating.set', partner, optionId: context.options[0].id, needId: firstNeed.id, value: 0 }],
    ],
    ['ratings.done', [{ type: 'ratings.done', partner }]],
    [
      'agreement.propose',
      [
        { type: 'agreement.propose', partner, proposal: { kind: 'takeTurns' } },
        ...context.options.map(
          (option): SessionEvent => ({
            type: 'agreement.propose',
            partner,
            proposal: { kind: 'option', optionId: option.id },
          }),
        ),
      ],
    ],
    [
      'agreement.respond',
      [{ type: 'agreement.respond', partner, at, accept: true, authenticity: 5, coreNeedsRespected: true }],
    ],
    ['revise.needs', [{ type: 'revise.needs', partner }]],
    ['revise.options', [{ type: 'revise.options', partner }]],
    ['session.park', [{ type: 'session.park', partner, at }]],
    ['pause.request', [{ type: 'pause.request', partner, at }]],
    ['pause.resume', [{ type: 'pause.resume', partner, at: latest }]],
    ['break.next', [{ type: 'break.next', partner }]],
    ['break.choose', [{ type: 'break.choose', partner, mode: 'tender' }]],
    ['note.say', [{ type: 'note.say', partner, text: 'note' }]],
    [
      'flag.dismiss',
      slice.flags
        .filter((flag) => !flag.dismissed)
        .map((flag): SessionEvent => ({ type: 'flag.dismiss', partner, flagId: flag.id })),
    ],
    ['session.exit', [{ type: 'session.exit' }]],
  ];
}

const PARTNERLESS: ReadonlySet<SessionEventType> = new Set<SessionEventType>(['setup.submit', 'session.exit']);

function allowedEvents(snapshot: SessionSnapshot, viewer: Viewer): SessionEventType[] {
  if (snapshot.status !== 'active') return [];
  // The shared device probes as partner `a` only for events that carry no partner, so the answer is the same for both.
  const partner: PartnerId = viewer === 'shared' ? 'a' : viewer;
  const allowed: SessionEventType[] = [];
  for (const [type, events] of probes(snapshot.context, partner)) {
    if (viewer === 'shared' && !PARTNERLESS.has(type)) continue;
    if (events.some((event) => snapshot.can(event))) allowed.push(type);
  }
  return allowed;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * What one viewer may see of a session, ready to render: the step, names and topic, needs and ratings once they are
 * shared, the assessment in review, the agreement, the pause and its end, the viewer's own flags and private answers,
 * the crisis resources, and the events the viewer may send now. It never holds the other partner's private data,
 * and after a safety stop it names neither who nor why to anyone but the partner it concerns.
 * Throws `InputError` when `viewer` is not `a`, `b` or `shared`, or `snapshot` is not a live session snapshot.
 *
 * @example
 * const view = selectView(actor.getSnapshot(), 'a');
 * view.step;                          // 'needs'
 * view.needs.b;                       // null until both partners are done naming needs
 * view.can.includes('needs.done');    // enable the "I'm done" button
 * // In React: const view = useSelector(actorRef, (snapshot) => selectView(snapshot, viewer));
 */
export function selectView(snapshot: SessionSnapshot, viewer: Viewer): SessionView {
  const checked = checkArguments(snapshot, viewer);
  const { context } = checked.snapshot;
  const safety = safetyFor(context, checked.viewer, checked.step === 'safetyStop');
  const step: SessionStep = checked.step === 'safetyStop' && !safety.show ? 'onHold' : checked.step;
  const view: SessionView = {
    viewer: checked.viewer,
    step,
    locale: context.settings.locale,
    settings: context.settings,
    names: context.names,
    topic: context.topic,
    options: context.options,
    needs: {
      a: visible(checked.viewer, 'a', areNeedsShared(context), context.partners.a.needs),
      b: visible(checked.viewer, 'b', areNeedsShared(context), context.partners.b.needs),
    },
    ratings: {
      a: visible(checked.viewer, 'a', areRatingsShared(context), context.partners.a.ratings),
      b: visible(checked.viewer, 'b', areRatingsShared(context), context.partners.b.ratings),
    },
    done: {
      needs: { a: context.partners.a.needsDone, b: context.partners.b.needsDone },
      ratings: { a: context.partners.a.ratingsDone, b: context.partners.b.ratingsDone },
    },
    understanding: context.understanding,
    notes: context.notes,
    assessment: context.assessment,
    proposal: context.proposal,
    agreement: context.agreement,
    parkedAt: context.parkedAt,
    pause:
      context.pause === null
        ? null
        : {
            startedAt: context.pause.startedAt,
            endsAt: context.pause.earliestResumeAt,
            overdueAt: context.pause.latestResumeAt,
          },
    pastPauses: context.pauses,
    you: checked.viewer === 'shared' ? null : ownView(context, checked.viewer),
    can: allowedEvents(checked.snapshot, checked.viewer),
    safety: { stopped: safety.show, reason: safety.reason, resources: resourcesFor(context.settings.locale) },
  };
  if (checked.step !== 'safetyStop') return view;
  // After a safety stop there is no joint work to show: no recommendation, no "both sides" (grounding.md §2.2).
  return {
    ...view,
    options: [],
    needs: { a: null, b: null },
    ratings: { a: null, b: null },
    understanding: { a: [], b: [] },
    notes: [],
    assessment: null,
    proposal: null,
    agreement: null,
    pause: null,
  };
}
