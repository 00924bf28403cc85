// Exact arithmetic for the fairness engine (fairness.md §4 T4).
//
// Every finite double is a dyadic rational m·2^e, so sums and products of input numbers can be compared exactly.
// The hot path asks one question, the sign of (p1 − q1)(r1 − s1) + (p2 − q2)(r2 − s2): a Nash product comparison,
// an orientation test of the hull, or a derivative along a hull edge. It is answered in floating point whenever a
// rigorous error bound proves the sign, then by exact integer arithmetic (plain numbers when that is provably exact,
// BigInt otherwise). Results therefore never depend on float noise, on option order or on which partner is 'a'.

/** A rational number num/den with den > 0, in lowest terms; used for shares and points on a hull edge. */
export type Ratio = { readonly num: bigint; readonly den: bigint };

/**
 * Relative error bound of the float evaluation of (p1 − q1)(r1 − s1) + (p2 − q2)(r2 − s2), as a multiple of
 * |t1| + |t2|. Shewchuk's orient2d filter needs (3 + 16ε)ε ≈ 2^-51.4 (ε = 2^-53); 2^-50 leaves room for the rounding
 * of the bound itself and for the absolute error of products that land in the subnormal range.
 */
const FILTER_BOUND = 2 ** -50;
/** Below this |t1| + |t2| the filter is not trusted (underflow), so the exact path decides. */
const FILTER_FLOOR = 2 ** -960;
const TWO_POW_53 = 2 ** 53;
const TWO_POW_52 = 2 ** 52;

/**
 * The sign of (p1 − q1)(r1 − s1) + (p2 − q2)(r2 − s2), computed exactly for any finite doubles.
 *
 * Both terms have the same shape on purpose: a Nash product comparison is
 * `productSumSign(a1, da, b1, db, da, a2, b2, db)` and the orientation of O, A, B is
 * `productSumSign(Aa, Oa, Bb, Ob, Ob, Ab, Ba, Oa)`.
 */
export function productSumSign(
  p1: number,
  q1: number,
  r1: number,
  s1: number,
  p2: number,
  q2: number,
  r2: number,
  s2: number,
): -1 | 0 | 1 {
  const t1 = (p1 - q1) * (r1 - s1);
  const t2 = (p2 - q2) * (r2 - s2);
  const sum = t1 + t2;
  const magnitude = Math.abs(t1) + Math.abs(t2);
  // NaN or Infinity (overflow) fail both comparisons and fall through to the exact path.
  if (magnitude >= FILTER_FLOOR && magnitude <= Number.MAX_VALUE) {
    const bound = FILTER_BOUND * magnitude;
    if (sum > bound) return 1;
    if (sum < -bound) return -1;
  }
  return exactProductSumSign(p1, q1, r1, s1, p2, q2, r2, s2);
}

function isSmallInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) <= TWO_POW_52;
}

/** The exact fallback of {@link productSumSign}: near-ties, collinear points, extreme magnitudes. */
function exactProductSumSign(
  p1: number,
  q1: number,
  r1: number,
  s1: number,
  p2: number,
  q2: number,
  r2: number,
  s2: number,
): -1 | 0 | 1 {
  // Integers up to 2^52 have exact differences; if both products are below 2^53 they are exact integers too, and
  // rounding their sum cannot change its sign (an exact zero stays zero). This is the common case: exact ties.
  if (
    isSmallInteger(p1) &&
    isSmallInteger(q1) &&
    isSmallInteger(r1) &&
    isSmallInteger(s1) &&
    isSmallInteger(p2) &&
    isSmallInteger(q2) &&
    isSmallInteger(r2) &&
    isSmallInteger(s2)
  ) {
    const t1 = (p1 - q1) * (r1 - s1);
    const t2 = (p2 - q2) * (r2 - s2);
    if (Math.abs(t1) < TWO_POW_53 && Math.abs(t2) < TWO_POW_53) {
      const sum = t1 + t2;
      return sum > 0 ? 1 : sum < 0 ? -1 : 0; // never -0
    }
  }
  // Every term is scaled by the same power of two, which does not change the sign.
  const [P1, Q1, R1, S1, P2, Q2, R2, S2] = scaledIntegers([p1, q1, r1, s1, p2, q2, r2, s2]).ints as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  return bigSign((P1 - Q1) * (R1 - S1) + (P2 - Q2) * (R2 - S2));
}

/** The sign of a BigInt as a number. */
export function bigSign(x: bigint): -1 | 0 | 1 {
  return x > 0n ? 1 : x < 0n ? -1 : 0;
}

