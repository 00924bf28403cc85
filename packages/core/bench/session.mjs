// @ts-check
// The session benchmark of issue #3 §4: events per second for a whole session (setup to agreed), the cost of one
// call of the language detectors at realistic text lengths, and the per-call cost of what a UI and a host call
// around the machine (selectView, serializeSession, restoreSession, parseSessionEvent).
// Run after a build: `npx tsc -p tsconfig.build.json && node bench/session.mjs` (add `--json` for machine-readable
// output). Standalone: it shares no helpers with bench/run.mjs, so either can change without the other.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';

// Node 20 cannot load .ts, so the bench runs the build; the types come from the sources, which the build mirrors.
/** @type {typeof import('../src/index.js') & Record<string, unknown>} */
const core = await import(new URL('../dist/index.js', import.meta.url).href);

/**
 * An export of the built package, or, while it is not yet listed in src/index.ts, the same export from its module.
 * @param {string} name
 * @param {string} modulePath
 * @returns {Promise<any>}
 */
async function exported(name, modulePath) {
  if (name in core) return core[name];
  const module = await import(new URL(`../dist/${modulePath}`, import.meta.url).href);
  if (!(name in module)) throw new Error(`${name} is neither exported from dist/index.js nor from dist/${modulePath}`);
  console.error(`note: ${name} is not exported from src/index.ts yet; loaded from dist/${modulePath}`);
  return module[name];
}

const sessionMachine = await exported('sessionMachine', 'machine/sessionMachine.js');
const selectView = await exported('selectView', 'machine/selectors.js');
const serializeSession = await exported('serializeSession', 'machine/persistence.js');
const restoreSession = await exported('restoreSession', 'machine/persistence.js');
const parseSessionEvent = await exported('parseSessionEvent', 'schemas/parseSessionEvent.js');
const detectLanguagePatterns = await exported('detectLanguagePatterns', 'patterns/detectLanguagePatterns.js');
const englishLexicon = await exported('englishLexicon', 'patterns/lexicon.en.js');

const json = process.argv.includes('--json');

// ---------------------------------------------------------------------------------------------------------------
// Timing: warm up, then the median of several samples; fast calls are batched so each sample lasts a few ms.

/**
 * @param {readonly number[]} values
 * @returns {number}
 */
function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** @type {unknown} */
let sink;

/**
 * The median time of one call of `run`, in milliseconds.
 * @param {() => unknown} run
 * @param {{ warmup?: number; samples?: number; minSampleMs?: number }} [plan]
 * @returns {number}
 */
function timeOf(run, plan = {}) {
  const { warmup = 20, samples = 15, minSampleMs = 10 } = plan;
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < warmup; i++) {
    const start = performance.now();
    sink = run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  const batch = fastest >= minSampleMs ? 1 : Math.min(100_000, Math.ceil(minSampleMs / Math.max(fastest, 0.0005)));
  /** @type {number[]} */
  const times = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink = run();
    times.push((performance.now() - start) / batch);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------------------------
// A whole session, setup to agreed, with the words partners really type (every text goes through the detectors).

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);
const MINUTE = 60_000;
const CLEAR = {
  afraid: 'no',
  hurt: 'no',
  threatened: 'no',
  controlled: 'no',
  isolated: 'no',
  money: 'no',
  speakUp: 'no',
};

/** @returns {Record<string, unknown>[]} */
function fullSession() {
  /** @type {Record<string, unknown>[]} */
  const events = [
    {
      type: 'setup.submit',
      names: { a: 'Ana', b: 'Bo' },
      topic: 'How we share the weekends',
      statusQuo: 'Each of us plans our own Saturday',
    },
    { type: 'safety.answer', partner: 'a', concern: false, answers: CLEAR },
    { type: 'safety.answer', partner: 'b', concern: false, answers: CLEAR },
    { type: 'checkIn.submit', partner: 'a', at: T0, distress: 3 },
    { type: 'checkIn.submit', partner: 'b', at: T0, distress: 4, heartRate: 74, restingHeartRate: 68 },
  ];
  const needs = {
    a: [
      ['rest', 'Some real rest after a long week', 4, true],
      ['adventure', 'A bit of adventure outdoors', 2, false],
      ['friends', 'Time to see my friends now and then', 3, false],
    ],
    b: [
      ['closeness', 'Feeling close to you at the weekend', 5, true],
      ['order', 'A tidy home before Monday', 2, false],
    ],
  };
  for (const partner of /** @type {const} */ (['a', 'b'])) {
    for (const [id, label, weight, isCore] of needs[partner]) {
      events.push({ type: 'need.add', partner, need: { id, label, weight, core: isCore, minimum: 6 } });
    }
  }
  events.push(
    {
      type: 'note.say',
      partner: 'a',
      text: 'I know this matters to you, and I want us both to enjoy Saturdays again.',
    },
    { type: 'needs.done', partner: 'a' },
    { type: 'needs.done', partner: 'b' },
    {
      type: 'reflection.submit',
      partner: 'b',
      text: 'You need to rest after the week, and some time outside and with friends.',
    },
    { type: 'reflection.confirm', partner: 'a', understood: 'partly' },
    {
      type: 'reflection.submit',
      partner: 'b',
      text: 'Rest matters most to you; adventure and friends matter too, a little less.',
    },
    { type: 'reflection.confirm', partner: 'a', understood: 'yes' },
    {
      type: 'reflection.submit',
      partner: 'a',
      text: 'You want to feel close to me at the weekend, and a calm, tidy home.',
    },
    { type: 'reflection.confirm', partner: 'b', understood: 'yes' },
    { type: 'option.add', partner: 'a', text: 'A slow morning together, then a short hike' },
    { type: 'option.add', partner: 'b', text: 'Tidy up together on Friday evening, free Saturday' },
    { type: 'option.add', partner: 'a', text: 'Alternate Saturdays between our plans' },
    { type: 'options.done', partner: 'b' },
  );
  const options = ['status-quo', 'option-1', 'option-2', 'option-3'];
  const ratings = {
    a: { rest: [3, 8, 7, 6], adventure: [5, 8, 3, 6], friends: [6, 4, 5, 7] },
    b: { closeness: [2, 8, 7, 5], order: [4, 5, 9, 5] },
  };
  for (const partner of /** @type {const} */ (['a', 'b'])) {
    for (const [needId, values] of Object.entries(ratings[partner])) {
      for (const [index, optionId] of options.entries()) {
        events.push({ type: 'rating.set', partner, optionId, needId, value: values[index] });
      }
    }
    events.push({ type: 'ratings.done', partner });
  }
  events.push(
    { type: 'agreement.propose', partner: 'a', proposal: { kind: 'option', optionId: 'option-1' } },
    {
      type: 'agreement.respond',
      partner: 'a',
      at: T0 + 50 * MINUTE,
      accept: true,
      authenticity: 5,
      coreNeedsRespected: true,
    },
    {
      type: 'agreement.respond',
      partner: 'b',
      at: T0 + 51 * MINUTE,
      accept: true,
      authenticity: 4,
      coreNeedsRespected: true,
    },
  );
  return events;
}

