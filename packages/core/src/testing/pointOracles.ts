// Brute-force oracles for the point-level fairness functions: quadratic or worse, obviously correct, exact (BigInt).
// They share nothing with the fast code except `scaledIntegers`, whose own tests pin it to exact values.
import { scaledIntegers } from '../fairness/exact.js';
import type { OptionPoint } from '../fairness/point.js';
import type { Pair } from '../schemas/partner.js';

/** An exact rational as a plain pair of BigInts (den > 0, not necessarily reduced). */
export type Fraction = { num: bigint; den: bigint };

/** Exact comparison of two fractions with positive denominators. */
export function compareFractions(x: Fraction, y: Fraction): number {
  const left = x.num * y.den;
  const right = y.num * x.den;
  return left > right ? 1 : left < right ? -1 : 0;
}

/** The points and d as exact integers in one common unit (a power of two), gains relative to d. */
export function exactGains(
  points: readonly OptionPoint[],
  d: Pair<number>,
): { ids: string[]; ga: bigint[]; gb: bigint[]; exponent: number } {
  const values = [d.a, d.b, ...points.flatMap((point) => [point.a, point.b])];
  const { ints, exponent } = scaledIntegers(values);
  const da = ints[0] as bigint;
  const db = ints[1] as bigint;
  return {
    ids: points.map((point) => point.id),
    ga: points.map((_, k) => (ints[2 + 2 * k] as bigint) - da),
    gb: points.map((_, k) => (ints[3 + 2 * k] as bigint) - db),
    exponent,
  };
}

/** PF-4: the ids of the options no other option dominates, by the O(n²) definition, sorted by JavaScript `<`. */
export function bruteForceFront(points: readonly OptionPoint[]): string[] {
  const kept = points.filter((y) => !points.some((x) => x.a >= y.a && x.b >= y.b && (x.a > y.a || x.b > y.b)));
  return kept.map((point) => point.id).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** §4 T3 by enumeration: the id with the largest exact product among options with both gains > 0, ties by id. */
export function bruteForceNashOption(points: readonly OptionPoint[], d: Pair<number>): string | undefined {
  const { ids, ga, gb } = exactGains(points, d);
  let best: { id: string; product: bigint } | undefined;
  for (let k = 0; k < ids.length; k++) {
    const x = ga[k] as bigint;
    const y = gb[k] as bigint;
    if (x <= 0n || y <= 0n) continue;
    const candidate = { id: ids[k] as string, product: x * y };
    if (
      best === undefined ||
      candidate.product > best.product ||
      (candidate.product === best.product && candidate.id < best.id)
    )
      best = candidate;
  }
  return best?.id;
}

/** A finite double as an exact fraction. */
export function toFraction(x: number): Fraction {
  const { ints, exponent } = scaledIntegers([x]);
  const num = ints[0] as bigint;
  return exponent >= 0 ? { num: num << BigInt(exponent), den: 1n } : { num, den: 1n << BigInt(-exponent) };
}

/** x − y, exactly. */
export function subtractFractions(x: Fraction, y: Fraction): Fraction {
  return { num: x.num * y.den - y.num * x.den, den: x.den * y.den };
}

/** x · y, exactly. */
export function multiplyFractions(x: Fraction, y: Fraction): Fraction {
  return { num: x.num * y.num, den: x.den * y.den };
}

/** The exact product of gains at a point given by fractions of the common unit, or undefined unless both are > 0. */
function productIfPositive(x: Fraction, y: Fraction): Fraction | undefined {
  if (x.num <= 0n || y.num <= 0n) return undefined;
  return { num: x.num * y.num, den: x.den * y.den };
}

/**
 * The hull Nash product by enumeration (checks H1 and the hull optimum): every hull point lies on a segment between
 * two options, so the best product over all pairs (each pair: its endpoints and the stationary point of the
 * quadratic inside it) is the best product over the hull. Undefined when no hull point is strictly better than d
 * for both.
 */
export function bruteForceHullProduct(points: readonly OptionPoint[], d: Pair<number>): Fraction | undefined {
  const { ga, gb, exponent } = exactGains(points, d);
  let best: Fraction | undefined;
  const consider = (value: Fraction | undefined): void => {
    if (value !== undefined && (best === undefined || compareFractions(value, best) > 0)) best = value;
  };
  for (let i = 0; i < ga.length; i++) {
    const pa = ga[i] as bigint;
    const pb = gb[i] as bigint;
    consider(productIfPositive({ num: pa, den: 1n }, { num: pb, den: 1n }));
    for (let j = i + 1; j < ga.length; j++) {
      const wa = (ga[j] as bigint) - pa;
      const wb = (gb[j] as bigint) - pb;
      if (wa * wb >= 0n) continue; // the product is not concave along this segment: its endpoints are enough
      // (pa + t·wa)(pb + t·wb) is stationary at t = −(wa·pb + wb·pa) / (2·wa·wb).
      let num = -(wa * pb + wb * pa);
      let den = 2n * wa * wb;
      if (den < 0n) {
        num = -num;
        den = -den;
      }
      if (num <= 0n || num >= den) continue;
      consider(productIfPositive({ num: pa * den + num * wa, den }, { num: pb * den + num * wb, den }));
    }
  }
  const found: Fraction | undefined = best;
  if (found === undefined) return undefined;
  // Back from the common unit 2^exponent to plain numbers: a product carries the unit twice.
  const power = BigInt(2 * Math.abs(exponent));
  return exponent >= 0 ? { num: found.num << power, den: found.den } : { num: found.num, den: found.den << power };
}

/** The exact product of gains of the point p relative to d, or undefined unless both gains are > 0. */
export function exactProduct(p: Pair<Fraction>, d: Pair<number>): Fraction | undefined {
  const x = subtractFractions(p.a, toFraction(d.a));
  const y = subtractFractions(p.b, toFraction(d.b));
  return productIfPositive(x, y);
}
