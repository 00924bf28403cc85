import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type AnyActorRef, createActor } from 'xstate';
import type { SessionEvent } from '../schemas/events.js';
import { parseSessionEvent } from '../schemas/parseSessionEvent.js';
import { PARTNERS, type PartnerId } from '../schemas/partner.js';
import {
  carriesThreat,
  type DriverStep,
  driverStepsArb,
  hasMarkerOf,
  mirrorAnyEvent,
  mirrorStored,
  SessionDriver,
} from '../testing/sessionEventArbitraries.js';
import { areNeedsShared, areRatingsShared, type SessionContext } from './context.js';
import { SessionContextSchema } from './contextSchema.js';
import { type SessionSnapshot, selectView, type Viewer } from './selectors.js';
import { sessionMachine } from './sessionMachine.js';

// Random sessions, mostly plausible (so runs reach review and agreement), with random well-formed events and junk
// mixed in; every invariant is checked after every single event (issue 3, §4; style.md habits 12-13).
// A run is long (up to 160 events, each checked from three viewpoints), so the properties get a timeout that leaves
// room for FC_NUM_RUNS to be raised for a deep check.
const DEEP_TIMEOUT = 10 * 60_000;

function startSession() {
  const actor = createActor(sessionMachine, { input: {} });
  const errors: unknown[] = [];
  actor.subscribe({ error: (error) => errors.push(error) });
  actor.start();
  return { actor, errors };
}

/** The stored form of a session (status, state, history, context) as JSON text: equal texts, equal sessions. */
function stored(actor: AnyActorRef): string {
  return JSON.stringify(actor.getPersistedSnapshot());
}

/** Checks the context against its schema, naming the first problems if it fails. */
function expectContextValid(context: SessionContext): void {
  const result = SessionContextSchema.safeParse(context);
  expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
}

/** Slice fields every viewer may see (progress only), and those shared once both partners are done with the step. */
const SHARED_PROGRESS: ReadonlySet<string> = new Set(['needsDone', 'ratingsDone']);

/**
 * The other partner's private values, as JSON fragments that must never appear in `viewer`'s view: every object in
 * their slice (flags, check-in, answers, break, hints, baselines, safety-stop reason, and any field added later),
 * needs and ratings included until both have shared them. A fragment that is also legitimately visible (in the
 * viewer's own slice, or in what the owner has shared) is skipped: two partners may give the same answer.
 */
function privateFragments(context: SessionContext, owner: PartnerId, viewer: Viewer): string[] {
  const slice = context.partners[owner];
  const sharedNow: unknown[] = [
    ...(areNeedsShared(context) ? slice.needs : []),
    ...(areRatingsShared(context) ? slice.ratings : []),
  ];
  const visibleText = JSON.stringify([viewer === 'shared' ? null : context.partners[viewer], sharedNow]);
  const values = Object.entries(slice as Record<string, unknown>)
    .filter(([key]) => !SHARED_PROGRESS.has(key))
    .flatMap(([, value]): unknown[] => (Array.isArray(value) ? value : [value]))
    .filter((value) => typeof value === 'object' && value !== null);
  return values.map((value) => JSON.stringify(value)).filter((fragment) => !visibleText.includes(fragment));
}

function expectPrivacy(snapshot: SessionSnapshot): void {
  const { context } = snapshot;
  for (const viewer of ['a', 'b', 'shared'] as const) {
    const view = selectView(snapshot, viewer);
    const text = JSON.stringify(view);
    for (const owner of PARTNERS) {
      if (owner === viewer) continue;
      if (!areNeedsShared(context))
        expect(hasMarkerOf(text, owner), `${viewer} sees ${owner}'s private need`).toBe(false);
      for (const fragment of privateFragments(context, owner, viewer))
        expect(text, `${viewer} sees ${owner}'s ${fragment}`).not.toContain(fragment);
      const ownStop = viewer === 'shared' ? null : context.partners[viewer].safetyStop;
      if (context.partners[owner].safetyStop !== null && ownStop === null) {
        expect(view.step).toBe('onHold');
        expect(view.safety.reason).toBeNull();
      }
    }
  }
}

/** Messages and partner lists in any order: the assessment lists them partner by partner, which a mirror reorders. */
function normalized(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalized(item));
    const unordered = key === 'subordinated' || key === 'why' || key.endsWith('Why');
    return unordered ? items.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) : items;
  }
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v, k)]));
  return value;
}

/** Runs the driver over `steps`, calling `check` around every event; returns the events sent. */
function runSession(
  steps: readonly DriverStep[],
  check: (
    before: SessionSnapshot,
    event: unknown,
    after: SessionSnapshot,
    beforeStored: string,
    afterStored: string,
  ) => void,
) {
  const { actor, errors } = startSession();
  const driver = new SessionDriver();
  const sent: unknown[] = [];
  let beforeStored = stored(actor);
  for (const step of steps) {
    const before = actor.getSnapshot();
    if (before.status !== 'active') break;
    const event = driver.next(before, step);
    actor.send(event as SessionEvent);
    sent.push(event);
    expect(errors).toEqual([]);
    const afterStored = stored(actor);
    check(before, event, actor.getSnapshot(), beforeStored, afterStored);
    beforeStored = afterStored;
  }
  return { actor, sent };
}

describe('sessionMachine (random sessions)', () => {
  test.prop([driverStepsArb()])(
    'should keep its invariants after every event: no error, a valid context, private data private, junk ignored, threats stopped',
    (steps) => {
      runSession(steps, (before, event, after, beforeStored, afterStored) => {
        expect(after.status).not.toBe('error');
        expectContextValid(after.context);
        expectPrivacy(after);
        const parsed = parseSessionEvent(event);
        const accepted = parsed.ok && before.can(event as SessionEvent);
        if (!accepted) expect(afterStored, 'an invalid or out-of-place event changed the session').toBe(beforeStored);
        if (accepted && carriesThreat(event)) expect(after.value).toBe('safetyStop');
      });
    },
    DEEP_TIMEOUT,
  );

  test.prop([driverStepsArb()])(
    'should mirror the run when a and b are swapped in every event',
    (steps) => {
      const { actor, sent } = runSession(steps, () => {});
      const { actor: mirrored, errors } = startSession();
      for (const event of sent) mirrored.send(mirrorAnyEvent(event) as SessionEvent);

      expect(errors).toEqual([]);
      expect(normalized(JSON.parse(stored(mirrored)))).toEqual(normalized(mirrorStored(JSON.parse(stored(actor)))));
    },
    DEEP_TIMEOUT,
  );

  // xstate itself fails on an event whose type is not text (or is '*') before any guard runs, so a host sends what it
  // receives through parseSessionEvent, which rejects those (see its tests). Every other unknown event is ignored.
  test.prop([
    fc.array(fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 4 }), { maxLength: 30 }),
    fc.array(fc.string(), { maxLength: 30 }),
  ])('should ignore any event whose type is not a session event type', (payloads, types) => {
    const { actor, errors } = startSession();
    const initial = stored(actor);
    types.forEach((type, index) => {
      if (type === '*' || parseSessionEvent({ type }).ok) return;
      actor.send({ ...payloads[index], type } as unknown as SessionEvent);
    });

    expect(errors).toEqual([]);
    expect(stored(actor)).toBe(initial);
  });
});
