import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { SESSION_EVENT_TYPES, type SessionEvent } from '../schemas/events.js';
import { PARTNERS } from '../schemas/partner.js';
import {
  CLEAR_ANSWERS,
  MINUTE,
  SCRIPT_NEEDS,
  SCRIPT_OPTIONS,
  SCRIPT_RATINGS,
  script,
  T0,
} from '../testing/sessionArbitraries.js';
import { isReflectionPending, isUnderstood } from './context.js';
import { SessionContextSchema } from './contextSchema.js';
import { FINAL_STEPS, FLOW_STEPS, machineStep } from './machineStep.js';
import { sessionMachine } from './sessionMachine.js';

// Model-based paths (style.md §3 habit 13): shortest paths from a new session to every distinct state the events
// below can reach, with the invariants of grounding.md §5 checked on every state of every path.
//
// The events offered depend on where the session is: the next step of a scripted session, plus a fixed set of
// alternatives (pause, early and late resume, safety, quick exit, a concern, a flooded check-in, "partly
// understood", a low-authenticity answer, revising, parking, out-of-place and malformed events). That keeps the
// graph finite and small while every state and every kind of transition is on some path.

type Snapshot = SnapshotFrom<typeof sessionMachine>;

const FINAL_STATES: readonly string[] = FINAL_STEPS;
const ALL_STEPS = [...FLOW_STEPS, 'pause', ...FINAL_STEPS];

/** Where the session is, as text for sets and messages; `?` for a value that is no state of the machine. */
function stepOf(snapshot: AnyMachineSnapshot): string {
  return machineStep(snapshot.value) ?? '?';
}

/** The next event of the scripted session from this state, if any. */
function scriptedNext(snapshot: Snapshot): SessionEvent[] {
  const context = snapshot.context;
  switch (stepOf(snapshot)) {
    case 'setup':
      return script.setup();
    case 'safetyCheck':
      return PARTNERS.filter((p) => !context.partners[p].screened)
        .slice(0, 1)
        .map((partner) => ({ type: 'safety.answer', partner, concern: false, answers: CLEAR_ANSWERS }));
    case 'checkIn':
      return PARTNERS.filter((p) => context.partners[p].checkIn === null)
        .slice(0, 1)
        .map((partner) => ({ type: 'checkIn.submit', partner, at: T0, distress: 3 }));
    case 'needs':
      for (const partner of PARTNERS) {
        const slice = context.partners[partner];
        const missing = SCRIPT_NEEDS[partner].find((need) => !slice.needs.some((own) => own.id === need.id));
        if (missing !== undefined) return [{ type: 'need.add', partner, need: missing }];
        if (!slice.needsDone) return [{ type: 'needs.done', partner }];
      }
      return [];
    case 'understanding':
      for (const speaker of PARTNERS) {
        if (isUnderstood(context, speaker)) continue;
        if (isReflectionPending(context, speaker))
          return [{ type: 'reflection.confirm', partner: speaker, understood: 'yes' }];
        return [
          { type: 'reflection.submit', partner: speaker === 'a' ? 'b' : 'a', text: 'What I hear you need is rest.' },
        ];
      }
      return [];
    case 'options': {
      const added = context.options.length - 1;
      const next = script.options()[added];
      return added < 2 && next !== undefined ? [next] : [{ type: 'options.done', partner: 'b' }];
    }
    case 'rating':
      for (const partner of PARTNERS) {
        const slice = context.partners[partner];
        const missing = SCRIPT_RATINGS.find(
          (r) =>
            r.partner === partner &&
            !slice.ratings.some((own) => own.optionId === r.optionId && own.needId === r.needId),
        );
        if (missing !== undefined) return [{ type: 'rating.set', ...missing }];
        if (!slice.ratingsDone) return [{ type: 'ratings.done', partner }];
      }
      return [];
    case 'review':
      return [{ type: 'agreement.propose', partner: 'a', proposal: { kind: 'option', optionId: SCRIPT_OPTIONS[0] } }];
    case 'agreement':
      return PARTNERS.filter((p) => context.partners[p].response === null)
        .slice(0, 1)
        .map((partner) => ({
          type: 'agreement.respond',
          partner,
          at: T0 + 60 * MINUTE,
          accept: true,
          authenticity: 5,
          coreNeedsRespected: true,
        }));
    default:
      return [];
  }
}

