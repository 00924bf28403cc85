import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import type { Pair, PartnerId } from '../schemas/partner.js';
import {
  allocationItemsArb,
  items,
  junkItemsArb,
  permutationArb,
  swapPartners,
} from '../testing/allocationArbitraries.js';
import { issuesOf } from '../testing/inputIssues.js';
import {
  ADJUSTED_WINNER_MAX_ITEMS,
  type AdjustedWinnerExactResult,
  adjustedWinner,
  adjustedWinnerExact,
  type ExactFraction,
} from './adjustedWinner.js';
import type { AdjustedWinnerItem } from './allocationItems.js';
import { ratioToNumber } from './exact.js';

// ---------------------------------------------------------------------------------------------------------------
// Helpers: a tiny exact-fraction toolkit for checking results independently of the code under test.

function gcd(x: bigint, y: bigint): bigint {
  let [p, q] = [x < 0n ? -x : x, y < 0n ? -y : y];
  while (q !== 0n) [p, q] = [q, p % q];
  return p;
}

function frac(num: bigint | number, den: bigint | number = 1n): ExactFraction {
  const [n, d] = [BigInt(num), BigInt(den)];
  const g = gcd(n, d);
  return g === 0n ? { num: 0n, den: 1n } : { num: n / g, den: d / g };
}

function add(x: ExactFraction, y: ExactFraction): ExactFraction {
  return frac(x.num * y.den + y.num * x.den, x.den * y.den);
}

function times(x: ExactFraction, y: ExactFraction): ExactFraction {
  return frac(x.num * y.num, x.den * y.den);
}

