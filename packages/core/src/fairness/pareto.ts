// Pareto dominance and the Pareto frontier (fairness.md §2, properties PF-1..PF-4).
//
// Comparisons of doubles are exact, so the frontier needs no special arithmetic. The work is in the speed: a linear
// pre-filter removes every point dominated by one well-placed anchor (typically almost all of them), a radix sort on
// the IEEE bits orders the survivors by `a` (radixSort.ts), and the sweep of §2 keeps the frontier.
import type { Pair } from '../schemas/partner.js';
import { IssueList, type OptionPoint, type PointSet, readOptionPoints } from './point.js';
import { sortIndicesById, sortRecords } from './radixSort.js';

/**
 * Whether x Pareto-dominates y: at least as good for both partners and strictly better for one (fairness.md §2).
 *
 * @example
 * dominates({ a: 3, b: 2 }, { a: 3, b: 1 }); // true
 * dominates({ a: 3, b: 1 }, { a: 1, b: 3 }); // false: each is better for someone
 */
export function dominates(x: Pair<number>, y: Pair<number>): boolean {
  return x.a >= y.a && x.b >= y.b && (x.a > y.a || x.b > y.b);
}

/**
 * The Pareto frontier: every option that no other option dominates, in O(n log n) (fairness.md §2). Options with
 * identical points are all kept. Like `Array.prototype.filter` it returns the caller's own option objects (extra keys
 * such as a label included, nothing copied), sorted by id (JavaScript `<`, fairness.md §4 T1) so the result never
 * depends on the input order. Throws an {@link InputError} for invalid input.
 *
 * @example
 * paretoFront([{ id: 'x', a: 3, b: 1 }, { id: 'y', a: 1, b: 3 }, { id: 'z', a: 1, b: 1 }]);
 * // [{ id: 'x', a: 3, b: 1 }, { id: 'y', a: 1, b: 3 }]: z is dominated by both
 */
export function paretoFront(points: readonly OptionPoint[]): OptionPoint[] {
  const issues = new IssueList();
  const set = readOptionPoints(points, issues);
  issues.throwIfAny('paretoFront');
  return frontPoints(set);
}

/** The frontier of a validated set: the caller's own option objects, sorted by id. Internal. */
export function frontPoints(set: PointSet): OptionPoint[] {
  const { members } = frontOf(set);
  const order = sortIndicesById(members, set.ids);
  const points = new Array<OptionPoint>(order.length);
  for (let k = 0; k < order.length; k++) points[k] = set.source[order[k] as number] as OptionPoint;
  return points;
}

/** The frontier ids of a validated set, sorted by id. Internal. */
export function frontIds(set: PointSet, front: Front = frontOf(set)): string[] {
  const order = sortIndicesById(front.members, set.ids);
  const ids = new Array<string>(order.length);
  for (let k = 0; k < order.length; k++) ids[k] = set.ids[order[k] as number] as string;
  return ids;
}

/**
 * The frontier grouped by point: group g holds the indexes `members[starts[g]] .. members[starts[g + 1] - 1]`, which
 * all sit at (groupA[g], groupB[g]); groups run by strictly decreasing a (so strictly increasing b). Internal.
 */
export type Front = {
  readonly members: Int32Array;
  readonly starts: Int32Array;
  readonly groups: number;
  readonly groupA: Float64Array;
  readonly groupB: Float64Array;
};

/** Computes the frontier of a validated set (fairness.md §2 algorithm, after a dominance pre-filter). Internal. */
export function frontOf(set: PointSet): Front {
  const { count, a, b } = set;
  // Pre-filter: the point with the largest a + b is on the frontier (nothing can beat it in both coordinates without
  // beating its sum; ties are harmless) and usually dominates most others. The sum is only a heuristic; the
  // dominance test itself is exact.
  let anchor = 0;
  let bestSum = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const sum = (a[i] as number) + (b[i] as number);
    if (sum > bestSum) {
      bestSum = sum;
      anchor = i;
    }
  }
  const anchorA = a[anchor] as number;
  const anchorB = b[anchor] as number;
  // Count first, so typical inputs (a handful of survivors) allocate almost nothing.
  let m = 0;
  for (let i = 0; i < count; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (!(ai <= anchorA && bi <= anchorB && (ai < anchorA || bi < anchorB))) m++;
  }
  const survivors = new Int32Array(m);
  const survivorA = new Float64Array(m);
  const survivorB = new Float64Array(m);
  for (let i = 0, k = 0; k < m; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (ai <= anchorA && bi <= anchorB && (ai < anchorA || bi < anchorB)) continue;
    survivors[k] = i;
    survivorA[k] = ai;
    survivorB[k] = bi;
    k++;
  }
  // Sort by decreasing a; b travels along, so the sweep reads memory in sequence.
  const sorted = sortRecords(survivors, survivorA, survivorB, true);
  const sortedIndex = sorted.order;
  const sortedA = sorted.keys;
  const sortedB = sorted.payload;
  // Sweep (§2): within a group of equal a, only the largest b can be on the frontier, and only if it beats every b
  // seen in the groups of larger a.
  const members = new Int32Array(m);
  const starts = new Int32Array(m + 1);
  const groupA = new Float64Array(m);
  const groupB = new Float64Array(m);
  let memberCount = 0;
  let groups = 0;
  let bestB = Number.NEGATIVE_INFINITY;
  let start = 0;
  while (start < m) {
    const valueA = sortedA[start] as number;
    let end = start;
    let groupMax = Number.NEGATIVE_INFINITY;
    while (end < m && sortedA[end] === valueA) {
      const bk = sortedB[end] as number;
      if (bk > groupMax) groupMax = bk;
      end++;
    }
    if (groupMax > bestB) {
      starts[groups] = memberCount;
      groupA[groups] = valueA;
      groupB[groups] = groupMax;
      groups++;
      for (let k = start; k < end; k++) if (sortedB[k] === groupMax) members[memberCount++] = sortedIndex[k] as number;
      bestB = groupMax;
    }
    start = end;
  }
  starts[groups] = memberCount;
  return {
    members: members.subarray(0, memberCount),
    starts: starts.subarray(0, groups + 1),
    groups,
    groupA: groupA.subarray(0, groups),
    groupB: groupB.subarray(0, groups),
  };
}
