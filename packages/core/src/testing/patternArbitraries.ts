// Generators and helpers for the tests of patterns/. Not exported from the package.

import * as fc from 'fast-check';
import type { AuthenticityInput } from '../patterns/authenticityFinding.js';
import type { CheckInReading, FloodingSettings } from '../patterns/flooding.js';
import type { OutcomeOption } from '../patterns/outcomeFindings.js';
import type {
  CompromiseResponse,
  ProcessNeed,
  ProcessOption,
  ProcessRating,
  ProcessSnapshot,
} from '../patterns/processFindings.js';
import type { PartnerId } from '../schemas/partner.js';

// ── Text ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Phrases that flag, in several families and both languages, to mix into random text. */
const PHRASES = [
  'whatever you want',
  'my needs don\u2019t matter',
  'fine, I give up',
  'take it or leave it',
  'non-negotiable',
  'or else',
  "if you don't come, I'll leave you",
  "I'm such an idiot",
  'it\u2019s all my fault',
  "I'll kill you",
  'I want to die',
  "you'll regret it",
  'te voy a matar',
  'lo que t\u00FA quieras',
  'soy una in\u00FAtil',
  'I know where you live',
];

/** Pieces that stress the normaliser: breaks, quotes, apostrophes, negators, reporting, accents, astral and combining characters. */
const PIECES = [
  ' ',
  '  ',
  ', ',
  '. ',
  '! ',
  '? ',
  ';',
  '\n',
  '"',
  '\u201C',
  '\u201D',
  "'",
  '\u2018',
  '\u2019',
  '\u00AB',
  '\u00BB',
  '`',
  'not ',
  "don't ",
  'never ',
  'he said ',
  'I said ',
  'my friend told me ',
  'no ',
  '\u0130',
  '\u00DF',
  '\u{1F600}',
  '\u0301',
  'e\u0301',
  '\u00E9',
  '3.5',
  '-',
  '\u2014',
  'DONT',
  'u',
  'IM',
  '\uD800',
  '\uDC00',
];

/** A text made of flagging phrases, tricky pieces and random strings, at most a few hundred characters long. */
export const patternTextArbitrary: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Need labels as partners type them, some reading as strategies or demands, mixed with random pattern text. */
export const needLabelArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'Feeling heard',
    'Rest',
    'You need to call me every day',
    'I need you to listen',
    "I don't need you to fix it",
    'A new car',
    'Dinner out every Friday',
    'Being home by 6',
    'Que me escuches',
    'Un coche nuevo',
  ),
  patternTextArbitrary,
);

// ── Check-ins, outcomes and authenticity ─────────────────────────────────────────────────────────────────────

const partnerArbitrary = fc.constantFrom<PartnerId>('a', 'b');

/** A heart rate the flooding detectors accept: above 0 and at most 300, often a whole number. */
const heartRateArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 300 }),
  fc.double({ min: 0.5, max: 300, noNaN: true }),
);

/** A valid check-in reading, the heart rates sometimes missing (left out or null, as the machine sends them). */
export const checkInReadingArbitrary: fc.Arbitrary<CheckInReading> = fc.record(
  {
    distress: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })),
    heartRate: fc.option(heartRateArbitrary, { nil: null }),
    restingHeartRate: fc.option(heartRateArbitrary, { nil: null }),
  },
  { requiredKeys: ['distress'] },
);

/** Complete flooding settings anywhere in their valid ranges. */
export const floodingSettingsArbitrary: fc.Arbitrary<FloodingSettings> = fc.record({
  floodingBpm: fc.integer({ min: 1, max: 300 }),
  floodingPercentOverResting: fc.integer({ min: 0, max: 300 }),
  distressThreshold: fc.integer({ min: 0, max: 10 }),
});

/**
 * An option as the outcome detectors read it, with the extra fields an assessment's option carries (which the
 * public function's schema strips and the internal one ignores).
 */
export const outcomeOptionArbitrary: fc.Arbitrary<OutcomeOption> = fc.record({
  id: fc.constantFrom('status-quo', 'option-1', 'option-2', 'turns'),
  label: fc.string({ maxLength: 10 }),
  class: fc.oneof(
    fc.record({
      kind: fc.constant('oneSided' as const),
      subordinated: fc.subarray<PartnerId>(['a', 'b'], { minLength: 1 }),
    }),
    fc.record({ kind: fc.constantFrom('blocked' as const, 'compromise' as const, 'winWin' as const) }),
  ),
  coreUnmet: fc.record({ a: fc.subarray(['n1', 'n2', 'n3']), b: fc.subarray(['n4', 'n5']) }),
});

/** A valid answer to "how much does this agreement feel like your own choice?", the threshold sometimes left out. */
export const authenticityInputArbitrary: fc.Arbitrary<AuthenticityInput> = fc.record(
  {
    partner: partnerArbitrary,
    score: fc.integer({ min: 1, max: 5 }),
    threshold: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ['partner', 'score'] },
);

// ── Process events ───────────────────────────────────────────────────────────────────────────────────────────

