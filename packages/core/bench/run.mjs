// @ts-check
// The fairness benchmark of issue #2 §5, run by `pnpm bench` after a build; see docs/fairness.md#performance.
// Plain output is informative; `--check` also exits with 1 when a target is missed.
import { cpus, loadavg } from 'node:os';
import { readPoints, readRatings } from './baselines.mjs';
import { assessInput, frontierPoints, NEEDS_PER_PARTNER, scatteredPoints } from './inputs.mjs';
import { formatCount, formatMs, formatNs, formatRatio, markdownTable } from './table.mjs';
import { measure } from './timing.mjs';

// Node 20 cannot load .ts, so the bench runs the build; the types come from the sources, which the build mirrors.
/** @type {typeof import('../src/index.js')} */
const core = await import(new URL('../dist/index.js', import.meta.url).href);

const check = process.argv.includes('--check');
// Sampled before the bench adds its own load: other work on the machine slows every figure down.
const load = loadavg()[0] ?? 0;

/** @typedef {import('./inputs.mjs').Point} Point */
/** @typedef {import('./timing.mjs').Measurement} Measurement */
/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} input
 * @property {number} n items in the input (points, or options for assessOptions)
 * @property {number} ms median time of one call; NaN when the call threw
 * @property {number} baselineMs
 * @property {string} result a short summary of the output, or the error
 */

/** Warm-up calls and timed samples per size: fewer for big inputs, so the whole run stays well under a minute. */
const POINT_PLANS = new Map([
  [1e3, { warmup: 20, samples: 15 }],
  [1e4, { warmup: 10, samples: 11 }],
  [1e5, { warmup: 4, samples: 11 }],
  [1e6, { warmup: 1, samples: 5 }],
]);
const ASSESS_PLANS = new Map([
  [1e3, { warmup: 5, samples: 11 }],
  [1e4, { warmup: 3, samples: 9 }],
  [1e5, { warmup: 1, samples: 5 }],
]);

const TARGET_MS_POINTS = 50;
const TARGET_GROWTH = 12;
const TARGET_BASELINE_RATIO = 5;
const TARGET_MS_ASSESS = 300;

/**
 * Runs `run` under `plan`, turning a thrown error into a row result instead of stopping the bench.
 * @param {() => unknown} run
 * @param {{ warmup: number; samples: number }} plan
 * @param {(output: unknown) => string} summarise
 * @returns {{ ms: number; result: string }}
 */
function timeCall(run, plan, summarise) {
  try {
    const measured = measure(run, plan);
    return { ms: measured.medianMs, result: summarise(measured.last) };
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ms: Number.NaN, result: `threw ${text.slice(0, 80)}` };
  }
}

/**
 * @param {unknown} output
 * @returns {string}
 */
function summariseNash(output) {
  const result = /** @type {ReturnType<typeof core.nashBargain>} */ (output);
  if (result.kind === 'turns') return `turns ${result.parts[0].id} / ${result.parts[1].id}`;
  if (result.kind === 'option') return `option ${result.id}`;
  return `noMutualGain (${result.frontier.length} on front)`;
}

/** @type {{ input: string; generate: (n: number, seed: number) => Point[] }[]} */
const POINT_INPUTS = [
  { input: 'scattered', generate: scatteredPoints },
  { input: 'all on front', generate: frontierPoints },
];

/** @type {Row[]} */
const rows = [];

for (const [n, plan] of POINT_PLANS) {
  for (const { input, generate } of POINT_INPUTS) {
    const points = generate(n, 0x5eed + n);
    const baselineMs = measure(() => readPoints(points), { warmup: plan.warmup * 2, samples: plan.samples }).medianMs;
    /** @type {[string, () => unknown, (output: unknown) => string][]} */
    const calls = [
      ['paretoFront', () => core.paretoFront(points), (out) => `front ${/** @type {Point[]} */ (out).length}`],
      ['nashBargain', () => core.nashBargain(points), summariseNash],
      ['nashBargain turns', () => core.nashBargain(points, { turnTaking: true }), summariseNash],
    ];
    for (const [name, run, summarise] of calls) {
      const { ms, result } = timeCall(run, plan, summarise);
      rows.push({ name, input, n, ms, baselineMs, result });
    }
  }
}

