// The public API of @common-ground/core: a curated list of named exports. Anything not listed here is internal.

// Messages and catalogs
export { type BuiltInLocale, type Catalog, catalogs, en, es, type MessageId } from './i18n/index.js';
export { formatMessage, type Message, type MessageParams, message } from './i18n/index.js';

// Errors and partners
export { type InputIssue, InputError } from './schemas/inputError.js';
export { type Pair, type PartnerId, PartnerIdSchema, otherPartner } from './schemas/partner.js';

// Fairness: several issues
export {
  ADJUSTED_WINNER_MAX_ITEMS,
  type AdjustedWinnerExactResult,
  type AdjustedWinnerItem,
  AdjustedWinnerItemSchema,
  type AdjustedWinnerResult,
  adjustedWinner,
  adjustedWinnerExact,
  type ExactFraction,
} from './fairness/adjustedWinner.js';
export {
  MAX_NASH_WELFARE_MAX_ITEMS,
  type MaxNashWelfareItem,
  type MaxNashWelfareResult,
  maxNashWelfare,
} from './fairness/maxNashWelfare.js';

// Flags
export type { Flag, FlagEvidence, FlagKind, TextSource } from './patterns/flag.js';

// Care content
export {
  BREAK_TEXTS,
  BREATHING_CYCLE,
  BREATHING_INTRO,
  BREATHING_SETTLE,
  type BreathingLine,
  PAUSE_TEXTS,
  type TextWithParams,
} from './care/breakTexts.js';
export {
  NEED_CATEGORY_IDS,
  NEEDS_INTRO,
  NEEDS_VOCABULARY,
  type NeedCategory,
  type NeedCategoryId,
  NeedCategoryIdSchema,
  searchNeeds,
  VOCABULARY_NEED_IDS,
  type VocabularyNeed,
  type VocabularyNeedId,
  VocabularyNeedIdSchema,
} from './care/needsVocabulary.js';
export {
  type CompassionMode,
  CompassionModeSchema,
  type CompassionPrompt,
  type CompassionPromptId,
  FIERCE_PROMPTS,
  LISTENER_DISTRESS_PROMPT,
  LOW_AUTHENTICITY_PROMPT,
  PERMISSION_PROMPTS,
  type PromptLeadsTo,
  promptsFor,
  TENDER_PROMPTS,
  WHAT_DO_I_NEED,
} from './care/prompts.js';
export {
  REFRAME_TEXTS,
  REFRAMES,
  type Reframe,
  reframeFor,
  SELF_CRITICISM_KINDS,
  type SelfCriticismCue,
  SelfCriticismCueSchema,
  type SelfCriticismKind,
} from './care/reframes.js';
export {
  CRISIS_RESOURCES,
  type ContactKind,
  type CrisisResource,
  CrisisResourceSchema,
  EMERGENCY_FALLBACK,
  type ResourceContact,
  resourcesFor,
} from './care/safetyResources.js';
export {
  SCREENING_ANSWER_LABELS,
  SCREENING_ITEMS,
  SCREENING_QUESTIONS,
  SCREENING_TEXTS,
  type ScreeningAnswer,
  ScreeningAnswerSchema,
  type ScreeningAnswers,
  ScreeningAnswersSchema,
  type ScreeningItem,
  type ScreeningQuestionId,
  screeningRaisesConcern,
} from './care/safetyScreening.js';
export { QUICK_EXIT_TEXTS, SAFETY_STOP_TEXTS } from './care/safetyStopTexts.js';
export {
  type BreakStep,
  type BreakStepId,
  SELF_COMPASSION_BREAK_STEPS,
  SELF_COMPASSION_BREAK_TEXTS,
} from './care/selfCompassionBreak.js';