/** Plain events a session could fold into a {@link ProcessSnapshot}; they show how a machine keeps one. */
export type ProcessEvent =
  | { type: 'need.set'; partner: PartnerId; need: ProcessNeed }
  | { type: 'need.remove'; partner: PartnerId; needId: string }
  /** Both partners' needs become visible to each other: the needs baseline is taken. */
  | { type: 'needs.reveal' }
  | { type: 'rating.set'; partner: PartnerId; rating: ProcessRating }
  /** Both partners' ratings become visible to each other: the ratings baseline is taken. */
  | { type: 'ratings.reveal' }
  | { type: 'option.add'; option: ProcessOption }
  | { type: 'compromise.answer'; partner: PartnerId; answer: CompromiseResponse };

type Lists<T> = { a: T[]; b: T[] };

function upsert<T>(list: readonly T[], item: T, same: (x: T) => boolean): T[] {
  return list.some(same) ? list.map((x) => (same(x) ? item : x)) : [...list, item];
}

/** Folds events into the snapshot the process detectors read; the status quo is an option from the start. */
export function foldProcessEvents(events: readonly ProcessEvent[]): ProcessSnapshot {
  let needs: Lists<ProcessNeed> = { a: [], b: [] };
  let ratings: Lists<ProcessRating> = { a: [], b: [] };
  let needsBaseline: Lists<ProcessNeed> | undefined;
  let ratingsBaseline: Lists<ProcessRating> | undefined;
  let options: ProcessOption[] = [{ id: 'status-quo', proposedBy: null }];
  const compromiseResponses: Lists<CompromiseResponse> = { a: [], b: [] };
  for (const event of events) {
    switch (event.type) {
      case 'need.set':
        needs = { ...needs, [event.partner]: upsert(needs[event.partner], event.need, (n) => n.id === event.need.id) };
        break;
      case 'need.remove':
        needs = { ...needs, [event.partner]: needs[event.partner].filter((n) => n.id !== event.needId) };
        break;
      case 'needs.reveal':
        needsBaseline = { a: [...needs.a], b: [...needs.b] };
        break;
      case 'rating.set': {
        const { rating } = event;
        const same = (r: ProcessRating): boolean => r.optionId === rating.optionId && r.needId === rating.needId;
        ratings = { ...ratings, [event.partner]: upsert(ratings[event.partner], rating, same) };
        break;
      }
      case 'ratings.reveal':
        ratingsBaseline = { a: [...ratings.a], b: [...ratings.b] };
        break;
      case 'option.add':
        options = upsert(options, event.option, (o) => o.id === event.option.id);
        break;
      case 'compromise.answer':
        compromiseResponses[event.partner].push(event.answer);
        break;
    }
  }
  return {
    needs,
    ratings,
    options,
    compromiseResponses,
    ...(needsBaseline === undefined ? {} : { needsBaseline }),
    ...(ratingsBaseline === undefined ? {} : { ratingsBaseline }),
  };
}

const needIdArbitrary = fc.constantFrom('n1', 'n2', 'n3', 'n4');
const optionIdArbitrary = fc.constantFrom('o1', 'o2', 'o3', 'o4');

/** One random process event over a few ids, so that rules meet each other often. */
export const processEventArbitrary: fc.Arbitrary<ProcessEvent> = fc.oneof(
  fc.record({
    type: fc.constant('need.set' as const),
    partner: partnerArbitrary,
    need: fc.record({
      id: needIdArbitrary,
      weight: fc.integer({ min: 1, max: 5 }),
      core: fc.boolean(),
      minimum: fc.integer({ min: 0, max: 10 }),
    }),
  }),
  fc.record({ type: fc.constant('need.remove' as const), partner: partnerArbitrary, needId: needIdArbitrary }),
  fc.constant({ type: 'needs.reveal' as const }),
  fc.record({
    type: fc.constant('rating.set' as const),
    partner: partnerArbitrary,
    rating: fc.record({ optionId: optionIdArbitrary, needId: needIdArbitrary, value: fc.integer({ min: 0, max: 10 }) }),
  }),
  fc.constant({ type: 'ratings.reveal' as const }),
  fc.record({
    type: fc.constant('option.add' as const),
    option: fc.record({ id: optionIdArbitrary, proposedBy: fc.constantFrom<PartnerId | null>('a', 'b', null) }),
  }),
  fc.record({
    type: fc.constant('compromise.answer' as const),
    partner: partnerArbitrary,
    answer: fc.record({ proposalId: fc.constantFrom('p1', 'p2', 'p3'), accept: fc.boolean() }),
  }),
);

/** The same event with partners a and b swapped. */
export function mirrorProcessEvent(event: ProcessEvent): ProcessEvent {
  const swap = (partner: PartnerId): PartnerId => (partner === 'a' ? 'b' : 'a');
  switch (event.type) {
    case 'need.set':
    case 'need.remove':
    case 'rating.set':
    case 'compromise.answer':
      return { ...event, partner: swap(event.partner) };
    case 'option.add':
      return {
        ...event,
        option: {
          ...event.option,
          proposedBy: event.option.proposedBy === null ? null : swap(event.option.proposedBy),
        },
      };
    default:
      return event;
  }
}
