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
        z
          .number({ error: 'the flooding heart rate must be a number of beats per minute' })
          .check(
            z.int({ error: 'the flooding heart rate must be a whole number' }),
            z.minimum(40, { error: 'the flooding heart rate must be at least 40 beats per minute' }),
            z.maximum(220, { error: 'the flooding heart rate must be at most 220 beats per minute' }),
          ),
        100,
      ),
      /** A heart rate this many percent over the partner's resting rate counts as flooded (10%, §1.8). */
      floodingAboveRestingPercent: z._default(
        z
          .number({ error: 'the percentage over resting must be a number' })
          .check(
            z.int({ error: 'the percentage over resting must be a whole number' }),
            z.minimum(1, { error: 'the percentage over resting must be at least 1' }),
            z.maximum(100, { error: 'the percentage over resting must be at most 100' }),
          ),
        10,
      ),
      /** Self-reported distress (0-10) at or above this counts as flooded, for partners without a heart-rate sensor. */
      distressThreshold: z._default(
        z
          .number({ error: 'the distress threshold must be a number from 0 to 10' })
          .check(
            z.int({ error: 'the distress threshold must be a whole number' }),
            z.minimum(1, { error: 'the distress threshold must be at least 1' }),
            z.maximum(10, { error: 'the distress threshold must be at most 10' }),
          ),
        8,
      ),
      /** Both partners' satisfaction at or above this percent makes an option win-win (fairness.md). */
      winWinThreshold: z._default(
        z
          .number({ error: 'the win-win threshold must be a percentage' })
          .check(
            z.int({ error: 'the win-win threshold must be a whole percentage' }),
            z.minimum(1, { error: 'the win-win threshold must be at least 1 percent' }),
            z.maximum(100, { error: 'the win-win threshold must be at most 100 percent' }),
          ),
        70,
      ),
      /** The rating (0-10) a core need must reach when a partner does not set its minimum (§1.11). */
      coreMinimum: z._default(
        z
          .number({ error: 'the core minimum must be a rating from 0 to 10' })
          .check(
            z.int({ error: 'the core minimum must be a whole number' }),
            z.minimum(0, { error: 'the core minimum must be at least 0' }),
            z.maximum(10, { error: 'the core minimum must be at most 10' }),
          ),
        6,
      ),
      /** Both partners must rate an agreement's authenticity (1-5) at least this high for it to stand (§1.4). */
      authenticityThreshold: z._default(
        z
          .number({ error: 'the authenticity threshold must be a number from 1 to 5' })
          .check(
            z.int({ error: 'the authenticity threshold must be a whole number' }),
            z.minimum(1, { error: 'the authenticity threshold must be at least 1' }),
            z.maximum(5, { error: 'the authenticity threshold must be at most 5' }),
          ),
        4,
      ),
      /** An agreement is a temporary compromise, reviewed this many days after it is made (§1.12). */
      reviewAfterDays: z._default(
        z
          .number({ error: 'the review period must be a number of days' })
          .check(
            z.int({ error: 'the review period must be a whole number of days' }),
            z.minimum(1, { error: 'the review period must be at least 1 day' }),
            z.maximum(365, { error: 'the review period must be at most 365 days' }),
          ),
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
