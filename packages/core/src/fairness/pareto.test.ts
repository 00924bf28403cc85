import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { fastestRun } from '../testing/fastestRun.js';
import {
  damagedPointsArb,
  frontLinePoints,
  optionPointsArb,
  optionPointsWithTwinsArb,
  smallCoordinateArb,
  swapPoints,
  wideCoordinateArb,
  withPermutationArb,
} from '../testing/pointArbitraries.js';
import { bruteForceFront } from '../testing/pointOracles.js';
import { dominates, paretoFront } from './pareto.js';
import type { OptionPoint } from './point.js';

const ids = (points: readonly OptionPoint[]): string[] => points.map((point) => point.id);

/** Small coordinates (ties, twins) and wide ones (extremes, decimals) alike. */
const pointsArb = fc.oneof(
  optionPointsArb(smallCoordinateArb),
  optionPointsArb(wideCoordinateArb),
  optionPointsWithTwinsArb(smallCoordinateArb),
);

describe('dominates', () => {
  it('should need at least as much for both and strictly more for one (fairness.md §2)', () => {
    expect(dominates({ a: 3, b: 2 }, { a: 3, b: 1 })).toBe(true);
    expect(dominates({ a: 3, b: 2 }, { a: 2, b: 1 })).toBe(true);
    expect(dominates({ a: 3, b: 2 }, { a: 3, b: 2 })).toBe(false);
    expect(dominates({ a: 3, b: 1 }, { a: 1, b: 3 })).toBe(false);
  });
});

describe('paretoFront', () => {
  it('should keep the options nobody can improve on, sorted by id', () => {
    const points = [
      { id: 'z', a: 1, b: 1 },
      { id: 'y', a: 1, b: 3 },
      { id: 'x', a: 3, b: 1 },
      { id: 'w', a: 2, b: 2 },
    ];
    expect(paretoFront(points)).toEqual([
      { id: 'w', a: 2, b: 2 },
      { id: 'x', a: 3, b: 1 },
      { id: 'y', a: 1, b: 3 },
    ]);
  });

  it('should keep every option of a group of identical points (fairness.md §2)', () => {
    const points = [
      { id: 'b', a: 2, b: 2 },
      { id: 'a', a: 2, b: 2 },
      { id: 'c', a: 2, b: 1 },
    ];
    expect(ids(paretoFront(points))).toEqual(['a', 'b']);
  });

  it('should drop an option that ties on one side and loses on the other', () => {
    expect(
      ids(
        paretoFront([
          { id: 'p', a: 5, b: 0 },
          { id: 'q', a: 5, b: 1 },
          { id: 'r', a: 0, b: 1 },
        ]),
      ),
    ).toEqual(['q']);
  });

  it('should return an empty frontier for no options, and the option itself for one', () => {
    expect(paretoFront([])).toEqual([]);
    expect(paretoFront([{ id: 'only', a: -3, b: 0.5 }])).toEqual([{ id: 'only', a: -3, b: 0.5 }]);
  });

  it('should return the caller’s own option objects, extra keys included, like a filter', () => {
    const walk = { id: 'walk', a: 2, b: 2, label: 'Walk by the river' };
    const input = [walk, { id: 'stay', a: 1, b: 1, label: 'Stay home' }];
    const front = paretoFront(input);
    expect(front).toHaveLength(1);
    expect(front[0]).toBe(walk);
  });

  it('should treat -0 and 0 as the same value', () => {
    const points = [
      { id: 'x', a: -0, b: 1 },
      { id: 'y', a: 0, b: 1 },
    ];
    expect(ids(paretoFront(points))).toEqual(['x', 'y']);
  });

  it('should sort ids by UTF-16 code units, never by locale (T1)', () => {
    const points = ['\uFF5E', '😀', 'b', 'B', 'a'].map((id, k) => ({ id, a: k, b: -k }));
    expect(ids(paretoFront(points))).toEqual(['B', 'a', 'b', '😀', '\uFF5E']);
  });

  it('should handle many options on the frontier and off it (radix paths)', () => {
    const onCurve = Array.from({ length: 500 }, (_, k) => ({ id: `on-${(k * 7919) % 500}`, a: k, b: 2 * (500 - k) }));
    const below = Array.from({ length: 500 }, (_, k) => ({ id: `off-${k}`, a: k - 0.5, b: 2 * (500 - k) - 0.5 }));
    const front = paretoFront([...below, ...onCurve]);
    expect(ids(front)).toEqual(bruteForceFront([...below, ...onCurve]));
    expect(front).toHaveLength(500);
  });

  test.prop([pointsArb])('PF-1: should keep no option that another option dominates', (points) => {
    const front = paretoFront(points);
    for (const kept of front) expect(points.some((other) => dominates(other, kept))).toBe(false);
  });

  test.prop([pointsArb])('PF-2: should have, for every dropped option, a kept option that dominates it', (points) => {
    const front = paretoFront(points);
    const kept = new Set(ids(front));
    for (const dropped of points.filter((point) => !kept.has(point.id)))
      expect(front.some((member) => dominates(member, dropped))).toBe(true);
  });

  test.prop([withPermutationArb(pointsArb)])(
    'PF-3: should not depend on the order of the options',
    ([points, shuffled]) => {
      expect(paretoFront(shuffled)).toEqual(paretoFront(points));
    },
  );

  test.prop([pointsArb])('PF-3: should keep the same ids when the partners swap roles', (points) => {
    expect(ids(paretoFront(swapPoints(points)))).toEqual(ids(paretoFront(points)));
  });

  test.prop([pointsArb])('PF-4: should equal the O(n²) brute-force filter', (points) => {
    expect(ids(paretoFront(points))).toEqual(bruteForceFront(points));
  });

  test.prop([
    fc.array(fc.record({ a: smallCoordinateArb, b: smallCoordinateArb }), {
      minLength: 33,
      maxLength: 400,
      size: 'max',
    }),
  ])('PF-4: should equal the brute-force filter on larger sets too', (places) => {
    const points = places.map((place, k) => ({ id: `o${k}`, ...place }));
    expect(ids(paretoFront(points))).toEqual(bruteForceFront(points));
  });

  test.prop([pointsArb])('DET: should give deep-equal results on repeated calls', (points) => {
    expect(paretoFront(points)).toEqual(paretoFront(points));
  });

  test.prop([fc.oneof(fc.anything(), damagedPointsArb)])(
    'should let nothing but InputError escape for junk input',
    (junk) => {
      try {
        paretoFront(junk as OptionPoint[]);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    },
  );

  test.prop([damagedPointsArb])('should reject every damaged list, naming a path under points', (junk) => {
    const attempt = (): unknown => paretoFront(junk as OptionPoint[]);
    expect(attempt).toThrow(InputError);
    try {
      attempt();
    } catch (error) {
      for (const issue of (error as InputError).issues) expect(issue.path).toMatch(/^points(\[\d+\](\.(id|a|b))?)?$/);
    }
  });

  it('should name the function and every problem in one error', () => {
    expect(() =>
      paretoFront([
        { id: 'x', a: 1, b: Number.NaN },
        { id: 'x', a: 1, b: 1 },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InputError: paretoFront: points[0].b: must be a finite number; points[1].id: must be unique: "x" is also the id of points[0]]`,
    );
  });

  it('should stay fast: 10^4 options in well under 100 ms (fairness.md §9)', () => {
    const points = frontLinePoints(10_000);
    const fastest = fastestRun(3, () => {
      expect(paretoFront(points)).toHaveLength(10_000);
    });
    expect(fastest).toBeLessThan(100);
  });
});
