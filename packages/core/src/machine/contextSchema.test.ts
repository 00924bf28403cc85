import { describe, expect, it } from 'vitest';
import { createInitialContext } from './context.js';
import { FlagSchema, SessionContextSchema } from './contextSchema.js';

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
});
