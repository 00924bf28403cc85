// Adjusted Winner (Brams & Taylor 1996), exactly as fairness.md §8.2 states it, with every step in exact integer
// arithmetic (§4 T4). Both partners' points are brought onto one common integer budget D that stands for 100 points,
// so the whole procedure runs on BigInt integers and the one split fraction is a BigInt ratio. Numbers appear only
// at the very end.
import { otherPartner, type Pair, type PartnerId } from '../schemas/partner.js';
import { type AdjustedWinnerItem, parseAllocationItems, type ScaledItem, toCommonBudget } from './allocationItems.js';
import { compareIds } from './compareIds.js';
import { ratio, ratioToNumber } from './exact.js';

/**
 * The most items one call divides. Couples bring 2-15 issues (fairness.md §10); the cap only bounds the work a
 * careless or hostile caller can ask for, and stays far above any real session.
 */
export const ADJUSTED_WINNER_MAX_ITEMS = 1000;

const WHERE = 'adjustedWinner';

/** A non-negative fraction num/den in lowest terms with den > 0, so equal values are deep-equal. */
export type ExactFraction = { num: bigint; den: bigint };

/**
 * The outcome of Adjusted Winner with exact fractions: each item's shares (a + b = 1 for assigned items, 0 and 0
 * for items set aside), each partner's own points out of 100 (equal by construction, AW-1), the one item that was
 * split (or null) and the ids of the items set aside because both partners gave them 0 points, in id order.
 */
export type AdjustedWinnerExactResult = {
  shares: Record<string, Pair<ExactFraction>>;
  totals: Pair<ExactFraction>;
  splitItem: string | null;
  unassigned: string[];
};

/**
 * The outcome of Adjusted Winner as numbers: `shares[id]` is the fraction of item `id` each partner receives,
 * `totals` each partner's own points out of 100 (the same number for both), `splitItem` the one item shared between
 * them (or null) and `unassigned` the ids of the items both partners gave 0 points, whose shares are 0 and 0.
 * The two shares of an assigned item add up to exactly 1: the larger is the number nearest its exact fraction and
 * the smaller is 1 minus it (off by at most 2^−53). For the exact fractions use {@link adjustedWinnerExact}.
 */
export type AdjustedWinnerResult = {
  shares: Record<string, Pair<number>>;
  totals: Pair<number>;
  splitItem: string | null;
  unassigned: string[];
};

/**
 * Divides several issues between two partners with Adjusted Winner (fairness.md §8.2): the result is equitable (both
 * get the same number of their own points), envy-free (each gets at least 50 of their own 100), efficient, and
 * splits at most one item. Throws {@link InputError} listing every problem with the input.
 *
 * Determinism (§4): tied items go to whoever trails, taking them in id order, and to partner a when the totals are
 * exactly equal; items with equal ratios are transferred in id order. Ids are compared by UTF-16 code units.
 *
 * @example
 * const result = adjustedWinner([
 *   { id: 'x', points: { a: 40, b: 20 } },
 *   { id: 'y', points: { a: 40, b: 20 } },
 *   { id: 'z', points: { a: 20, b: 60 } },
 * ]);
 * // result.splitItem === 'x', result.shares.x = { a: 2/3, b: 1/3 }, result.totals = { a: 200/3, b: 200/3 }
 */
export function adjustedWinner(items: readonly AdjustedWinnerItem[]): AdjustedWinnerResult {
  const exact = adjustedWinnerExact(items);
  const shares: [string, Pair<number>][] = Object.entries(exact.shares).map(([id, share]) => [
    id,
    sharesToNumbers(share),
  ]);
  const total = ratioToNumber(exact.totals.a.num, exact.totals.a.den);
  return {
    shares: Object.fromEntries(shares),
    // AW-1: the two exact totals are the same fraction, so one conversion serves both and they are equal numbers.
    totals: { a: total, b: total },
    splitItem: exact.splitItem,
    unassigned: [...exact.unassigned],
  };
}

/**
 * Adjusted Winner with exact fractions instead of numbers; {@link adjustedWinner} is this followed by one rounding.
 * Throws {@link InputError} listing every problem with the input.
 */
