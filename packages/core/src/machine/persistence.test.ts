import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type AnyActorRef, createActor } from 'xstate';
import type { SessionEvent } from '../schemas/events.js';
import { InputError } from '../schemas/inputError.js';
import { MINUTE, PATH_TO, T0 } from '../testing/sessionArbitraries.js';
import { driverStepsArb, SessionDriver } from '../testing/sessionEventArbitraries.js';
import { SessionContextSchema } from './contextSchema.js';
import { restoreSession, SESSION_FORMAT, SESSION_FORMAT_VERSION, serializeSession } from './persistence.js';
import { sessionMachine } from './sessionMachine.js';

function actorAfter(events: readonly SessionEvent[]) {
  const actor = createActor(sessionMachine, { input: {} }).start();
  for (const event of events) actor.send(event);
  return actor;
}

function textAfter(events: readonly SessionEvent[]): string {
  return serializeSession(actorAfter(events).getSnapshot());
}

function restoredActor(text: string) {
  const result = restoreSession(text);
  if (!result.ok) throw new Error(`expected a restorable session: ${result.error.message}`);
  return createActor(sessionMachine, { snapshot: result.snapshot }).start();
}

/** A change to a stored document: the path of keys to a value, and the value to put there. */
type Edit = readonly [path: readonly string[], value: unknown];

/** The stored session with each edit made, written back as text. */
function edited(text: string, ...edits: readonly Edit[]): string {
  const document: unknown = JSON.parse(text);
  for (const [path, value] of edits) {
    let holder = document as Record<string, unknown>;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    holder[path[path.length - 1] as string] = value;
  }
  return JSON.stringify(document);
}

/** The stored form of a session as plain data (key order aside, which JSON does not promise to keep). */
const stored = (actor: AnyActorRef): unknown => JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));

const paused: SessionEvent[] = [...PATH_TO.options(), { type: 'pause.request', partner: 'b', at: T0 }];

