import * as z from 'zod/mini';
import type { MessageParams } from '../i18n/index.js';
import { parseInput } from '../schemas/inputError.js';
import { type PartnerId, PartnerIdSchema } from '../schemas/partner.js';
import type { FlagEvidence } from './flag.js';
import type { FlagFinding } from './flagFinding.js';

// Physiological flooding (Gottman; grounding §1.8): a heart rate above 100 beats a minute (Seven Principles; the
// Gottman Institute's pulse oximeters ring at 100), or 10% or more over the resting rate (Goleman, Emotional
// Intelligence, reporting Gottman), means it is time for a break of at least 20 minutes. Grounding quotes the
// absolute rule as "> 100"; the session issue asks for flooding "at 100", so the limit itself counts as flooded,
// the cautious side. Athletes may set 80 (Gottman & Levenson, grounding §1.8). Self-reported distress covers
// check-ins without a sensor.

// `@__PURE__` tells bundlers that building a schema (or the frozen defaults) changes nothing else (zod marks its own
// factories so, but not `.check(...)`), so an app that only runs the session machine, which calls `findFlooding`,
// can leave them out.

/** The thresholds of {@link isFlooded}; every one can be set per session. */
export const FloodingSettingsSchema = z.object(
  {
    /** Heart rate, in beats a minute, at or above which a partner counts as flooded. */
    floodingBpm: /* @__PURE__ */ z
      .number({ error: 'must be a number of beats a minute' })
      .check(z.positive({ error: 'must be above 0' }), z.maximum(300, { error: 'must be at most 300' })),
    /** How far above the resting rate, in percent, counts as flooded (10 means 10% over resting). */
    floodingPercentOverResting: /* @__PURE__ */ z
      .number({ error: 'must be a percentage' })
      .check(z.minimum(0, { error: 'must be at least 0' }), z.maximum(300, { error: 'must be at most 300' })),
    /** Self-reported distress (0-10) at or above which a partner counts as flooded. */
    distressThreshold: /* @__PURE__ */ z
      .number({ error: 'must be a number from 0 to 10' })
      .check(z.minimum(0, { error: 'must be at least 0' }), z.maximum(10, { error: 'must be at most 10' })),
  },
  { error: 'must be an object' },
);
export type FloodingSettings = z.infer<typeof FloodingSettingsSchema>;

/** Gottman's thresholds (grounding §1.8): 100 beats a minute, 10% over resting, and distress 8 of 10. */
export const DEFAULT_FLOODING_SETTINGS: FloodingSettings = /* @__PURE__ */ Object.freeze({
  floodingBpm: 100,
  floodingPercentOverResting: 10,
  distressThreshold: 8,
});

const heartRate = /* @__PURE__ */ z
  .number({ error: 'must be a number of beats a minute' })
  .check(z.positive({ error: 'must be above 0' }), z.maximum(300, { error: 'must be at most 300' }));

/** One partner's check-in: distress from 0 to 10, and a heart rate and resting rate when a sensor or pulse gives them. */
export const CheckInReadingSchema = z.object(
  {
    distress: /* @__PURE__ */ z
      .number({ error: 'must be a number from 0 to 10' })
      .check(z.minimum(0, { error: 'must be at least 0' }), z.maximum(10, { error: 'must be at most 10' })),
    heartRate: z.optional(z.nullable(heartRate)),
    restingHeartRate: z.optional(z.nullable(heartRate)),
  },
  { error: 'must be an object' },
);
export type CheckInReading = z.infer<typeof CheckInReadingSchema>;

/** Which flooding rule fired: the absolute heart rate, the rise over resting, or self-reported distress. */
export type FloodingRule = 'heartRate' | 'heartRateOverResting' | 'distress';

/** Whether a check-in reads as flooded, and every rule that fired, in the order heart rate, over resting, distress. */
export type FloodingResult = { readonly flooded: boolean; readonly rules: readonly FloodingRule[] };

const PartialSettingsSchema = z.partial(FloodingSettingsSchema);

