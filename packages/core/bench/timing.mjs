// @ts-check
// Timing helpers: warm up, then take the median of several samples, batching fast calls so the clock can see them.
import { performance } from 'node:perf_hooks';

/**
 * @typedef {object} Measurement
 * @property {number} medianMs median time of one call, in milliseconds
 * @property {number} samples how many samples the median was taken over
 * @property {number} batch how many calls each sample ran
 * @property {unknown} last the result of the last call, kept so the work cannot be optimised away
 */

/**
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  const lower = sorted[middle - 1] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
}

/**
 * Times `run`: a few warm-up calls, then up to `samples` timed samples; calls faster than `minSampleMs` are batched.
 * Sampling stops early, after at least three samples, once the samples have taken `budgetMs` in all.
 * @param {() => unknown} run
 * @param {{ samples: number; warmup: number; minSampleMs?: number; budgetMs?: number }} plan
 * @returns {Measurement}
 */
export function measure(run, plan) {
  const minSampleMs = plan.minSampleMs ?? 5;
  const budgetMs = plan.budgetMs ?? 2000;
  /** @type {unknown} */
  let last;
  let firstMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < plan.warmup; i++) {
    const start = performance.now();
    last = run();
    firstMs = Math.min(firstMs, performance.now() - start);
  }
  // Small inputs finish in microseconds; run them in batches so each sample lasts a few milliseconds.
  const batch = firstMs >= minSampleMs ? 1 : Math.min(10_000, Math.ceil(minSampleMs / Math.max(firstMs, 0.001)));
  /** @type {number[]} */
  const times = [];
  let spentMs = 0;
  while (times.length < plan.samples && (times.length < 3 || spentMs < budgetMs)) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) last = run();
    const elapsed = performance.now() - start;
    spentMs += elapsed;
    times.push(elapsed / batch);
  }
  return { medianMs: median(times), samples: times.length, batch, last };
}
