import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { EMERGENCY_FALLBACK, resourcesFor } from '../care/safetyResources.js';
import type { SessionEvent } from '../schemas/events.js';
import { InputError } from '../schemas/inputError.js';
import type { SessionInput } from '../schemas/sessionInput.js';
import { CLEAR_ANSWERS, MINUTE, PATH_TO, SCRIPT_NEEDS, script, T0 } from '../testing/sessionArbitraries.js';
import type { SessionContext } from './context.js';
import { SESSION_STEPS, type SessionSnapshot, selectView, type Viewer } from './selectors.js';
import { sessionMachine } from './sessionMachine.js';

function snapshotAfter(events: readonly SessionEvent[], input: SessionInput = {}): SessionSnapshot {
  const actor = createActor(sessionMachine, { input }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

function viewsAfter(events: readonly SessionEvent[], input: SessionInput = {}) {
  const snapshot = snapshotAfter(events, input);
  return { a: selectView(snapshot, 'a'), b: selectView(snapshot, 'b'), shared: selectView(snapshot, 'shared') };
}

/** A live snapshot in any state with any context, for cases no event sequence reaches yet. */
function snapshotIn(
  value: string | { flow: string },
  change: (context: SessionContext) => SessionContext,
): SessionSnapshot {
  const context = change(snapshotAfter([]).context);
  return sessionMachine.resolveState({ value, context });
}

const json = (value: unknown) => JSON.stringify(value);

const ALL_VIEWERS: readonly Viewer[] = ['a', 'b', 'shared'];

describe('selectView', () => {
  describe('step', () => {
    it('should show the machine step to every viewer', () => {
      const views = viewsAfter(PATH_TO.needs());

      expect([views.a.step, views.b.step, views.shared.step]).toEqual(['needs', 'needs', 'needs']);
    });

    it('should have a step for every state of the machine', () => {
      type MachineNode = {
        readonly key: string;
        readonly type: string;
        readonly states: Readonly<Record<string, MachineNode>>;
      };
      const leaves: string[] = [];
      const walk = (node: MachineNode) => {
        const children = Object.values(node.states);
        if (children.length === 0 && node.type !== 'history') leaves.push(node.key);
        for (const child of children) walk(child);
      };
      walk(sessionMachine.root);

      expect(leaves.length).toBeGreaterThan(10);
      for (const leaf of leaves) expect(SESSION_STEPS).toContain(leaf);
    });

    it('should show names, topic and locale to every viewer once setup is submitted', () => {
      const views = viewsAfter(PATH_TO.safetyCheck(), { settings: { locale: 'es-US' } });

      for (const view of Object.values(views)) {
        expect(view.names).toEqual({ a: 'Ana', b: 'Bo' });
        expect(view.topic).toBe('How we spend Saturdays');
        expect(view.locale).toBe('es-US');
        expect(view.settings.minBreakMinutes).toBe(20);
      }
    });
  });

  describe('needs and ratings', () => {
    const oneDone: SessionEvent[] = [...PATH_TO.needs(), ...script.needs().slice(0, -1)];

    it('should show a partner only their own needs while the other is still naming theirs', () => {
      const views = viewsAfter(oneDone);

      expect(views.a.needs.a?.map((need) => need.id)).toEqual(SCRIPT_NEEDS.a.map((need) => need.id));
      expect(views.a.needs.b).toBeNull();
      expect(views.b.needs.a).toBeNull();
      expect(views.b.needs.b?.map((need) => need.id)).toEqual(['closeness']);
      expect(views.shared.needs).toEqual({ a: null, b: null });
    });

    it("should keep private need labels out of the other partner's view entirely", () => {
      const views = viewsAfter(oneDone);

      expect(json(views.b)).not.toContain('Time to rest');
      expect(json(views.shared)).not.toContain('Time to rest');
      expect(json(views.shared)).not.toContain('Closeness');
      expect(json(views.a)).not.toContain('Closeness');
    });

    it('should share progress without content', () => {
      const views = viewsAfter(oneDone);

      expect(views.b.done.needs).toEqual({ a: true, b: false });
      expect(views.shared.done.needs).toEqual({ a: true, b: false });
    });

    it("should show both partners' needs to every viewer once both are done", () => {
      const views = viewsAfter(PATH_TO.understanding());

      for (const view of Object.values(views)) {
        expect(view.needs.a?.map((need) => need.id)).toEqual(['rest', 'fun']);
        expect(view.needs.b?.map((need) => need.id)).toEqual(['closeness']);
      }
    });

    it('should keep ratings private until both partners finished rating, then share them', () => {
      const ratingA = script.ratings().filter((event) => event.type === 'rating.set' && event.partner === 'a');
      const before = viewsAfter([...PATH_TO.rating(), ...ratingA, { type: 'ratings.done', partner: 'a' }]);
      const after = viewsAfter(PATH_TO.review());

      expect(before.a.ratings.a).toHaveLength(6);
      expect(before.b.ratings.a).toBeNull();
      expect(before.shared.ratings).toEqual({ a: null, b: null });
      expect(before.b.done.ratings).toEqual({ a: true, b: false });
      expect(after.b.ratings.a).toHaveLength(6);
      expect(after.shared.ratings.b).toHaveLength(3);
    });

    it('should make needs private again when the review sends the partners back to revise them', () => {
      const views = viewsAfter([...PATH_TO.review(), { type: 'revise.needs', partner: 'a' }]);

      expect(views.a.step).toBe('needs');
      expect(views.a.needs.b).toBeNull();
      expect(views.shared.needs).toEqual({ a: null, b: null });
    });
  });

  describe('private data', () => {
    const flooded: SessionEvent[] = [
      ...PATH_TO.checkIn(),
      { type: 'checkIn.submit', partner: 'a', at: T0, distress: 9 },
      { type: 'checkIn.submit', partner: 'b', at: T0, distress: 2 },
    ];

    it("should show a partner their own flags and no one else's", () => {
      const views = viewsAfter(flooded);

      expect(views.a.you?.flags.map((flag) => flag.kind)).toEqual(['flooding']);
      expect(views.b.you?.flags).toEqual([]);
      expect(json(views.b)).not.toContain('"kind":"flooding"');
      expect(json(views.shared)).not.toContain('"kind":"flooding"');
    });

    it('should show the pause and when it ends to everyone, but who asked for it only to that partner', () => {
      const views = viewsAfter([...PATH_TO.needs(), { type: 'pause.request', partner: 'b', at: T0 }]);

      for (const view of Object.values(views)) {
        expect(view.step).toBe('pause');
        expect(view.pause).toEqual({ startedAt: T0, endsAt: T0 + 20 * MINUTE, overdueAt: T0 + 24 * 60 * MINUTE });
      }
      expect(views.b.you?.breakProgress?.requested).toBe(true);
      expect(views.a.you?.breakProgress?.requested).toBe(false);
      expect(json(views.shared)).not.toContain('requested');
    });

    it("should keep a partner's answer to a proposal from the other partner", () => {
      const views = viewsAfter([
        ...PATH_TO.review(),
        { type: 'agreement.propose', partner: 'a', proposal: { kind: 'option', optionId: 'option-1' } },
        {
          type: 'agreement.respond',
          partner: 'b',
          at: T0 + 7,
          accept: true,
          authenticity: 2,
          coreNeedsRespected: true,
        },
      ]);

      expect(views.b.you?.response).toMatchObject({ authenticity: 2 });
      expect(views.b.you?.fiercePromptOffered).toBe(true);
      expect(views.a.you?.response).toBeNull();
      expect(views.a.proposal).toMatchObject({ proposal: { kind: 'option', optionId: 'option-1' }, proposedBy: 'a' });
      expect(json(views.a)).not.toContain('"authenticity":');
      expect(json(views.shared)).not.toContain('"authenticity":');
    });

    it('should give the shared device no private slice at all', () => {
      const views = viewsAfter(flooded);

      expect(views.shared.you).toBeNull();
      expect(json(views.shared)).not.toContain('"distress"');
    });

    it('should show the assessment and its recommendation to every viewer in review', () => {
      const views = viewsAfter(PATH_TO.review());

      for (const view of Object.values(views))
        expect(view.assessment?.recommendation).toMatchObject({ kind: 'option', id: 'option-1' });
    });

    it('should show the agreement to every viewer once both accept', () => {
      const views = viewsAfter([
        ...PATH_TO.review(),
        { type: 'agreement.propose', partner: 'a', proposal: { kind: 'option', optionId: 'option-1' } },
        { type: 'agreement.respond', partner: 'a', at: T0, accept: true, authenticity: 5, coreNeedsRespected: true },
        {
          type: 'agreement.respond',
          partner: 'b',
          at: T0 + 1,
          accept: true,
          authenticity: 4,
          coreNeedsRespected: true,
        },
      ]);

      for (const view of Object.values(views)) {
        expect(view.step).toBe('agreed');
        expect(view.agreement).toMatchObject({ kind: 'temporary', proposal: { kind: 'option', optionId: 'option-1' } });
        expect(view.can).toEqual([]);
      }
      expect(views.a.you?.response).toMatchObject({ authenticity: 5 });
      expect(json(views.a)).not.toContain('"authenticity":4');
      expect(json(views.shared)).not.toContain('"authenticity":');
    });
  });

  describe('safety stop', () => {
    const stoppedByB: SessionEvent[] = [
      ...script.setup(),
      { type: 'safety.answer', partner: 'a', concern: false, answers: CLEAR_ANSWERS },
      { type: 'safety.answer', partner: 'b', concern: false, answers: { ...CLEAR_ANSWERS, afraid: 'yes' } },
    ];

    it('should show the safety screen, its reason and resources to the partner it concerns', () => {
      const { b } = viewsAfter(stoppedByB, { settings: { locale: 'en-US' } });

      expect(b.step).toBe('safetyStop');
      expect(b.safety).toEqual({ stopped: true, reason: 'screening', resources: resourcesFor('en-US') });
    });

    it('should show everyone else only that the session is on hold, naming neither who nor why', () => {
      const { a, shared } = viewsAfter(stoppedByB);

      for (const view of [a, shared]) {
        expect(view.step).toBe('onHold');
        expect(view.safety.stopped).toBe(false);
        expect(view.safety.reason).toBeNull();
        expect(json(view)).not.toContain('screening');
        expect(json(view)).not.toContain('safetyStop');
      }
    });

    it('should look the same to the other partner whichever partner raised the stop', () => {
      const byA = snapshotAfter([...PATH_TO.needs(), { type: 'safety.raise', partner: 'a' }]);
      const byB = snapshotAfter([...PATH_TO.needs(), { type: 'safety.raise', partner: 'b' }]);

      // Everything but the viewer's own slice and name must be the same.
      const otherOfA = { ...selectView(byA, 'b'), viewer: null, you: null };
      const otherOfB = { ...selectView(byB, 'a'), viewer: null, you: null };

      expect(otherOfA).toEqual(otherOfB);
      expect(selectView(byA, 'shared')).toEqual(selectView(byB, 'shared'));
    });

    it('should show the safety screen to everyone when no partner can be named', () => {
      const snapshot = snapshotIn('safetyStop', (context) => ({ ...context, safetyStopRequested: true }));

      for (const viewer of ALL_VIEWERS) {
        const view = selectView(snapshot, viewer);

        expect(view.step).toBe('safetyStop');
        expect(view.safety).toMatchObject({ stopped: true, reason: null });
      }
    });

    it('should show no joint work after a safety stop: no options, needs, notes or recommendation', () => {
      const snapshot = snapshotAfter([
        ...PATH_TO.review(),
        { type: 'note.say', partner: 'a', text: 'Thanks for listening' },
        { type: 'safety.raise', partner: 'a' },
      ]);

      for (const viewer of ALL_VIEWERS) {
        const view = selectView(snapshot, viewer);

        expect(view.assessment).toBeNull();
        expect(view.options).toEqual([]);
        expect(view.needs).toEqual({ a: null, b: null });
        expect(view.ratings).toEqual({ a: null, b: null });
        expect(view.notes).toEqual([]);
        expect(view.understanding).toEqual({ a: [], b: [] });
      }
    });

    it('should offer crisis resources in every view, never an empty list', () => {
      for (const viewer of ALL_VIEWERS) {
        expect(selectView(snapshotAfter([]), viewer).safety.resources).toEqual([EMERGENCY_FALLBACK]);
        expect(
          selectView(snapshotAfter([], { settings: { locale: 'es-US' } }), viewer).safety.resources.length,
        ).toBeGreaterThan(1);
      }
    });
  });

  describe('can', () => {
    it("should list what a partner may send in needs, from the machine's guards", () => {
      const before = viewsAfter(PATH_TO.needs());
      const after = viewsAfter([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: { id: 'rest', label: 'Rest', weight: 3, core: true } },
      ]);

      expect(before.a.can).toContain('need.add');
      expect(before.a.can).not.toContain('needs.done');
      expect(before.a.can).not.toContain('need.remove');
      expect(after.a.can).toEqual(expect.arrayContaining(['need.add', 'need.update', 'need.remove', 'needs.done']));
      expect(after.b.can).not.toContain('needs.done');
      expect(after.a.can).not.toContain('option.add');
    });

    it('should list the events every step accepts: a pause, a note, raising safety, the quick exit', () => {
      const { a } = viewsAfter(PATH_TO.options());

      expect(a.can).toEqual(
        expect.arrayContaining(['pause.request', 'note.say', 'safety.raise', 'session.exit', 'option.add']),
      );
      expect(a.can).not.toContain('options.done');
    });

    it('should list only the events that name no partner for the shared device', () => {
      expect(viewsAfter([]).shared.can).toEqual(['setup.submit', 'session.exit']);
      expect(viewsAfter(PATH_TO.needs()).shared.can).toEqual(['session.exit']);
    });

    it('should list a proposal in review only when an option or plan would be accepted', () => {
      expect(viewsAfter(PATH_TO.review()).a.can).toContain('agreement.propose');
      expect(viewsAfter(PATH_TO.rating()).a.can).not.toContain('agreement.propose');
    });

    it('should list pause.resume during a pause and leave the time to pause.endsAt', () => {
      const { a } = viewsAfter([...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 }]);

      expect(a.can).toEqual(expect.arrayContaining(['pause.resume', 'break.next', 'break.choose']));
      expect(a.can).not.toContain('need.add');
    });

    it('should list a flag dismissal only for the partner the flag concerns', () => {
      const views = viewsAfter([...PATH_TO.checkIn(), { type: 'checkIn.submit', partner: 'a', at: T0, distress: 9 }]);

      expect(views.a.can).toContain('flag.dismiss');
      expect(views.b.can).not.toContain('flag.dismiss');
    });

    it('should list nothing once the session has ended', () => {
      for (const viewer of ALL_VIEWERS)
        expect(selectView(snapshotAfter([{ type: 'session.exit' }]), viewer).can).toEqual([]);
    });
  });

  describe('bad input', () => {
    it('should throw InputError for an unknown viewer', () => {
      const act = () => selectView(snapshotAfter([]), 'c' as Viewer);

      expect(act).toThrow(InputError);
      expect(act).toThrow('selectView: viewer: must be "a", "b" or "shared"');
    });

    it('should throw InputError for a stored snapshot that was not restored into an actor', () => {
      const actor = createActor(sessionMachine, { input: {} }).start();
      const act = () => selectView(actor.getPersistedSnapshot() as SessionSnapshot, 'a');

      expect(act).toThrow(InputError);
      expect(act).toThrow(/createActor\(sessionMachine, \{ snapshot \}\)/);
    });

    it('should throw InputError for a value that is not a snapshot', () => {
      expect(() => selectView(null as unknown as SessionSnapshot, 'a')).toThrow(InputError);
      expect(() => selectView({ value: 'nowhere', context: {} } as unknown as SessionSnapshot, 'a')).toThrow(
        /snapshot.value/,
      );
    });
  });
});
