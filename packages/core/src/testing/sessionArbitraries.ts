// Test helpers for the session machine: scripted event sequences that walk a session to each step, and
// fast-check arbitraries for valid and malformed events. Not exported from the package.
import { fc } from '@fast-check/vitest';
import type { FlowStep } from '../machine/machineStep.js';
import { SESSION_EVENT_TYPES, type SessionEvent } from '../schemas/events.js';
import type { NeedInput } from '../schemas/need.js';
import type { PartnerId } from '../schemas/partner.js';

/** A fixed start time for scripted sessions (2025-01-01T09:00Z), so tests never read a clock. */
export const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);

/** One minute in milliseconds. */
export const MINUTE = 60_000;

/** Screening answers that clear the screen: "no" to every question. */
export const CLEAR_ANSWERS = {
  afraid: 'no',
  hurt: 'no',
  threatened: 'no',
  controlled: 'no',
  isolated: 'no',
  money: 'no',
  speakUp: 'no',
} as const;

/** The needs the scripts give each partner; `a` has one core need and one flexible, `b` one core need. */
export const SCRIPT_NEEDS: { a: NeedInput[]; b: NeedInput[] } = {
  a: [
    { id: 'rest', label: 'Time to rest', weight: 4, core: true, minimum: 6 },
    { id: 'fun', label: 'Adventure', weight: 2, core: false },
  ],
  b: [{ id: 'closeness', label: 'Closeness', weight: 5, core: true, minimum: 6 }],
};

/** The ids the two scripted options get from the machine's counter. */
export const SCRIPT_OPTIONS = ['option-1', 'option-2'] as const;

/**
 * Ratings for the scripts: `option-1` meets both core needs and improves on the status quo for both (the one to
 * recommend), `option-2` fails `b`'s core need, the status quo fails both.
 */
export const SCRIPT_RATINGS: { partner: PartnerId; optionId: string; needId: string; value: number }[] = [
  { partner: 'a', optionId: 'status-quo', needId: 'rest', value: 3 },
  { partner: 'a', optionId: 'status-quo', needId: 'fun', value: 2 },
  { partner: 'a', optionId: 'option-1', needId: 'rest', value: 8 },
  { partner: 'a', optionId: 'option-1', needId: 'fun', value: 7 },
  { partner: 'a', optionId: 'option-2', needId: 'rest', value: 9 },
  { partner: 'a', optionId: 'option-2', needId: 'fun', value: 9 },
  { partner: 'b', optionId: 'status-quo', needId: 'closeness', value: 2 },
  { partner: 'b', optionId: 'option-1', needId: 'closeness', value: 8 },
  { partner: 'b', optionId: 'option-2', needId: 'closeness', value: 3 },
];

/** Scripted event sequences; each `to<Step>` ends with the session in that step. */
export const script = {
  setup: (): SessionEvent[] => [
    { type: 'setup.submit', names: { a: 'Ana', b: 'Bo' }, topic: 'How we spend Saturdays' },
  ],
  clearScreens: (): SessionEvent[] => [
    { type: 'safety.answer', partner: 'a', concern: false, answers: CLEAR_ANSWERS },
    { type: 'safety.answer', partner: 'b', concern: false, answers: CLEAR_ANSWERS },
  ],
  calmCheckIns: (at = T0): SessionEvent[] => [
    { type: 'checkIn.submit', partner: 'a', at, distress: 3 },
    { type: 'checkIn.submit', partner: 'b', at, distress: 4, heartRate: 72, restingHeartRate: 70 },
  ],
  needs: (): SessionEvent[] => [
    ...SCRIPT_NEEDS.a.map((need): SessionEvent => ({ type: 'need.add', partner: 'a', need })),
    ...SCRIPT_NEEDS.b.map((need): SessionEvent => ({ type: 'need.add', partner: 'b', need })),
    { type: 'needs.done', partner: 'a' },
    { type: 'needs.done', partner: 'b' },
  ],
  understanding: (): SessionEvent[] => [
    { type: 'reflection.submit', partner: 'b', text: 'You need real rest, and some adventure too.' },
    { type: 'reflection.confirm', partner: 'a', understood: 'yes' },
    { type: 'reflection.submit', partner: 'a', text: 'You need to feel close to me on weekends.' },
    { type: 'reflection.confirm', partner: 'b', understood: 'yes' },
  ],
  options: (): SessionEvent[] => [
    { type: 'option.add', partner: 'a', text: 'A slow morning together, then a short hike' },
    { type: 'option.add', partner: 'b', text: 'Alternate weekends between plans' },
    { type: 'options.done', partner: 'a' },
  ],
  ratings: (): SessionEvent[] => [
    ...SCRIPT_RATINGS.map((rating): SessionEvent => ({ type: 'rating.set', ...rating })),
    { type: 'ratings.done', partner: 'a' },
    { type: 'ratings.done', partner: 'b' },
  ],
};