/** The alternatives offered in a step besides the scripted next event. */
function alternatives(snapshot: Snapshot): SessionEvent[] {
  const step = stepOf(snapshot);
  const context = snapshot.context;
  const anywhere: SessionEvent[] = [
    { type: 'safety.raise', partner: 'b' },
    { type: 'note.say', partner: 'a', text: 'You will regret this.' },
    { type: 'session.exit' },
    // Malformed and out-of-place events: they must change nothing.
    { type: 'need.add', partner: 'c', need: SCRIPT_NEEDS.a[0] } as unknown as SessionEvent,
    { type: 'pause.resume', partner: 'a', at: T0 + 20 * MINUTE },
  ];
  if (context.notes.length === 0)
    anywhere.push({ type: 'note.say', partner: 'a', text: 'Thank you for doing this with me.' });
  const undismissed = context.partners.b.flags.find((flag) => !flag.dismissed);
  if (undismissed !== undefined) anywhere.push({ type: 'flag.dismiss', partner: 'b', flagId: undismissed.id });
  if (step === 'pause') {
    // The break's own steps are shown in pauses taken early in the session; elsewhere they would only multiply states.
    const early = context.partners.a.needs.length === 0;
    const steps: SessionEvent[] = early
      ? [
          { type: 'break.next', partner: 'a' },
          { type: 'break.choose', partner: 'b', mode: 'fierce' },
        ]
      : [];
    return [...anywhere, { type: 'pause.resume', partner: 'a', at: T0 + 19 * MINUTE }, ...steps];
  }
  if (FINAL_STATES.includes(step)) return [];
  anywhere.push({ type: 'pause.request', partner: 'a', at: T0 });
  switch (step) {
    case 'safetyCheck':
      return [...anywhere, { type: 'safety.answer', partner: 'a', concern: true, answers: CLEAR_ANSWERS }];
    case 'checkIn':
      return [...anywhere, { type: 'checkIn.submit', partner: 'b', at: T0, distress: 9 }];
    case 'understanding':
      return context.partners.a.needsBaseline === null &&
        PARTNERS.some((p) => isReflectionPending(context, p) && context.understanding[p].length === 1)
        ? [
            ...anywhere,
            ...PARTNERS.map((partner): SessionEvent => ({ type: 'reflection.confirm', partner, understood: 'partly' })),
          ]
        : anywhere;
    case 'needs': {
      const own = context.partners.a.needs.find((need) => need.id === 'rest');
      return own === undefined || context.partners.a.needsBaseline !== null || context.partners.a.needsDone
        ? anywhere
        : [
            ...anywhere,
            { type: 'need.update', partner: 'a', need: { ...own, weight: 5 } },
            { type: 'need.remove', partner: 'a', needId: 'rest' },
          ];
    }
    case 'options':
      return context.options.length === 2 && context.partners.a.ratingsBaseline === null
        ? [
            ...anywhere,
            { type: 'options.done', partner: 'a' },
            { type: 'option.remove', partner: 'a', optionId: SCRIPT_OPTIONS[0] },
          ]
        : [...anywhere, { type: 'options.done', partner: 'a' }];
    case 'review':
      // Revising and the other choices are offered until the first proposal; after it they would repeat every state.
      return context.proposalSeq > 1
        ? anywhere
        : [
            ...anywhere,
            { type: 'agreement.propose', partner: 'b', proposal: { kind: 'option', optionId: SCRIPT_OPTIONS[1] } },
            { type: 'agreement.propose', partner: 'b', proposal: { kind: 'option', optionId: 'status-quo' } },
            { type: 'revise.options', partner: 'b' },
            { type: 'revise.needs', partner: 'a' },
            { type: 'session.park', partner: 'a', at: T0 + 90 * MINUTE },
          ];
    case 'agreement':
      // One declined proposal per path is enough: each new proposal gets a new id, so repeating it never ends.
      return context.partners.b.response === null && context.partners.b.compromiseResponses.length === 0
        ? [
            ...anywhere,
            {
              type: 'agreement.respond',
              partner: 'b',
              at: T0 + 60 * MINUTE,
              accept: true,
              authenticity: 2,
              coreNeedsRespected: true,
            },
          ]
        : anywhere;
    default:
      return anywhere;
  }
}

