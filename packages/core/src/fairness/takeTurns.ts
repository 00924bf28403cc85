// The "take turns" plan: the Nash point of the convex hull of the options (fairness.md §5, properties H1-H5).
//
// Taking turns between options P and R (P a fraction 1 − t of the time, R a fraction t) reaches every point of the
// segment PR, so the reachable set is the convex hull. Its Nash point lies on the upper-right hull chain, at a vertex
// or inside one edge. Every decision below is the sign of an exact expression (exact.ts), and the only fraction
// computed is t on the winning edge, exactly.
import type { Pair } from '../schemas/partner.js';
import { productSumSign, type Ratio, ratio, scaledIntegers } from './exact.js';
import { type Front, frontOf } from './pareto.js';
import type { PointSet } from './point.js';

/**
 * The hull Nash point of a validated set, by index: one vertex, a point inside the edge from `left` to `right`
 * (left has the smaller a; the point is left + t·(right − left) with 0 < t < 1, so right is used a fraction t of the
 * time), or `none` when no point of the hull is strictly better than d for both partners. Internal.
 */
export type HullNash =
  | { readonly kind: 'vertex'; readonly index: number }
  | {
      readonly kind: 'edge';
      readonly left: number;
      readonly right: number;
      readonly t: Ratio;
      readonly point: Pair<Ratio>;
    }
  | { readonly kind: 'none' };

/** The upper-right hull chain: option indexes of its vertices and their coordinates, by increasing a. Internal. */
export type HullChain = { readonly vertices: Int32Array; readonly a: Float64Array; readonly b: Float64Array };

/**
 * The vertices of the upper-right hull chain by increasing a (strictly decreasing b): Andrew's monotone chain over
 * the frontier (fairness.md §5). Identical points are represented by their smallest id and points on the line
 * between two neighbours are not vertices (T5). Internal.
 */
export function hullChain(set: PointSet, front: Front = frontOf(set)): HullChain {
  const { ids } = set;
  const { members, starts, groups, groupA, groupB } = front;
  const chain = new Int32Array(groups); // group numbers
  let size = 0;
  // The frontier runs by decreasing a; walk it backwards to build the chain left to right.
  for (let g = groups - 1; g >= 0; g--) {
    const pa = groupA[g] as number;
    const pb = groupB[g] as number;
    // The upper hull turns clockwise at every vertex: drop the last vertex while it is on or below the line from
    // the one before it to the new point, i.e. while cross(x − o, p − o) = (xa − oa)(pb − ob) + (ob − xb)(pa − oa) ≥ 0.
    while (size >= 2) {
      const o = chain[size - 2] as number;
      const x = chain[size - 1] as number;
      const oa = groupA[o] as number;
      const ob = groupB[o] as number;
      if (productSumSign(groupA[x] as number, oa, pb, ob, ob, groupB[x] as number, pa, oa) < 0) break;
      size--;
    }
    chain[size++] = g;
  }
  const vertices = new Int32Array(size);
  const a = new Float64Array(size);
  const b = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const g = chain[k] as number;
    let point = members[starts[g] as number] as number;
    for (let j = (starts[g] as number) + 1; j < (starts[g + 1] as number); j++) {
      const other = members[j] as number;
      if ((ids[other] as string) < (ids[point] as string)) point = other;
    }
    vertices[k] = point;
    a[k] = groupA[g] as number;
    b[k] = groupB[g] as number;
  }
  return { vertices, a, b };
}

/**
 * The Nash point of the convex hull of a validated set relative to d (fairness.md §5): the maximiser of
 * (x_a − d_a)(x_b − d_b) over hull points strictly better than d for both partners. Edges are clipped to that
 * region rather than dropping options that are worse than d for one partner, since two such options can mix into
 * one that is better for both. Internal.
 */
