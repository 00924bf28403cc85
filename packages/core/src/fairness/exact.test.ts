import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wideCoordinateArb } from '../testing/pointArbitraries.js';
import {
  compareRatios,
  decompose,
  productSumSign,
  ratio,
  ratioToNumber,
  scaledIntegers,
  scaledRatioToNumber,
} from './exact.js';

/** The exact sign by BigInt alone, the definition productSumSign must match (fairness.md §4 T4). */
function referenceSign(values: readonly number[]): number {
  const [p1, q1, r1, s1, p2, q2, r2, s2] = scaledIntegers(values).ints as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const value = (p1 - q1) * (r1 - s1) + (p2 - q2) * (r2 - s2);
  return value > 0n ? 1 : value < 0n ? -1 : 0;
}

const eight = fc.tuple(
  wideCoordinateArb,
  wideCoordinateArb,
  wideCoordinateArb,
  wideCoordinateArb,
  wideCoordinateArb,
  wideCoordinateArb,
  wideCoordinateArb,
  wideCoordinateArb,
);

describe('decompose', () => {
  it('should split a double into an integer mantissa and a power of two', () => {
    expect(decompose(0.75)).toEqual({ mantissa: 3n, exponent: -2 });
    expect(decompose(-1)).toEqual({ mantissa: -1n, exponent: 0 });
    expect(decompose(0.1)).toEqual({ mantissa: 3602879701896397n, exponent: -55 });
    expect(decompose(-(2 ** 60) - 2 ** 8)).toEqual({ mantissa: -(2n ** 52n + 1n), exponent: 8 });
    expect(decompose(5e-324)).toEqual({ mantissa: 1n, exponent: -1074 });
    expect(decompose(0)).toEqual({ mantissa: 0n, exponent: 0 });
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('should rebuild the exact value', (x) => {
    const { mantissa, exponent } = decompose(x);
    const rebuilt = exponent >= 0 ? Number(mantissa << BigInt(exponent)) : scaledRatioToNumber(mantissa, 1n, exponent);
    expect(rebuilt).toBe(x === 0 ? 0 : x);
  });
});

describe('scaledIntegers', () => {
  it('should scale every value by one common power of two', () => {
    expect(scaledIntegers([0.5, 3, -0.25, 0])).toEqual({ ints: [2n, 12n, -1n, 0n], exponent: -2 });
    expect(scaledIntegers([0, 0])).toEqual({ ints: [0n, 0n], exponent: 0 });
    expect(scaledIntegers([2 ** 60, 2 ** 61])).toEqual({ ints: [1n, 2n], exponent: 60 });
  });
});

describe('productSumSign', () => {
  it('should see an exact tie that floating point gets wrong', () => {
    // d = (0.1, 0.1): the gains products of (0.2, 0.7) and (0.3, 0.4) are exactly equal as doubles go, yet the naive
    // float evaluation calls the second larger. Checked against the plain BigInt definition.
    const values = [0.2, 0.1, 0.7, 0.1, 0.1, 0.3, 0.4, 0.1] as const;
    expect(Math.sign((0.2 - 0.1) * (0.7 - 0.1) - (0.3 - 0.1) * (0.4 - 0.1))).toBe(-1);
    expect(referenceSign(values)).toBe(0);
    expect(productSumSign(...values)).toBe(0);
    // And a float "tie" that is not one: (0.1 − 0.3)(0.7 − 0.3) vs (0.2 − 0.3)(1.1 − 0.3).
    expect(productSumSign(0.1, 0.3, 0.7, 0.3, 0.3, 0.2, 1.1, 0.3)).toBe(1);
    // An exact integer tie: 15·7 − 7·15 = 0 (the T2 products, fairness.md §4).
    expect(productSumSign(20, 5, 10, 3, 5, 12, 18, 3)).toBe(0);
  });

  it('should answer 0, never -0, for an exact zero', () => {
    expect(Object.is(productSumSign(0, 0, -3, 0, 0, 0, -2, 0), 0)).toBe(true);
    expect(Object.is(productSumSign(0.5, 0.5, -3, 0, 0, 0, -2, 0), 0)).toBe(true);
  });

  it('should decide signs beyond the range of floating-point products', () => {
    expect(productSumSign(1e300, 0, 1e300, 0, 0, 1e300, 1e300, 0)).toBe(0);
    expect(productSumSign(1e-300, 0, 1e-300, 0, 0, 1e-300, 2e-300, 0)).toBe(-1);
    expect(productSumSign(2 ** 53 + 2, 0, 2 ** 53 + 2, 0, 0, 2 ** 53, 2 ** 53 + 4, 0)).toBe(1);
  });

  test.prop([eight])('should agree with the exact BigInt sign for any finite doubles (T4)', (values) => {
    expect(productSumSign(...values)).toBe(referenceSign(values));
  });

  test.prop([
    fc.tuple(
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
    ),
  ])('should agree with the exact sign on small integers, where exact ties are common', (values) => {
    expect(productSumSign(...values)).toBe(referenceSign(values));
  });
});

describe('ratio', () => {
  it('should reduce to lowest terms with a positive denominator', () => {
    expect(ratio(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(ratio(0n, -7n)).toEqual({ num: 0n, den: 1n });
  });

  it('should refuse a zero denominator', () => {
    expect(() => ratio(1n, 0n)).toThrow(RangeError);
  });

  it('should compare rationals exactly', () => {
    expect(compareRatios(ratio(1n, 3n), ratio(2n, 6n))).toBe(0);
    expect(compareRatios(ratio(-1n, 3n), ratio(1n, -4n))).toBe(-1);
    expect(compareRatios(ratio(10n, 13n), ratio(3n, 4n))).toBe(1);
  });
});

describe('ratioToNumber', () => {
  it('should round like IEEE division, ties to even, down to the subnormals', () => {
    expect(ratioToNumber(1n, 3n)).toBe(1 / 3);
    expect(ratioToNumber(-180n, 11n)).toBe(-180 / 11);
    expect(ratioToNumber(1n, 2n ** 1074n)).toBe(5e-324);
    expect(ratioToNumber(1n, 2n ** 1075n)).toBe(0); // exactly half the smallest subnormal: ties to even (0)
    expect(ratioToNumber(3n, 2n ** 1076n)).toBe(5e-324); // 0.75 of it rounds up
    expect(ratioToNumber(2n ** 53n + 1n, 1n)).toBe(2 ** 53); // a tie between 2^53 and 2^53 + 2: even
    expect(ratioToNumber(2n ** 53n + 3n, 1n)).toBe(2 ** 53 + 4);
    expect(ratioToNumber(0n, 5n)).toBe(0);
    expect(ratioToNumber(10n ** 400n, 1n)).toBe(Number.POSITIVE_INFINITY); // beyond the doubles, as division would
  });

  test.prop([fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 2 ** 53 - 1 })])(
    'should equal the correctly rounded quotient of two exact integers',
    (num, den) => {
      expect(ratioToNumber(BigInt(num), BigInt(den))).toBe(num / den + 0);
    },
  );

  test.prop([
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
    fc.integer({ min: -60, max: 60 }),
  ])('should return a double exactly when the rational is one', (x, power) => {
    const { mantissa, exponent } = decompose(x);
    expect(scaledRatioToNumber(mantissa, 1n, exponent)).toBe(x + 0);
    expect(scaledRatioToNumber(mantissa << 70n, 1n << 70n, exponent + power)).toBe((x + 0) * 2 ** power);
  });

  const safeInteger = fc.bigInt({ min: 1n, max: BigInt(Number.MAX_SAFE_INTEGER) });

  test.prop([safeInteger, safeInteger])(
    'should equal floating-point division when both parts are exact numbers, since IEEE division rounds once',
    (num, den) => {
      expect(ratioToNumber(num, den)).toBe(Number(num) / Number(den));
    },
  );

  test.prop([safeInteger, safeInteger, fc.bigInt({ min: 1n, max: 1n << 300n })])(
    'should ignore a common factor, however large',
    (num, den, factor) => {
      expect(ratioToNumber(num * factor, den * factor)).toBe(Number(num) / Number(den));
    },
  );

  it('should round halfway cases to even', () => {
    const twoTo53 = 2n ** 53n;
    expect(ratioToNumber(twoTo53 + 1n, 1n)).toBe(2 ** 53);
    expect(ratioToNumber(twoTo53 + 3n, 1n)).toBe(2 ** 53 + 4);
    expect(ratioToNumber(2n * twoTo53 + 1n, 2n)).toBe(2 ** 53);
  });

  it('should round values far beyond 2^53 correctly', () => {
    // 2^80 + 2^27 + 1 lies just above the midpoint of its neighbours 2^80 and 2^80 + 2^28: the bits below the
    // rounding position must not be dropped, or it would round down as a tie.
    expect(ratioToNumber(2n ** 80n + 2n ** 27n + 1n, 1n)).toBe(2 ** 80 + 2 ** 28);
    expect(ratioToNumber(0n, 5n)).toBe(0);
  });

  it('should round subnormal results on their own grid', () => {
    expect(ratioToNumber(1n, 2n ** 1022n)).toBe(2 ** -1022);
    expect(ratioToNumber(1n, 2n ** 1074n)).toBe(Number.MIN_VALUE);
    expect(ratioToNumber(1n, 2n ** 1075n)).toBe(0);
    expect(ratioToNumber(3n, 2n ** 1076n)).toBe(Number.MIN_VALUE);
    expect(ratioToNumber(3n, 2n ** 1075n)).toBe(2 * Number.MIN_VALUE);
    expect(ratioToNumber(1n, 10n ** 400n)).toBe(0);
    expect(ratioToNumber(1n, 10n ** 320n)).toBe(1e-320);
  });
});