const SESSION = fullSession();

/** Runs the whole session on a fresh actor and returns its final snapshot. */
function runSession() {
  const actor = createActor(sessionMachine, { input: {} }).start();
  for (const event of SESSION) actor.send(/** @type {import("../src/index.js").SessionEvent} */ (event));
  return actor.getSnapshot();
}

const finalSnapshot = runSession();
const finalStep = typeof finalSnapshot.value === 'string' ? finalSnapshot.value : JSON.stringify(finalSnapshot.value);
if (finalStep !== 'agreed') throw new Error(`the scripted session must end agreed; it ended in ${finalStep}`);

/** A session at review, for the per-call costs a UI pays on every render. */
function reviewSnapshot() {
  const actor = createActor(sessionMachine, { input: {} }).start();
  for (const event of SESSION.slice(0, -3)) actor.send(/** @type {import("../src/index.js").SessionEvent} */ (event));
  return actor.getSnapshot();
}
const review = reviewSnapshot();
const reviewText = serializeSession(review);

// ---------------------------------------------------------------------------------------------------------------
// Texts of realistic length for the detectors: everyday sentences, a few of them carrying the patterns looked for.

const SENTENCES = [
  'I would really like us to find a plan that works for both of us.',
  'Honestly, whatever you want is fine, my needs do not matter much.',
  'I feel tired after the week and I need some quiet time on Saturday morning.',
  'We could try a slow breakfast and then decide together what comes next.',
  'Take it or leave it, this is how it is going to be.',
  'I am such an idiot for forgetting about your plans again.',
  'When you make plans without asking me I feel left out and a bit sad.',
  'It would help me a lot if we talked about money before the weekend.',
];

/**
 * Words from the sentences above, cut at a word boundary to about `length` characters.
 * @param {number} length
 * @returns {string}
 */
function textOf(length) {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  const cut = text.lastIndexOf(' ', length);
  return text.slice(0, cut > 0 ? cut : length).trim();
}

// ---------------------------------------------------------------------------------------------------------------

/** @type {{ what: string; input: string; perCallMs: number; perSecond: number }[]} */
const rows = [];

/**
 * @param {string} what
 * @param {string} input
 * @param {number} perCallMs
 */
function record(what, input, perCallMs) {
  rows.push({ what, input, perCallMs, perSecond: 1000 / perCallMs });
}

const sessionMs = timeOf(runSession, { warmup: 10, samples: 15, minSampleMs: 50 });
record('whole session, setup to agreed', `${SESSION.length} events`, sessionMs);
rows.push({
  what: 'events in a whole session',
  input: 'per event',
  perCallMs: sessionMs / SESSION.length,
  perSecond: (SESSION.length * 1000) / sessionMs,
});

for (const length of [20, 200, 2000]) {
  const text = textOf(length);
  record(
    'detectLanguagePatterns (en + es)',
    `${text.length} chars`,
    timeOf(() => detectLanguagePatterns(text)),
  );
  record(
    'detectLanguagePatterns (en only)',
    `${text.length} chars`,
    timeOf(() => detectLanguagePatterns(text, { lexicons: [englishLexicon] })),
  );
}

record(
  'selectView',
  'review, partner a',
  timeOf(() => selectView(review, 'a')),
);
record(
  'selectView',
  'review, shared',
  timeOf(() => selectView(review, 'shared')),
);
record(
  'serializeSession',
  `review, ${reviewText.length} chars out`,
  timeOf(() => serializeSession(review)),
);
record(
  'restoreSession',
  `review, ${reviewText.length} chars in`,
  timeOf(() => restoreSession(reviewText)),
);
record(
  'parseSessionEvent',
  'a need.add',
  timeOf(() => parseSessionEvent(SESSION[5])),
);

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  load: Number((loadavg()[0] ?? 0).toFixed(2)),
};

if (json) {
  console.log(JSON.stringify({ machine, rows }, null, 2));
} else {
  const format = (/** @type {number} */ ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
  const count = (/** @type {number} */ n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
  console.log(`Session benchmark: Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, load ${machine.load}`);
  console.log('');
  console.log('| what | input | per call | per second |');
  console.log('|---|---|---:|---:|');
  for (const row of rows)
    console.log(`| ${row.what} | ${row.input} | ${format(row.perCallMs)} | ${count(row.perSecond)} |`);
}
void sink;
