// Other bargaining solutions, for diagnostics and explanations only (fairness.md §3.2, §3.4, §7): Kalai–Smorodinsky,
// egalitarian and utilitarian. None of them selects a recommendation: KS breaks IIA and can be steered by a fantasy
// option; egalitarian and utilitarian are not scale-invariant. They exist so tests can show those failures next to
// Nash, and so explanations can say "each of you gets X% of the best you could get here".
//
// Everything is computed exactly on the dyadic values of the inputs (scaledIntegers), with BigInt. That is simple
// and plenty fast for realistic sizes; the hull variant of KS enumerates pairs of options, O(n²), hence its own limit.
import type { Pair } from '../schemas/partner.js';
import { bigSign, compareRatios, type Ratio, ratio, ratioToNumber, scaledIntegers } from './exact.js';
import { IssueList, type OptionPoint, type PointSet, readBargainingInput } from './point.js';

/** A diagnostic pick among the options: one option, or none that is strictly better than d for both partners. */
export type DiagnosticOption = { kind: 'option'; id: string; point: Pair<number> } | { kind: 'noMutualGain' };

/** A diagnostic point of the convex hull, rounded and exact, or none better than d for both partners. */
export type DiagnosticPoint = { kind: 'point'; point: Pair<number>; exact: Pair<Ratio> } | { kind: 'noMutualGain' };

/** Options of the diagnostics: the disagreement point d (default (0,0)), as in {@link nashBargain}. */
export type DiagnosticOptions = { disagreement?: Pair<number> };

/** The most options {@link kalaiSmorodinskyPoint} accepts: it looks at every pair of options. */
export const KALAI_SMORODINSKY_POINT_LIMIT = 2000;

/** Gains relative to d as integers in a common unit 2^exponent, so all arithmetic below is exact. */
type ExactGains = { ids: readonly string[]; ga: bigint[]; gb: bigint[]; da: bigint; db: bigint; exponent: number };

function read(where: string, points: unknown, options: unknown, limit?: number): { set: PointSet; gains: ExactGains } {
  const issues = new IssueList();
  const { set, d } = readBargainingInput(points, options, issues);
  if (limit !== undefined && set.count > limit) issues.add('points', `must hold at most ${limit} options for ${where}`);
  issues.throwIfAny(where);
  const values = [d.a, d.b];
  for (let i = 0; i < set.count; i++) values.push(set.a[i] as number, set.b[i] as number);
  const { ints, exponent } = scaledIntegers(values);
  const da = ints[0] as bigint;
  const db = ints[1] as bigint;
  const ga: bigint[] = [];
  const gb: bigint[] = [];
  for (let i = 0; i < set.count; i++) {
    ga.push((ints[2 + 2 * i] as bigint) - da);
    gb.push((ints[3 + 2 * i] as bigint) - db);
  }
  return { set, gains: { ids: set.ids, ga, gb, da, db, exponent } };
}

/**
 * The option maximising `score` among those strictly better than d for both partners (the T3 filter, so the
 * diagnostics compare like for like with Nash), ties by the smallest id (T1).
 */
function pickOption<S>(
  set: PointSet,
  gains: ExactGains,
  score: (i: number) => S,
  compare: (x: S, y: S) => number,
): DiagnosticOption {
  let best = -1;
  let bestScore: S | undefined;
  for (let i = 0; i < set.count; i++) {
    if ((gains.ga[i] as bigint) <= 0n || (gains.gb[i] as bigint) <= 0n) continue;
    const current = score(i);
    const order = bestScore === undefined ? 1 : compare(current, bestScore);
    if (order > 0 || (order === 0 && (set.ids[i] as string) < (set.ids[best] as string))) {
      best = i;
      bestScore = current;
    }
  }
  if (best < 0) return { kind: 'noMutualGain' };
  return { kind: 'option', id: set.ids[best] as string, point: { a: set.a[best] as number, b: set.b[best] as number } };
}

function minimum(x: bigint, y: bigint): bigint {
  return x < y ? x : y;
}

/**
 * Discrete Kalai–Smorodinsky (fairness.md §3.2): the option maximising the smaller of the two relative gains
 * (x_p − d_p)/(I_p − d_p), where I is the ideal point over the options at least as good as d for both. Ties by id.
 * Diagnostics only: KS is not IIA (§3.4).
 */
export function kalaiSmorodinskyOption(points: readonly OptionPoint[], options?: DiagnosticOptions): DiagnosticOption {
  const { set, gains } = read('kalaiSmorodinskyOption', points, options);
  let idealA = -1n;
  let idealB = -1n;
  for (let i = 0; i < set.count; i++) {
    const x = gains.ga[i] as bigint;
    const y = gains.gb[i] as bigint;
    if (x < 0n || y < 0n) continue;
    if (x > idealA) idealA = x;
    if (y > idealB) idealB = y;
  }
  if (idealA <= 0n || idealB <= 0n) return { kind: 'noMutualGain' };
  const relative = (i: number): Ratio => {
    const x = ratio(gains.ga[i] as bigint, idealA);
    const y = ratio(gains.gb[i] as bigint, idealB);
    return compareRatios(x, y) <= 0 ? x : y;
  };
  return pickOption(set, gains, relative, compareRatios);
}

/** Discrete egalitarian solution (Kalai 1977): the option with the largest smaller gain min_p g_p, ties by id. */
export function egalitarianOption(points: readonly OptionPoint[], options?: DiagnosticOptions): DiagnosticOption {
  const { set, gains } = read('egalitarianOption', points, options);
  const smaller = (i: number): bigint => minimum(gains.ga[i] as bigint, gains.gb[i] as bigint);
  return pickOption(set, gains, smaller, (x, y) => bigSign(x - y));
}

