// The Nash bargaining solution over options (fairness.md §3.1, §4 T3) and its take-turns variant (§5).
import type { Pair } from '../schemas/partner.js';
import { compareRatios, productSumSign, type Ratio, ratioToNumber } from './exact.js';
import { frontIds, frontOf } from './pareto.js';
import { IssueList, type OptionPoint, type PointSet, readBargainingInput, readKey } from './point.js';
import { hullNash } from './takeTurns.js';

/**
 * What {@link nashBargain} recommends: one option; a take-turns plan between two options; or, when no option (no
 * mix, with `turnTaking`) is strictly better than the disagreement point for both partners, `noMutualGain` with the
 * ids of the Pareto frontier (sorted by id) so the couple can look for new ideas from there.
 *
 * In `turns`, each part's `share` is the fraction of the time its option is chosen: `{ id: 'x', share: 0.25 }` means
 * "option x one time in four". The two shares add up to exactly 1, the parts are sorted by id, and `point` is the
 * satisfaction pair reached on average.
 */
export type NashResult =
  | { kind: 'option'; id: string; point: Pair<number> }
  | { kind: 'turns'; parts: [{ id: string; share: number }, { id: string; share: number }]; point: Pair<number> }
  | { kind: 'noMutualGain'; frontier: string[] };

/**
 * Options of {@link nashBargain}. `disagreement` is the point d the gains are measured from (the rated status quo,
 * fairness.md §1.3; default (0,0)); never derive it from the option set. `turnTaking: true` allows alternating
 * between two options (§5). Other keys are ignored.
 */
export type NashOptions = { disagreement?: Pair<number>; turnTaking?: boolean };

/**
 * The Nash bargaining solution (fairness.md §3.1, §4 T3): among options strictly better than the disagreement point
 * for both partners, the one with the largest product of gains, ties broken by the smallest id (JavaScript `<`).
 * With `turnTaking: true`, the Nash point of the convex hull instead (§5): one option, or two neighbouring options
 * taken in turns. Exact for any finite numbers (§4 T4); swapping a and b mirrors the answer; the option order never
 * matters. Throws an {@link InputError} for invalid input.
 *
 * @example
 * const points = [{ id: 'cinema', a: 20, b: 10 }, { id: 'hike', a: 10, b: 20 }];
 * nashBargain(points); // { kind: 'option', id: 'cinema', point: { a: 20, b: 10 } }: a tie, broken by id
 * nashBargain(points, { turnTaking: true });
 * // { kind: 'turns', parts: [{ id: 'cinema', share: 0.5 }, { id: 'hike', share: 0.5 }], point: { a: 15, b: 15 } }
 */
export function nashBargain(points: readonly OptionPoint[], options?: NashOptions): NashResult {
  const issues = new IssueList();
  const { set, settings, d } = readBargainingInput(points, options, issues);
  const turnTaking = readKey(settings, 'turnTaking', 'options', issues);
  if (turnTaking !== undefined && typeof turnTaking !== 'boolean')
    issues.add('options.turnTaking', 'must be true or false');
  issues.throwIfAny('nashBargain');
  return turnTaking === true ? hullResult(set, d) : optionResult(set, d);
}

/** The point of option `index` as a fresh pair. */
function pointOf(set: PointSet, index: number): Pair<number> {
  return { a: set.a[index] as number, b: set.b[index] as number };
}

/**
 * The index of the discrete Nash option (§4 T3), or -1 if no option gives both partners a strictly positive gain.
 * One pass; each comparison of products is exact (T4). Internal.
 */
export function nashOptionIndex(set: PointSet, d: Pair<number>): number {
  const { count, a, b, ids } = set;
  const da = d.a;
  const db = d.b;
  let best = -1;
  for (let i = 0; i < count; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (!(ai > da && bi > db)) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    // (ai − da)(bi − db) − (a_best − da)(b_best − db), written as a sum of two products.
    const sign = productSumSign(ai, da, bi, db, da, a[best] as number, b[best] as number, db);
    if (sign > 0 || (sign === 0 && (ids[i] as string) < (ids[best] as string))) best = i;
  }
  return best;
}

/** The Nash option of a validated set (nashBargain without turn-taking). Internal. */
export function optionResult(set: PointSet, d: Pair<number>): NashResult {
  const best = nashOptionIndex(set, d);
  if (best < 0) return { kind: 'noMutualGain', frontier: frontIds(set) };
  return { kind: 'option', id: set.ids[best] as string, point: pointOf(set, best) };
}

/** The Nash point of a validated set's hull (nashBargain with turn-taking). Internal. */
export function hullResult(set: PointSet, d: Pair<number>): NashResult {
  const front = frontOf(set);
  const found = hullNash(set, d, front);
  if (found.kind === 'none') return { kind: 'noMutualGain', frontier: frontIds(set, front) };
  if (found.kind === 'vertex')
    return { kind: 'option', id: set.ids[found.index] as string, point: pointOf(set, found.index) };
  const left = { id: set.ids[found.left] as string, weight: { num: found.t.den - found.t.num, den: found.t.den } };
  const right = { id: set.ids[found.right] as string, weight: found.t };
  // Round the smaller exact share and give the other 1 minus it: 1 − s is then within half an ulp of the exact
  // value and the two add up to exactly 1 in floating point. Which share is smaller, and the rounding, depend only
  // on the exact lottery, so swapping partners (which swaps left and right) gives the same shares.
  const leftIsSmaller = compareRatios(left.weight, right.weight) <= 0;
  const smaller = leftIsSmaller ? left : right;
  const larger = leftIsSmaller ? right : left;
  const smallShare = ratioToNumber(smaller.weight.num, smaller.weight.den);
  const parts: [{ id: string; share: number }, { id: string; share: number }] = [
    { id: smaller.id, share: smallShare },
    { id: larger.id, share: 1 - smallShare },
  ];
  if (parts[1].id < parts[0].id) parts.reverse();
  return { kind: 'turns', parts, point: { a: toNumber(found.point.a), b: toNumber(found.point.b) } };
}

function toNumber(value: Ratio): number {
  return ratioToNumber(value.num, value.den);
}
