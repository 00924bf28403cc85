import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/index.js';
import { InputError } from '../schemas/inputError.js';
import type { PartnerId } from '../schemas/partner.js';
import { checkInReadingArbitrary, floodingSettingsArbitrary } from '../testing/patternArbitraries.js';
import { DEFAULT_FLOODING_SETTINGS, findFlooding, floodingFinding, isFlooded } from './flooding.js';

describe('isFlooded', () => {
  it('should use 100 bpm, 10% over resting and distress 8 by default', () => {
    expect(DEFAULT_FLOODING_SETTINGS).toEqual({
      floodingBpm: 100,
      floodingPercentOverResting: 10,
      distressThreshold: 8,
    });
  });

  it('should count a heart rate of exactly 100 as flooded and 99 as not', () => {
    expect(isFlooded({ distress: 0, heartRate: 100 })).toEqual({ flooded: true, rules: ['heartRate'] });
    expect(isFlooded({ distress: 0, heartRate: 99 })).toEqual({ flooded: false, rules: [] });
  });

  it('should count exactly 10% over the resting rate as flooded and just under as not', () => {
    expect(isFlooded({ distress: 0, heartRate: 77, restingHeartRate: 70 })).toEqual({
      flooded: true,
      rules: ['heartRateOverResting'],
    });
    expect(isFlooded({ distress: 0, heartRate: 76.9, restingHeartRate: 70 })).toEqual({ flooded: false, rules: [] });
    // 1.1 × 60 is 66.00000000000001 in floating point; the integer comparison still counts 66 as 10% over.
    expect(isFlooded({ distress: 0, heartRate: 66, restingHeartRate: 60 }).flooded).toBe(true);
  });

  it('should count distress of exactly 8 as flooded and 7 as not', () => {
    expect(isFlooded({ distress: 8 })).toEqual({ flooded: true, rules: ['distress'] });
    expect(isFlooded({ distress: 7 })).toEqual({ flooded: false, rules: [] });
  });

  it('should list every rule that fired, heart rate first', () => {
    expect(isFlooded({ distress: 9, heartRate: 120, restingHeartRate: 60 }).rules).toEqual([
      'heartRate',
      'heartRateOverResting',
      'distress',
    ]);
  });

  it('should ignore the resting rate when no heart rate is given, and accept null for a missing sensor', () => {
    expect(isFlooded({ distress: 2, restingHeartRate: 60 }).flooded).toBe(false);
    expect(isFlooded({ distress: 2, heartRate: null, restingHeartRate: null }).flooded).toBe(false);
  });

  it('should apply settings the caller gives, keeping defaults for the rest', () => {
    // An athlete's limit of 80 bpm (grounding §1.8).
    expect(isFlooded({ distress: 0, heartRate: 80 }, { floodingBpm: 80 }).rules).toEqual(['heartRate']);
    expect(isFlooded({ distress: 6 }, { distressThreshold: 6 }).flooded).toBe(true);
    expect(
      isFlooded({ distress: 0, heartRate: 66, restingHeartRate: 60 }, { floodingPercentOverResting: 20 }).flooded,
    ).toBe(false);
  });

  it('should throw InputError naming each field out of range', () => {
    try {
      isFlooded({ distress: 11, heartRate: -5 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((issue) => issue.path)).toEqual(['distress', 'heartRate']);
    }
    expect(() => isFlooded({ distress: 3 }, { floodingBpm: 0 })).toThrow(InputError);
    expect(() => isFlooded(null as never)).toThrow(InputError);
  });
});

describe('floodingFinding', () => {
  it('should cite the heart-rate rule with its numbers', () => {
    expect(floodingFinding('a', { distress: 3, heartRate: 104 })).toEqual({
      kind: 'flooding',
      partner: 'a',
      evidence: { kind: 'checkIn', distress: 3, heartRate: 104 },
      messageId: 'patterns.flooding.heartRate',
      params: { heartRate: 104, limit: 100 },
    });
  });

  it('should cite the over-resting rule with the resting rate and percentage', () => {
    expect(floodingFinding('b', { distress: 3, heartRate: 80, restingHeartRate: 70 })).toEqual({
      kind: 'flooding',
      partner: 'b',
      evidence: { kind: 'checkIn', distress: 3, heartRate: 80, restingHeartRate: 70 },
      messageId: 'patterns.flooding.heartRateOverResting',
      params: { heartRate: 80, restingHeartRate: 70, percent: 10 },
    });
  });

  it('should cite distress when no heart rule fired, leaving out a missing heart rate', () => {
    expect(floodingFinding('a', { distress: 9, heartRate: null })).toEqual({
      kind: 'flooding',
      partner: 'a',
      evidence: { kind: 'checkIn', distress: 9 },
      messageId: 'patterns.flooding.distress',
      params: { distress: 9 },
    });
  });

  it.each([{ distress: 0, heartRate: 130 }, { distress: 0, heartRate: 90, restingHeartRate: 60 }, { distress: 10 }])(
    'should fill exactly the placeholders of its message for %j',
    (reading) => {
      const finding = floodingFinding('a', reading);
      const placeholders = [...en[finding?.messageId ?? 'patterns.flooding.distress'].matchAll(/\{(\w+)\}/g)]
        .map((match) => match[1])
        .sort();
      expect(Object.keys(finding?.params ?? {}).sort()).toEqual(placeholders);
    },
  );

  it('should return null for a calm check-in', () => {
    expect(floodingFinding('a', { distress: 2, heartRate: 70, restingHeartRate: 68 })).toBeNull();
  });

  it('should throw InputError for an unknown partner', () => {
    expect(() => floodingFinding('c' as never, { distress: 2 })).toThrow(InputError);
  });
});

describe('findFlooding', () => {
  const partner = fc.constantFrom<PartnerId>('a', 'b');

  test.prop([partner, checkInReadingArbitrary, floodingSettingsArbitrary])(
    'should return exactly what floodingFinding returns with the same settings',
    (who, reading, settings) => {
      expect(findFlooding(who, reading, settings)).toStrictEqual(floodingFinding(who, reading, settings));
    },
  );

  test.prop([partner, checkInReadingArbitrary])(
    'should return what floodingFinding returns without settings when given the defaults it fills in',
    (who, reading) => {
      expect(findFlooding(who, reading, DEFAULT_FLOODING_SETTINGS)).toStrictEqual(floodingFinding(who, reading));
    },
  );
});
