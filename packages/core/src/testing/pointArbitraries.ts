// fast-check generators for the point-level fairness functions (paretoFront, nashBargain), plus the small pure
// transformations the properties apply to them (swap, affine maps, permutations). Not exported from the package.
import { fc } from '@fast-check/vitest';
import type { OptionPoint } from '../fairness/point.js';
import type { Pair } from '../schemas/partner.js';

/**
 * Code units chosen to stress T1 (fairness.md §4): ASCII of both cases, a character above the surrogates
 * (U+FF5E) and an emoji (a surrogate pair, which sorts *before* U+FF5E by UTF-16 code units although its code point
 * is larger), so any accidental use of code points or localeCompare shows up.
 */
const idUnit = fc.constantFrom('a', 'b', 'B', 'z', '0', '-', 'é', '\uFF5E', '😀');

/** Short option ids: short enough to collide often in shared prefixes, unique where a test needs it. */
export const idArb: fc.Arbitrary<string> = fc.string({ unit: idUnit, minLength: 1, maxLength: 4 });

/** Small integer coordinates: many ties, identical points and collinear triples. */
export const smallCoordinateArb: fc.Arbitrary<number> = fc.integer({ min: -6, max: 12 });

/** Integer coordinates as the engine produces them (numerators N_p, fairness.md §1.1). */
export const integerCoordinateArb: fc.Arbitrary<number> = fc.integer({ min: -1000, max: 1000 });

/**
 * Any finite double, biased towards values that break naive float code: huge and tiny magnitudes, subnormals,
 * -0, non-dyadic decimals, integers beyond 2^53, and near-equal neighbours.
 */
export const wideCoordinateArb: fc.Arbitrary<number> = fc.oneof(
  smallCoordinateArb,
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    0,
    -0,
    0.1,
    0.2,
    0.3,
    0.7,
    1 / 3,
    2 ** 53 + 2,
    -(2 ** 60),
    2 ** -1074,
    1e-300,
    1e300,
    -1e308,
    1 + 2 ** -52,
  ),
);

/** Options with unique ids and coordinates from `coordinate`. */
export function optionPointsArb(
  coordinate: fc.Arbitrary<number>,
  constraints: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<OptionPoint[]> {
  return fc.uniqueArray(fc.record({ id: idArb, a: coordinate, b: coordinate }), {
    selector: (point) => point.id,
    minLength: constraints.minLength ?? 0,
    maxLength: constraints.maxLength ?? 12,
  });
}

/**
 * Options with many exact duplicates of each other's points (fresh ids): identical points must all stay on the
 * frontier and be represented by their smallest id on the hull.
 */
export function optionPointsWithTwinsArb(coordinate: fc.Arbitrary<number>): fc.Arbitrary<OptionPoint[]> {
  return fc
    .tuple(
      fc.array(fc.record({ a: coordinate, b: coordinate }), { minLength: 1, maxLength: 5 }),
      fc.uniqueArray(idArb, { minLength: 1, maxLength: 12 }),
    )
    .map(([places, ids]) => ids.map((id, k) => ({ id, ...(places[k % places.length] as Pair<number>) })));
}

/** A disagreement point d with coordinates from `coordinate`. */
export function disagreementArb(coordinate: fc.Arbitrary<number>): fc.Arbitrary<Pair<number>> {
  return fc.record({ a: coordinate, b: coordinate });
}

/** A disagreement point with small integer coordinates, so gains of small-coordinate options often tie or vanish. */
export const smallDisagreementArb: fc.Arbitrary<Pair<number>> = disagreementArb(fc.integer({ min: -6, max: 6 }));

/**
 * Point sets with a disagreement point d: small integers (ties, twins, collinear runs), engine-like integers, and
 * any doubles.
 */
export const bargainingProblemArb: fc.Arbitrary<[OptionPoint[], Pair<number>]> = fc.oneof(
  fc.tuple(optionPointsArb(smallCoordinateArb), smallDisagreementArb),
  fc.tuple(optionPointsWithTwinsArb(smallCoordinateArb), smallDisagreementArb),
  fc.tuple(optionPointsArb(integerCoordinateArb), disagreementArb(integerCoordinateArb)),
  fc.tuple(optionPointsArb(wideCoordinateArb), disagreementArb(wideCoordinateArb)),
);

/** The same with integer coordinates only, so affine maps stay exact (INV). */
export const integerBargainingProblemArb: fc.Arbitrary<[OptionPoint[], Pair<number>]> = fc.oneof(
  fc.tuple(optionPointsArb(smallCoordinateArb), smallDisagreementArb),
  fc.tuple(optionPointsArb(integerCoordinateArb), disagreementArb(integerCoordinateArb)),
);

/**
 * `count` (up to 10007) distinct options on the line a + b = 10007 in a scrambled order (7919 steps through the
 * residues of the prime 10007), so none dominates another: every one is on the Pareto front. For speed smoke tests.
 */
export function frontLinePoints(count: number): OptionPoint[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `opt-${k}`,
    a: (k * 7919) % 10_007,
    b: 10_007 - ((k * 7919) % 10_007),
  }));
}

