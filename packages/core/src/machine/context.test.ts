import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { PATH_TO } from '../testing/sessionArbitraries.js';
import {
  addFlags,
  assessSession,
  canPropose,
  checkText,
  createInitialContext,
  MAX_FLAGS_PER_PARTNER,
  requestSafetyStop,
  type SessionContext,
} from './context.js';
import { sessionMachine } from './sessionMachine.js';

function reviewContext(): SessionContext {
  const actor = createActor(sessionMachine, { input: {} }).start();
  for (const event of PATH_TO.review()) actor.send(event);
  return actor.getSnapshot().context;
}

const flooding = {
  kind: 'flooding',
  partner: 'a',
  evidence: { kind: 'checkIn', distress: 9 },
  messageId: 'patterns.flooding.distress',
} as const;

describe('createInitialContext', () => {
  it('should treat a missing input as an empty one', () => {
    expect(createInitialContext(undefined)).toEqual(createInitialContext({}));
  });
});

describe('assessSession', () => {
  it('should leave the assessment empty when it cannot be computed, so nothing can be proposed', () => {
    const context = reviewContext();
    const broken = { ...context, partners: { ...context.partners, a: { ...context.partners.a, ratings: [] } } };

    const assessed = assessSession(broken);

    expect(assessed.assessment).toBeNull();
    expect(
      canPropose(assessed, {
        type: 'agreement.propose',
        partner: 'a',
        proposal: { kind: 'option', optionId: 'option-1' },
      }),
    ).toBe(false);
  });
});

describe('addFlags', () => {
  it('should number flags per slice and skip one the slice already holds', () => {
    const once = addFlags(createInitialContext({}), 'a', [flooding]);
    const twice = addFlags(once, 'a', [flooding, { ...flooding, evidence: { kind: 'checkIn', distress: 10 } }]);

    expect(twice.partners.a.flags.map((flag) => flag.id)).toEqual(['flag-1', 'flag-2']);
    expect(twice.partners.b.flags).toEqual([]);
  });

  it('should keep only the newest flags beyond the limit', () => {
    const many = Array.from({ length: MAX_FLAGS_PER_PARTNER + 5 }, (_, distress) => ({
      ...flooding,
      evidence: { kind: 'checkIn' as const, distress },
    }));

    const context = addFlags(createInitialContext({}), 'a', many);

    expect(context.partners.a.flags).toHaveLength(MAX_FLAGS_PER_PARTNER);
    expect(context.partners.a.flags[0]?.id).toBe('flag-6');
  });
});

describe('requestSafetyStop', () => {
  it('should mark the stop without naming anyone when nobody raised it', () => {
    const context = requestSafetyStop(createInitialContext({}), null, 'threat');

    expect(context.safetyStopRequested).toBe(true);
    expect([context.partners.a.safetyStop, context.partners.b.safetyStop]).toEqual([null, null]);
  });
});

describe('checkText', () => {
  it('should ask for a safety stop when the detectors cannot run (fail closed)', () => {
    // The detectors refuse text over their length limit; the session must not carry on unchecked.
    const checked = checkText(createInitialContext({}), 'b', 'note', 'x'.repeat(20_000));

    expect(checked.unsafe).toBe(true);
    expect(checked.context.safetyStopRequested).toBe(true);
    expect(checked.context.partners.b.safetyStop).toEqual({ reason: 'checkFailed' });
  });

  it('should pass text without hits through unchanged', () => {
    const context = createInitialContext({});

    expect(checkText(context, 'a', 'note', 'Thank you for listening.')).toEqual({ context, unsafe: false });
  });
});
