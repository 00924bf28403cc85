import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Pair } from '../schemas/partner.js';
import { CLASS_ORDER, type ClassFacts, classifyOption, improvementPercent, meetsThreshold } from './classify.js';

function facts(coreOk: Pair<boolean>, gain: Pair<number>, room: Pair<number> = { a: 100, b: 100 }): ClassFacts {
  return { coreOk, gain, room };
}

const both = { a: true, b: true };

/** Facts of an option in integer units: a room 0..60 and a gain between −(status quo) and the room. */
const factsArb: fc.Arbitrary<ClassFacts> = fc
  .record({
    coreOk: fc.record({ a: fc.boolean(), b: fc.boolean() }),
    sq: fc.record({ a: fc.integer({ min: 0, max: 60 }), b: fc.integer({ min: 0, max: 60 }) }),
    n: fc.record({ a: fc.integer({ min: 0, max: 60 }), b: fc.integer({ min: 0, max: 60 }) }),
  })
  .map(({ coreOk, sq, n }) => ({
    coreOk,
    gain: { a: n.a - sq.a, b: n.b - sq.b },
    room: { a: 60 - sq.a, b: 60 - sq.b },
  }));

const thresholdArb = fc.integer({ min: 1, max: 100 });

describe('classifyOption', () => {
  it('should block an option that leaves a core need of both partners unmet', () => {
    expect(classifyOption(facts({ a: false, b: false }, { a: 50, b: 50 }), 70)).toEqual({ kind: 'blocked' });
  });

  it('should call an option one-sided and name whoever has a core need unmet', () => {
    expect(classifyOption(facts({ a: true, b: false }, { a: 90, b: 90 }), 70)).toEqual({
      kind: 'oneSided',
      subordinated: ['b'],
    });
  });

  it('should call an option one-sided and name whoever ends up worse off than the status quo', () => {
    expect(classifyOption(facts(both, { a: -1, b: 90 }), 70)).toEqual({ kind: 'oneSided', subordinated: ['a'] });
  });

  it('should name both partners when each has a defect of a different kind', () => {
    expect(classifyOption(facts({ a: false, b: true }, { a: 5, b: -5 }), 70)).toEqual({
      kind: 'oneSided',
      subordinated: ['a', 'b'],
    });
  });

  it('should call an option a compromise when someone gets less than the threshold share', () => {
    expect(classifyOption(facts(both, { a: 69, b: 100 }), 70)).toEqual({ kind: 'compromise' });
  });

  it('should call an option a win-win when both reach the threshold share exactly', () => {
    expect(classifyOption(facts(both, { a: 70, b: 70 }), 70)).toEqual({ kind: 'winWin' });
  });

  it('should call a feasible status quo a compromise, since it gains nothing (fairness.md §6)', () => {
    expect(classifyOption(facts(both, { a: 0, b: 0 }, { a: 30, b: 1 }), 1)).toEqual({ kind: 'compromise' });
  });

  it('should count a zero gain as the whole improvement when the status quo is already perfect (d_p = 1)', () => {
    expect(classifyOption(facts(both, { a: 0, b: 40 }, { a: 0, b: 40 }), 100)).toEqual({ kind: 'winWin' });
    expect(classifyOption(facts(both, { a: -10, b: 40 }, { a: 0, b: 40 }), 100)).toEqual({
      kind: 'oneSided',
      subordinated: ['a'],
    });
  });

  test.prop([factsArb, thresholdArb])('should mirror the class when the partners swap roles (C1)', (f, threshold) => {
    const swapped = {
      coreOk: { a: f.coreOk.b, b: f.coreOk.a },
      gain: { a: f.gain.b, b: f.gain.a },
      room: { a: f.room.b, b: f.room.a },
    };
    const original = classifyOption(f, threshold);
    const mirrored = classifyOption(swapped, threshold);
    if (original.kind === 'oneSided' && mirrored.kind === 'oneSided') {
      expect(mirrored.subordinated).toEqual(original.subordinated.map((p) => (p === 'a' ? 'b' : 'a')).sort());
    } else {
      expect(mirrored).toEqual(original);
    }
  });

  test.prop([
    factsArb,
    thresholdArb,
    fc.constantFrom('a' as const, 'b' as const),
    fc.integer({ min: 0, max: 60 }),
    fc.boolean(),
  ])(
    'should never move an option to a worse class when a gain rises or a core need becomes met (C2)',
    (f, threshold, p, raise, fixCore) => {
      const better: ClassFacts = {
        coreOk: { ...f.coreOk, [p]: f.coreOk[p] || fixCore },
        gain: { ...f.gain, [p]: Math.min(f.gain[p] + raise, f.room[p]) },
        room: f.room,
      };
      const rank = (facts: ClassFacts) => CLASS_ORDER.indexOf(classifyOption(facts, threshold).kind);
      expect(rank(better)).toBeGreaterThanOrEqual(rank(f));
    },
  );

  test.prop([factsArb, thresholdArb])(
    'should never call an option with an unmet core need a compromise or a win-win (C4)',
    (f, threshold) => {
      fc.pre(!f.coreOk.a || !f.coreOk.b);
      expect(['blocked', 'oneSided']).toContain(classifyOption(f, threshold).kind);
    },
  );

  test.prop([factsArb, thresholdArb, fc.integer({ min: 2, max: 7 })])(
    'should give the same class when one partner’s units are multiplied by k (fairness.md §1.1)',
    (f, threshold, k) => {
      const scaled = { ...f, gain: { ...f.gain, a: f.gain.a * k }, room: { ...f.room, a: f.room.a * k } };
      expect(classifyOption(scaled, threshold)).toEqual(classifyOption(f, threshold));
    },
  );
});

describe('meetsThreshold', () => {
  test.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), thresholdArb])(
    'should agree with the exact rational comparison G / room ≥ θ / 100',
    (room, g, threshold) => {
      const gain = Math.min(g, room);
      expect(meetsThreshold(gain, room, threshold)).toBe(BigInt(gain) * 100n >= BigInt(threshold) * BigInt(room));
    },
  );
});

describe('improvementPercent', () => {
  it('should round the share down to a whole percent', () => {
    expect(improvementPercent(2, 3)).toBe(66);
    expect(improvementPercent(7, 10)).toBe(70);
    expect(improvementPercent(0, 0)).toBe(100);
  });

  test.prop([fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }), thresholdArb])(
    'should reach the threshold exactly when meetsThreshold says so',
    (room, g, threshold) => {
      const gain = Math.min(g, room);
      expect(improvementPercent(gain, room) >= threshold).toBe(meetsThreshold(gain, room, threshold));
    },
  );
});
