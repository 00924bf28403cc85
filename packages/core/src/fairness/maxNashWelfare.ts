// Maximum Nash welfare over whole (indivisible) items, fairness.md §8.1 and §4 "Allocations": the fallback when no
// issue may be split. Two partners, so every allocation is a subset of items for a; we try all 2^m of them in Gray-code
// order (one item changes hands per step) with exact BigInt sums. Partition reduces to this problem, so no
// polynomial method is expected in general (§10); m ≤ 20 keeps the search near a million cheap steps.
import type { Pair, PartnerId } from '../schemas/partner.js';
import { type AdjustedWinnerItem, parseAllocationItems, toCommonBudget } from './allocationItems.js';
import { compareIds } from './compareIds.js';
import { ratioToNumber } from './exact.js';

/** The most items {@link maxNashWelfare} divides: it tries all 2^m allocations, about a million at m = 20. */
export const MAX_NASH_WELFARE_MAX_ITEMS = 20;

/** One whole item to give to one partner, with the points each partner puts on it; as for Adjusted Winner. */
export type MaxNashWelfareItem = AdjustedWinnerItem;

/**
 * A maximum-Nash-welfare allocation: `owners[id]` is the partner who receives item `id` whole (null for items both
 * gave 0 points), `bundles` each partner's items in id order, `values` each partner's own points out of 100 and
 * `unassigned` the ids of the items set aside, in id order.
 */
export type MaxNashWelfareResult = {
  owners: Record<string, PartnerId | null>;
  bundles: Pair<string[]>;
  values: Pair<number>;
  unassigned: string[];
};

/**
 * Gives every item whole to one partner so that the product of the partners' own points is as large as possible
 * (fairness.md §8.1): such an allocation is EF1 and Pareto-optimal (Caragiannis et al.). Throws {@link InputError}
 * listing every problem with the input.
 *
 * Order of preference, all exact (§4): first as many partners as possible with positive points, then the largest
 * product of the positive points (each partner's points rescaled to 100, as in Adjusted Winner), then, among exact
 * ties, the allocation that gives partner a the first item, in id order, on which the tied allocations differ.
 * Items both partners gave 0 points are set aside.
 *
 * @example
 * maxNashWelfare([
 *   { id: 'car', points: { a: 60, b: 30 } },
 *   { id: 'dog', points: { a: 40, b: 70 } },
 * ]); // owners: { car: 'a', dog: 'b' }, values: { a: 60, b: 70 }
 */
export function maxNashWelfare(items: readonly MaxNashWelfareItem[]): MaxNashWelfareResult {
  const valid = parseAllocationItems(items, 'maxNashWelfare', MAX_NASH_WELFARE_MAX_ITEMS);
  const { items: scaled, budget } = toCommonBudget(valid);
  const inPlay = scaled.filter((item) => item.a > 0n || item.b > 0n).sort((x, y) => compareIds(x.id, y.id));
  const unassigned = scaled
    .filter((item) => item.a === 0n && item.b === 0n)
    .map((item) => item.id)
    .sort(compareIds);

  // Bit (n − 1 − k) of a mask says that a holds the k-th item in id order, so among exact ties the larger mask is
  // the one that gives a the first item on which they differ: the documented tie-break, independent of input order.
  const n = inPlay.length;
  const bitOf = (rank: number): number => 2 ** (n - 1 - rank);
  let mask = 0;
  let valueA = 0n;
  let valueB = inPlay.reduce((total, item) => total + item.b, 0n);
  let best = { mask, score: scoreOf(valueA, valueB), valueA, valueB };
  for (let step = 1; step < 2 ** n; step += 1) {
    // Gray code: step k flips the item whose rank is the number of trailing zeros of k.
    const flipped = 31 - Math.clz32(step & -step);
    const rank = n - 1 - flipped;
    const item = inPlay[rank];
    if (item === undefined) continue;
    mask ^= bitOf(rank);
    if (mask & bitOf(rank)) {
      valueA += item.a;
      valueB -= item.b;
    } else {
      valueA -= item.a;
      valueB += item.b;
    }
    const score = scoreOf(valueA, valueB);
    if (isBetter(score, mask, best.score, best.mask)) best = { mask, score, valueA, valueB };
  }

  const owners: [string, PartnerId | null][] = inPlay.map((item, rank) => [
    item.id,
    best.mask & bitOf(rank) ? 'a' : 'b',
  ]);
  for (const id of unassigned) owners.push([id, null]);
  owners.sort(([x], [y]) => compareIds(x, y));
  return {
    owners: Object.fromEntries(owners),
    bundles: {
      a: owners.filter(([, owner]) => owner === 'a').map(([id]) => id),
      b: owners.filter(([, owner]) => owner === 'b').map(([id]) => id),
    },
    values: {
      a: ratioToNumber(100n * best.valueA, budget),
      b: ratioToNumber(100n * best.valueB, budget),
    },
    unassigned,
  };
}

/** How many partners get positive points, and the product of those positive points (§4 "Allocations"). */
type Score = { positive: number; product: bigint };

function scoreOf(valueA: bigint, valueB: bigint): Score {
  if (valueA > 0n && valueB > 0n) return { positive: 2, product: valueA * valueB };
  if (valueA > 0n) return { positive: 1, product: valueA };
  if (valueB > 0n) return { positive: 1, product: valueB };
  return { positive: 0, product: 0n };
}

function isBetter(score: Score, mask: number, best: Score, bestMask: number): boolean {
  if (score.positive !== best.positive) return score.positive > best.positive;
  if (score.product !== best.product) return score.product > best.product;
  return mask > bestMask;
}
