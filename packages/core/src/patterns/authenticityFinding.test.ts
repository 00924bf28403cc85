import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { authenticityInputArbitrary } from '../testing/patternArbitraries.js';
import { authenticityFinding, findLowAuthenticity } from './authenticityFinding.js';

describe('authenticityFinding', () => {
  it('should flag a score of 2 or less by default', () => {
    expect(authenticityFinding({ partner: 'b', score: 2 })).toEqual({
      kind: 'subordination',
      partner: 'b',
      evidence: { kind: 'authenticity', score: 2 },
      messageId: 'patterns.authenticity.low',
      params: { score: 2 },
    });
    expect(authenticityFinding({ partner: 'a', score: 1 })?.kind).toBe('subordination');
  });

  it('should not flag a score of 3 or more by default', () => {
    expect(authenticityFinding({ partner: 'a', score: 3 })).toBeNull();
    expect(authenticityFinding({ partner: 'a', score: 5 })).toBeNull();
  });

  it('should flag scores below a threshold the caller gives', () => {
    expect(authenticityFinding({ partner: 'a', score: 3, threshold: 4 })?.evidence).toEqual({
      kind: 'authenticity',
      score: 3,
    });
    expect(authenticityFinding({ partner: 'a', score: 4, threshold: 4 })).toBeNull();
  });

  it('should throw InputError for a score outside 1-5 or not whole', () => {
    expect(() => authenticityFinding({ partner: 'a', score: 0 })).toThrow(InputError);
    expect(() => authenticityFinding({ partner: 'a', score: 2.5 })).toThrow(InputError);
    expect(() => authenticityFinding({ partner: 'a', score: 3, threshold: 6 })).toThrow(InputError);
  });
});

describe('findLowAuthenticity', () => {
  test.prop([authenticityInputArbitrary])('should return exactly what authenticityFinding returns', (input) => {
    expect(findLowAuthenticity(input)).toStrictEqual(authenticityFinding(input));
  });
});
