// Timing for the speed smoke tests. Not exported from the package.

/**
 * The shortest of `runs` timed calls of `body`, in milliseconds: a machine busy with other work slows some runs,
 * so the best one is what a smoke test compares with its limit, and it does not turn flaky.
 */
export function fastestRun(runs: number, body: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    body();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