for (const [n, plan] of ASSESS_PLANS) {
  const input = assessInput(n, 0xa55e55 + n);
  const baselineMs = measure(() => readRatings(input), { warmup: plan.warmup * 2, samples: plan.samples }).medianMs;
  const { ms, result } = timeCall(
    () => core.assessOptions(input),
    plan,
    (out) => `recommends ${summariseNash(/** @type {ReturnType<typeof core.assessOptions>} */ (out).recommendation)}`,
  );
  rows.push({
    name: 'assessOptions',
    input: `${NEEDS_PER_PARTNER}+${NEEDS_PER_PARTNER} needs`,
    n,
    ms,
    baselineMs,
    result,
  });
}

/**
 * @param {string} name
 * @param {string} input
 * @param {number} n
 * @returns {Row | undefined}
 */
const find = (name, input, n) => rows.find((row) => row.name === name && row.input === input && row.n === n);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Fairness bench: Node ${process.version}, ${cpus().length} cores (${cpu.trim()}), load average ${load.toFixed(1)}`,
);
if (load > cpus().length)
  console.log('The machine is busy with other work: expect slower and noisier times than on an idle one.');
console.log('Median of several runs after warm-up; the baseline only reads the same numbers once.\n');
console.log(
  markdownTable(
    ['function', 'input', 'n', 'median', 'per item', 'baseline', 'vs baseline', 'result'],
    rows.map((row) => [
      row.name,
      row.input,
      formatCount(row.n),
      formatMs(row.ms),
      formatNs((row.ms * 1e6) / row.n),
      formatMs(row.baselineMs),
      formatRatio(row.ms / row.baselineMs),
      row.result,
    ]),
    [false, false, true, true, true, true, true, false],
  ),
);

/** @type {string[][]} */
const growthRows = [];
/** @type {{ label: string; pass: boolean; detail: string }[]} */
const targets = [];
for (const name of ['paretoFront', 'nashBargain', 'nashBargain turns']) {
  for (const { input } of POINT_INPUTS) {
    const at1e5 = find(name, input, 1e5);
    const at1e6 = find(name, input, 1e6);
    const ms5 = at1e5?.ms ?? Number.NaN;
    const growth = (at1e6?.ms ?? Number.NaN) / ms5;
    const ratio = ms5 / (at1e5?.baselineMs ?? Number.NaN);
    const baselineGrowth = (at1e6?.baselineMs ?? Number.NaN) / (at1e5?.baselineMs ?? Number.NaN);
    growthRows.push([
      name,
      input,
      formatMs(ms5),
      formatMs(at1e6?.ms ?? Number.NaN),
      formatRatio(growth),
      formatRatio(baselineGrowth),
    ]);
    // NaN (a call that threw) compares false, so it counts as a miss.
    targets.push(
      {
        label: `${name} (${input}) on 1e5 points < ${TARGET_MS_POINTS} ms`,
        pass: ms5 < TARGET_MS_POINTS,
        detail: formatMs(ms5),
      },
      {
        label: `${name} (${input}) growth 1e5 -> 1e6 <= ${TARGET_GROWTH}x`,
        pass: growth <= TARGET_GROWTH,
        detail: formatRatio(growth),
      },
      {
        label: `${name} (${input}) on 1e5 points <= ${TARGET_BASELINE_RATIO}x baseline`,
        pass: ratio <= TARGET_BASELINE_RATIO,
        detail: formatRatio(ratio),
      },
    );
  }
}
const assess = find('assessOptions', `${NEEDS_PER_PARTNER}+${NEEDS_PER_PARTNER} needs`, 1e5);
targets.push({
  label: `assessOptions on 1e5 options < ${TARGET_MS_ASSESS} ms`,
  pass: (assess?.ms ?? Number.NaN) < TARGET_MS_ASSESS,
  detail: formatMs(assess?.ms ?? Number.NaN),
});

console.log(
  '\nGrowth from 1e5 to 1e6 points (n log n predicts about 12x; the baseline shows what memory alone costs):\n',
);
console.log(
  markdownTable(['function', 'input', '1e5', '1e6', 'growth', 'baseline growth'], growthRows, [
    false,
    false,
    true,
    true,
    true,
    true,
  ]),
);

console.log('\nTargets (issue #2 §5):\n');
for (const target of targets) console.log(`${target.pass ? 'PASS' : 'MISS'}  ${target.label}: ${target.detail}`);
const missed = targets.filter((target) => !target.pass).length;
console.log(`\n${targets.length - missed} of ${targets.length} targets met.`);
if (check && missed > 0) process.exitCode = 1;