export function adjustedWinnerExact(items: readonly AdjustedWinnerItem[]): AdjustedWinnerExactResult {
  const valid = parseAllocationItems(items, WHERE, ADJUSTED_WINNER_MAX_ITEMS);
  const scaled = toCommonBudget(valid);
  const { budget } = scaled;

  // Step 0: items worth 0 to both partners skip every step below.
  const inPlay = scaled.items.filter((item) => item.a > 0n || item.b > 0n);
  const unassigned = scaled.items.filter((item) => item.a === 0n && item.b === 0n).map((item) => item.id);

  // Step 1, winner phase: the partner who values an item more takes it.
  const holder = new Map<string, PartnerId>();
  const points: Pair<bigint> = { a: 0n, b: 0n };
  const tied: ScaledItem[] = [];
  for (const item of inPlay) {
    if (item.a === item.b) {
      tied.push(item);
    } else {
      const winner: PartnerId = item.a > item.b ? 'a' : 'b';
      holder.set(item.id, winner);
      points[winner] += item[winner];
    }
  }

  // Step 2: ties go to whoever trails at that moment, in id order; at exactly equal totals to partner a (a fixed
  // choice: the adjustment below evens the totals out, so only who holds which tied item depends on it, §8.3).
  tied.sort(byId);
  for (const item of tied) {
    const taker: PartnerId = points.b < points.a ? 'b' : 'a';
    holder.set(item.id, taker);
    points[taker] += item[taker];
  }

  // Steps 3-6. The leader is chosen only now, after the ties (§8.4: a tied item can change who leads).
  let split: { id: string; leader: PartnerId; keep: ExactFraction } | null = null;
  let commonTotal: ExactFraction | null = null;
  if (points.a !== points.b) {
    const leader: PartnerId = points.a > points.b ? 'a' : 'b';
    const trailer = otherPartner(leader);
    // Step 4: the leader's items by ratio leader/trailer ascending, compared by cross-multiplication so an item the
    // trailer values at 0 sorts last without a division by zero (§8.4); equal ratios by id (§8.3).
    const order = inPlay
      .filter((item) => holder.get(item.id) === leader)
      .sort((x, y) => compareBigInt(x[leader] * y[trailer], y[leader] * x[trailer]) || byId(x, y));
    for (const item of order) {
      const keep = item[leader];
      const give = item[trailer];
      if (points[leader] - keep >= points[trailer] + give) {
        // Step 5: move the whole item; the leader still leads or the totals are now equal.
        holder.set(item.id, trailer);
        points[leader] -= keep;
        points[trailer] += give;
        if (points[leader] === points[trailer]) break;
      } else {
        // Step 6: the equitability equation (P_L − ℓ) + p·ℓ = P_T + (1 − p)·t gives the leader's share p.
        const den = keep + give;
        const num = points[trailer] + give - (points[leader] - keep);
        split = { id: item.id, leader, keep: ratio(num, den) };
        commonTotal = { num: (points[leader] - keep) * den + num * keep, den };
        break;
      }
    }
  }

  // Totals on the 100 scale: the common budget D stands for 100 points. Without a split the totals are now equal.
  commonTotal ??= { num: points.a, den: 1n };
  const totalsFraction = ratio(commonTotal.num * 100n, commonTotal.den * budget);
  const shares: [string, Pair<ExactFraction>][] = scaled.items
    .map((item) => item.id)
    .sort(compareIds)
    .map((id) => [id, shareOf(id, holder.get(id), split)]);
  return {
    shares: Object.fromEntries(shares),
    totals: { a: totalsFraction, b: { ...totalsFraction } },
    splitItem: split?.id ?? null,
    unassigned: unassigned.sort(compareIds),
  };
}

const ZERO: ExactFraction = { num: 0n, den: 1n };
const ONE: ExactFraction = { num: 1n, den: 1n };

function shareOf(
  id: string,
  holder: PartnerId | undefined,
  split: { id: string; leader: PartnerId; keep: ExactFraction } | null,
): Pair<ExactFraction> {
  if (split?.id === id) {
    const rest = { num: split.keep.den - split.keep.num, den: split.keep.den };
    return split.leader === 'a' ? { a: { ...split.keep }, b: rest } : { a: rest, b: { ...split.keep } };
  }
  if (holder === 'a') return { a: { ...ONE }, b: { ...ZERO } };
  if (holder === 'b') return { a: { ...ZERO }, b: { ...ONE } };
  return { a: { ...ZERO }, b: { ...ZERO } };
}

function compareBigInt(x: bigint, y: bigint): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function byId(x: { id: string }, y: { id: string }): number {
  return compareIds(x.id, y.id);
}

/**
 * The two shares of one item as numbers that add up to exactly 1: the larger share is correctly rounded and the
 * smaller is 1 minus it, which is exact for a larger share in [1/2, 1] (Sterbenz lemma).
 */
function sharesToNumbers(share: Pair<ExactFraction>): Pair<number> {
  if (share.a.num === 0n && share.b.num === 0n) return { a: 0, b: 0 };
  if (share.a.num * share.b.den >= share.b.num * share.a.den) {
    const a = ratioToNumber(share.a.num, share.a.den);
    return { a, b: 1 - a };
  }
  const b = ratioToNumber(share.b.num, share.b.den);
  return { a: 1 - b, b };
}