// States that differ only in notes or finished pauses behave alike, and so do final states (nothing leaves them):
// leaving those details out keeps the graph small. A pause also needs its history, which decides where it returns.
function serializeState(snapshot: Snapshot): string {
  const rest: Partial<Snapshot['context']> & Pick<Snapshot['context'], 'partners' | 'agreement'> = {
    ...snapshot.context,
  };
  delete rest.notes;
  delete rest.noteSeq;
  delete rest.pauses;
  if (snapshot.status === 'done') {
    return JSON.stringify({
      value: snapshot.value,
      stop: PARTNERS.map((p) => rest.partners[p].safetyStop),
      agreement: rest.agreement,
    });
  }
  const history =
    snapshot.value === 'pause'
      ? JSON.stringify(snapshot.historyValue, (key, value: unknown) =>
          key === '' ? value : ((value as { id?: string }).id ?? value),
        )
      : '';
  return JSON.stringify({ value: snapshot.value, history, rest });
}

const model = createTestModel(sessionMachine, {
  input: {},
  // A guard against an event set that stops being finite: fail fast instead of running forever.
  limit: 20_000,
  events: (snapshot) => [...scriptedNext(snapshot), ...alternatives(snapshot)],
  serializeState: (snapshot) => serializeState(snapshot),
});
const paths = model.getShortestPaths();

// Each distinct state once (many paths share their first steps), for the invariants that depend on the state alone.
const distinctStates = new Map<string, Snapshot>();
for (const path of paths) {
  for (const step of path.steps) distinctStates.set(serializeState(step.state), step.state);
}

function everyDistinctState(check: (snapshot: Snapshot) => void): void {
  for (const snapshot of distinctStates.values()) check(snapshot);
}

function everyState(check: (snapshot: Snapshot, history: readonly SessionEvent[]) => void): void {
  for (const path of paths) {
    const history: SessionEvent[] = [];
    for (const step of path.steps) {
      history.push(step.event);
      check(step.state, history);
    }
  }
}

