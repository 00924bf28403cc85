// The public API of @common-ground/core: a curated list of named exports. Anything not listed here is internal.

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
  type ContactKind,
  CRISIS_RESOURCES,
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
// Fairness: several issues
export {
  ADJUSTED_WINNER_MAX_ITEMS,
  type AdjustedWinnerExactResult,
  type AdjustedWinnerResult,
  adjustedWinner,
  adjustedWinnerExact,
  type ExactFraction,
} from './fairness/adjustedWinner.js';
export { type AdjustedWinnerItem, AdjustedWinnerItemSchema } from './fairness/allocationItems.js';
// Fairness: options
export { type Assessment, assessOptions, type OptionAssessment } from './fairness/assess.js';
export { CLASS_ORDER, type OptionClass } from './fairness/classify.js';
export {
  MAX_NASH_WELFARE_MAX_ITEMS,
  type MaxNashWelfareItem,
  type MaxNashWelfareResult,
  maxNashWelfare,
} from './fairness/maxNashWelfare.js';
// Fairness: points and bargaining
export { type NashOptions, type NashResult, nashBargain } from './fairness/nash.js';
export { dominates, paretoFront } from './fairness/pareto.js';
export { OPTION_POINT_LIMITS, type OptionPoint } from './fairness/point.js';
// Messages and catalogs
export {
  type BuiltInLocale,
  type Catalog,
  catalogs,
  en,
  es,
  formatMessage,
  type Message,
  type MessageId,
  type MessageParams,
  message,
} from './i18n/index.js';
export {
  BREAK_STEP_COUNT,
  createInitialContext,
  MAX_FLAGS_PER_PARTNER,
  MAX_NEEDS_PER_PARTNER,
  MAX_SESSION_OPTIONS,
  type SessionContext,
  STATUS_QUO_ID,
} from './machine/context.js';
export {
  type Agreement,
  type AgreementResponse,
  type BreakProgress,
  type CheckInRecord,
  type NeedHint,
  type Note,
  type OwnRating,
  type PartnerSlice,
  type PauseRecord,
  type ProposalRecord,
  type Reflection,
  type SafetyStopReason,
  SessionContextSchema,
  type SessionOption,
  type TurnsParts,
} from './machine/contextSchema.js';
export {
  type RestoreError,
  type RestoreErrorKind,
  type RestoreResult,
  restoreSession,
  SESSION_FORMAT,
  SESSION_FORMAT_VERSION,
  type StoredSessionSnapshot,
  serializeSession,
} from './machine/persistence.js';
// What each viewer may see, and saving a session
export {
  type OwnView,
  type PauseView,
  type SafetyView,
  SESSION_STEPS,
  type SessionSnapshot,
  type SessionStep,
  type SessionView,
  selectView,
  type Viewer,
  ViewerSchema,
} from './machine/selectors.js';
// The session machine
export { sessionMachine } from './machine/sessionMachine.js';
export { DEFAULT_SESSION_SETTINGS, earliestResumeAt, latestResumeAt, reviewAt } from './machine/settings.js';
export {
  type AuthenticityInput,
  AuthenticityInputSchema,
  authenticityFinding,
  DEFAULT_AUTHENTICITY_THRESHOLD,
} from './patterns/authenticityFinding.js';
export {
  type DetectOptions,
  defaultLexicons,
  detectLanguagePatterns,
  MAX_TEXT_LENGTH,
  type PatternHit,
  type Voice,
} from './patterns/detectLanguagePatterns.js';
// Flags
export type { Flag, FlagEvidence, FlagKind, TextSource } from './patterns/flag.js';
export type { FlagFinding } from './patterns/flagFinding.js';
export {
  type CheckInReading,
  CheckInReadingSchema,
  DEFAULT_FLOODING_SETTINGS,
  type FloodingResult,
  type FloodingRule,
  type FloodingSettings,
  FloodingSettingsSchema,
  floodingFinding,
  isFlooded,
} from './patterns/flooding.js';
export { englishLexicon } from './patterns/lexicon.en.js';
export { spanishLexicon } from './patterns/lexicon.es.js';
export { type NeedHintOptions, needHint } from './patterns/needHint.js';
export { type OutcomeOption, OutcomeOptionSchema, outcomeFindings } from './patterns/outcomeFindings.js';
export {
  type ConfidenceBooster,
  ConfidenceBoosterSchema,
  LANGUAGE_FAMILIES,
  type LanguageFamily,
  LanguageFamilySchema,
  type LexiconRule,
  LexiconRuleSchema,
  type NeedHintKind,
  NeedHintKindSchema,
  type NeedHintRule,
  NeedHintRuleSchema,
  type PatternLexicon,
  PatternLexiconSchema,
} from './patterns/patternLexicon.js';
export {
  type CompromiseResponse,
  CompromiseResponseSchema,
  PROCESS_THRESHOLDS,
  type ProcessNeed,
  ProcessNeedSchema,
  type ProcessOption,
  ProcessOptionSchema,
  type ProcessRating,
  ProcessRatingSchema,
  type ProcessSnapshot,
  ProcessSnapshotSchema,
  processFindings,
} from './patterns/processFindings.js';
export {
  ASSESSMENT_LIMITS,
  type AssessmentInput,
  type AssessmentInputInput,
  AssessmentInputSchema,
  DEFAULT_WIN_WIN_THRESHOLD,
} from './schemas/assessmentInput.js';
export {
  EventTimeSchema,
  isSessionEventType,
  LONG_TEXT_LIMIT,
  type ParsedSessionEvent,
  type Proposal,
  ProposalSchema,
  SESSION_EVENT_TYPES,
  type SessionEvent,
  SessionEventSchemas,
  type SessionEventType,
  type Understood,
  UnderstoodSchema,
} from './schemas/events.js';
// Errors and partners
export { InputError, type InputIssue } from './schemas/inputError.js';
export { DEFAULT_CORE_MINIMUM, type Need, type NeedInput, NeedSchema } from './schemas/need.js';
export { type Option, type OptionInput, OptionSchema } from './schemas/option.js';
export { parseSessionEvent, type SessionEventParseResult } from './schemas/parseSessionEvent.js';
export { otherPartner, type Pair, type PartnerId, PartnerIdSchema } from './schemas/partner.js';
export { type Rating, RatingSchema } from './schemas/rating.js';
export {
  type SessionInput,
  SessionInputSchema,
  type SessionSettings,
  SessionSettingsSchema,
} from './schemas/sessionInput.js';
