import * as z from 'zod/mini';
import type { CareMessageId } from '../i18n/messages/care.js';
import { parseInput } from '../schemas/inputError.js';

/**
 * The two faces of self-compassion (docs/concepts.md, "Tender and fierce"): `tender` is being with oneself (comfort, soothe, validate);
 * `fierce` is acting for oneself (protect, provide, motivate). Both are offered to everyone (docs/concepts.md, "Tender and fierce").
 */
export const CompassionModeSchema = z.enum(['tender', 'fierce'], { error: 'must be "tender" or "fierce"' });
export type CompassionMode = z.infer<typeof CompassionModeSchema>;

/** Where a fierce prompt leads in the session: a boundary composer, the needs step, or committing to one next step. */
export type PromptLeadsTo = 'boundary' | 'needs' | 'nextStep';

/** Which prompt this is; the first three are tender, the rest fierce. */
export type CompassionPromptId = 'comfort' | 'soothe' | 'validate' | 'protect' | 'provide' | 'motivate' | 'needsMatter';

/** One tender or fierce prompt: a short title and the invitation itself. */
export type CompassionPrompt = {
  readonly id: CompassionPromptId;
  readonly mode: CompassionMode;
  readonly title: CareMessageId;
  readonly text: CareMessageId;
  readonly leadsTo?: PromptLeadsTo;
};

/** The tender prompts, in order: comfort, soothe, validate. */
export const TENDER_PROMPTS: readonly CompassionPrompt[] = [
  {
    id: 'comfort',
    mode: 'tender',
    title: 'care.prompts.tender.comfort.title',
    text: 'care.prompts.tender.comfort.text',
  },
  { id: 'soothe', mode: 'tender', title: 'care.prompts.tender.soothe.title', text: 'care.prompts.tender.soothe.text' },
  {
    id: 'validate',
    mode: 'tender',
    title: 'care.prompts.tender.validate.title',
    text: 'care.prompts.tender.validate.text',
  },
];

/**
 * The fierce prompt for a partner whose authenticity is low: "your needs matter too".
 * The session machine offers it when an agreement is not accepted wholeheartedly (docs/concepts.md, "Temporary compromise and authenticity").
 */
export const LOW_AUTHENTICITY_PROMPT: CompassionPrompt = {
  id: 'needsMatter',
  mode: 'fierce',
  title: 'care.prompts.fierce.needsMatter.title',
  text: 'care.prompts.fierce.needsMatter.text',
};

/** The fierce prompts, in order: protect, provide, motivate, and "your needs matter too". */
export const FIERCE_PROMPTS: readonly CompassionPrompt[] = [
  {
    id: 'protect',
    mode: 'fierce',
    title: 'care.prompts.fierce.protect.title',
    text: 'care.prompts.fierce.protect.text',
    leadsTo: 'boundary',
  },
  {
    id: 'provide',
    mode: 'fierce',
    title: 'care.prompts.fierce.provide.title',
    text: 'care.prompts.fierce.provide.text',
    leadsTo: 'needs',
  },
  {
    id: 'motivate',
    mode: 'fierce',
    title: 'care.prompts.fierce.motivate.title',
    text: 'care.prompts.fierce.motivate.text',
    leadsTo: 'nextStep',
  },
  LOW_AUTHENTICITY_PROMPT,
];

/**
 * The question that ends every pause, "What do I need right now?", with its hint and the two modes to choose from,
 * each with a label and a description.
 */
export const WHAT_DO_I_NEED = {
  question: 'care.prompts.whatDoINeed',
  hint: 'care.prompts.whatDoINeed.hint',
  modes: {
    tender: { label: 'care.prompts.mode.tender.label', description: 'care.prompts.mode.tender.description' },
    fierce: { label: 'care.prompts.mode.fierce.label', description: 'care.prompts.mode.fierce.description' },
  },
} as const satisfies {
  question: CareMessageId;
  hint: CareMessageId;
  modes: Record<CompassionMode, { label: CareMessageId; description: CareMessageId }>;
};

/** Optional "permission" lines a person can switch on for themselves: to be gentle, or to be firm (docs/concepts.md, "Tender and fierce"). */
export const PERMISSION_PROMPTS = {
  tender: 'care.prompts.permission.tender',
  fierce: 'care.prompts.permission.fierce',
} as const satisfies Record<CompassionMode, CareMessageId>;

/** The short self-compassion step for a listener who is distressed by what they hear (docs/concepts.md, "Self-compassion and the pause"). */
export const LISTENER_DISTRESS_PROMPT: CareMessageId = 'care.prompts.listener.distress';

/**
 * The prompts for one mode, in order; throws {@link InputError} for anything but `'tender'` or `'fierce'`.
 *
 * @example
 * promptsFor('fierce').map((prompt) => prompt.id); // ['protect', 'provide', 'motivate', 'needsMatter']
 */
export function promptsFor(mode: CompassionMode): readonly CompassionPrompt[] {
  return parseInput(CompassionModeSchema, mode, 'promptsFor') === 'tender' ? TENDER_PROMPTS : FIERCE_PROMPTS;
}
