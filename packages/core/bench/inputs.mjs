// @ts-check
// Deterministic bench inputs. Satisfactions are integers, as the engine computes them (weighted sums of 0-10 ratings).
import { integerBetween, mulberry32, permutation } from './prng.mjs';

/** @typedef {{ id: string; a: number; b: number }} Point */
/** @typedef {'a' | 'b'} Partner */
/** @typedef {{ id: string; label: string; weight: number; core: boolean; minimum?: number }} BenchNeed */
/** @typedef {{ id: string; label: string; statusQuo?: boolean }} BenchOption */
/** @typedef {{ partner: Partner; optionId: string; needId: string; value: number }} BenchRating */
/** @typedef {{ needs: { a: BenchNeed[]; b: BenchNeed[] }; options: BenchOption[]; ratings: BenchRating[] }} BenchAssessInput */

/** Needs per partner, as in issue §5. */
export const NEEDS_PER_PARTNER = 5;

/**
 * Integer weights 1-5 for one partner's needs.
 * @param {() => number} random
 * @returns {number[]}
 */
function drawWeights(random) {
  return Array.from({ length: NEEDS_PER_PARTNER }, () => integerBetween(random, 1, 5));
}

/**
 * A weighted sum of fresh 0-10 ratings: the integer numerator N_p of fairness.md §1.1.
 * @param {() => number} random
 * @param {readonly number[]} weights
 * @returns {number}
 */
function drawNumerator(random, weights) {
  let sum = 0;
  for (const weight of weights) sum += weight * integerBetween(random, 0, 10);
  return sum;
}

/**
 * Typical options: each partner's satisfaction is a weighted sum of random ratings over 5 needs, so the points
 * crowd the middle of the square, repeat often, and only a handful are on the Pareto front.
 * @param {number} n
 * @param {number} seed
 * @returns {Point[]}
 */
export function scatteredPoints(n, seed) {
  const random = mulberry32(seed);
  const weights = { a: drawWeights(random), b: drawWeights(random) };
  /** @type {Point[]} */
  const points = new Array(n);
  for (let i = 0; i < n; i++) {
    points[i] = { id: `opt-${i}`, a: drawNumerator(random, weights.a), b: drawNumerator(random, weights.b) };
  }
  return points;
}

/**
 * The hard case: every point is on the Pareto front, along a concave curve (b falls by 1 to 3 for each step of a),
 * so the sweep keeps everything and the hull chain has to look at every point. In random order, so sorting is real work.
 * @param {number} n
 * @param {number} seed
 * @returns {Point[]}
 */
export function frontierPoints(n, seed) {
  const order = permutation(mulberry32(seed), n);
  /** @type {Point[]} */
  const points = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    // 2(n - i) falls by exactly 2 per step; the concave bump i(n - i)/n changes by less than 1, so b strictly falls.
    points[k] = { id: `opt-${i}`, a: i, b: 2 * (n - i) + Math.floor((i * (n - i)) / n) };
  }
  return points;
}

/**
 * A full assessOptions input: n options (one of them the status quo), 5 needs per partner with one or two core needs,
 * and every rating, listed in random order. Core needs are rated a little higher so most options stay feasible.
 * @param {number} n
 * @param {number} seed
 * @returns {BenchAssessInput}
 */
export function assessInput(n, seed) {
  const random = mulberry32(seed);
  /**
   * @param {Partner} partner
   * @returns {BenchNeed[]}
   */
  const needsOf = (partner) =>
    Array.from({ length: NEEDS_PER_PARTNER }, (_, k) => {
      /** @type {BenchNeed} */
      const need = {
        id: `${partner}-need-${k}`,
        label: `Need ${k + 1} of ${partner}`,
        weight: integerBetween(random, 1, 5),
        core: false,
      };
      if (k === 0) need.core = true; // default minimum (6)
      if (k === 1 && partner === 'b') {
        need.core = true;
        need.minimum = 4;
      }
      return need;
    });
  const needs = { a: needsOf('a'), b: needsOf('b') };
  const statusQuoIndex = integerBetween(random, 0, n - 1);
  /** @type {BenchOption[]} */
  const options = [];
  for (const i of permutation(random, n)) {
    const id = `opt-${i}`;
    options.push(
      i === statusQuoIndex ? { id, label: 'Keep things as they are', statusQuo: true } : { id, label: `Idea ${i}` },
    );
  }
  // Draw every rating in a fixed order, then list them in a random order (slot = option, partner, need).
  const perOption = 2 * NEEDS_PER_PARTNER;
  const values = new Uint8Array(n * perOption);
  for (let slot = 0; slot < values.length; slot++) {
    const partner = Math.floor((slot % perOption) / NEEDS_PER_PARTNER) === 0 ? 'a' : 'b';
    const need = /** @type {BenchNeed} */ (needs[partner][slot % NEEDS_PER_PARTNER]);
    values[slot] = need.core ? integerBetween(random, 3, 10) : integerBetween(random, 0, 10);
  }
  /** @type {BenchRating[]} */
  const ratings = [];
  for (const slot of permutation(random, values.length)) {
    const partner = Math.floor((slot % perOption) / NEEDS_PER_PARTNER) === 0 ? 'a' : 'b';
    const need = /** @type {BenchNeed} */ (needs[partner][slot % NEEDS_PER_PARTNER]);
    ratings.push({
      partner,
      optionId: `opt-${Math.floor(slot / perOption)}`,
      needId: need.id,
      value: values[slot] ?? 0,
    });
  }
  return { needs, options, ratings };
}