describe('sessionMachine paths', () => {
  it('should reach every state of the session', () => {
    const reached = new Set<string>();
    everyState((snapshot) => reached.add(stepOf(snapshot)));

    expect([...reached].sort()).toEqual([...ALL_STEPS].sort());
  });

  it('should take every kind of event on some path', () => {
    const taken = new Set<string>();
    everyState((_snapshot, history) => taken.add(history.at(-1)?.type ?? ''));

    expect([...SESSION_EVENT_TYPES].filter((type) => !taken.has(type))).toEqual([]);
  });

  it('should end every finished path in one of the four final states', () => {
    everyDistinctState((snapshot) => {
      if (snapshot.status === 'done') expect(FINAL_STATES).toContain(snapshot.value);
      else expect(FINAL_STATES).not.toContain(stepOf(snapshot));
    });
  });

  it('should reach safetyStop from every state that is not final, by request or by a threat', () => {
    everyDistinctState((snapshot) => {
      if (snapshot.status === 'done') return;
      expect(getNextSnapshot(sessionMachine, snapshot, { type: 'safety.raise', partner: 'a' }).value).toBe(
        'safetyStop',
      );
      expect(
        getNextSnapshot(sessionMachine, snapshot, { type: 'note.say', partner: 'b', text: 'I will hurt you.' }).value,
      ).toBe('safetyStop');
    });
  });

  it('should pause from every working step and resume exactly there', () => {
    const resumedTo = new Set<string>();
    everyDistinctState((snapshot) => {
      if (snapshot.value !== 'pause') return;
      const resumed = getNextSnapshot(sessionMachine, snapshot, {
        type: 'pause.resume',
        partner: 'b',
        at: T0 + 20 * MINUTE,
      });
      const history = Object.values(snapshot.historyValue ?? {})
        .flat()
        .map((node) => node.key);
      expect(history).toEqual([stepOf(resumed)]);
      resumedTo.add(stepOf(resumed));
    });

    expect([...resumedTo].sort()).toEqual([
      'agreement',
      'checkIn',
      'needs',
      'options',
      'rating',
      'review',
      'safetyCheck',
      'setup',
      'understanding',
    ]);
  });

  it('should reach options only after both partners confirmed they feel understood', () => {
    everyState((snapshot, history) => {
      if (!['options', 'rating', 'review', 'agreement', 'agreed'].includes(stepOf(snapshot))) return;
      for (const speaker of PARTNERS) {
        const confirmed = history.some(
          (event) => event.type === 'reflection.confirm' && event.partner === speaker && event.understood === 'yes',
        );
        expect(confirmed, `speaker ${speaker} confirmed before ${stepOf(snapshot)}`).toBe(true);
      }
    });
  });

  it('should never recommend, propose or agree on an option that leaves a core need unmet', () => {
    everyDistinctState((snapshot) => {
      const { assessment, proposal, agreement } = snapshot.context;
      if (assessment === null) return;
      const honoursCores = (id: string) => {
        const option = assessment.options.find((candidate) => candidate.id === id);
        return option !== undefined && option.coreUnmet.a.length === 0 && option.coreUnmet.b.length === 0;
      };
      const recommendation = assessment.recommendation;
      if (recommendation.kind === 'option') expect(honoursCores(recommendation.id)).toBe(true);
      if (recommendation.kind === 'turns')
        for (const part of recommendation.parts) expect(honoursCores(part.id)).toBe(true);
      for (const chosen of [proposal?.proposal, agreement?.proposal]) {
        if (chosen?.kind === 'option') expect(honoursCores(chosen.optionId)).toBe(true);
      }
    });
  });

  it('should keep a context that matches its schema on every state', () => {
    everyDistinctState((snapshot) => {
      expect(SessionContextSchema.safeParse(snapshot.context).success).toBe(true);
    });
  });

  it("should record a safety stop's reason in at most one partner's slice", () => {
    everyDistinctState((snapshot) => {
      const recorded = PARTNERS.filter((p) => snapshot.context.partners[p].safetyStop !== null);
      expect(recorded.length).toBeLessThanOrEqual(1);
      if (recorded.length > 0) expect(snapshot.context.safetyStopRequested).toBe(true);
    });
  });

  it('should agree only on a temporary compromise with a review date', () => {
    const agreed = paths.filter((path) => path.state.value === 'agreed');

    expect(agreed.length).toBeGreaterThan(0);
    for (const path of agreed) {
      const { agreement } = path.state.context;
      expect(agreement?.kind).toBe('temporary');
      expect(agreement?.reviewAt).toBe((agreement?.agreedAt ?? 0) + 14 * 24 * 60 * MINUTE);
    }
  });

  it('should replay paths on a real actor to the same states', () => {
    // One path per final step reached plus every 10th path: the replay checks the actor agrees with the model.
    const sample = paths.filter(
      (path, index) =>
        index % 10 === 0 || paths.findIndex((other) => stepOf(other.state) === stepOf(path.state)) === index,
    );
    for (const path of sample) {
      const actor = createActor(sessionMachine, { input: {} }).start();
      for (const step of path.steps.slice(1)) {
        actor.send(step.event);
        // Equal up to what the model leaves out (notes, finished pauses), since paths share representative states.
        expect(serializeState(actor.getSnapshot())).toBe(serializeState(step.state));
      }
    }
    expect(sample.length).toBeGreaterThan(10);
  });
});
