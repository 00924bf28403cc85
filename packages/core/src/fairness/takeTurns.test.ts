import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Pair } from '../schemas/partner.js';
import {
  affineArb,
  bargainingProblemArb,
  integerBargainingProblemArb,
  mapPair,
  mapPoints,
  optionPointsWithTwinsArb,
  smallCoordinateArb,
  smallDisagreementArb,
  swapPair,
  swapPoints,
  withPermutationArb,
} from '../testing/pointArbitraries.js';
import {
  bruteForceHullProduct,
  bruteForceNashOption,
  compareFractions,
  exactProduct,
  type Fraction,
  multiplyFractions,
  subtractFractions,
  toFraction,
} from '../testing/pointOracles.js';
import { productSumSign, ratioToNumber } from './exact.js';
import { type NashResult, nashBargain } from './nash.js';
import { IssueList, type OptionPoint, readOptionPoints } from './point.js';
import { type HullNash, hullChain, hullNash } from './takeTurns.js';

const turns = { turnTaking: true } as const;

function exactHull(points: readonly OptionPoint[], d: Pair<number>): HullNash {
  return hullNash(readOptionPoints(points, new IssueList()), d);
}

function byId(points: readonly OptionPoint[], id: string): OptionPoint {
  return points.find((point) => point.id === id) as OptionPoint;
}

/** The exact hull Nash point of a result: an option's own point, or the exact point inside the edge. */
function exactPoint(points: readonly OptionPoint[], d: Pair<number>, result: NashResult): Pair<Fraction> | undefined {
  if (result.kind === 'noMutualGain') return undefined;
  if (result.kind === 'option') {
    const point = byId(points, result.id);
    return { a: toFraction(point.a), b: toFraction(point.b) };
  }
  const found = exactHull(points, d);
  if (found.kind !== 'edge') throw new Error('a turns result must come from an edge');
  return found.point;
}

/** Orientation of (o, x, y): > 0 counter-clockwise, 0 collinear, < 0 clockwise. */
function orientation(o: Pair<number>, x: Pair<number>, y: Pair<number>): number {
  return productSumSign(x.a, o.a, y.b, o.b, o.b, x.b, y.a, o.a);
}

