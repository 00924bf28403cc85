import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../testing/inputIssues.js';
import { SessionInputSchema, SessionSettingsSchema } from './sessionInput.js';

function problems(value: unknown): string[] {
  return schemaProblems(SessionInputSchema, value);
}

describe('SessionInputSchema', () => {
  it('should fill in every setting when the input has none', () => {
    expect(SessionInputSchema.parse({}).settings).toEqual(SessionSettingsSchema.parse({}));
  });

  it('should keep the settings given and default the rest', () => {
    const { settings } = SessionInputSchema.parse({ settings: { minBreakMinutes: 25, locale: 'es-MX' } });

    expect(settings.minBreakMinutes).toBe(25);
    expect(settings.locale).toBe('es-MX');
    expect(settings.maxBreakMinutes).toBe(1440);
  });

  it('should explain out-of-range settings in plain words', () => {
    expect(
      problems({
        settings: {
          floodingHeartRate: 300,
          floodingAboveRestingPercent: 0,
          authenticityThreshold: 6,
          reviewAfterDays: 1.5,
          locale: 'english!',
        },
      }),
    ).toMatchInlineSnapshot(`
      [
        "settings.floodingHeartRate: the flooding heart rate must be at most 220 beats per minute",
        "settings.floodingAboveRestingPercent: the percentage over resting must be at least 1",
        "settings.authenticityThreshold: the authenticity threshold must be at most 5",
        "settings.reviewAfterDays: the review period must be a whole number of days",
        "settings.locale: the locale must be a language tag such as "en" or "es-MX"",
      ]
    `);
  });

  it('should word every whole-number setting for its own unit, below, above, fractional and mistyped', () => {
    const cases = {
      floodingHeartRate: [
        39,
        221,
        'a number of beats per minute',
        'a whole number',
        '40 beats per minute',
        '220 beats per minute',
      ],
      floodingAboveRestingPercent: [0, 101, 'a number', 'a whole number', '1', '100'],
      distressThreshold: [0, 11, 'a number from 0 to 10', 'a whole number', '1', '10'],
      winWinThreshold: [0, 101, 'a percentage', 'a whole percentage', '1 percent', '100 percent'],
      coreMinimum: [-1, 11, 'a rating from 0 to 10', 'a whole number', '0', '10'],
      authenticityThreshold: [0, 6, 'a number from 1 to 5', 'a whole number', '1', '5'],
      reviewAfterDays: [0, 366, 'a number of days', 'a whole number of days', '1 day', '365 days'],
    } as const;
    const names = {
      floodingHeartRate: 'the flooding heart rate',
      floodingAboveRestingPercent: 'the percentage over resting',
      distressThreshold: 'the distress threshold',
      winWinThreshold: 'the win-win threshold',
      coreMinimum: 'the core minimum',
      authenticityThreshold: 'the authenticity threshold',
      reviewAfterDays: 'the review period',
    } as const;
    for (const [field, [below, above, type, whole, least, most]] of Object.entries(cases)) {
      const what = `settings.${field}: ${names[field as keyof typeof names]} must be`;
      expect(problems({ settings: { [field]: below } })).toEqual([`${what} at least ${least}`]);
      expect(problems({ settings: { [field]: above } })).toEqual([`${what} at most ${most}`]);
      expect(problems({ settings: { [field]: 2.5 } })).toEqual([`${what} ${whole}`]);
      expect(problems({ settings: { [field]: 'x' } })).toEqual([`${what} ${type}`]);
    }
  });

  it('should reject a shortest break longer than the longest, naming the shortest break', () => {
    expect(problems({ settings: { minBreakMinutes: 90, maxBreakMinutes: 60 } })).toEqual([
      'settings.minBreakMinutes: the shortest break must not be longer than the longest break',
    ]);
  });

  it('should check the shortest break against the default longest break', () => {
    expect(problems({ settings: { minBreakMinutes: 2000 } })).toEqual([
      'settings.minBreakMinutes: the shortest break must not be longer than the longest break',
    ]);
  });

  it('should reject settings of the wrong type', () => {
    expect(problems({ settings: { minBreakMinutes: '20' } })).toEqual([
      'settings.minBreakMinutes: the shortest break must be a number of minutes',
    ]);
  });

  it('should name input and settings that are not objects', () => {
    expect(problems('fast')).toEqual(['must be an object such as { settings }']);
    expect(problems({ settings: 'fast' })).toEqual(['settings: must be an object of settings']);
  });
});
