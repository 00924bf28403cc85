import { describe, expect, it } from 'vitest';
import { careEn } from '../i18n/messages/care.js';
import { BREAK_TEXTS, BREATHING_CYCLE, BREATHING_INTRO, BREATHING_SETTLE, PAUSE_TEXTS } from './breakTexts.js';
import { NEEDS_INTRO, NEEDS_VOCABULARY } from './needsVocabulary.js';
import {
  FIERCE_PROMPTS,
  LISTENER_DISTRESS_PROMPT,
  PERMISSION_PROMPTS,
  TENDER_PROMPTS,
  WHAT_DO_I_NEED,
} from './prompts.js';
import { REFRAME_TEXTS, REFRAMES } from './reframes.js';
import { CRISIS_RESOURCES, EMERGENCY_FALLBACK } from './safetyResources.js';
import { SCREENING_ANSWER_LABELS, SCREENING_ITEMS, SCREENING_TEXTS } from './safetyScreening.js';
import { QUICK_EXIT_TEXTS, SAFETY_STOP_TEXTS } from './safetyStopTexts.js';
import { SELF_COMPASSION_BREAK_STEPS, SELF_COMPASSION_BREAK_TEXTS } from './selfCompassionBreak.js';

// Every id the care modules hand out, gathered from their exports.
const listed: string[] = [
  ...SCREENING_ITEMS.flatMap((item) => [item.question, item.hint]),
  ...Object.values(SCREENING_ANSWER_LABELS),
  ...Object.values(SCREENING_TEXTS),
  ...SELF_COMPASSION_BREAK_STEPS.flatMap((step) => [
    step.title,
    step.instruction,
    step.phrase,
    ...step.alternatives,
    ...(step.soothingTouch === undefined ? [] : [step.soothingTouch]),
  ]),
  ...Object.values(SELF_COMPASSION_BREAK_TEXTS),
  ...[...TENDER_PROMPTS, ...FIERCE_PROMPTS].flatMap((prompt) => [prompt.title, prompt.text]),
  WHAT_DO_I_NEED.question,
  WHAT_DO_I_NEED.hint,
  ...Object.values(WHAT_DO_I_NEED.modes).flatMap((mode) => [mode.label, mode.description]),
  ...Object.values(PERMISSION_PROMPTS),
  LISTENER_DISTRESS_PROMPT,
  ...Object.values(REFRAMES).flatMap((reframe) => [reframe.hurt, reframe.human, reframe.learn]),
  ...Object.values(REFRAME_TEXTS),
  ...[EMERGENCY_FALLBACK, ...Object.values(CRISIS_RESOURCES).flat()].flatMap((resource) => [
    resource.name,
    resource.description,
    ...resource.contacts.map((contact) => contact.label.id),
  ]),
  ...Object.values(SAFETY_STOP_TEXTS),
  ...Object.values(QUICK_EXIT_TEXTS),
  NEEDS_INTRO,
  ...NEEDS_VOCABULARY.flatMap((category) => [category.messageId, ...category.needs.map((need) => need.messageId)]),
  ...[...Object.values(PAUSE_TEXTS), ...Object.values(BREAK_TEXTS)].map((text) => text.id),
  BREATHING_INTRO,
  ...BREATHING_CYCLE.map((step) => step.line),
  BREATHING_SETTLE,
];

describe('care catalog coverage', () => {
  it('should list only ids that exist in the care catalog', () => {
    expect(listed.filter((id) => !Object.hasOwn(careEn, id))).toEqual([]);
  });

  it('should list every id of the care catalog in some care module, so no text is orphaned', () => {
    const used = new Set(listed);
    expect(Object.keys(careEn).filter((id) => !used.has(id))).toEqual([]);
  });
});
