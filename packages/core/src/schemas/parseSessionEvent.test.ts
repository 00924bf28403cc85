import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { issueLines } from '../testing/inputIssues.js';
import { malformedEventArb, validEventArb } from '../testing/sessionArbitraries.js';
import { SESSION_EVENT_TYPES, SessionEventSchemas } from './events.js';
import { InputError } from './inputError.js';
import { parseSessionEvent } from './parseSessionEvent.js';

/** The problems found, one line each, as a form would list them. */
function problems(value: unknown): string[] {
  const result = parseSessionEvent(value);
  return result.ok ? [] : issueLines(result.issues);
}

describe('parseSessionEvent', () => {
  it('should return a valid event with its text trimmed and its defaults filled in', () => {
    const result = parseSessionEvent({
      type: 'need.add',
      partner: 'a',
      need: { id: 'rest', label: '  Rest ', weight: 3, core: true },
    });

    expect(result).toEqual({
      ok: true,
      event: { type: 'need.add', partner: 'a', need: { id: 'rest', label: 'Rest', weight: 3, core: true, minimum: 6 } },
    });
  });

  it('should accept an event of every type the machine understands', () => {
    const samples: Record<string, unknown> = {
      'setup.submit': { names: { a: 'Ana', b: 'Bo' }, topic: 'Saturdays' },
      'safety.answer': { partner: 'a', concern: false, answers: { afraid: 'no' } },
      'checkIn.submit': { partner: 'a', at: 0, distress: 3 },
      'need.add': { partner: 'a', need: { id: 'n', label: 'Rest', weight: 1, core: false } },
      'need.update': { partner: 'a', need: { id: 'n', label: 'Rest', weight: 1, core: false } },
      'need.remove': { partner: 'a', needId: 'n' },
      'reflection.submit': { partner: 'a', text: 'You need rest' },
      'reflection.confirm': { partner: 'a', understood: 'yes' },
      'option.add': { partner: 'a', text: 'Hike' },
      'option.remove': { partner: 'a', optionId: 'option-1' },
      'rating.set': { partner: 'a', optionId: 'option-1', needId: 'n', value: 0 },
      'agreement.propose': { partner: 'a', proposal: { kind: 'takeTurns' } },
      'agreement.respond': { partner: 'a', at: 1, accept: true, authenticity: 5, coreNeedsRespected: true },
      'session.park': { partner: 'a', at: 1 },
      'pause.request': { partner: 'a', at: 1 },
      'pause.resume': { partner: 'a', at: 1 },
      'break.choose': { partner: 'a', mode: 'fierce' },
      'note.say': { partner: 'a', text: 'Thank you' },
      'flag.dismiss': { partner: 'a', flagId: 'flag-1' },
      'session.exit': {},
    };
    for (const type of SESSION_EVENT_TYPES) {
      const event = { type, partner: 'b', ...(samples[type] as object | undefined) };

      expect(parseSessionEvent(event), type).toMatchObject({ ok: true, event: { type } });
    }
  });

  it('should say that a value that is not an object is not an event', () => {
    expect(problems(null)).toMatchInlineSnapshot(`
      [
        "must be an event object with a type, such as { type: "needs.done", partner: "a" }",
      ]
    `);
    expect(problems([{ type: 'needs.done', partner: 'a' }])).toEqual(problems(null));
    expect(problems('needs.done')).toEqual(problems(null));
  });

  it('should say when the type is missing, not text, or unknown', () => {
    expect(problems({ partner: 'a' })).toMatchInlineSnapshot(`
      [
        "type: is required: every event names its type, as in { type: "needs.done", partner: "a" }",
      ]
    `);
    expect(problems({ type: 7 })).toMatchInlineSnapshot(`
      [
        "type: must be text naming a session event type, such as "needs.done"",
      ]
    `);
    expect(problems({ type: 'hello world' })).toMatchInlineSnapshot(`
      [
        "type: "hello world" is not a session event type",
      ]
    `);
  });

  it('should suggest the type meant when an unknown type is a slip of the keyboard', () => {
    expect(problems({ type: 'need.ad', partner: 'a' })).toMatchInlineSnapshot(`
      [
        "type: "need.ad" is not a session event type; did you mean "need.add"?",
      ]
    `);
    expect(problems({ type: 'NEEDS.DONE', partner: 'a' })).toEqual([
      'type: "NEEDS.DONE" is not a session event type; did you mean "needs.done"?',
    ]);
  });

  it('should not treat inherited object keys as event types', () => {
    expect(problems({ type: 'toString' })).toEqual(['type: "toString" is not a session event type']);
    expect(problems({ type: '__proto__' })).toEqual(['type: "__proto__" is not a session event type']);
  });

  it('should reject every value xstate cannot take as an event: no type, a type that is not text, or "*"', () => {
    // xstate fails on these before any guard runs, so a host must not send them (see sessionMachine.prop.test.ts).
    for (const value of [{}, { type: 5 }, { type: null }, { type: [] }, { type: '*' }])
      expect(parseSessionEvent(value).ok, JSON.stringify(value)).toBe(false);
  });

  it('should cut a very long unknown type short in its message', () => {
    const [line] = problems({ type: 'x'.repeat(5000) });

    expect(line?.length).toBeLessThan(100);
  });

  it('should tell a missing partner apart from a wrong one', () => {
    expect(problems({ type: 'needs.done' })).toMatchInlineSnapshot(`
      [
        "partner: is required",
      ]
    `);
    expect(problems({ type: 'needs.done', partner: 'c' })).toMatchInlineSnapshot(`
      [
        "partner: must be "a" or "b"",
      ]
    `);
  });

  it('should list every bad value by its path', () => {
    expect(
      problems({ type: 'need.add', partner: 'a', need: { id: '', label: '  ', weight: 7, core: 'yes' } }),
    ).toMatchInlineSnapshot(`
      [
        "need.id: must not be empty",
        "need.label: must not be empty",
        "need.weight: must be a whole number from 1 to 5",
        "need.core: must be true or false",
      ]
    `);
    expect(
      problems({ type: 'checkIn.submit', partner: 'b', at: -5, distress: 2.5, heartRate: 400 }),
    ).toMatchInlineSnapshot(`
      [
        "at: must be a time in whole milliseconds since 1970",
        "distress: must be a whole number from 0 to 10",
        "heartRate: must be between 20 and 250 beats per minute",
      ]
    `);
  });

  it('should say which nested fields are missing', () => {
    expect(problems({ type: 'setup.submit', names: { a: 'Ana' }, topic: '' })).toMatchInlineSnapshot(`
      [
        "names.b: is required",
        "topic: must not be empty",
      ]
    `);
    expect(problems({ type: 'agreement.propose', partner: 'a', proposal: { kind: 'option' } })).toEqual([
      'proposal.optionId: is required',
    ]);
  });

  it('should ignore keys an event does not use, as the machine does', () => {
    expect(parseSessionEvent({ type: 'needs.done', partner: 'a', note: 'extra' })).toEqual({
      ok: true,
      event: { type: 'needs.done', partner: 'a' },
    });
  });

  it('should report an object that cannot be read instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );

    expect(problems(hostile)).toEqual(['could not be read as an event']);
  });

  it('should give issues that InputError can carry', () => {
    const result = parseSessionEvent({ type: 'needs.done' });
    if (result.ok) throw new Error('expected a failure');

    expect(new InputError('form', result.issues).message).toBe('form: partner: is required');
  });

  test.prop([validEventArb])('should accept every well-formed event and agree with its type schema', (event) => {
    const result = parseSessionEvent(event);

    expect(result.ok).toBe(true);
    if (result.ok) expect(result.event).toEqual(SessionEventSchemas[event.type].parse(event));
  });

  test.prop([malformedEventArb])('should reject every malformed event with at least one issue', (event) => {
    const result = parseSessionEvent(event);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });

  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true })])(
    'should never throw, whatever it is given',
    (value) => {
      const result = parseSessionEvent(value);

      expect(typeof result.ok).toBe('boolean');
    },
  );
});
