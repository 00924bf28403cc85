import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Need } from '../schemas/need.js';
import {
  coreNeedOrder,
  satisfaction,
  satisfactionScale,
  scorePartner,
  unmetCoreNeeds,
  unmetCoreSet,
} from './satisfaction.js';

function need(id: string, weight: number, core = false, minimum = 6): Need {
  return { id, label: id, weight, core, minimum };
}

const needsArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            weight: fc.integer({ min: 1, max: 5 }),
            core: fc.boolean(),
            minimum: fc.integer({ min: 0, max: 10 }),
          })
          .map((fields): Need => ({ id, label: id, ...fields })),
      ),
    ),
  );

/** Needs with a table of ratings for a few options. */
const scoredArb = needsArb.chain((needs) =>
  fc.integer({ min: 1, max: 4 }).chain((optionCount) =>
    fc
      .array(fc.integer({ min: 0, max: 10 }), {
        minLength: optionCount * needs.length,
        maxLength: optionCount * needs.length,
      })
      .map((values) => ({ needs, optionCount, ratings: Uint8Array.from(values) })),
  ),
);

describe('scorePartner', () => {
  it('should weigh each rating by its need and divide by ten times the total weight (fairness.md §1.1)', () => {
    // Arrange: weights 3 and 1; option 0 rated (10, 2), option 1 rated (0, 10).
    const needs = [need('rest', 3), need('money', 1)];
    // Act
    const scores = scorePartner(needs, Uint8Array.from([10, 2, 0, 10]), 2);
    // Assert: N = 3·10 + 1·2 = 32 and 3·0 + 1·10 = 10, over 10·4 = 40.
    expect([...scores.numerators]).toEqual([32, 10]);
    expect(scores.scale).toBe(40);
    expect(satisfaction(scores.numerators[0] ?? 0, scores.scale)).toBe(0.8);
  });

  it('should pass the core gate only when every core need reaches its minimum (fairness.md §1.2)', () => {
    const needs = [need('rest', 1, true, 6), need('money', 1, false, 9), need('time', 1, true, 0)];
    const scores = scorePartner(needs, Uint8Array.from([6, 0, 0, 5, 10, 10]), 2);
    expect([...scores.coreOk]).toEqual([1, 0]);
  });

  test.prop([scoredArb])('should keep every satisfaction between 0 and 1', ({ needs, optionCount, ratings }) => {
    const scores = scorePartner(needs, ratings, optionCount);
    for (const numerator of scores.numerators) {
      expect(satisfaction(numerator, scores.scale)).toBeGreaterThanOrEqual(0);
      expect(satisfaction(numerator, scores.scale)).toBeLessThanOrEqual(1);
    }
  });

  test.prop([scoredArb, fc.integer({ min: 2, max: 9 })])(
    'should give the same satisfactions when every weight is multiplied by k (fairness.md §1.1)',
    ({ needs, optionCount, ratings }, k) => {
      const scaled = needs.map((n) => ({ ...n, weight: n.weight * k }));
      const plain = scorePartner(needs, ratings, optionCount);
      const heavy = scorePartner(scaled, ratings, optionCount);
      for (let o = 0; o < optionCount; o++) {
        expect(satisfaction(heavy.numerators[o] ?? 0, heavy.scale)).toBe(
          satisfaction(plain.numerators[o] ?? 0, plain.scale),
        );
      }
      expect(heavy.coreOk).toEqual(plain.coreOk);
    },
  );
});

describe('satisfactionScale', () => {
  it('should be ten times the sum of the weights', () => {
    expect(satisfactionScale([need('a', 2), need('b', 5)])).toBe(70);
  });
});

describe('unmetCoreNeeds', () => {
  it('should list the positions of the core needs below their minimum, sorted by need id', () => {
    const needs = [need('z', 1, true, 5), need('B', 1, true, 5), need('a', 1, false, 9), need('b', 1, true, 3)];
    const unmet = unmetCoreNeeds(needs, Uint8Array.from([10, 10, 10, 10, 4, 4, 0, 2]), 1);
    // Positions of B, b and z: sorted by id in UTF-16 code units, not by position.
    expect(unmet).toEqual([1, 3, 0]);
  });

  test.prop([scoredArb])('should be empty exactly where the core gate passes', ({ needs, optionCount, ratings }) => {
    const scores = scorePartner(needs, ratings, optionCount);
    for (let o = 0; o < optionCount; o++) {
      expect(unmetCoreNeeds(needs, ratings, o).length === 0).toBe(scores.coreOk[o] === 1);
    }
  });
});

describe('unmetCoreSet', () => {
  it('should set bit i for the i-th core need in id order when it is below its minimum', () => {
    const needs = [need('z', 1, true, 5), need('B', 1, true, 5), need('a', 1, false, 9), need('b', 1, true, 3)];
    // Core needs in id order: B (bit 0), b (bit 1), z (bit 2). Option 1 rates z 4, B 4, b 2: all three unmet.
    expect(unmetCoreSet(needs, Uint8Array.from([10, 10, 10, 10, 4, 4, 0, 2]), 1)).toBe(0b111);
    // Option 0 rates z 10, B 3 and b 10: only B is unmet.
    expect(unmetCoreSet(needs, Uint8Array.from([10, 3, 0, 10]), 0)).toBe(0b001);
  });

  test.prop([scoredArb])('should name exactly the needs unmetCoreNeeds lists', ({ needs, optionCount, ratings }) => {
    const order = coreNeedOrder(needs);
    for (let o = 0; o < optionCount; o++) {
      const set = unmetCoreSet(needs, ratings, o, order);
      expect(order.filter((_, i) => (set & (1 << i)) !== 0)).toEqual(unmetCoreNeeds(needs, ratings, o, order));
    }
  });
});