/** The events that take a new session to each working step, keyed by the step reached. */
export const PATH_TO: Record<Exclude<FlowStep, 'agreement'>, () => SessionEvent[]> = {
  setup: () => [],
  safetyCheck: () => script.setup(),
  checkIn: () => [...script.setup(), ...script.clearScreens()],
  needs: () => [...PATH_TO.checkIn(), ...script.calmCheckIns()],
  understanding: () => [...PATH_TO.needs(), ...script.needs()],
  options: () => [...PATH_TO.understanding(), ...script.understanding()],
  rating: () => [...PATH_TO.options(), ...script.options()],
  review: () => [...PATH_TO.rating(), ...script.ratings()],
};

/** The same event sent by the other partner: `a` and `b` swapped wherever they appear (partner, names). */
export function mirrorEvent(event: SessionEvent): SessionEvent {
  const swapped: Record<string, unknown> = { ...event };
  if ('partner' in event && event.partner !== undefined) swapped.partner = event.partner === 'a' ? 'b' : 'a';
  if (event.type === 'setup.submit') swapped.names = { a: event.names.b, b: event.names.a };
  return swapped as SessionEvent;
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

/** Either partner. */
export const partnerArb: fc.Arbitrary<PartnerId> = fc.constantFrom('a', 'b');

/** A time near {@link T0}, within two days, in whole milliseconds. */
export const atArb: fc.Arbitrary<number> = fc.integer({ min: T0, max: T0 + 2 * 24 * 60 * MINUTE });

/** Short free text of the kind partners write, sometimes with words the pattern detectors look for. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'I need time to rest',
    'whatever you want',
    'my needs do not matter',
    'take it or leave it',
    'I am such an idiot',
    'Let us try a slow morning',
    'You always decide',
    'I would like more closeness',
  ),
  // Labels are trimmed, so text must keep something besides spaces to be well-formed.
  fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0),
);

/** A need as a partner would add it, with an id from a small pool so updates and removals hit existing needs. */
export const needArb: fc.Arbitrary<NeedInput> = fc.record(
  {
    id: fc.constantFrom('n1', 'n2', 'n3', 'rest', 'closeness'),
    label: textArb,
    weight: fc.integer({ min: 1, max: 5 }),
    core: fc.boolean(),
    minimum: fc.integer({ min: 0, max: 10 }),
    category: fc.constantFrom('rest', 'connection'),
  },
  { requiredKeys: ['id', 'label', 'weight', 'core'] },
);

const optionIdArb = fc.constantFrom('status-quo', 'option-1', 'option-2', 'option-3');
const needIdArb = fc.constantFrom('n1', 'n2', 'n3', 'rest', 'fun', 'closeness');

/** One well-formed event of any type (it may still be out of place in the current state). */
export const validEventArb: fc.Arbitrary<SessionEvent> = fc.oneof(
  fc.record({
    type: fc.constant('setup.submit' as const),
    names: fc.record({ a: fc.constant('Ana'), b: fc.constant('Bo') }),
    topic: textArb,
  }),
  fc.record({
    type: fc.constant('safety.answer' as const),
    partner: partnerArb,
    concern: fc.constant(false),
    answers: fc.constant(CLEAR_ANSWERS),
  }),
  fc.record({
    type: fc.constant('safety.answer' as const),
    partner: partnerArb,
    concern: fc.boolean(),
    answers: fc.dictionary(fc.constantFrom('afraid', 'hurt', 'money'), fc.constantFrom('no', 'yes', 'unsure')),
  }),
  fc.record({ type: fc.constant('safety.raise' as const), partner: partnerArb }),
  fc.record(
    {
      type: fc.constant('checkIn.submit' as const),
      partner: partnerArb,
      at: atArb,
      distress: fc.integer({ min: 0, max: 10 }),
      heartRate: fc.integer({ min: 50, max: 130 }),
      restingHeartRate: fc.integer({ min: 50, max: 90 }),
    },
    { requiredKeys: ['type', 'partner', 'at', 'distress'] },
  ),
  fc.record({ type: fc.constant('need.add' as const), partner: partnerArb, need: needArb }),
  fc.record({ type: fc.constant('need.update' as const), partner: partnerArb, need: needArb }),
  fc.record({ type: fc.constant('need.remove' as const), partner: partnerArb, needId: needIdArb }),
  fc.record({ type: fc.constant('needs.done' as const), partner: partnerArb }),
  fc.record({ type: fc.constant('reflection.submit' as const), partner: partnerArb, text: textArb }),
  fc.record({
    type: fc.constant('reflection.confirm' as const),
    partner: partnerArb,
    understood: fc.constantFrom('yes' as const, 'partly' as const, 'no' as const),
  }),
  fc.record({ type: fc.constant('option.add' as const), partner: partnerArb, text: textArb }),
  fc.record({ type: fc.constant('option.remove' as const), partner: partnerArb, optionId: optionIdArb }),
  fc.record({ type: fc.constant('options.done' as const), partner: partnerArb }),
  fc.record({
    type: fc.constant('rating.set' as const),
    partner: partnerArb,
    optionId: optionIdArb,
    needId: needIdArb,
    value: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({ type: fc.constant('ratings.done' as const), partner: partnerArb }),
  fc.record({
    type: fc.constant('agreement.propose' as const),
    partner: partnerArb,
    proposal: fc.oneof(
      fc.record({ kind: fc.constant('option' as const), optionId: optionIdArb }),
      fc.constant({ kind: 'takeTurns' as const }),
    ),
  }),
  fc.record({
    type: fc.constant('agreement.respond' as const),
    partner: partnerArb,
    at: atArb,
    accept: fc.boolean(),
    authenticity: fc.integer({ min: 1, max: 5 }),
    coreNeedsRespected: fc.boolean(),
  }),
  fc.record({ type: fc.constant('revise.needs' as const), partner: partnerArb }),
  fc.record({ type: fc.constant('revise.options' as const), partner: partnerArb }),
  fc.record({ type: fc.constant('session.park' as const), partner: partnerArb, at: atArb }),
  fc.record({ type: fc.constant('pause.request' as const), partner: partnerArb, at: atArb }),
  fc.record({ type: fc.constant('pause.resume' as const), partner: partnerArb, at: atArb }),
  fc.record({ type: fc.constant('break.next' as const), partner: partnerArb }),
  fc.record({
    type: fc.constant('break.choose' as const),
    partner: partnerArb,
    mode: fc.constantFrom('tender' as const, 'fierce' as const),
  }),
  fc.record({ type: fc.constant('note.say' as const), partner: partnerArb, text: textArb }),
  fc.record({
    type: fc.constant('flag.dismiss' as const),
    partner: partnerArb,
    flagId: fc.constantFrom('flag-1', 'flag-2', 'flag-3'),
  }),
  fc.record({ type: fc.constant('session.exit' as const) }),
);

/**
 * An event that does not match its type's schema: a known type with a wrong, missing or extra-wrong field, an
 * unknown type, or not an object at all. The machine must ignore every one of them.
 */
export const malformedEventArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    type: fc.constantFrom(...SESSION_EVENT_TYPES.filter((type) => type !== 'session.exit')),
    partner: fc.constantFrom('c', '', 1, null),
  }),
  fc.record({
    type: fc.constant('checkIn.submit'),
    partner: partnerArb,
    at: atArb,
    distress: fc.constantFrom(-1, 11, 2.5, '3'),
  }),
  fc.record({
    type: fc.constant('need.add'),
    partner: partnerArb,
    need: fc.record({ id: fc.constant(''), label: textArb, weight: fc.constant(3), core: fc.constant(true) }),
  }),
  fc.record({
    type: fc.constant('need.add'),
    partner: partnerArb,
    need: fc.record({
      id: fc.constant('n9'),
      label: fc.constant('   '),
      weight: fc.constant(3),
      core: fc.constant(true),
    }),
  }),
  fc.record({
    type: fc.constant('rating.set'),
    partner: partnerArb,
    optionId: optionIdArb,
    needId: needIdArb,
    value: fc.constantFrom(11, -1, 0.5),
  }),
  fc.record({ type: fc.constant('pause.resume'), partner: partnerArb, at: fc.constantFrom(-1, Number.NaN, '1000') }),
  fc.record({
    type: fc.constant('agreement.respond'),
    partner: partnerArb,
    at: atArb,
    accept: fc.constant(true),
    authenticity: fc.constantFrom(0, 6),
    coreNeedsRespected: fc.constant(true),
  }),
  fc.record({ type: fc.constant('note.say'), partner: partnerArb, text: fc.constantFrom('', '   ', 'x'.repeat(2001)) }),
  fc.record({ type: fc.constant('session.exit'), partner: fc.constant('c') }),
  fc.record({
    type: fc.string({ maxLength: 12 }).filter((type) => !(SESSION_EVENT_TYPES as readonly string[]).includes(type)),
  }),
);
