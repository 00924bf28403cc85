import type { CareMessageId } from '../i18n/messages/care.js';

/** A text with the names of the `{placeholders}` it expects, so a caller knows which params to pass. */
export type TextWithParams = { readonly id: CareMessageId; readonly params: readonly string[] };

/** One line of the breathing guide and how long the host may leave it on screen, in seconds. */
export type BreathingLine = { readonly line: CareMessageId; readonly seconds: number };

/**
 * The self-compassion pause's own lines: its title, the neutral note the other partner sees, skip and resume.
 * `partnerPausing` takes `{name}`.
 */
export const PAUSE_TEXTS = {
  title: { id: 'care.pause.title', params: [] },
  partnerPausing: { id: 'care.pause.partnerPausing', params: ['name'] },
  skip: { id: 'care.pause.skip', params: [] },
  resume: { id: 'care.pause.resume', params: [] },
} as const satisfies Record<string, TextWithParams>;

/**
 * The flooding break's texts (docs/concepts.md, "Flooding and the 20-minute break"): why it lasts at least twenty minutes, what to do meanwhile, agreeing a
 * return time, the countdown, asking for more time, passing the maximum, and the welcome back.
 */
export const BREAK_TEXTS = {
  title: { id: 'care.break.title', params: [] },
  why: { id: 'care.break.why', params: [] },
  minimum: { id: 'care.break.minimum', params: ['minutes'] },
  ideas: { id: 'care.break.ideas', params: [] },
  agreeReturn: { id: 'care.break.agreeReturn', params: ['earliest', 'latest'] },
  returnAt: { id: 'care.break.returnAt', params: ['time'] },
  remaining: { id: 'care.break.remaining', params: ['minutes'] },
  notYet: { id: 'care.break.notYet', params: ['minutes'] },
  needMoreTime: { id: 'care.break.needMoreTime', params: [] },
  pastMaximum: { id: 'care.break.pastMaximum', params: ['hours'] },
  welcomeBack: { id: 'care.break.welcomeBack', params: [] },
} as const satisfies Record<string, TextWithParams>;

/** The line that opens the breathing guide, shown once before the cycle. */
export const BREATHING_INTRO: CareMessageId = 'care.breathing.intro';

/**
 * One slow breath, in order: in, hold, out (longer than in, as the text says). The timings are our own gentle
 * default, not a figure from the research; a host may stretch or shorten them.
 */
export const BREATHING_CYCLE: readonly BreathingLine[] = [
  { line: 'care.breathing.in', seconds: 4 },
  { line: 'care.breathing.hold', seconds: 2 },
  { line: 'care.breathing.out', seconds: 6 },
];

/** The line that closes the breathing guide, grounding attention in the body. */
export const BREATHING_SETTLE: CareMessageId = 'care.breathing.settle';
