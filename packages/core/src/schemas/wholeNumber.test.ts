import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../testing/inputIssues.js';
import { wholeNumber } from './wholeNumber.js';

describe('wholeNumber', () => {
  test.prop([fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -20, max: 30 })])(
    'should accept exactly the whole numbers from min to max',
    (min, span, value) => {
      const max = min + span;
      expect(wholeNumber(min, max).safeParse(value).success).toBe(value >= min && value <= max);
    },
  );

  it('should name the range for a value out of it, a fraction or the wrong type', () => {
    const schema = wholeNumber(1, 5);
    for (const value of [0, 6, 2.5, '3', Number.NaN, null]) {
      expect(schemaProblems(schema, value)).toEqual(['must be a whole number from 1 to 5']);
    }
  });

  it('should say a missing value is required', () => {
    expect(schemaProblems(wholeNumber(0, 10), undefined)).toEqual(['is required']);
  });
});
