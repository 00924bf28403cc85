import * as z from 'zod/mini';
import type { CareMessageId } from '../i18n/messages/care.js';

/**
 * The private safety screen each partner answers alone before any joint work, one id per domain of the North Dakota
 * screening form (Form F; docs/concepts.md, "Safety"): fear, physical harm, threats (to hurt, kill, or of suicide), control of decisions,
 * isolation, money, and what happens when you speak your mind. Every question is worded so that `'no'` is the safe answer.
 */
export const SCREENING_QUESTIONS = [
  'afraid',
  'hurt',
  'threatened',
  'controlled',
  'isolated',
  'money',
  'speakUp',
] as const;

/** One question of the safety screen. */
export type ScreeningQuestionId = (typeof SCREENING_QUESTIONS)[number];

/** The three answers a person can give; `'unsure'` counts as a concern, because doubt is a reason for care. */
export const ScreeningAnswerSchema = z.enum(['no', 'yes', 'unsure'], { error: 'must be "no", "yes" or "unsure"' });
export type ScreeningAnswer = z.infer<typeof ScreeningAnswerSchema>;

/** A complete screen: one answer for each of the seven questions. */
export const ScreeningAnswersSchema = z.object(
  {
    afraid: ScreeningAnswerSchema,
    hurt: ScreeningAnswerSchema,
    threatened: ScreeningAnswerSchema,
    controlled: ScreeningAnswerSchema,
    isolated: ScreeningAnswerSchema,
    money: ScreeningAnswerSchema,
    speakUp: ScreeningAnswerSchema,
  },
  { error: 'must be an object with one answer per screening question' },
);
export type ScreeningAnswers = z.infer<typeof ScreeningAnswersSchema>;

/** What the screen shows for one question: a short neutral question and a line of examples beneath it. */
export type ScreeningItem = {
  readonly id: ScreeningQuestionId;
  readonly question: CareMessageId;
  readonly hint: CareMessageId;
};

/** The screen's questions in the order they are asked, each with its message ids. */
export const SCREENING_ITEMS: readonly ScreeningItem[] = SCREENING_QUESTIONS.map((id) => ({
  id,
  question: `care.screening.${id}.question`,
  hint: `care.screening.${id}.hint`,
}));

/** The label of each answer button, in the order they are shown. */
export const SCREENING_ANSWER_LABELS: Readonly<Record<ScreeningAnswer, CareMessageId>> = {
  no: 'care.screening.answer.no',
  yes: 'care.screening.answer.yes',
  unsure: 'care.screening.answer.unsure',
};

/** The texts around the questions: title, privacy promise, the "not safe to answer now" exit, results and the later re-check. */
export const SCREENING_TEXTS = {
  title: 'care.screening.title',
  intro: 'care.screening.intro',
  why: 'care.screening.why',
  unsureNote: 'care.screening.unsureNote',
  notSafeNow: 'care.screening.notSafeNow',
  notSafeNowHint: 'care.screening.notSafeNowHint',
  recheck: 'care.screening.recheck.question',
  resultClear: 'care.screening.result.clear',
  resultConcern: 'care.screening.result.concern',
} as const satisfies Record<string, CareMessageId>;

// Answers that mean "be careful". Anything that is not exactly 'no' is treated the same way by the code below.
const CONCERNING: ReadonlySet<unknown> = new Set<unknown>(['yes', 'unsure']);

/**
 * True when any answer is `'yes'` or `'unsure'`, or any question is unanswered: the screen fails closed.
 * Only an object holding exactly `'no'` for all seven questions (as its own properties) clears it; anything else,
 * including `null`, a garbled value, an answer from an unknown question that reads `'yes'` or `'unsure'`, or an object
 * that throws when read, raises concern. It never throws: a safety check that cannot run must take the cautious path
 * (docs/concepts.md, "Safety mode"), and an exception could be caught and ignored somewhere up the stack.
 *
 * @example
 * screeningRaisesConcern({ afraid: 'no', hurt: 'no' }); // true: five questions unanswered
 */
export function screeningRaisesConcern(answers: Partial<Record<string, unknown>>): boolean {
  try {
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return true;
    for (const id of SCREENING_QUESTIONS) {
      if (!Object.hasOwn(answers, id) || answers[id] !== 'no') return true;
    }
    // A key from another version of the screen is not ours to interpret, but a 'yes' there is still a 'yes'.
    return Object.values(answers).some((value) => CONCERNING.has(value));
  } catch {
    return true;
  }
}
