// @ts-check
// A tiny seeded PRNG so every bench run feeds the functions exactly the same inputs.

/**
 * Returns a generator of floats in [0, 1) from a 32-bit seed (the mulberry32 recurrence).
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws an integer in [min, max], both ends included.
 * @param {() => number} random
 * @param {number} min
 * @param {number} max
 * @returns {number}
 */
export function integerBetween(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * A random permutation of 0..n-1 (Fisher-Yates). Inputs are built in this order, so the objects also sit in memory
 * in array order, as an app would create them, while no function under test gets pre-sorted input for free.
 * @param {() => number} random
 * @param {number} n
 * @returns {Int32Array}
 */
export function permutation(random, n) {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = held;
  }
  return order;
}