export function hullNash(set: PointSet, d: Pair<number>, front: Front = frontOf(set)): HullNash {
  const { vertices, a, b } = hullChain(set, front);
  const h = vertices.length;
  // Along the chain a rises and b falls, so "better than d for a" holds on a suffix and "for b" on a prefix.
  let lo = 0;
  while (lo < h && !((a[lo] as number) > d.a)) lo++;
  let hi = h - 1;
  while (hi >= 0 && !((b[hi] as number) > d.b)) hi--;

  // The sign of the derivative of the Nash product at vertex x, moving in the direction to − from:
  // (to_a − from_a)(x_b − d_b) + (to_b − from_b)(x_a − d_a).
  const slope = (x: number, from: number, to: number): -1 | 0 | 1 =>
    productSumSign(
      a[to] as number,
      a[from] as number,
      b[x] as number,
      d.b,
      b[to] as number,
      b[from] as number,
      a[x] as number,
      d.a,
    );
  const vertex = (k: number): HullNash => ({ kind: 'vertex', index: vertices[k] as number });
  const inside = (k: number): HullNash => edge(set, d, vertices[k] as number, vertices[k + 1] as number);

  if (lo <= hi) {
    // Vertices lo..hi are strictly better than d for both. On that part of the chain the log of the product is
    // strictly concave, so the sign of the slope towards the next vertex falls from + to − exactly once: binary
    // search for the first vertex j where moving right does not help (the last vertex counts as such).
    const stops = (j: number): boolean => j === h - 1 || slope(j, j, j + 1) <= 0;
    let first = lo;
    let last = hi + 1; // hi + 1 means "none in lo..hi"
    while (first < last) {
      const middle = (first + last) >>> 1;
      if (stops(middle)) last = middle;
      else first = middle + 1;
    }
    const j = first;
    if (j > hi) return inside(hi); // still rising at hi: the peak comes before b's gain runs out
    if (j === 0) return vertex(0);
    // Coming from the left, the product is still rising at j: j is the peak. Otherwise it peaks inside the edge
    // before j (rising at j − 1, or j − 1 is not better for a and the product rises from 0 there).
    if (slope(j, j - 1, j) >= 0) return vertex(j);
    return inside(j - 1);
  }
  // No vertex is better for both. Only the edge from the last vertex better for b (P) to the first better for a
  // (R) can hold such points: where a's gain becomes 0 along it, b's gain must still be positive, which is
  // (R_a − P_a)(P_b − d_b) − (R_b − P_b)(P_a − d_a) > 0, i.e. d lies strictly below the line PR.
  if (hi >= 0 && lo === hi + 1 && lo < h) {
    const pa = a[hi] as number;
    const pb = b[hi] as number;
    if (productSumSign(a[lo] as number, pa, pb, d.b, pb, b[lo] as number, pa, d.a) > 0) return inside(hi);
  }
  return { kind: 'none' };
}

/**
 * The peak inside the edge from `left` to `right`, exactly: t* = −(Δa·(L_b − d_b) + Δb·(L_a − d_a)) / (2·Δa·Δb)
 * (fairness.md §5), and the point L + t*·Δ. The caller has shown that 0 < t* < 1 and that the point is strictly
 * better than d for both, so no clamping is needed.
 */
function edge(set: PointSet, d: Pair<number>, left: number, right: number): HullNash {
  const values = [
    set.a[left] as number,
    set.b[left] as number,
    set.a[right] as number,
    set.b[right] as number,
    d.a,
    d.b,
  ];
  const { ints, exponent } = scaledIntegers(values);
  const [la, lb, ra, rb, da, db] = ints as [bigint, bigint, bigint, bigint, bigint, bigint];
  const deltaA = ra - la;
  const deltaB = rb - lb;
  const t = ratio(-(deltaA * (lb - db) + deltaB * (la - da)), 2n * deltaA * deltaB);
  // The coordinates, in units of 2^exponent, are (L·den + num·Δ)/den; fold the power of two into the ratio.
  const scale = (num: bigint, den: bigint): Ratio =>
    exponent >= 0 ? ratio(num << BigInt(exponent), den) : ratio(num, den << BigInt(-exponent));
  const point = { a: scale(la * t.den + t.num * deltaA, t.den), b: scale(lb * t.den + t.num * deltaB, t.den) };
  return { kind: 'edge', left, right, t, point };
}