describe('nashBargain with turnTaking (fairness.md §5)', () => {
  it('§3.4: should keep (1,2) against (2,0), then mix (1,2) and (2,1) half and half once (2,1) joins', () => {
    const q = { id: 'q', a: 1, b: 2 };
    const p = { id: 'p', a: 2, b: 0 };
    const r = { id: 'r', a: 2, b: 1 };
    expect(nashBargain([q, p], turns)).toEqual({ kind: 'option', id: 'q', point: { a: 1, b: 2 } });
    // b drops from 2 to 1.5 although only a's options grew: Nash is not monotone (§3.4).
    expect(nashBargain([q, p, r], turns)).toEqual({
      kind: 'turns',
      parts: [
        { id: 'q', share: 0.5 },
        { id: 'r', share: 0.5 },
      ],
      point: { a: 1.5, b: 1.5 },
    });
  });

  it('§3.4: should find (¾,¾) in S and (1, 0.7) in the larger T', () => {
    const s = [
      { id: 'o', a: 0, b: 0 },
      { id: 'top', a: 0, b: 1 },
      { id: 'mid', a: 0.75, b: 0.75 },
      { id: 'right', a: 1, b: 0 },
    ];
    expect(nashBargain(s, turns)).toEqual({ kind: 'option', id: 'mid', point: { a: 0.75, b: 0.75 } });
    const t = [
      { id: 'o', a: 0, b: 0 },
      { id: 'top', a: 0, b: 1 },
      { id: 'corner', a: 1, b: 0.7 },
      { id: 'right', a: 1, b: 0 },
    ];
    expect(nashBargain(t, turns)).toEqual({ kind: 'option', id: 'corner', point: { a: 1, b: 0.7 } });
  });

  it('§5: should mix two options each unacceptable to one partner into one good for both', () => {
    // Gains (−1, 10) and (10, −1) relative to d = (0,0) mix half and half to (4.5, 4.5).
    const points = [
      { id: 'x', a: -1, b: 10 },
      { id: 'y', a: 10, b: -1 },
    ];
    expect(nashBargain(points)).toEqual({ kind: 'noMutualGain', frontier: ['x', 'y'] });
    expect(nashBargain(points, turns)).toEqual({
      kind: 'turns',
      parts: [
        { id: 'x', share: 0.5 },
        { id: 'y', share: 0.5 },
      ],
      point: { a: 4.5, b: 4.5 },
    });
  });

  it('should clip the edge at d and return noMutualGain when d lies above the line', () => {
    const points = [
      { id: 'x', a: 1, b: 10 },
      { id: 'y', a: 10, b: 1 },
    ];
    expect(nashBargain(points, { ...turns, disagreement: { a: 6, b: 6 } })).toEqual({
      kind: 'noMutualGain',
      frontier: ['x', 'y'],
    });
    expect(nashBargain(points, { ...turns, disagreement: { a: 5, b: 5 } })).toEqual({
      kind: 'turns',
      parts: [
        { id: 'x', share: 0.5 },
        { id: 'y', share: 0.5 },
      ],
      point: { a: 5.5, b: 5.5 },
    });
  });

  it('should give unequal shares: P five times in twelve, R seven (t* = 7/12)', () => {
    // P = (0,6), R = (6,0), d = (1,0): t* = −(6·6 + (−6)·(−1)) / (2·6·(−6)) = 7/12; the point is (3.5, 2.5).
    const result = nashBargain(
      [
        { id: 'R', a: 6, b: 0 },
        { id: 'P', a: 0, b: 6 },
      ],
      { ...turns, disagreement: { a: 1, b: 0 } },
    );
    expect(result).toEqual({
      kind: 'turns',
      parts: [
        { id: 'P', share: 5 / 12 },
        { id: 'R', share: 1 - 5 / 12 },
      ],
      point: { a: 3.5, b: 2.5 },
    });
    if (result.kind === 'turns') expect(result.parts[0].share + result.parts[1].share).toBe(1);
  });

  it('should not treat an option on the line between two others as a vertex (T5)', () => {
    // (2,2) lies on the edge from (0,4) to (4,0): the plan is stated with the two vertices.
    const points = [
      { id: 'left', a: 0, b: 4 },
      { id: 'middle', a: 2, b: 2 },
      { id: 'right', a: 4, b: 0 },
    ];
    const chain = hullChain(readOptionPoints(points, new IssueList()));
    expect(Array.from(chain.vertices)).toEqual([0, 2]);
    expect(nashBargain(points, turns)).toEqual({
      kind: 'turns',
      parts: [
        { id: 'left', share: 0.5 },
        { id: 'right', share: 0.5 },
      ],
      point: { a: 2, b: 2 },
    });
  });

  it('should represent identical points by their smallest id (T5)', () => {
    const points = [
      { id: 'm', a: 0, b: 4 },
      { id: 'k', a: 0, b: 4 },
      { id: 'z', a: 4, b: 0 },
      { id: 'c', a: 4, b: 0 },
    ];
    const result = nashBargain(points, turns);
    expect(result.kind === 'turns' && result.parts.map((part) => part.id)).toEqual(['c', 'k']);
  });

  it('should return noMutualGain with the frontier when no mix beats d for both', () => {
    const points = [
      { id: 'x', a: 5, b: 0 },
      { id: 'y', a: 0, b: 5 },
      { id: 'w', a: 4, b: 4 },
    ];
    expect(nashBargain(points, { ...turns, disagreement: { a: 5, b: 5 } })).toEqual({
      kind: 'noMutualGain',
      frontier: ['w', 'x', 'y'],
    });
    expect(nashBargain([], turns)).toEqual({ kind: 'noMutualGain', frontier: [] });
  });

  it('should find the peak on a long strictly concave chain, at a vertex or inside an edge', () => {
    // (f(k), f(n − k)) with f(k) = k(3n − k) increasing and concave: every point is a hull vertex, and the set is
    // symmetric, so by H5 the peak has a = b: the middle vertex for even n, the middle edge for odd n.
    const curve = (n: number): OptionPoint[] =>
      Array.from({ length: n + 1 }, (_, k) => ({ id: `c${k}`, a: k * (3 * n - k), b: (n - k) * (2 * n + k) }));
    expect(hullChain(readOptionPoints(curve(200), new IssueList())).vertices).toHaveLength(201);
    expect(nashBargain(curve(200), turns)).toEqual({ kind: 'option', id: 'c100', point: { a: 50000, b: 50000 } });
    expect(nashBargain(curve(201), turns)).toEqual({
      kind: 'turns',
      parts: [
        { id: 'c100', share: 0.5 },
        { id: 'c101', share: 0.5 },
      ],
      point: { a: 50501, b: 50501 },
    });
  });

  test.prop([bargainingProblemArb])(
    'should reach exactly the best product over all mixes (brute-force hull oracle)',
    ([points, d]) => {
      const result = nashBargain(points, { ...turns, disagreement: d });
      const expected = bruteForceHullProduct(points, d);
      if (expected === undefined) expect(result.kind).toBe('noMutualGain');
      else {
        const point = exactPoint(points, d, result) as Pair<Fraction>;
        expect(compareFractions(exactProduct(point, d) as Fraction, expected)).toBe(0);
      }
    },
  );

  test.prop([
    fc.array(fc.record({ a: smallCoordinateArb, b: smallCoordinateArb }), {
      minLength: 33,
      maxLength: 90,
      size: 'max',
    }),
    smallDisagreementArb,
  ])('should match the brute-force hull oracle on larger sets too', (places, d) => {
    const points = places.map((place, k) => ({ id: `o${k}`, ...place }));
    const result = nashBargain(points, { ...turns, disagreement: d });
    const expected = bruteForceHullProduct(points, d);
    if (expected === undefined) expect(result.kind).toBe('noMutualGain');
    else
      expect(
        compareFractions(exactProduct(exactPoint(points, d, result) as Pair<Fraction>, d) as Fraction, expected),
      ).toBe(0);
  });

  test.prop([bargainingProblemArb])(
    'H1: should reach a product at least that of the best single option',
    ([points, d]) => {
      const single = bruteForceNashOption(points, d);
      fc.pre(single !== undefined);
      if (single === undefined) return;
      const option = byId(points, single);
      const result = nashBargain(points, { ...turns, disagreement: d });
      const point = exactPoint(points, d, result) as Pair<Fraction>;
      const best = exactProduct({ a: toFraction(option.a), b: toFraction(option.b) }, d) as Fraction;
      expect(compareFractions(exactProduct(point, d) as Fraction, best)).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([bargainingProblemArb])('PO: should return a point that no mix of options dominates', ([points, d]) => {
    // Certificate: a line through the result with a strictly positive normal n has every option on or below it, so
    // no point of the hull is at least as good for both and better for one. At a vertex n is the gradient of the
    // product, (g_b, g_a); inside an edge it is the edge's normal.
    const result = nashBargain(points, { ...turns, disagreement: d });
    fc.pre(result.kind !== 'noMutualGain');
    const point = exactPoint(points, d, result) as Pair<Fraction>;
    let normal: Pair<Fraction>;
    if (result.kind === 'turns') {
      const found = exactHull(points, d);
      if (found.kind !== 'edge') throw new Error('expected an edge');
      const [left, right] = [found.left, found.right].map((k) => points[k] as OptionPoint) as [
        OptionPoint,
        OptionPoint,
      ];
      normal = {
        a: subtractFractions(toFraction(left.b), toFraction(right.b)),
        b: subtractFractions(toFraction(right.a), toFraction(left.a)),
      };
    } else normal = { a: subtractFractions(point.b, toFraction(d.b)), b: subtractFractions(point.a, toFraction(d.a)) };
    expect(normal.a.num > 0n && normal.b.num > 0n).toBe(true);
    const level = (x: Pair<Fraction>): Fraction => {
      const sum = multiplyFractions(normal.a, x.a);
      const other = multiplyFractions(normal.b, x.b);
      return { num: sum.num * other.den + other.num * sum.den, den: sum.den * other.den };
    };
    for (const option of points)
      expect(
        compareFractions(level({ a: toFraction(option.a), b: toFraction(option.b) }), level(point)),
      ).toBeLessThanOrEqual(0);
  });

  test.prop([bargainingProblemArb])(
    'H2: should mirror the point and keep the same lottery when the partners swap roles',
    ([points, d]) => {
      const result = nashBargain(points, { ...turns, disagreement: d });
      const swapped = nashBargain(swapPoints(points), { ...turns, disagreement: swapPair(d) });
      if (result.kind === 'noMutualGain') expect(swapped).toEqual(result);
      else expect(swapped).toEqual({ ...result, point: swapPair(result.point) });
    },
  );

  test.prop([bargainingProblemArb])(
    'H3: should use at most two adjacent hull vertices, with shares adding up to exactly 1',
    ([points, d]) => {
      const result = nashBargain(points, { ...turns, disagreement: d });
      fc.pre(result.kind === 'turns');
      if (result.kind !== 'turns') return;
      const [first, second] = result.parts;
      expect(first.id < second.id).toBe(true);
      expect(first.share + second.share).toBe(1);
      expect(first.share).toBeGreaterThan(0);
      expect(second.share).toBeGreaterThan(0);
      // Each share is within one unit in the last place of the exact lottery.
      const found = exactHull(points, d);
      if (found.kind !== 'edge') throw new Error('expected an edge');
      const rightId = points[found.right]?.id;
      const exactRight = ratioToNumber(found.t.num, found.t.den);
      const right = first.id === rightId ? first : second;
      expect(Math.abs(right.share - exactRight)).toBeLessThanOrEqual(2 ** -53);
      // Adjacent hull vertices: every option lies on or below the line through them, and any option on that line
      // lies between them (otherwise one of them would not be a vertex).
      const p = points[found.left] as OptionPoint;
      const r = points[found.right] as OptionPoint;
      expect([p.id, r.id].sort()).toEqual([first.id, second.id]);
      expect(p.a < r.a && p.b > r.b).toBe(true);
      for (const option of points) {
        const side = orientation(p, r, option);
        expect(side).toBeLessThanOrEqual(0);
        if (side === 0) expect(option.a >= p.a && option.a <= r.a).toBe(true);
      }
    },
  );

  test.prop([
    bargainingProblemArb.chain(([points, d]) => fc.tuple(fc.constant(points), fc.constant(d), fc.subarray(points))),
  ])(
    'H4: should keep its answer on every subset of the options that keeps the option or both lottery ends',
    ([points, d, subset]) => {
      const result = nashBargain(points, { ...turns, disagreement: d });
      fc.pre(result.kind !== 'noMutualGain');
      const kept = result.kind === 'option' ? [result.id] : result.parts.map((part) => part.id);
      const reduced = [...subset.filter((point) => !kept.includes(point.id)), ...kept.map((id) => byId(points, id))];
      expect(nashBargain(reduced, { ...turns, disagreement: d })).toEqual(result);
    },
  );

  test.prop([
    fc.array(fc.record({ a: smallCoordinateArb, b: smallCoordinateArb }), { maxLength: 6 }),
    fc.integer({ min: -6, max: 6 }),
    fc.uniqueArray(fc.nat(), { minLength: 12, maxLength: 12 }),
  ])(
    'H5: should return a point with equal coordinates when the options are symmetric and d_a = d_b',
    (places, level, labels) => {
      const symmetric = places.flatMap((place) => [place, { a: place.b, b: place.a }]);
      const points = symmetric.map((place, k) => ({ id: `s${labels[k]}`, ...place }));
      const result = nashBargain(points, { ...turns, disagreement: { a: level, b: level } });
      if (result.kind !== 'noMutualGain') expect(result.point.a).toBe(result.point.b);
    },
  );

  test.prop([integerBargainingProblemArb, affineArb])(
    'INV: should keep the same lottery after any positive affine map of each partner, d mapped too',
    ([points, d], map) => {
      const result = nashBargain(points, { ...turns, disagreement: d });
      const mapped = nashBargain(mapPoints(map, points), { ...turns, disagreement: mapPair(map, d) });
      if (result.kind === 'noMutualGain') expect(mapped).toEqual(result);
      else if (result.kind === 'option') expect(mapped).toEqual({ ...result, point: mapPair(map, result.point) });
      else expect(mapped.kind === 'turns' && mapped.parts).toEqual(result.parts);
    },
  );

  test.prop([withPermutationArb(bargainingProblemArb.map(([points]) => points)), smallDisagreementArb])(
    'ORDER: should give the same result for every order of the options',
    ([points, shuffled], d) => {
      expect(nashBargain(shuffled, { ...turns, disagreement: d })).toEqual(
        nashBargain(points, { ...turns, disagreement: d }),
      );
    },
  );

  test.prop([optionPointsWithTwinsArb(smallCoordinateArb)])(
    'T5: should name the smallest id among identical points',
    (points) => {
      const result = nashBargain(points, turns);
      const named =
        result.kind === 'option' ? [result.id] : result.kind === 'turns' ? result.parts.map((part) => part.id) : [];
      for (const id of named) {
        const point = byId(points, id);
        for (const twin of points.filter((other) => other.a === point.a && other.b === point.b))
          expect(id <= twin.id).toBe(true);
      }
    },
  );
});

describe('hullChain', () => {
  test.prop([bargainingProblemArb.map(([points]) => points)])(
    'should list strictly convex frontier vertices by increasing a, with every option on or below each edge',
    (points) => {
      const chain = hullChain(readOptionPoints(points, new IssueList()));
      const vertices = Array.from(chain.vertices, (k) => points[k] as OptionPoint);
      for (let k = 1; k < vertices.length; k++) {
        const [p, r] = [vertices[k - 1], vertices[k]] as [OptionPoint, OptionPoint];
        expect(p.a < r.a && p.b > r.b).toBe(true);
        for (const option of points) expect(orientation(p, r, option)).toBeLessThanOrEqual(0);
        if (k >= 2) expect(orientation(vertices[k - 2] as OptionPoint, p, r)).toBeLessThan(0);
      }
      expect(Array.from(chain.a)).toEqual(vertices.map((vertex) => vertex.a + 0));
      expect(Array.from(chain.b)).toEqual(vertices.map((vertex) => vertex.b + 0));
    },
  );
});
