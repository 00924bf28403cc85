import { describe, expect, it } from 'vitest';
import { items } from '../testing/allocationArbitraries.js';
import { issuesOf } from '../testing/inputIssues.js';
import { parseAllocationItems, toCommonBudget } from './allocationItems.js';

describe('parseAllocationItems', () => {
  it('should return valid items as they are', () => {
    const input = items([
      ['rent', 30, 70],
      ['car', 0.5, 0],
    ]);
    expect(parseAllocationItems(input, 'divide', 5)).toEqual(input);
  });

  it('should throw an InputError named for the calling function', () => {
    expect(() => parseAllocationItems([], 'divide', 5)).toThrow(/^divide: needs at least one item to divide$/);
  });

  it('should hold every caller to its own limit', () => {
    const input = items([
      ['x', 1, 1],
      ['y', 1, 1],
      ['z', 1, 1],
    ]);
    expect(issuesOf(() => parseAllocationItems(input, 'divide', 2))).toEqual([
      { path: '', message: 'has 3 items; at most 2 can be divided at once' },
    ]);
    expect(parseAllocationItems(input, 'divide', 3)).toHaveLength(3);
  });
});

describe('toCommonBudget', () => {
  it("should scale both partners' points to one budget that stands for 100 points each (fairness.md §8.2 step 0)", () => {
    // a's points sum to 4, b's to 10: D = 40, so a's 1 becomes 1·10 and b's 7 becomes 7·4.
    const { items: scaled, budget } = toCommonBudget(
      items([
        ['x', 1, 7],
        ['y', 3, 3],
      ]),
    );
    expect(budget).toBe(40n);
    expect(scaled).toEqual([
      { id: 'x', a: 10n, b: 28n },
      { id: 'y', a: 30n, b: 12n },
    ]);
  });

  it('should read each number as the decimal it prints as, so 0.1 is exactly one tenth', () => {
    const { items: scaled, budget } = toCommonBudget(
      items([
        ['x', 0.1, 1],
        ['y', 0.2, 1],
        ['z', 1e-7, 0],
      ]),
    );
    // In units of 10^-7: a's points are 1000000, 2000000 and 1 (sum 3000001); b's are 1 and 1 (sum 2).
    expect(budget).toBe(3_000_001n * 2n);
    expect(scaled).toEqual([
      { id: 'x', a: 1_000_000n * 2n, b: 3_000_001n },
      { id: 'y', a: 2_000_000n * 2n, b: 3_000_001n },
      { id: 'z', a: 2n, b: 0n },
    ]);
  });
});