function compare(x: ExactFraction, y: ExactFraction): number {
  const difference = x.num * y.den - y.num * x.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function isFractional(x: ExactFraction): boolean {
  return x.num > 0n && x.num < x.den;
}

/** A partner's own points out of 100 under the result's shares, recomputed from the raw integer points. */
function ownValue(
  result: AdjustedWinnerExactResult,
  input: readonly AdjustedWinnerItem[],
  partner: PartnerId,
): ExactFraction {
  const budget = input.reduce((total, item) => total + item.points[partner], 0);
  let value = frac(0);
  for (const item of input) {
    const share = result.shares[item.id]?.[partner] ?? frac(0);
    value = add(value, times(share, frac(100 * item.points[partner], budget)));
  }
  return value;
}

/**
 * AW-5 oracle: the largest min(v_a, v_b) over all fractional allocations, out of 100. At most one item needs to be
 * split, so it enumerates the split item (or none) and every subset of the other items a takes whole; for a fixed
 * choice the best fraction of the split item is where the two values cross, or an end of [0, 1].
 */
function bestMinimumByBruteForce(input: readonly AdjustedWinnerItem[]): ExactFraction {
  const totalA = BigInt(input.reduce((total, item) => total + item.points.a, 0));
  const totalB = BigInt(input.reduce((total, item) => total + item.points.b, 0));
  // Both partners on the common budget D = totalA·totalB, which stands for 100 points.
  const a = input.map((item) => BigInt(item.points.a) * totalB);
  const b = input.map((item) => BigInt(item.points.b) * totalA);
  const m = input.length;
  const sumA: bigint[] = [0n];
  const sumB: bigint[] = [0n];
  for (let mask = 1; mask < 1 << m; mask += 1) {
    const low = 31 - Math.clz32(mask & -mask);
    sumA[mask] = (sumA[mask & (mask - 1)] ?? 0n) + (a[low] ?? 0n);
    sumB[mask] = (sumB[mask & (mask - 1)] ?? 0n) + (b[low] ?? 0n);
  }
  const allB = sumB[(1 << m) - 1] ?? 0n;
  let best = frac(-1);
  for (let mask = 0; mask < 1 << m; mask += 1) {
    const valueA = sumA[mask] ?? 0n;
    const complementB = allB - (sumB[mask] ?? 0n);
    // No split: a takes the items in mask, b the rest.
    const whole = frac(valueA < complementB ? valueA : complementB);
    if (compare(whole, best) > 0) best = whole;
    for (let split = 0; split < m; split += 1) {
      if ((mask >> split) & 1) continue;
      const splitA = a[split] ?? 0n;
      const splitB = b[split] ?? 0n;
      const restB = complementB - splitB;
      let value: ExactFraction;
      if (valueA + splitA <= restB) value = frac(valueA + splitA);
      else if (restB + splitB <= valueA) value = frac(restB + splitB);
      else value = frac(valueA * (splitA + splitB) + (restB + splitB - valueA) * splitA, splitA + splitB);
      if (compare(value, best) > 0) best = value;
    }
  }
  return times(best, frac(100n, totalA * totalB));
}

/** Items in play (not worth 0 to both) have no normalised tie a_i = b_i and pairwise distinct ratios a_i/b_i. */
function hasNoTiesAndDistinctRatios(input: readonly AdjustedWinnerItem[]): boolean {
  const totalA = input.reduce((total, item) => total + item.points.a, 0);
  const totalB = input.reduce((total, item) => total + item.points.b, 0);
  const inPlay = input.filter((item) => item.points.a > 0 || item.points.b > 0);
  if (inPlay.some((item) => item.points.a * totalB === item.points.b * totalA)) return false;
  return inPlay.every((x, i) => inPlay.every((y, j) => i === j || x.points.a * y.points.b !== y.points.a * x.points.b));
}

function mirrored(shares: Record<string, Pair<number>>): Record<string, Pair<number>> {
  return Object.fromEntries(Object.entries(shares).map(([id, share]) => [id, { a: share.b, b: share.a }]));
}

// ---------------------------------------------------------------------------------------------------------------

describe('adjustedWinner', () => {
  describe('edge cases of fairness.md §8.3', () => {
    it('should split x, let a keep 2/3 of it and give both 200/3 for the equal-ratio example, in any input order', () => {
      // a = (40, 40, 20), b = (20, 20, 60): a wins x and y (80), b wins z (60); x and y share the ratio 2, so the
      // smaller id x is tried first and split: p = (60 + 20 − 40)/(40 + 20) = 2/3.
      const base = items([
        ['x', 40, 20],
        ['y', 40, 20],
        ['z', 20, 60],
      ]);
      const orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
      ];
      for (const order of orders) {
        const input = order.map((index) => base[index] as AdjustedWinnerItem);
        const exact = adjustedWinnerExact(input);
        expect(exact.splitItem).toBe('x');
        expect(exact.shares.x).toEqual({ a: frac(2, 3), b: frac(1, 3) });
        expect(exact.shares.y).toEqual({ a: frac(1), b: frac(0) });
        expect(exact.shares.z).toEqual({ a: frac(0), b: frac(1) });
        expect(exact.totals).toEqual({ a: frac(200, 3), b: frac(200, 3) });
        const numbers = adjustedWinner(input);
        expect(numbers.shares.x?.a).toBe(2 / 3);
        expect(numbers.totals).toEqual({ a: 200 / 3, b: 200 / 3 });
      }
    });

    it('should give both partners 50 for two items each worth (50, 50), whichever way the partners are named', () => {
      const input = items([
        ['x', 50, 50],
        ['y', 50, 50],
      ]);
      const result = adjustedWinnerExact(input);
      const swapped = adjustedWinnerExact(swapPartners(input));
      expect(result.totals).toEqual({ a: frac(50), b: frac(50) });
      expect(swapped.totals).toEqual({ a: frac(50), b: frac(50) });
      expect(result.splitItem).toBeNull();
      expect(swapped.splitItem).toBeNull();
    });

    it('should give a tied item to partner a when the totals are exactly equal, the documented fixed choice', () => {
      // x at 0 : 0 goes to a; then b trails and takes y; the totals are 50 : 50 and nothing is split.
      const result = adjustedWinnerExact(
        items([
          ['x', 50, 50],
          ['y', 50, 50],
        ]),
      );
      expect(result.shares.x).toEqual({ a: frac(1), b: frac(0) });
      expect(result.shares.y).toEqual({ a: frac(0), b: frac(1) });
    });

    it('should never split or move an item the trailing partner values at 0', () => {
      // a wins x (60), b wins y (50, worth 0 to a); z ties at 40 and goes to b, who trails: b leads 90 to 60.
      // b's items by ratio: z (1), then y (∞). z splits: p = (60 + 40 − 50)/80 = 5/8 for b; both get 75.
      const result = adjustedWinnerExact(
        items([
          ['x', 60, 10],
          ['y', 0, 50],
          ['z', 40, 40],
        ]),
      );
      expect(result.splitItem).toBe('z');
      expect(result.shares.z).toEqual({ a: frac(3, 8), b: frac(5, 8) });
      expect(result.shares.y).toEqual({ a: frac(0), b: frac(1) });
      expect(result.totals).toEqual({ a: frac(75), b: frac(75) });
    });

    it('should rescale unequal raw budgets to 100 each before dividing, so each total is at least 50', () => {
      // a's raw (2, 1, 1) is (50, 25, 25) out of 100. a wins x (50); b wins y and z (90). b's ratios: y 30/25,
      // z 60/25, so y splits: p = (50 + 25 − 60)/55 = 3/11 for b; both get 60 + 30·3/11 = 750/11 ≈ 68.2.
      const raw = items([
        ['x', 2, 10],
        ['y', 1, 30],
        ['z', 1, 60],
      ]);
      const normalised = items([
        ['x', 50, 10],
        ['y', 25, 30],
        ['z', 25, 60],
      ]);
      const result = adjustedWinnerExact(raw);
      expect(result.splitItem).toBe('y');
      expect(result.shares.y).toEqual({ a: frac(8, 11), b: frac(3, 11) });
      expect(result.totals).toEqual({ a: frac(750, 11), b: frac(750, 11) });
      expect(adjustedWinnerExact(normalised)).toEqual(result);
    });

    it('should stop without a split when the winner phase already leaves equal totals', () => {
      const result = adjustedWinner(
        items([
          ['x', 60, 40],
          ['y', 40, 60],
        ]),
      );
      expect(result).toEqual({
        shares: { x: { a: 1, b: 0 }, y: { a: 0, b: 1 } },
        totals: { a: 60, b: 60 },
        splitItem: null,
        unassigned: [],
      });
    });

    it('should stop without a split as soon as moving a whole item makes the totals equal', () => {
      // a wins x and y (80), b wins z (45). x has the smaller ratio (20/15 < 60/40); moving it whole leaves
      // 80 − 20 = 60 against 45 + 15 = 60, so the transfer ends there and nothing is split.
      const result = adjustedWinnerExact(
        items([
          ['x', 20, 15],
          ['y', 60, 40],
          ['z', 20, 45],
        ]),
      );
      expect(result.splitItem).toBeNull();
      expect(result.shares).toEqual({
        x: { a: frac(0), b: frac(1) },
        y: { a: frac(1), b: frac(0) },
        z: { a: frac(0), b: frac(1) },
      });
      expect(result.totals).toEqual({ a: frac(60), b: frac(60) });
    });

    it('should split a single item 50/50, whatever the points on it', () => {
      for (const [a, b] of [
        [100, 100],
        [7, 3],
        [1, 1000],
      ] as const) {
        const result = adjustedWinner(items([['house', a, b]]));
        expect(result).toEqual({
          shares: { house: { a: 0.5, b: 0.5 } },
          totals: { a: 50, b: 50 },
          splitItem: 'house',
          unassigned: [],
        });
      }
    });

    it('should set aside items worth 0 to both partners, with shares 0 and 0, and leave the rest unchanged', () => {
      const withIdle = items([
        ['x', 40, 20],
        ['idle', 0, 0],
        ['y', 40, 20],
        ['also idle', 0, 0],
        ['z', 20, 60],
      ]);
      const withoutIdle = withIdle.filter((item) => item.points.a > 0 || item.points.b > 0);
      const result = adjustedWinnerExact(withIdle);
      const expected = adjustedWinnerExact(withoutIdle);
      expect(result.unassigned).toEqual(['also idle', 'idle']);
      expect(result.shares.idle).toEqual({ a: frac(0), b: frac(0) });
      expect(result.shares['also idle']).toEqual({ a: frac(0), b: frac(0) });
      expect(result.totals).toEqual(expected.totals);
      expect(result.splitItem).toBe(expected.splitItem);
      for (const item of withoutIdle) expect(result.shares[item.id]).toEqual(expected.shares[item.id]);
    });

    it('should read decimal points exactly as written, so 0.1 + 0.2 points count as 0.3', () => {
      // In floating point 0.1 + 0.2 !== 0.3; read as decimals the two inputs are the same instance ×10.
      const decimals = items([
        ['x', 0.1, 0.3],
        ['y', 0.2, 0.3],
        ['z', 0.3, 0.1],
      ]);
      const integers = items([
        ['x', 1, 3],
        ['y', 2, 3],
        ['z', 3, 1],
      ]);
      expect(adjustedWinnerExact(decimals)).toEqual(adjustedWinnerExact(integers));
    });

    it('should handle points of wildly different sizes exactly, without overflow or NaN', () => {
      const result = adjustedWinner(
        items([
          ['huge', Number.MAX_VALUE, 1e-300],
          ['tiny', Number.MIN_VALUE, 5],
          ['mid', 1, 1e21],
        ]),
      );
      expect(result.totals.a).toBe(result.totals.b);
      expect(result.totals.a).toBeGreaterThanOrEqual(50);
      for (const share of Object.values(result.shares)) {
        expect(Number.isFinite(share.a) && Number.isFinite(share.b)).toBe(true);
        expect(share.a + share.b).toBe(1);
      }
    });

    it('should return share numbers that add up to exactly 1 and totals that are the same number', () => {
      const result = adjustedWinner(
        items([
          ['x', 1, 2],
          ['y', 2, 1],
          ['z', 4, 4],
        ]),
      );
      for (const share of Object.values(result.shares)) expect(share.a + share.b).toBe(1);
      expect(Object.is(result.totals.a, result.totals.b)).toBe(true);
    });
  });

  describe('bugs seen in public implementations (fairness.md §8.4)', () => {
    it('should sort an item the trailing partner values at 0 last instead of dividing by zero', () => {
      // b leads 80 to 70 with car (30, worth 0 to a, ratio ∞) listed first and dog (50/30). Dividing by a's 0 gives
      // NaN or Infinity; cross-multiplication puts car last, so dog splits: p = (70 + 30 − 30)/80 = 7/8 for b.
      const result = adjustedWinnerExact(
        items([
          ['car', 0, 30],
          ['dog', 30, 50],
          ['rent', 70, 20],
        ]),
      );
      expect(result.splitItem).toBe('dog');
      expect(result.shares.dog).toEqual({ a: frac(1, 8), b: frac(7, 8) });
      expect(result.shares.car).toEqual({ a: frac(0), b: frac(1) });
      expect(result.totals).toEqual({ a: frac(295, 4), b: frac(295, 4) });
    });

    it('should give tied items to the trailing partner, so swapping the partners mirrors the shares', () => {
      // With a single tied item the efficient equitable split is unique, so any tie rule gives the same shares; two
      // tied items (equal ratios) expose the rule. Trailing rule: t1 to b (20 < 30), t2 to a (30 < 55); a leads 65
      // to 55 and splits t2 (ratio 1 before x's 3): p = (55 + 35 − 30)/70 = 6/7 for a; both get 60.
      // "Ties to a" gives a both ties: the result then depends on which partner is called a.
      const input = items([
        ['t1', 35, 35],
        ['t2', 35, 35],
        ['x', 30, 10],
        ['y', 0, 20],
      ]);
      const result = adjustedWinner(input);
      const swapped = adjustedWinner(swapPartners(input));
      expect(swapped.shares).toEqual(mirrored(result.shares));
      expect(swapped.splitItem).toBe(result.splitItem);
      const exact = adjustedWinnerExact(input);
      expect(exact.shares.t1).toEqual({ a: frac(0), b: frac(1) });
      expect(exact.shares.t2).toEqual({ a: frac(6, 7), b: frac(1, 7) });
      expect(exact.totals).toEqual({ a: frac(60), b: frac(60) });
    });

    it('should split the leader item with the smallest ratio, not the first one listed', () => {
      // a leads 80 to 70 with x (ratio 5) listed before y (ratio 1.5). y is split: p = (70 + 20 − 50)/50 = 4/5 for a,
      // and both get 74. Splitting x instead would give a 5/6 of x and unequal, inefficient shares.
      const input = items([
        ['x', 50, 10],
        ['y', 30, 20],
        ['z', 20, 70],
      ]);
      const result = adjustedWinnerExact(input);
      expect(result.splitItem).toBe('y');
      expect(result.shares.y).toEqual({ a: frac(4, 5), b: frac(1, 5) });
      expect(result.shares.x).toEqual({ a: frac(1), b: frac(0) });
      expect(result.totals).toEqual({ a: frac(74), b: frac(74) });
    });

    it('should choose the leader only after the tied items are given out', () => {
      // Winner phase: a 40 (x), b 20 (y). The tie z goes to b, who trails, and b now leads 80 to 40. b's items:
      // z (ratio 1) before y (∞); z splits: p = (40 + 60 − 20)/120 = 2/3 for b; both get 60. Keeping a as leader
      // would try to move a's x and never reach equal totals.
      const result = adjustedWinnerExact(
        items([
          ['x', 40, 20],
          ['y', 0, 20],
          ['z', 60, 60],
        ]),
      );
      expect(result.splitItem).toBe('z');
      expect(result.shares.z).toEqual({ a: frac(1, 3), b: frac(2, 3) });
      expect(result.totals).toEqual({ a: frac(60), b: frac(60) });
    });

    it('should reach equal totals that no take-turns picking of whole items can reach', () => {
      // Alternating picks hand out whole items, so with integer points summing to 100 every total is an integer.
      // The equitable efficient point here is 870/13 (see the household example), which only a split reaches.
      const result = adjustedWinnerExact(
        items([
          ['holidays', 35, 20],
          ['kitchen', 30, 10],
          ['weekends', 25, 40],
          ['car', 10, 30],
        ]),
      );
      expect(result.totals).toEqual({ a: frac(870, 13), b: frac(870, 13) });
      expect(result.splitItem).not.toBeNull();
    });
  });

  describe('a worked household example', () => {
    it('should let b keep 12/13 of the weekend planning and give each partner 870/13 of their own points', () => {
      // Arrange: four issues a couple argues about, 100 points each.
      const input = items([
        ['holidays', 35, 20], // where the holidays go
        ['kitchen', 30, 10], // how the kitchen is kept
        ['weekends', 25, 40], // who plans the weekends
        ['car', 10, 30], // who uses the car on weekdays
      ]);
      // Act
      const result = adjustedWinnerExact(input);
      // Assert. Winner phase: a takes holidays and kitchen (65), b takes weekends and car (70). b leads; b's items by
      // ratio: weekends 40/25 before car 30/10. Moving weekends whole would leave b with 30 against a's 90, so it is
      // split: p = (65 + 25 − 30)/(40 + 25) = 12/13 for b. Both end with 65 + 25/13 = 30 + 480/13 = 870/13 ≈ 66.9.
      expect(result.shares).toEqual({
        car: { a: frac(0), b: frac(1) },
        holidays: { a: frac(1), b: frac(0) },
        kitchen: { a: frac(1), b: frac(0) },
        weekends: { a: frac(1, 13), b: frac(12, 13) },
      });
      expect(result.totals).toEqual({ a: frac(870, 13), b: frac(870, 13) });
      expect(result.splitItem).toBe('weekends');
      expect(adjustedWinner(input).totals.a).toBeCloseTo(66.92, 2);
    });
  });

  describe('properties of fairness.md §8.3 and §4', () => {
    test.prop([allocationItemsArb()])('should give both partners exactly the same own points (AW-1)', (input) => {
      const result = adjustedWinnerExact(input);
      const valueA = ownValue(result, input, 'a');
      const valueB = ownValue(result, input, 'b');
      expect(valueA).toEqual(valueB);
      expect(result.totals.a).toEqual(valueA);
      expect(result.totals.b).toEqual(valueB);
    });

    test.prop([allocationItemsArb()])(
      'should give each partner at least 50 of their own 100 points (AW-2)',
      (input) => {
        const result = adjustedWinnerExact(input);
        expect(compare(result.totals.a, frac(50))).toBeGreaterThanOrEqual(0);
        expect(compare(result.totals.b, frac(50))).toBeGreaterThanOrEqual(0);
      },
    );

    test.prop([allocationItemsArb()])('should split at most one item, the one it names (AW-3)', (input) => {
      const result = adjustedWinnerExact(input);
      const fractional = Object.entries(result.shares)
        .filter(([, share]) => isFractional(share.a))
        .map(([id]) => id);
      expect(fractional).toEqual(result.splitItem === null ? [] : [result.splitItem]);
      for (const item of input) {
        const share = result.shares[item.id];
        const setAside = item.points.a === 0 && item.points.b === 0;
        expect(share && add(share.a, share.b)).toEqual(frac(setAside ? 0 : 1));
      }
      expect(result.unassigned).toEqual(
        input
          .filter((item) => item.points.a === 0 && item.points.b === 0)
          .map((item) => item.id)
          .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
      );
    });

    test.prop([allocationItemsArb()])(
      'should hand out items so that a_i·b_j ≥ a_j·b_i whenever a holds part of i and b part of j (AW-4)',
      (input) => {
        const result = adjustedWinnerExact(input);
        for (const i of input) {
          for (const j of input) {
            if ((result.shares[i.id]?.a.num ?? 0n) > 0n && (result.shares[j.id]?.b.num ?? 0n) > 0n) {
              expect(i.points.a * j.points.b).toBeGreaterThanOrEqual(j.points.a * i.points.b);
            }
          }
        }
      },
    );

    test.prop([allocationItemsArb({ maxItems: 10 })])(
      'should reach the largest min(v_a, v_b) of any fractional allocation, by brute force (AW-5)',
      (input) => {
        expect(adjustedWinnerExact(input).totals.a).toEqual(bestMinimumByBruteForce(input));
      },
    );

    test.prop([allocationItemsArb().chain((input) => fc.tuple(fc.constant(input), permutationArb(input)))])(
      'should give identical results for every order of the items (AW-6, ORDER)',
      ([input, permuted]) => {
        expect(adjustedWinnerExact(permuted)).toEqual(adjustedWinnerExact(input));
        expect(JSON.stringify(adjustedWinner(permuted))).toBe(JSON.stringify(adjustedWinner(input)));
      },
    );

    test.prop([allocationItemsArb()])('should give the same totals when the partners swap roles (AW-7)', (input) => {
      expect(adjustedWinnerExact(swapPartners(input)).totals).toEqual(adjustedWinnerExact(input).totals);
    });

    test.prop([allocationItemsArb().filter(hasNoTiesAndDistinctRatios)])(
      'should mirror the shares when the partners swap roles, given no ties and distinct ratios (AW-7)',
      (input) => {
        const result = adjustedWinner(input);
        const swapped = adjustedWinner(swapPartners(input));
        expect(swapped.shares).toEqual(mirrored(result.shares));
        expect(swapped.splitItem).toBe(result.splitItem);
        expect(swapped.totals).toEqual(result.totals);
      },
    );

    test.prop([allocationItemsArb()])(
      'should return deep-equal results on repeated calls and leave its input untouched (DET)',
      (input) => {
        const copy = structuredClone(input);
        const frozen = Object.freeze(
          input.map((item) => Object.freeze({ ...item, points: Object.freeze({ ...item.points }) })),
        );
        expect(adjustedWinner(frozen)).toEqual(adjustedWinner(input));
        expect(adjustedWinnerExact(input)).toEqual(adjustedWinnerExact(input));
        expect(input).toEqual(copy);
      },
    );

    test.prop([allocationItemsArb(), fc.integer({ min: 2, max: 1000 }), fc.constantFrom<PartnerId>('a', 'b')])(
      'should not change when one partner multiplies all their points by the same factor (§1.1 normalisation)',
      (input, factor, partner) => {
        const scaled = input.map((item) => ({
          id: item.id,
          points: { ...item.points, [partner]: item.points[partner] * factor },
        }));
        expect(adjustedWinnerExact(scaled)).toEqual(adjustedWinnerExact(input));
      },
    );

    test.prop([allocationItemsArb()])('should match the exact result when converted to numbers', (input) => {
      const exact = adjustedWinnerExact(input);
      const numbers = adjustedWinner(input);
      expect(numbers.totals.a).toBe(ratioToNumber(exact.totals.a.num, exact.totals.a.den));
      expect(numbers.totals.b).toBe(numbers.totals.a);
      expect(numbers.splitItem).toBe(exact.splitItem);
      expect(numbers.unassigned).toEqual(exact.unassigned);
      expect(Object.keys(numbers.shares)).toEqual(Object.keys(exact.shares));
      for (const [id, share] of Object.entries(exact.shares)) {
        const number = numbers.shares[id];
        expect(number?.a).toBeCloseTo(Number(share.a.num) / Number(share.a.den), 15);
        expect(number?.b).toBeCloseTo(Number(share.b.num) / Number(share.b.den), 15);
      }
    });

    test.prop([allocationItemsArb()])(
      'should give an item worth 0 to one partner and more to the other wholly to the other',
      (input) => {
        const result = adjustedWinnerExact(input);
        for (const item of input) {
          if (item.points.a === 0 && item.points.b > 0) expect(result.shares[item.id]?.b).toEqual(frac(1));
          if (item.points.b === 0 && item.points.a > 0) expect(result.shares[item.id]?.a).toEqual(frac(1));
        }
      },
    );

    it('should divide the largest allowed number of items quickly', () => {
      const input = Array.from({ length: ADJUSTED_WINNER_MAX_ITEMS }, (_, index) => ({
        id: `item ${index}`,
        points: { a: (index * 37) % 101, b: (index * 53 + 7) % 97 },
      }));
      const started = performance.now();
      const result = adjustedWinner(input);
      const elapsed = performance.now() - started;
      expect(result.totals.a).toBe(result.totals.b);
      expect(elapsed).toBeLessThan(200);
    });
  });

  describe('input validation', () => {
    it('should reject something that is not a list', () => {
      expect(issuesOf(() => adjustedWinner({ x: 1 } as never))).toEqual([
        { path: '', message: 'must be a list of items' },
      ]);
    });

    it('should reject an empty list', () => {
      expect(issuesOf(() => adjustedWinner([]))).toEqual([{ path: '', message: 'needs at least one item to divide' }]);
    });

    it('should reject more items than ADJUSTED_WINNER_MAX_ITEMS', () => {
      const input = Array.from({ length: ADJUSTED_WINNER_MAX_ITEMS + 1 }, (_, index) => ({
        id: String(index),
        points: { a: 1, b: 1 },
      }));
      expect(issuesOf(() => adjustedWinner(input))).toEqual([
        {
          path: '',
          message: `has ${ADJUSTED_WINNER_MAX_ITEMS + 1} items; at most ${ADJUSTED_WINNER_MAX_ITEMS} can be divided at once`,
        },
      ]);
    });

    it('should name each duplicate id with the item that first used it', () => {
      const input = items([
        ['rent', 1, 2],
        ['car', 1, 2],
        ['rent', 3, 4],
        ['rent', 5, 6],
      ]);
      expect(issuesOf(() => adjustedWinner(input))).toEqual([
        { path: '[2].id', message: '"rent" is already the id of item [0]; each item needs its own id' },
        { path: '[3].id', message: '"rent" is already the id of item [0]; each item needs its own id' },
      ]);
    });

    it('should reject missing, empty and non-text ids', () => {
      const input = [{ points: { a: 1, b: 1 } }, { id: '', points: { a: 1, b: 1 } }, { id: 7, points: { a: 1, b: 1 } }];
      expect(issuesOf(() => adjustedWinner(input as never))).toEqual([
        { path: '[0].id', message: 'is missing' },
        { path: '[1].id', message: 'must not be empty' },
        { path: '[2].id', message: 'must be text' },
      ]);
    });

    it('should reject NaN, infinite, negative, missing and non-number points', () => {
      const input = [
        { id: 'w', points: { a: Number.NaN, b: Infinity } },
        { id: 'x', points: { a: -1, b: -Infinity } },
        { id: 'y', points: { a: 1 } },
        { id: 'z', points: { a: '3', b: 2 } },
        { id: 'v' },
      ];
      expect(issuesOf(() => adjustedWinner(input as never))).toEqual([
        { path: '[0].points.a', message: 'must be a finite number of points' },
        { path: '[0].points.b', message: 'must be a finite number of points' },
        { path: '[1].points.a', message: 'must not be negative' },
        { path: '[1].points.b', message: 'must be a finite number of points' },
        { path: '[2].points.b', message: 'is missing: give a number of points (0 is fine)' },
        { path: '[3].points.a', message: 'must be a finite number of points' },
        { path: '[4].points', message: 'must give points for both partners, as { a, b }' },
      ]);
    });

    it('should reject a partner who gave every item 0 points, in plain words', () => {
      const input = items([
        ['x', 3, 0],
        ['y', 5, -0],
      ]);
      expect(issuesOf(() => adjustedWinner(input))).toEqual([
        { path: '', message: 'partner b gave every item 0 points; spread some points over the items first' },
      ]);
    });

    it('should list every problem at once, an all-zero partner included', () => {
      const input = [{ id: 'x', points: { a: 0, b: -2 } }, null, { id: 'x', points: { a: 0, b: 1 } }];
      expect(issuesOf(() => adjustedWinner(input as never))).toEqual([
        { path: '[0].points.b', message: 'must not be negative' },
        { path: '[1]', message: 'must be an item with an id and points' },
        { path: '[2].id', message: '"x" is already the id of item [0]; each item needs its own id' },
      ]);
      const allZero = [
        { id: 'x', points: { a: 0, b: 0 } },
        { id: '', points: { a: 0, b: 0 } },
      ];
      expect(issuesOf(() => adjustedWinner(allZero))).toEqual([
        { path: '[1].id', message: 'must not be empty' },
        { path: '', message: 'partner a gave every item 0 points; spread some points over the items first' },
        { path: '', message: 'partner b gave every item 0 points; spread some points over the items first' },
      ]);
    });

    it('should report the holes of a sparse list as missing items, not as all-zero points', () => {
      const input: unknown[] = [];
      input[1] = { id: 'x', points: { a: 0, b: 0 } }; // leaves a hole at [0]
      expect(issuesOf(() => adjustedWinner(input as never))).toEqual([
        { path: '[0]', message: 'must be an item with an id and points' },
      ]);
    });

    it('should treat ids such as "__proto__" like any other id', () => {
      const result = adjustedWinner(
        items([
          ['__proto__', 60, 40],
          ['constructor', 40, 60],
        ]),
      );
      expect(Object.keys(result.shares)).toEqual(['__proto__', 'constructor']);
      expect(Object.getPrototypeOf(result.shares)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(result.shares, '__proto__')?.value).toEqual({ a: 1, b: 0 });
    });

    test.prop([junkItemsArb])('should let nothing but InputError escape for random junk', (junk) => {
      let outcome: unknown;
      try {
        outcome = adjustedWinner(junk as never);
      } catch (error) {
        outcome = error;
      }
      if (outcome instanceof Error) expect(outcome).toBeInstanceOf(InputError);
      else
        expect((outcome as ReturnType<typeof adjustedWinner>).totals.a).toBe(
          (outcome as ReturnType<typeof adjustedWinner>).totals.b,
        );
    });
  });
});
