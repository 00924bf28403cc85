import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { schemaProblems } from '../testing/inputIssues.js';
import { malformedEventArb, validEventArb } from '../testing/sessionArbitraries.js';
import { isSessionEventType, SESSION_EVENT_TYPES, SessionEventSchemas } from './events.js';

function schemaOf(event: unknown): z.ZodMiniType | undefined {
  const type = (event as { type?: unknown } | null)?.type;
  return isSessionEventType(type) ? SessionEventSchemas[type] : undefined;
}

describe('SessionEventSchemas', () => {
  it('should have one schema per event type, each checking its own type', () => {
    for (const type of SESSION_EVENT_TYPES) {
      expect(schemaProblems(SessionEventSchemas[type], { type: 'something.else' })).toContain(
        `type: must be "${type}"`,
      );
      expect(schemaProblems(SessionEventSchemas[type], {})).toContain('type: is required');
    }
  });

  it('should accept a need.add with the minimum left out and fill in the default', () => {
    const parsed = SessionEventSchemas['need.add'].parse({
      type: 'need.add',
      partner: 'a',
      need: { id: 'rest', label: '  Rest  ', weight: 3, core: true },
    });

    expect(parsed.need).toEqual({ id: 'rest', label: 'Rest', weight: 3, core: true, minimum: 6 });
  });

  it('should explain every problem of a check-in in plain words', () => {
    expect(
      schemaProblems(SessionEventSchemas['checkIn.submit'], {
        type: 'checkIn.submit',
        partner: 'c',
        distress: 11,
        heartRate: 300,
      }),
    ).toMatchInlineSnapshot(`
      [
        "partner: must be "a" or "b"",
        "at: is required",
        "distress: must be a whole number from 0 to 10",
        "heartRate: must be between 20 and 250 beats per minute",
      ]
    `);
  });

  it('should explain a malformed proposal and agreement answer', () => {
    expect(
      schemaProblems(SessionEventSchemas['agreement.propose'], {
        type: 'agreement.propose',
        partner: 'a',
        proposal: { kind: 'coinFlip' },
      }),
    ).toMatchInlineSnapshot(`
      [
        "proposal.kind: must be { kind: "option", optionId } or { kind: "takeTurns" }",
      ]
    `);
    expect(
      schemaProblems(SessionEventSchemas['agreement.respond'], {
        type: 'agreement.respond',
        partner: 'b',
        at: -1,
        accept: 'yes',
        authenticity: 0,
      }),
    ).toMatchInlineSnapshot(`
      [
        "at: must be a time in whole milliseconds since 1970",
        "accept: must be true or false",
        "authenticity: must be a whole number from 1 to 5",
        "coreNeedsRespected: is required",
      ]
    `);
  });

  it('should reject text that is empty after trimming or too long', () => {
    expect(schemaProblems(SessionEventSchemas['note.say'], { type: 'note.say', partner: 'a', text: '   ' })).toEqual([
      'text: must not be empty',
    ]);
    expect(
      schemaProblems(SessionEventSchemas['note.say'], { type: 'note.say', partner: 'a', text: 'x'.repeat(2001) }),
    ).toEqual(['text: must be at most 2000 characters']);
  });

  it('should accept a quick exit with or without a partner', () => {
    expect(schemaProblems(SessionEventSchemas['session.exit'], { type: 'session.exit' })).toEqual([]);
    expect(schemaProblems(SessionEventSchemas['session.exit'], { type: 'session.exit', partner: 'b' })).toEqual([]);
  });

  it('should tell event types apart from other values', () => {
    expect(isSessionEventType('need.add')).toBe(true);
    expect(isSessionEventType('toString')).toBe(false);
    expect(isSessionEventType(42)).toBe(false);
  });

  test.prop([validEventArb])('should accept every well-formed event of the test generators', (event) => {
    expect(schemaProblems(schemaOf(event) as z.ZodMiniType, event)).toEqual([]);
  });

  test.prop([malformedEventArb])('should reject every malformed event of the test generators', (event) => {
    const schema = schemaOf(event);
    expect(schema === undefined || !schema.safeParse(event).success).toBe(true);
  });

  test.prop([fc.anything()])('should never throw on any value', (value) => {
    for (const type of SESSION_EVENT_TYPES) expect(() => SessionEventSchemas[type].safeParse(value)).not.toThrow();
  });
});
