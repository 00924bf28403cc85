import * as z from 'zod/mini';
import { typeError } from './text.js';

// The numbers below are the documented defaults of a session; `machine/settings.ts` exposes them as
// DEFAULT_SESSION_SETTINGS. Sources: grounding.md §1.8 (flooding and breaks, after Gottman), §1.11 (core minimum),
// §1.4 and §1.12 (authenticity and temporary compromise, after Yarnell & Neff 2013 and Gottman).

const minutes = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes` })
    .check(
      z.int({ error: `${what} must be a whole number of minutes` }),
      z.minimum(1, { error: `${what} must be at least 1 minute` }),
    );

/** The words a whole-number setting's messages use: what it must be, what "whole" means, and how to say an amount. */
type SettingWords = { type: string; whole?: string; amount?: (n: number) => string };

/** A whole-number setting from `min` to `max`; every message starts with the setting's name, as a form would show it. */
const wholeSetting = (what: string, min: number, max: number, words: SettingWords) => {
  const amount = words.amount ?? String;
  return z
    .number({ error: `${what} must be ${words.type}` })
    .check(
      z.int({ error: `${what} must be ${words.whole ?? 'a whole number'}` }),
      z.minimum(min, { error: `${what} must be at least ${amount(min)}` }),
      z.maximum(max, { error: `${what} must be at most ${amount(max)}` }),
    );
};

/**
 * How one session behaves: break lengths, flooding thresholds, the fairness thresholds and the language.
 * Every field is optional on input and filled with its documented default.
 */
export const SessionSettingsSchema = z
  .object(
    {
      /** Shortest break before joint work may resume: 20 minutes, because a shorter one feels enough but is not (§1.8). */
      minBreakMinutes: z._default(minutes('the shortest break'), 20),
      /** Longest break before a return is noted as overdue: 24 hours (§1.8). */
      maxBreakMinutes: z._default(minutes('the longest break'), 24 * 60),
      /** A heart rate at or above this many beats per minute counts as flooded (100 bpm, §1.8; the limit itself counts, the cautious side). */
      floodingHeartRate: z._default(
        wholeSetting('the flooding heart rate', 40, 220, {
          type: 'a number of beats per minute',
          amount: (n) => `${n} beats per minute`,
        }),
        100,
      ),
      /** A heart rate this many percent over the partner's resting rate counts as flooded (10%, §1.8). */
      floodingAboveRestingPercent: z._default(
        wholeSetting('the percentage over resting', 1, 100, { type: 'a number' }),
        10,
      ),
      /** Self-reported distress (0-10) at or above this counts as flooded, for partners without a heart-rate sensor. */
      distressThreshold: z._default(
        wholeSetting('the distress threshold', 1, 10, { type: 'a number from 0 to 10' }),
        8,
      ),
      /** Both partners' satisfaction at or above this percent makes an option win-win (fairness.md). */
      winWinThreshold: z._default(
        wholeSetting('the win-win threshold', 1, 100, {
          type: 'a percentage',
          whole: 'a whole percentage',
          amount: (n) => `${n} percent`,
        }),
        70,
      ),
      /** The rating (0-10) a core need must reach when a partner does not set its minimum (§1.11). */
      coreMinimum: z._default(wholeSetting('the core minimum', 0, 10, { type: 'a rating from 0 to 10' }), 6),
      /** Both partners must rate an agreement's authenticity (1-5) at least this high for it to stand (§1.4). */
      authenticityThreshold: z._default(
        wholeSetting('the authenticity threshold', 1, 5, { type: 'a number from 1 to 5' }),
        4,
      ),
      /** An agreement is a temporary compromise, reviewed this many days after it is made (§1.12). */
      reviewAfterDays: z._default(
        wholeSetting('the review period', 1, 365, {
          type: 'a number of days',
          whole: 'a whole number of days',
          amount: (n) => (n === 1 ? '1 day' : `${n} days`),
        }),
        14,
      ),
      /** The language the app shows; it also picks locale-specific crisis resources (a BCP 47 tag such as `en` or `es-MX`). */
      locale: z._default(
        z.string({ error: 'the locale must be a language tag such as "en"' }).check(
          z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
            error: 'the locale must be a language tag such as "en" or "es-MX"',
          }),
        ),
        'en',
      ),
    },
    { error: typeError('an object of settings') },
  )
  .check(
    z.refine((settings) => settings.minBreakMinutes <= settings.maxBreakMinutes, {
      error: 'the shortest break must not be longer than the longest break',
      path: ['minBreakMinutes'],
    }),
  );
export type SessionSettings = z.output<typeof SessionSettingsSchema>;

/** What a host passes when it starts a session machine: optional settings, each falling back to its default. */
export const SessionInputSchema = z.object(
  { settings: z.prefault(SessionSettingsSchema, {}) },
  { error: typeError('an object such as { settings }') },
);
export type SessionInput = z.input<typeof SessionInputSchema>;