describe('serializeSession and restoreSession', () => {
  describe('round trip', () => {
    it('should write a versioned document around the persisted snapshot', () => {
      const document = JSON.parse(textAfter(PATH_TO.needs())) as { snapshot: object };

      expect(document).toMatchObject({
        format: SESSION_FORMAT,
        version: SESSION_FORMAT_VERSION,
        snapshot: { status: 'active', value: { flow: 'needs' } },
      });
      expect(Object.keys(document.snapshot).sort()).toEqual(['children', 'context', 'historyValue', 'status', 'value']);
    });

    it.each(Object.keys(PATH_TO) as (keyof typeof PATH_TO)[])(
      'should restore a session in %s to the same state and context',
      (step) => {
        const original = actorAfter(PATH_TO[step]());
        const restored = restoredActor(serializeSession(original.getSnapshot()));

        expect(restored.getSnapshot().value).toEqual(original.getSnapshot().value);
        expect(restored.getSnapshot().context).toEqual(original.getSnapshot().context);
      },
    );

    it('should resume a restored pause exactly where the session was, after the shortest break', () => {
      const restored = restoredActor(textAfter(paused));
      restored.send({ type: 'pause.resume', partner: 'a', at: T0 + 19 * MINUTE });

      expect(restored.getSnapshot().value).toBe('pause');

      restored.send({ type: 'pause.resume', partner: 'a', at: T0 + 20 * MINUTE });

      expect(restored.getSnapshot().value).toEqual({ flow: 'options' });
    });

    it('should write the same text from the live snapshot and from the persisted one', () => {
      const actor = actorAfter(paused);

      expect(serializeSession(actor.getPersistedSnapshot())).toBe(serializeSession(actor.getSnapshot()));
    });

    it("should store a stopped actor's session as still active where it was", () => {
      const actor = actorAfter(PATH_TO.needs());
      actor.stop();
      const restored = restoredActor(serializeSession(actor.getSnapshot()));
      restored.send({ type: 'need.add', partner: 'a', need: { id: 'rest', label: 'Rest', weight: 2, core: false } });

      expect(restored.getSnapshot().context.partners.a.needs).toHaveLength(1);
    });

    it('should restore a finished session as finished', () => {
      const restored = restoredActor(textAfter([...PATH_TO.needs(), { type: 'safety.raise', partner: 'a' }]));

      expect(restored.getSnapshot().status).toBe('done');
      expect(restored.getSnapshot().value).toBe('safetyStop');
    });

    it('should give a selectable snapshot once the restored session runs in an actor', () => {
      const restored = restoredActor(textAfter(PATH_TO.review()));

      expect(restored.getSnapshot().can({ type: 'revise.options', partner: 'a' })).toBe(true);
    });
  });

  describe('errors', () => {
    it.each([
      ['text that is not JSON', 'not json {'],
      ['an empty string', ''],
      ['JSON that is not an object', '[1, 2]'],
      ['another format', '{"format":"someone-else","version":1,"snapshot":{}}'],
      ['no version', `{"format":"${SESSION_FORMAT}","snapshot":{}}`],
      ['a version that is not a whole number', `{"format":"${SESSION_FORMAT}","version":1.5,"snapshot":{}}`],
      ['a negative version', `{"format":"${SESSION_FORMAT}","version":-1,"snapshot":{}}`],
    ])('should call %s corrupt', (_name, text) => {
      const result = restoreSession(text);

      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('corrupt');
    });

    it('should call a value that is not text corrupt instead of throwing', () => {
      expect(restoreSession(42 as unknown as string)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    });

    it('should refuse a document from a newer version as unknownVersion', () => {
      const text = edited(textAfter([]), [['version'], SESSION_FORMAT_VERSION + 1]);

      expect(restoreSession(text)).toEqual({
        ok: false,
        error: {
          kind: 'unknownVersion',
          message: 'The session was saved by a newer version of Common Ground (format 2; this one reads up to 1).',
        },
      });
    });

    it('should name every problem of an invalid context by its path', () => {
      const text = edited(
        textAfter(PATH_TO.needs()),
        [['snapshot', 'context', 'partners', 'a', 'checkIn', 'distress'], 11],
        [['snapshot', 'context', 'topic'], 7],
      );
      const result = restoreSession(text);

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe('invalid');
      expect(result.error.issues?.map((issue) => issue.path)).toEqual([
        'snapshot.context.topic',
        'snapshot.context.partners.a.checkIn.distress',
      ]);
    });

    it('should say in plain words what is wrong with each damaged field, and that a missing context is required', () => {
      const damaged = restoreSession(
        edited(
          textAfter(PATH_TO.needs()),
          [['snapshot', 'context', 'partners', 'b', 'needsDone'], 'no'],
          [['snapshot', 'context', 'topic'], 7],
        ),
      );
      const document = JSON.parse(textAfter(PATH_TO.needs())) as { snapshot: Record<string, unknown> };
      delete document.snapshot.context;
      const missing = restoreSession(JSON.stringify(document));

      expect(damaged.ok ? [] : damaged.error.issues).toEqual([
        { path: 'snapshot.context.topic', message: 'must be text' },
        { path: 'snapshot.context.partners.b.needsDone', message: 'must be true or false' },
      ]);
      expect(missing.ok ? [] : missing.error.issues).toEqual([{ path: 'snapshot.context', message: 'is required' }]);
    });

    it('should refuse a state the machine does not have', () => {
      for (const value of ['nowhere', { flow: 'nowhere' }, 'flow', { flow: 'history' }, { pause: 'needs' }, 42]) {
        const result = restoreSession(edited(textAfter([]), [['snapshot', 'value'], value]));

        expect(result, JSON.stringify(value)).toMatchObject({
          ok: false,
          error: { kind: 'invalid', issues: [{ path: 'snapshot.value' }] },
        });
      }
    });

    it('should refuse a status that does not match the state', () => {
      const done = restoreSession(edited(textAfter([]), [['snapshot', 'status'], 'done']));
      const error = restoreSession(edited(textAfter([]), [['snapshot', 'status'], 'error']));

      expect(done).toMatchObject({
        ok: false,
        error: {
          kind: 'invalid',
          issues: [{ path: 'snapshot.status', message: 'must be "active" in a state that is not final' }],
        },
      });
      expect(error).toMatchObject({ ok: false, error: { kind: 'invalid', issues: [{ path: 'snapshot.status' }] } });
    });

    it('should refuse a history that points outside the machine', () => {
      const unknownHistory = edited(textAfter(paused), [
        ['snapshot', 'historyValue'],
        { 'session.elsewhere': [{ id: 'session.flow.needs' }] },
      ]);
      const unknownTarget = edited(textAfter(paused), [
        ['snapshot', 'historyValue', 'session.flow.history'],
        [{ id: 'session.agreed' }],
      ]);

      expect(restoreSession(unknownHistory)).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'snapshot.historyValue.session.elsewhere' }] },
      });
      expect(restoreSession(unknownTarget)).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'snapshot.historyValue.session.flow.history[0]' }] },
      });
    });

    it('should refuse a pause that does not say where to return', () => {
      const text = edited(textAfter(paused), [['snapshot', 'historyValue'], {}]);

      expect(restoreSession(text)).toMatchObject({
        ok: false,
        error: { kind: 'invalid', issues: [{ path: 'snapshot.historyValue' }] },
      });
    });

    it('should refuse a session that asked for a safety stop but is not stopped (fail closed)', () => {
      const text = edited(textAfter(PATH_TO.needs()), [['snapshot', 'context', 'safetyStopRequested'], true]);

      expect(restoreSession(text)).toMatchObject({
        ok: false,
        error: { kind: 'invalid', issues: [{ path: 'snapshot.context.safetyStopRequested' }] },
      });
    });

    it('should refuse states whose context lacks what the machine set on the way in', () => {
      const agreed = restoreSession(
        edited(textAfter(PATH_TO.needs()), [['snapshot', 'value'], 'agreed'], [['snapshot', 'status'], 'done']),
      );
      const stop = restoreSession(
        edited(textAfter(PATH_TO.needs()), [['snapshot', 'value'], 'safetyStop'], [['snapshot', 'status'], 'done']),
      );

      expect(agreed).toMatchObject({ ok: false, error: { issues: [{ path: 'snapshot.context.agreement' }] } });
      expect(stop).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'snapshot.value', message: 'is a safety stop that nothing asked for' }] },
      });
    });

    it('should refuse child actors, which the session machine never has', () => {
      const text = edited(textAfter([]), [['snapshot', 'children'], { timer: { src: 'timer', snapshot: {} } }]);

      expect(restoreSession(text)).toMatchObject({
        ok: false,
        error: { kind: 'invalid', issues: [{ path: 'snapshot.children.timer' }] },
      });
    });

    it('should throw InputError when asked to store something that is not a session', () => {
      expect(() => serializeSession(null)).toThrow(InputError);
      expect(() => serializeSession({ value: 'nowhere', context: {}, status: 'active' })).toThrow(
        /serializeSession: snapshot.value/,
      );
    });

    test.prop([fc.string()])('should never throw on any text', (text) => {
      const result = restoreSession(text);

      expect(typeof result.ok).toBe('boolean');
    });

    test.prop([fc.jsonValue(), fc.nat()])(
      'should never throw when any part of a stored session is replaced by junk',
      (junk, seed) => {
        const document: unknown = JSON.parse(textAfter(paused));
        // Replace one value somewhere in the document, chosen by the seed.
        const holders: [Record<string, unknown>, string][] = [];
        const collect = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const [key, value] of Object.entries(node)) {
            holders.push([node as Record<string, unknown>, key]);
            collect(value);
          }
        };
        collect(document);
        const chosen = holders[seed % holders.length];
        if (chosen !== undefined) chosen[0][chosen[1]] = junk;
        const result = restoreSession(JSON.stringify(document));

        if (result.ok) expect(SessionContextSchema.safeParse(result.snapshot.context).success).toBe(true);
        else expect(['corrupt', 'unknownVersion', 'invalid']).toContain(result.error.kind);
      },
    );
  });

  describe('migrations', () => {
    /** A version 0 document, written by hand: the step by name and the context, nothing else. */
    function version0(step: string): string {
      const context = actorAfter(PATH_TO.needs()).getSnapshot().context;
      return JSON.stringify({ format: SESSION_FORMAT, version: 0, step, context });
    }

    it('should carry a version 0 document forward to a session that runs', () => {
      const restored = restoredActor(version0('needs'));
      restored.send({ type: 'need.add', partner: 'b', need: { id: 'calm', label: 'Calm', weight: 3, core: true } });

      expect(restored.getSnapshot().value).toEqual({ flow: 'needs' });
      expect(restored.getSnapshot().context.partners.b.needs.map((need) => need.id)).toEqual(['calm']);
    });

    it('should write the migrated session back in the current version', () => {
      const text = serializeSession(restoredActor(version0('needs')).getSnapshot());

      expect(JSON.parse(text)).toMatchObject({
        version: SESSION_FORMAT_VERSION,
        snapshot: { value: { flow: 'needs' }, historyValue: {} },
      });
    });

    it('should refuse a version 0 pause, which never recorded where to return', () => {
      expect(restoreSession(version0('pause'))).toEqual({
        ok: false,
        error: {
          kind: 'invalid',
          message:
            'The session saved in format version 0 could not be brought up to date: a version 0 session saved during a pause does not say where to return to.',
        },
      });
    });

    it('should check a migrated session like any other', () => {
      const wrong = edited(version0('needs'), [['context', 'names'], 'Ana and Bo']);

      expect(restoreSession(wrong)).toMatchObject({
        ok: false,
        error: { kind: 'invalid', issues: [{ path: 'snapshot.context.names' }] },
      });
      expect(restoreSession(version0('somewhere'))).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    });
  });

  test.prop([driverStepsArb(120), fc.nat()])(
    'should make a restored session behave exactly like the original for the rest of the run',
    (steps, cut) => {
      const errors: unknown[] = [];
      const original = createActor(sessionMachine, { input: {} });
      original.subscribe({ error: (error) => errors.push(error) });
      original.start();
      const driver = new SessionDriver();
      const split = cut % (steps.length + 1);
      for (const step of steps.slice(0, split)) {
        if (original.getSnapshot().status !== 'active') break;
        original.send(driver.next(original.getSnapshot(), step) as SessionEvent);
      }
      const restored = restoredActor(serializeSession(original.getSnapshot()));
      restored.subscribe({ error: (error) => errors.push(error) });

      expect(stored(restored)).toEqual(stored(original));
      for (const step of steps.slice(split)) {
        if (original.getSnapshot().status !== 'active') break;
        const event = driver.next(original.getSnapshot(), step) as SessionEvent;
        original.send(event);
        restored.send(event);

        expect(stored(restored)).toEqual(stored(original));
      }
      expect(errors).toEqual([]);
    },
    60_000,
  );
});
