import type { CareMessageId } from '../i18n/messages/care.js';

/**
 * The texts of the safety stop (docs/concepts.md, "Safety mode"), shown only to the partner it concerns: joint work ends, individual
 * help is suggested, resources follow at once, and the quick exit is explained without promising erased history.
 * The other partner sees only the neutral `session.paused`.
 */
export const SAFETY_STOP_TEXTS = {
  title: 'care.safety.title',
  body: 'care.safety.body',
  individualHelp: 'care.safety.individualHelp',
  resourcesTitle: 'care.safety.resources.title',
  noRecording: 'care.safety.noRecording',
} as const satisfies Record<string, CareMessageId>;

/** The quick exit's label and hint; the host places it first in visual and keyboard order on every screen. */
export const QUICK_EXIT_TEXTS = {
  label: 'care.safety.quickExit.label',
  hint: 'care.safety.quickExit.hint',
} as const satisfies Record<string, CareMessageId>;