const view = new DataView(new ArrayBuffer(8));

/** Splits a finite double into an odd integer mantissa and a power of two: x = mantissa · 2^exponent, exactly. */
export function decompose(x: number): { mantissa: bigint; exponent: number } {
  if (x === 0) return { mantissa: 0n, exponent: 0 };
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const top = high & 0xfffff;
  // Subnormals have no implicit leading bit and the smallest exponent; both mantissas stay below 2^53, so exact.
  let magnitude = (biased === 0 ? top : top + 0x100000) * 2 ** 32 + low;
  let exponent = biased === 0 ? -1074 : biased - 1075;
  // Strip trailing zero bits, so integers get exponent ≥ 0 and the BigInts stay as small as the value allows.
  if (low === 0) {
    magnitude /= 2 ** 32;
    exponent += 32;
  }
  while (magnitude % 2 === 0) {
    magnitude /= 2;
    exponent++;
  }
  return { mantissa: BigInt(high >>> 31 === 1 ? -magnitude : magnitude), exponent };
}

/**
 * Scales finite doubles to integers by one common power of two: values[i] = ints[i] · 2^exponent exactly.
 * Sums, differences and comparisons of the integers are those of the doubles.
 */
export function scaledIntegers(values: readonly number[]): { ints: bigint[]; exponent: number } {
  const parts = values.map(decompose);
  let exponent = Number.POSITIVE_INFINITY;
  for (const part of parts) if (part.mantissa !== 0n && part.exponent < exponent) exponent = part.exponent;
  if (exponent === Number.POSITIVE_INFINITY) exponent = 0;
  const ints = parts.map((part) => part.mantissa << BigInt(part.exponent - exponent));
  return { ints, exponent };
}

function bigAbs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcd(x: bigint, y: bigint): bigint {
  let a = bigAbs(x);
  let b = bigAbs(y);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The rational num/den in lowest terms with a positive denominator. Throws a RangeError for den = 0 (a bug). */
export function ratio(num: bigint, den: bigint): Ratio {
  if (den === 0n) throw new RangeError('ratio: zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den); // ≥ 1, as den ≠ 0
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** Compares two rationals exactly: -1 if x < y, 0 if equal, 1 if x > y. */
export function compareRatios(x: Ratio, y: Ratio): -1 | 0 | 1 {
  return bigSign(x.num * y.den - y.num * x.den);
}

/** The double nearest to (num/den)·2^exponent: a ratio of {@link scaledIntegers} turned back into a number. */
export function scaledRatioToNumber(num: bigint, den: bigint, exponent: number): number {
  return exponent >= 0 ? ratioToNumber(num << BigInt(exponent), den) : ratioToNumber(num, den << BigInt(-exponent));
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** x · 2^power for an x whose result is exactly representable; scaled in steps so no intermediate over- or underflows. */
function timesPowerOfTwo(x: number, power: number): number {
  let result = x;
  let left = power;
  while (left > 1000) {
    result *= 2 ** 1000;
    left -= 1000;
  }
  while (left < -1000) {
    result *= 2 ** -1000;
    left += 1000;
  }
  return result * 2 ** left;
}

/**
 * The double nearest to num/den (ties to even), the same rounding as IEEE division of exact operands, including in
 * the subnormal range. So `ratioToNumber(1n, 3n) === 1 / 3`, and a rational and its mirror round the same way.
 */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (den === 0n) throw new RangeError('ratioToNumber: zero denominator');
  const negative = num < 0n !== den < 0n;
  const n = bigAbs(num);
  const d = bigAbs(den);
  if (n === 0n) return 0;
  // Scale so the integer quotient has at least 55 bits: two bits below the 53 kept, plus a sticky remainder.
  const shift = 55 - (bitLength(n) - bitLength(d));
  const numerator = shift >= 0 ? n << BigInt(shift) : n;
  const denominator = shift >= 0 ? d : d << BigInt(-shift);
  const quotient = numerator / denominator;
  const sticky = numerator % denominator !== 0n;
  // The value is (quotient + f)·2^-shift with 0 ≤ f < 1 (f > 0 iff sticky). Keep 53 bits, or fewer when the result
  // is subnormal (its last bit is then worth 2^-1074).
  const drop = Math.max(bitLength(quotient) - 53, shift - 1074);
  let kept = quotient >> BigInt(drop);
  const rest = quotient - (kept << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (sticky || (kept & 1n) === 1n))) kept += 1n;
  const magnitude = timesPowerOfTwo(Number(kept), drop - shift);
  return negative ? -magnitude : magnitude;
}