/** Utilitarian solution: the option with the largest sum a + b, ties by id (among options better than d for both). */
export function utilitarianOption(points: readonly OptionPoint[], options?: DiagnosticOptions): DiagnosticOption {
  const { set, gains } = read('utilitarianOption', points, options);
  const sum = (i: number): bigint => (gains.ga[i] as bigint) + (gains.gb[i] as bigint);
  return pickOption(set, gains, sum, (x, y) => bigSign(x - y));
}

/** A rational in the common unit, as num/den with den > 0 (not necessarily reduced). */
type Fraction = { num: bigint; den: bigint };

function isAbove(x: Fraction, y: Fraction): boolean {
  return x.num * y.den > y.num * x.den;
}

/**
 * Kalai–Smorodinsky on the convex hull (fairness.md §3.2, §3.4): the point of the hull on the segment from d to the
 * ideal point I that is furthest from d, where I_p is the best p can get at any hull point at least as good as d for
 * both (computed on the clipped hull: an edge crossing x_b = d_b can beat every vertex). Equal relative gains.
 * O(n²) in the number of options, up to {@link KALAI_SMORODINSKY_POINT_LIMIT}; diagnostics only.
 */
export function kalaiSmorodinskyPoint(points: readonly OptionPoint[], options?: DiagnosticOptions): DiagnosticPoint {
  const { set, gains } = read('kalaiSmorodinskyPoint', points, options, KALAI_SMORODINSKY_POINT_LIMIT);
  const { ga, gb } = gains;
  const n = set.count;
  // The ideal point: the hull is the union of the segments between pairs of options, so the best coordinate over
  // the clipped hull is the best over the segments clipped to gains ≥ 0, found at the ends of each clipped piece.
  let idealA: Fraction | undefined;
  let idealB: Fraction | undefined;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const piece = clipToGains(ga[i] as bigint, gb[i] as bigint, ga[j] as bigint, gb[j] as bigint);
      if (piece === undefined) continue;
      for (const s of piece) {
        const x = along(ga[i] as bigint, ga[j] as bigint, s);
        const y = along(gb[i] as bigint, gb[j] as bigint, s);
        if (idealA === undefined || isAbove(x, idealA)) idealA = x;
        if (idealB === undefined || isAbove(y, idealB)) idealB = y;
      }
    }
  }
  if (idealA === undefined || idealB === undefined || idealA.num <= 0n || idealB.num <= 0n)
    return { kind: 'noMutualGain' };
  // Direction d → I with integer components; the KS point is k*·v for the largest k* reached by any segment.
  const va = idealA.num * idealB.den;
  const vb = idealB.num * idealA.den;
  let best: Fraction | undefined;
  const consider = (k: Fraction): void => {
    if (k.num >= 0n && (best === undefined || isAbove(k, best))) best = k;
  };
  for (let i = 0; i < n; i++) {
    const pa = ga[i] as bigint;
    const pb = gb[i] as bigint;
    const onLine = pa * vb - pb * va === 0n;
    if (onLine) consider(positive(pa * va + pb * vb, va * va + vb * vb));
    for (let j = i + 1; j < n; j++) {
      const wa = (ga[j] as bigint) - pa;
      const wb = (gb[j] as bigint) - pb;
      const cross = va * wb - vb * wa;
      if (cross === 0n) continue; // parallel: its ends are considered on their own when they lie on the line
      // P + s·w = k·v  ⇒  k = cross(P, w)/cross(v, w), s = cross(P, v)/cross(v, w); the segment needs 0 ≤ s ≤ 1.
      const s = positive(pa * vb - pb * va, cross);
      if (s.num < 0n || s.num > s.den) continue;
      consider(positive(pa * wb - pb * wa, cross));
    }
  }
  const k = best;
  if (k === undefined) return { kind: 'noMutualGain' };
  const shift = BigInt(Math.abs(gains.exponent));
  const toRatio = (base: bigint, direction: bigint): Ratio => {
    const num = base * k.den + k.num * direction;
    return gains.exponent >= 0 ? ratio(num << shift, k.den) : ratio(num, k.den << shift);
  };
  const exact = { a: toRatio(gains.da, va), b: toRatio(gains.db, vb) };
  return {
    kind: 'point',
    point: { a: ratioToNumber(exact.a.num, exact.a.den), b: ratioToNumber(exact.b.num, exact.b.den) },
    exact,
  };
}

/** num/den with a positive denominator. */
function positive(num: bigint, den: bigint): Fraction {
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** from + s·(to − from). */
function along(from: bigint, to: bigint, s: Fraction): Fraction {
  return { num: from * s.den + s.num * (to - from), den: s.den };
}

/**
 * The part of the segment P + s·(Q − P), 0 ≤ s ≤ 1, where both gains are ≥ 0, as its two end parameters; undefined
 * if empty.
 */
function clipToGains(pa: bigint, pb: bigint, qa: bigint, qb: bigint): [Fraction, Fraction] | undefined {
  let low: Fraction = { num: 0n, den: 1n };
  let high: Fraction = { num: 1n, den: 1n };
  for (const [start, end] of [
    [pa, qa],
    [pb, qb],
  ] as const) {
    const slope = end - start;
    // start + s·slope ≥ 0
    if (slope === 0n) {
      if (start < 0n) return undefined;
      continue;
    }
    const bound = positive(-start, slope);
    if (slope > 0n) {
      if (isAbove(bound, low)) low = bound;
    } else if (isAbove(high, bound)) high = bound;
  }
  return isAbove(low, high) ? undefined : [low, high];
}
