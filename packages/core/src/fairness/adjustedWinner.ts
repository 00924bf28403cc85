// Adjusted Winner (Brams & Taylor 1996), exactly as fairness.md §8.2 states it, with every step in exact integer
// arithmetic (§4 T4). Both partners' points are brought onto one common integer budget D that stands for 100 points,
// so the whole procedure runs on BigInt integers and the one split fraction is a BigInt ratio. Numbers appear only
// at the very end.
import * as z from 'zod';
import { formatPath, InputError, type InputIssue } from '../schemas/inputError.js';
import { otherPartner, PARTNERS, type Pair, type PartnerId } from '../schemas/partner.js';

/**
 * The most items one call divides. Couples bring 2-15 issues (fairness.md §10); the cap only bounds the work a
 * careless or hostile caller can ask for, and stays far above any real session.
 */
export const ADJUSTED_WINNER_MAX_ITEMS = 1000;

const WHERE = 'adjustedWinner';

const PointsSchema = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: give a number of points (0 is fine)'
        : 'must be a finite number of points',
  })
  .nonnegative({ error: 'must not be negative' });

/**
 * One issue or item to divide and the points each partner puts on it. Points are non-negative finite numbers on any
 * scale (each partner's points are rescaled to 100 first); a non-integer is read as the decimal it prints as, so
 * `0.1` means exactly 1/10.
 */
export const AdjustedWinnerItemSchema = z.object(
  {
    id: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
      .min(1, { error: 'must not be empty' }),
    points: z.object(
      { a: PointsSchema, b: PointsSchema },
      { error: 'must give points for both partners, as { a, b }' },
    ),
  },
  { error: 'must be an item with an id and points' },
);
export type AdjustedWinnerItem = z.infer<typeof AdjustedWinnerItemSchema>;

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
  const total = fractionToNumber(exact.totals.a);
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
        split = { id: item.id, leader, keep: reduce(num, den) };
        commonTotal = { num: (points[leader] - keep) * den + num * keep, den };
        break;
      }
    }
  }

  // Totals on the 100 scale: the common budget D stands for 100 points. Without a split the totals are now equal.
  commonTotal ??= { num: points.a, den: 1n };
  const totalsFraction = reduce(commonTotal.num * 100n, commonTotal.den * budget);
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

/** An item's points for both partners on the common integer budget of {@link toCommonBudget}. Internal. */
export type ScaledItem = { id: string; a: bigint; b: bigint };

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

/**
 * Internal, shared with maxNashWelfare: puts both partners' points on one integer budget (§8.2 step 0). Partner p's points become integers x_i over a
 * power of ten, summing to X_p; a_i·X_b and b_i·X_a then share the budget D = X_a·X_b, which stands for 100 points.
 * Comparisons between partners are exact because both sides are scaled to the same D.
 */
export function toCommonBudget(items: readonly AdjustedWinnerItem[]): { items: ScaledItem[]; budget: bigint } {
  const a = toIntegers(items.map((item) => item.points.a));
  const b = toIntegers(items.map((item) => item.points.b));
  const totalA = sum(a);
  const totalB = sum(b);
  return {
    items: items.map((item, index) => ({ id: item.id, a: (a[index] ?? 0n) * totalB, b: (b[index] ?? 0n) * totalA })),
    budget: totalA * totalB,
  };
}

/** Writes non-negative numbers as integers over one common power of ten, reading each as the decimal it prints as. */
function toIntegers(values: readonly number[]): bigint[] {
  const decimals = values.map(toDecimal);
  const places = Math.max(0, ...decimals.map((decimal) => decimal.places));
  return decimals.map((decimal) => decimal.digits * 10n ** BigInt(places - decimal.places));
}

/** A finite non-negative number as digits·10^(−places), read from its shortest round-trip decimal (`String(x)`). */
function toDecimal(value: number): { digits: bigint; places: number } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  // Validation admits only finite non-negative numbers, whose String() always matches; -0 prints as "0".
  const [, whole = '0', fraction = '', exponent = '0'] = match ?? [];
  const digits = BigInt(whole + fraction);
  const places = fraction.length - Number.parseInt(exponent, 10);
  return places >= 0 ? { digits, places } : { digits: digits * 10n ** BigInt(-places), places: 0 };
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((total, value) => total + value, 0n);
}

function compareBigInt(x: bigint, y: bigint): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** T1: ids compared by UTF-16 code units, never by locale. Internal. */
export function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function byId(x: { id: string }, y: { id: string }): number {
  return compareIds(x.id, y.id);
}

function gcd(x: bigint, y: bigint): bigint {
  let p = x < 0n ? -x : x;
  let q = y < 0n ? -y : y;
  while (q !== 0n) [p, q] = [q, p % q];
  return p;
}

/** The fraction num/den in lowest terms (den > 0). Internal. */
export function reduce(num: bigint, den: bigint): ExactFraction {
  const divisor = gcd(num, den);
  return divisor === 0n ? { ...ZERO } : { num: num / divisor, den: den / divisor };
}

