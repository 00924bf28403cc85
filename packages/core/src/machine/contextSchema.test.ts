import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { isZodFallback, pathsIn, schemaProblems, withValueAt } from '../testing/inputIssues.js';
import { PATH_TO } from '../testing/sessionArbitraries.js';
import { createInitialContext } from './context.js';
import { FlagSchema, SessionContextSchema } from './contextSchema.js';
import { sessionMachine } from './sessionMachine.js';

const flag = {
  id: 'flag-1',
  kind: 'flooding',
  partner: 'a',
  evidence: { kind: 'checkIn', distress: 9 },
  messageId: 'patterns.flooding.distress',
  dismissed: false,
};

describe('SessionContextSchema', () => {
  it("should accept a new session's context", () => {
    expect(SessionContextSchema.safeParse(createInitialContext({})).success).toBe(true);
  });

  it('should reject a context with a slice missing', () => {
    const context = createInitialContext({});

    expect(SessionContextSchema.safeParse({ ...context, partners: { a: context.partners.a } }).success).toBe(false);
  });

  it('should reject values JSON cannot hold, such as undefined in place of null', () => {
    expect(SessionContextSchema.safeParse({ ...createInitialContext({}), topic: undefined }).success).toBe(false);
  });

  it('should accept a stored flag and reject one whose message id is not in the catalogs', () => {
    expect(FlagSchema.safeParse(flag).success).toBe(true);
    expect(FlagSchema.safeParse({ ...flag, messageId: 'session.flag.madeUp' }).success).toBe(false);
  });

  it('should reject flag evidence with an optional field present but undefined', () => {
    expect(
      FlagSchema.safeParse({ ...flag, evidence: { kind: 'checkIn', distress: 9, heartRate: undefined } }).success,
    ).toBe(false);
  });

  it('should name what is wrong with a damaged field in plain words', () => {
    const context = createInitialContext({});
    const damaged = {
      ...context,
      topic: 7,
      optionSeq: -1,
      partners: {
        ...context.partners,
        a: { ...context.partners.a, screened: 'yes', flags: [{ ...flag, kind: 'odd' }] },
      },
    };

    expect(schemaProblems(SessionContextSchema, damaged)).toEqual([
      'topic: must be text',
      'optionSeq: must be a whole number of 0 or more',
      'partners.a.screened: must be true or false',
      'partners.a.flags[0].kind: must be "subordination", "myWayOrElse", "selfCriticism", "flooding" or "threat"',
    ]);
  });

  it('should name a missing field and an unknown kind of flag evidence', () => {
    const withoutNotes: Record<string, unknown> = { ...createInitialContext({}) };
    delete withoutNotes.notes;

    expect(schemaProblems(SessionContextSchema, withoutNotes)).toEqual(['notes: is required']);
    expect(schemaProblems(FlagSchema, { ...flag, evidence: { kind: 'mood' } })).toEqual([
      'evidence.kind: must be one of "text", "process", "outcome", "checkIn", "authenticity"',
    ]);
  });

  // A context in review: needs, ratings, a check-in and the assessment are all filled in; one flag added by hand.
  const actor = createActor(sessionMachine, { input: {} }).start();
  for (const event of PATH_TO.review()) actor.send(event);
  const reviewed = actor.getSnapshot().context;
  const rich = { ...reviewed, partners: { ...reviewed.partners, a: { ...reviewed.partners.a, flags: [flag] } } };

  test.prop([fc.constantFrom(...pathsIn(rich)), fc.anything()])(
    'should describe any damage to any field in our own words, never with zod’s bare fallback',
    (path, junk) => {
      for (const problem of schemaProblems(SessionContextSchema, withValueAt(rich, path, junk)))
        expect(isZodFallback(problem), problem).toBe(false);
    },
  );
});
