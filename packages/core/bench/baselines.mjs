// @ts-check
// Baselines that read the same numbers exactly once and do nothing else: the floor any algorithm must pay.

/**
 * Sums every a and b of the points.
 * @param {readonly { a: number; b: number }[]} points
 * @returns {number}
 */
export function readPoints(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const point = /** @type {{ a: number; b: number }} */ (points[i]);
    sum += point.a + point.b;
  }
  return sum;
}

/**
 * Sums every rating value of an assessOptions input.
 * @param {{ ratings: readonly { value: number }[] }} input
 * @returns {number}
 */
export function readRatings(input) {
  let sum = 0;
  const { ratings } = input;
  for (let i = 0; i < ratings.length; i++) sum += /** @type {{ value: number }} */ (ratings[i]).value;
  return sum;
}