/**
 * The two shares of one item as numbers that add up to exactly 1: the larger share is correctly rounded and the
 * smaller is 1 minus it, which is exact for a larger share in [1/2, 1] (Sterbenz lemma).
 */
function sharesToNumbers(share: Pair<ExactFraction>): Pair<number> {
  if (share.a.num === 0n && share.b.num === 0n) return { a: 0, b: 0 };
  if (share.a.num * share.b.den >= share.b.num * share.a.den) {
    const a = fractionToNumber(share.a);
    return { a, b: 1 - a };
  }
  const b = fractionToNumber(share.b);
  return { a: 1 - b, b };
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * The number nearest to a non-negative fraction (ties to even), with one rounding only: dividing two rounded
 * numbers would round twice. Subnormal results are rounded on their own grid. Internal; exported for its tests.
 */
export function fractionToNumber(fraction: ExactFraction): number {
  const { num, den } = fraction;
  if (num === 0n) return 0;
  // num/den lies in [2^(e−1), 2^(e+1)); scaling by 2^shift leaves a quotient of 55 or 56 bits: 53 kept, one rounding
  // bit and at least one bit below it, where the sticky bit (any non-zero remainder) can go.
  const e = bitLength(num) - bitLength(den);
  const shift = 55 - e;
  // Below 2^−1022 doubles are subnormal, spaced 2^−1074 apart: keep two extra bits and round by hand.
  const subnormalShift = 1076;
  if (shift > subnormalShift) {
    const scaled = num * 2n ** BigInt(subnormalShift);
    const quotient = scaled / den;
    const sticky = scaled % den !== 0n;
    const low = quotient & 3n;
    let units = quotient >> 2n;
    if (low > 2n || (low === 2n && (sticky || (units & 1n) === 1n))) units += 1n;
    return Number(units) * Number.MIN_VALUE;
  }
  const scaledNum = shift >= 0 ? num << BigInt(shift) : num;
  const scaledDen = shift >= 0 ? den : den << BigInt(-shift);
  let quotient = scaledNum / scaledDen;
  if (scaledNum % scaledDen !== 0n) quotient |= 1n;
  // Number(bigint) rounds to nearest, ties to even; the power-of-two scaling after it is exact for normal results,
  // done in two steps because 2^−1076 itself is not a number.
  const half = Math.trunc(shift / 2);
  return Number(quotient) * 2 ** -half * 2 ** -(shift - half);
}

/**
 * Internal, shared with maxNashWelfare: checks a raw list of items for the public function `where`, which divides
 * at most `maxItems`, and throws one InputError listing every problem; returns the items typed.
 */
export function parseAllocationItems(input: unknown, where: string, maxItems: number): AdjustedWinnerItem[] {
  if (!Array.isArray(input)) throw new InputError(where, [{ path: '', message: 'must be a list of items' }]);
  if (input.length === 0) {
    throw new InputError(where, [{ path: '', message: 'needs at least one item to divide' }]);
  }
  if (input.length > maxItems) {
    throw new InputError(where, [
      { path: '', message: `has ${input.length} items; at most ${maxItems} can be divided at once` },
    ]);
  }
  const issues: InputIssue[] = [];
  const items: AdjustedWinnerItem[] = [];
  // A Map, not an object: ids such as "__proto__" must behave like any other.
  const firstIndexOfId = new Map<string, number>();
  for (let index = 0; index < input.length; index += 1) {
    const element: unknown = input[index];
    const parsed = AdjustedWinnerItemSchema.safeParse(element);
    if (parsed.success) items.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        issues.push({ path: formatPath([index, ...issue.path]), message: issue.message });
      }
    }
    const id = idOf(element);
    if (id !== undefined) {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else
        issues.push({
          path: formatPath([index, 'id']),
          message: `"${id}" is already the id of item [${first}]; each item needs its own id`,
        });
    }
  }
  // A partner with no points to spread cannot be rescaled to 100 (§8.2 step 0). Reported only when every one of
  // that partner's points is a valid 0, so it never repeats a problem already listed.
  for (const partner of PARTNERS) {
    // Spread first: `every` would skip the holes of a sparse array.
    if ([...(input as unknown[])].every((element) => pointOf(element, partner) === 0)) {
      issues.push({
        path: '',
        message: `partner ${partner} gave every item 0 points; spread some points over the items first`,
      });
    }
  }
  if (issues.length > 0) throw new InputError(where, issues);
  return items;
}

function pointOf(element: unknown, partner: PartnerId): number | undefined {
  if (typeof element !== 'object' || element === null || !('points' in element)) return undefined;
  const { points } = element;
  if (typeof points !== 'object' || points === null || !(partner in points)) return undefined;
  const parsed = PointsSchema.safeParse((points as Record<PartnerId, unknown>)[partner]);
  return parsed.success ? parsed.data : undefined;
}

function idOf(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null || !('id' in element)) return undefined;
  const { id } = element;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
