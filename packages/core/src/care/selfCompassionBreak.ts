import type { CareMessageId } from '../i18n/messages/care.js';

/** The three steps of the Self-Compassion Break, one per component of self-compassion (docs/concepts.md, "Self-compassion and the pause"). */
export type BreakStepId = 'mindfulness' | 'commonHumanity' | 'selfKindness';

/**
 * One step of the Self-Compassion Break: a title, a short instruction, a phrase to say to oneself, and other phrases
 * a person may pick instead (or they write their own, `SELF_COMPASSION_BREAK_TEXTS.ownWords`).
 */
export type BreakStep = {
  readonly id: BreakStepId;
  readonly title: CareMessageId;
  readonly instruction: CareMessageId;
  readonly phrase: CareMessageId;
  readonly alternatives: readonly CareMessageId[];
  /** An optional invitation offered with this step only: the soothing touch, between common humanity and kindness. */
  readonly soothingTouch?: CareMessageId;
};

/**
 * The Self-Compassion Break in order: mindfulness (name it), common humanity (it is human), self-kindness (be kind).
 * Every step is skippable; the pause that shows them ends with `WHAT_DO_I_NEED` from `prompts.ts`.
 */
export const SELF_COMPASSION_BREAK_STEPS: readonly [BreakStep, BreakStep, BreakStep] = [
  {
    id: 'mindfulness',
    title: 'care.selfCompassion.mindfulness.title',
    instruction: 'care.selfCompassion.mindfulness.instruction',
    phrase: 'care.selfCompassion.mindfulness.phrase',
    alternatives: [
      'care.selfCompassion.mindfulness.alt.hurts',
      'care.selfCompassion.mindfulness.alt.painful',
      'care.selfCompassion.mindfulness.alt.stressed',
    ],
  },
  {
    id: 'commonHumanity',
    title: 'care.selfCompassion.commonHumanity.title',
    instruction: 'care.selfCompassion.commonHumanity.instruction',
    phrase: 'care.selfCompassion.commonHumanity.phrase',
    alternatives: [
      'care.selfCompassion.commonHumanity.alt.relationships',
      'care.selfCompassion.commonHumanity.alt.stuck',
    ],
    soothingTouch: 'care.selfCompassion.commonHumanity.touch',
  },
  {
    id: 'selfKindness',
    title: 'care.selfCompassion.selfKindness.title',
    instruction: 'care.selfCompassion.selfKindness.instruction',
    phrase: 'care.selfCompassion.selfKindness.phrase',
    // The Break's "what do I need to hear" choices: accept, forgive, be strong, be patient.
    alternatives: [
      'care.selfCompassion.selfKindness.alt.accept',
      'care.selfCompassion.selfKindness.alt.forgive',
      'care.selfCompassion.selfKindness.alt.strong',
      'care.selfCompassion.selfKindness.alt.patient',
    ],
  },
];

/** The texts around the steps: title, the opening invitation to feel the difficulty, and reminders that steps are optional. */
export const SELF_COMPASSION_BREAK_TEXTS = {
  title: 'care.selfCompassion.title',
  intro: 'care.selfCompassion.intro',
  optional: 'care.selfCompassion.optional',
  ownWords: 'care.selfCompassion.ownWords',
} as const satisfies Record<string, CareMessageId>;