function resolveSettings(settings: unknown, where: string): FloodingSettings {
  const given = parseInput(PartialSettingsSchema, settings ?? {}, where);
  return {
    floodingBpm: given.floodingBpm ?? DEFAULT_FLOODING_SETTINGS.floodingBpm,
    floodingPercentOverResting:
      given.floodingPercentOverResting ?? DEFAULT_FLOODING_SETTINGS.floodingPercentOverResting,
    distressThreshold: given.distressThreshold ?? DEFAULT_FLOODING_SETTINGS.distressThreshold,
  };
}

function floodingRules(reading: CheckInReading, settings: FloodingSettings): FloodingRule[] {
  const rules: FloodingRule[] = [];
  const { heartRate: rate, restingHeartRate: resting, distress } = reading;
  if (rate !== undefined && rate !== null) {
    if (rate >= settings.floodingBpm) rules.push('heartRate');
    // Compared as rate·100 ≥ resting·(100 + p) so that exactly 10% over (77 against 70) counts, free of 1.1·70 rounding.
    if (
      resting !== undefined &&
      resting !== null &&
      rate * 100 >= resting * (100 + settings.floodingPercentOverResting)
    ) {
      rules.push('heartRateOverResting');
    }
  }
  if (distress >= settings.distressThreshold) rules.push('distress');
  return rules;
}

/**
 * Whether a partner's check-in reads as physiologically flooded (grounding §1.8): heart rate at or above
 * `floodingBpm` (100), at least `floodingPercentOverResting` (10%) over a given resting rate, or distress at or
 * above `distressThreshold` (8). Settings left out take {@link DEFAULT_FLOODING_SETTINGS}.
 *
 * @throws {InputError} when the reading or the settings are out of range.
 * @example
 * isFlooded({ distress: 3, heartRate: 77, restingHeartRate: 70 }); // { flooded: true, rules: ['heartRateOverResting'] }
 */
export function isFlooded(reading: CheckInReading, settings?: Partial<FloodingSettings>): FloodingResult {
  const parsed = parseInput(CheckInReadingSchema, reading, 'isFlooded');
  const rules = floodingRules(parsed, resolveSettings(settings, 'isFlooded'));
  return { flooded: rules.length > 0, rules };
}

/**
 * The `flooding` flag for a check-in, or null when it is not flooded. The message cites the first rule that fired
 * (heart rate, then over resting, then distress) with its numbers.
 *
 * @throws {InputError} when the partner, reading or settings are invalid.
 */
export function floodingFinding(
  partner: PartnerId,
  reading: CheckInReading,
  settings?: Partial<FloodingSettings>,
): FlagFinding | null {
  const where = 'floodingFinding';
  const who = parseInput(PartnerIdSchema, partner, where);
  const parsed = parseInput(CheckInReadingSchema, reading, where);
  const resolved = resolveSettings(settings, where);
  return findFlooding(who, parsed, resolved);
}

/**
 * Internal: input already validated. The work of {@link floodingFinding} on a reading and complete settings
 * (none left out, so no default is filled in here).
 */
export function findFlooding(
  partner: PartnerId,
  reading: CheckInReading,
  settings: FloodingSettings,
): FlagFinding | null {
  const rule = floodingRules(reading, settings)[0];
  if (rule === undefined) return null;
  const rate = reading.heartRate ?? null;
  const resting = reading.restingHeartRate ?? null;
  const evidence: FlagEvidence = {
    kind: 'checkIn',
    distress: reading.distress,
    ...(rate === null ? {} : { heartRate: rate }),
    ...(resting === null ? {} : { restingHeartRate: resting }),
  };
  let params: MessageParams;
  if (rule === 'heartRate') params = { heartRate: rate ?? 0, limit: settings.floodingBpm };
  else if (rule === 'heartRateOverResting')
    params = { heartRate: rate ?? 0, restingHeartRate: resting ?? 0, percent: settings.floodingPercentOverResting };
  else params = { distress: reading.distress };
  return { kind: 'flooding', partner, evidence, messageId: `patterns.flooding.${rule}`, params };
}
