import { type SessionSettings, SessionSettingsSchema } from '../schemas/sessionInput.js';

export type { SessionSettings } from '../schemas/sessionInput.js';

// `@__PURE__`: parsing `{}` changes nothing else, so a bundle that never reads DEFAULT_SESSION_SETTINGS drops the parse.
/**
 * The settings a session uses when its input leaves them out: a 20-minute to 24-hour break, flooding above
 * 100 bpm, 10% over resting or a distress of 8 of 10, win-win at 70%, core minimum 6, authenticity at least 4
 * of 5, review after 14 days, English. Each value and its source is documented on {@link SessionSettingsSchema}.
 */
export const DEFAULT_SESSION_SETTINGS: Readonly<SessionSettings> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ SessionSettingsSchema.parse({}),
);

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The earliest time (epoch ms) joint work may resume after a pause that started at `startedAt`. */
export function earliestResumeAt(settings: SessionSettings, startedAt: number): number {
  return startedAt + settings.minBreakMinutes * MINUTE_MS;
}

/** The time (epoch ms) after which a pause that started at `startedAt` is noted as overdue. */
export function latestResumeAt(settings: SessionSettings, startedAt: number): number {
  return startedAt + settings.maxBreakMinutes * MINUTE_MS;
}

/** The date (epoch ms) on which an agreement made at `agreedAt` should be reviewed together. */
export function reviewAt(settings: SessionSettings, agreedAt: number): number {
  return agreedAt + settings.reviewAfterDays * DAY_MS;
}