/** A positive affine map per partner with integer α ≥ 1 and integer β (the INV property, fairness.md §3.1). */
export type Affine = { alphaA: number; betaA: number; alphaB: number; betaB: number };

/** Integer affine maps, small enough that mapped integer points stay exact doubles. */
export const affineArb: fc.Arbitrary<Affine> = fc.record({
  alphaA: fc.integer({ min: 1, max: 1000 }),
  betaA: fc.integer({ min: -100_000, max: 100_000 }),
  alphaB: fc.integer({ min: 1, max: 1000 }),
  betaB: fc.integer({ min: -100_000, max: 100_000 }),
});

/** Applies an affine map to one point. */
export function mapPair(map: Affine, point: Pair<number>): Pair<number> {
  return { a: map.alphaA * point.a + map.betaA, b: map.alphaB * point.b + map.betaB };
}

/** Applies an affine map to every option. */
export function mapPoints(map: Affine, points: readonly OptionPoint[]): OptionPoint[] {
  return points.map((point) => ({ id: point.id, ...mapPair(map, point) }));
}

/** Exchanges the roles of partners a and b in a pair (`swap`, fairness.md §1.4). */
export function swapPair(point: Pair<number>): Pair<number> {
  return { a: point.b, b: point.a };
}

/** Exchanges the roles of partners a and b in every option. */
export function swapPoints(points: readonly OptionPoint[]): OptionPoint[] {
  return points.map((point) => ({ id: point.id, a: point.b, b: point.a }));
}

/** Options together with one permutation of them (ORDER, fairness.md §4). */
export function withPermutationArb<T>(items: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return items.chain((list) =>
    fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
  );
}

/** Values that are not a number at all or not finite: what a form or a JSON file might send. */
export const badNumberArb: fc.Arbitrary<unknown> = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '3',
  '',
  null,
  undefined,
  true,
  3n,
  [],
  {},
);

/** Ids that are not a non-empty string. */
export const badIdArb: fc.Arbitrary<unknown> = fc.constantFrom('', 1, null, undefined, {}, ['x'], Symbol.for('x'));

/**
 * Near-valid option arrays: a valid list with one or more of its entries damaged (a bad number, a bad id, a
 * repeated id, a non-object entry, a hole), so validation is exercised close to the happy path.
 */
export const damagedPointsArb: fc.Arbitrary<unknown[]> = fc
  .tuple(
    optionPointsArb(smallCoordinateArb, { minLength: 1, maxLength: 8 }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.oneof(
          badNumberArb.map((value) => ({ field: 'a' as const, value })),
          badNumberArb.map((value) => ({ field: 'b' as const, value })),
          badIdArb.map((value) => ({ field: 'id' as const, value })),
          fc.constant({ field: 'duplicate' as const, value: undefined }),
          fc.constant({ field: 'drop' as const, value: undefined }),
          // Anything but an object with an id: such an object could happen to be a valid option.
          fc
            .anything()
            .filter((value) => typeof value !== 'object' || value === null || !('id' in value))
            .map((value) => ({ field: 'replace' as const, value })),
        ),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([points, damages]) => {
    const list: unknown[] = points.map((point) => ({ ...point }));
    for (const [at, damage] of damages) {
      const k = at % list.length;
      const entry = list[k];
      if (damage.field === 'replace') list[k] = damage.value;
      else if (damage.field === 'drop')
        Reflect.deleteProperty(list, k); // leaves a hole
      else if (damage.field === 'duplicate') list.push({ ...(points[k] as OptionPoint) });
      else if (typeof entry === 'object' && entry !== null)
        (entry as Record<string, unknown>)[damage.field] = damage.value;
    }
    return list;
  });

/** Option objects for nashBargain: valid, damaged, or anything at all. */
export const junkOptionsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record({ disagreement: fc.oneof(fc.record({ a: badNumberArb, b: smallCoordinateArb }), fc.anything()) }),
  fc.record({ turnTaking: fc.anything() }),
  fc.anything(),
);
