import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import type { Pair } from '../schemas/partner.js';
import { fastestRun } from '../testing/fastestRun.js';
import {
  affineArb,
  bargainingProblemArb,
  damagedPointsArb,
  frontLinePoints,
  integerBargainingProblemArb,
  junkOptionsArb,
  mapPair,
  mapPoints,
  optionPointsArb,
  smallCoordinateArb,
  smallDisagreementArb,
  swapPair,
  swapPoints,
  withPermutationArb,
} from '../testing/pointArbitraries.js';
import { bruteForceFront, bruteForceNashOption } from '../testing/pointOracles.js';
import { type NashResult, nashBargain } from './nash.js';
import { dominates } from './pareto.js';
import type { OptionPoint } from './point.js';

function chosenId(result: NashResult): string | undefined {
  return result.kind === 'option' ? result.id : undefined;
}

describe('nashBargain', () => {
  it('should pick the option with the largest product of gains', () => {
    const points = [
      { id: 'hike', a: 9, b: 2 }, // 18
      { id: 'cinema', a: 5, b: 5 }, // 25
      { id: 'stay-in', a: 2, b: 9 }, // 18
    ];
    expect(nashBargain(points)).toEqual({ kind: 'option', id: 'cinema', point: { a: 5, b: 5 } });
  });

  it('should break an exact tie by the smallest id (T1), as in the documented example', () => {
    const points = [
      { id: 'hike', a: 10, b: 20 },
      { id: 'cinema', a: 20, b: 10 },
    ];
    expect(nashBargain(points)).toEqual({ kind: 'option', id: 'cinema', point: { a: 20, b: 10 } });
  });

  it('should measure gains from the disagreement point, not from zero', () => {
    const points = [
      { id: 'x', a: 10, b: 4 },
      { id: 'y', a: 6, b: 6 },
    ];
    expect(chosenId(nashBargain(points))).toBe('x'); // 40 > 36
    expect(chosenId(nashBargain(points, { disagreement: { a: 0, b: 3 } }))).toBe('y'); // 10 < 18
  });

  it('§1.3: should let a rating shift flip the answer when d stays at (0,0), but not when d moves with it', () => {
    // a rates (o1, o2) as (0.5, 0.6), b as (0.9, 0.7): o1, b's favourite, wins.
    expect(
      chosenId(
        nashBargain([
          { id: 'o1', a: 0.5, b: 0.9 },
          { id: 'o2', a: 0.6, b: 0.7 },
        ]),
      ),
    ).toBe('o1');
    // a shifts everything down by 0.4: now a's favourite o2 wins, although nothing real changed.
    expect(
      chosenId(
        nashBargain([
          { id: 'o1', a: 0.1, b: 0.9 },
          { id: 'o2', a: 0.2, b: 0.7 },
        ]),
      ),
    ).toBe('o2');
    // In tenths, with the rated status quo shifted too (d moves from (0,0) to (−4,0)), o1 wins again.
    const shifted = [
      { id: 'o1', a: 1, b: 9 },
      { id: 'o2', a: 2, b: 7 },
    ];
    expect(chosenId(nashBargain(shifted, { disagreement: { a: -4, b: 0 } }))).toBe('o1');
  });

  it('T2: should break product ties by id alone, which survives rescaling b', () => {
    // x = (20,10), y = (12,18), d = (5,3): products 15·7 = 7·15 = 105; y has the smaller id.
    const points = [
      { id: 'option-2', a: 20, b: 10 },
      { id: 'option-1', a: 12, b: 18 },
    ];
    const d = { a: 5, b: 3 };
    expect(chosenId(nashBargain(points, { disagreement: d }))).toBe('option-1');
    // Doubling b's scale keeps the tie (210 = 210) and therefore the answer ...
    const doubled = points.map((point) => ({ ...point, b: 2 * point.b }));
    expect(chosenId(nashBargain(doubled, { disagreement: { a: 5, b: 6 } }))).toBe('option-1');
    // ... whereas a "larger minimum gain" tie-break would flip to x after doubling: min gains 14 vs 7.
    const minimumGain = (p: Pair<number>, dd: Pair<number>): number => Math.min(p.a - dd.a, p.b - dd.b);
    expect(minimumGain(doubled[0] as Pair<number>, { a: 5, b: 6 })).toBeGreaterThan(
      minimumGain(doubled[1] as Pair<number>, { a: 5, b: 6 }),
    );
  });

  it('T3: should return noMutualGain with the frontier instead of picking a product-0 option', () => {
    // d = (1,0): (1,0) and (1,1) both have product 0; "product, then id" would pick the dominated 'a-first'.
    const points = [
      { id: 'a-first', a: 1, b: 0 },
      { id: 'b-second', a: 1, b: 1 },
    ];
    expect(nashBargain(points, { disagreement: { a: 1, b: 0 } })).toEqual({
      kind: 'noMutualGain',
      frontier: ['b-second'],
    });
  });

  it('T3: should return noMutualGain for options good for one partner only, and for no options', () => {
    const points = [
      { id: 'y', a: 0, b: 5 },
      { id: 'x', a: 5, b: 0 },
    ];
    expect(nashBargain(points)).toEqual({ kind: 'noMutualGain', frontier: ['x', 'y'] });
    expect(nashBargain([])).toEqual({ kind: 'noMutualGain', frontier: [] });
  });

  it('T4: should compare products exactly, where floating point sees a winner in an exact tie', () => {
    // With d = (0.1, 0.1) the products of (0.2, 0.7) and (0.3, 0.4) are exactly equal as doubles go, but the float
    // evaluation calls (0.3, 0.4) larger. Exactly, the tie goes to the smaller id.
    const d = { a: 0.1, b: 0.1 };
    expect((0.2 - 0.1) * (0.7 - 0.1) < (0.3 - 0.1) * (0.4 - 0.1)).toBe(true);
    expect(
      chosenId(
        nashBargain(
          [
            { id: 'p', a: 0.2, b: 0.7 },
            { id: 'q', a: 0.3, b: 0.4 },
          ],
          { disagreement: d },
        ),
      ),
    ).toBe('p');
    expect(
      chosenId(
        nashBargain(
          [
            { id: 'q', a: 0.2, b: 0.7 },
            { id: 'p', a: 0.3, b: 0.4 },
          ],
          { disagreement: d },
        ),
      ),
    ).toBe('p');
  });

  it('should compare products beyond 2^53 exactly', () => {
    // (2^53 + 2)² vs 2^53·(2^53 + 4): they differ by 4, which floating point cannot see.
    const points = [
      { id: 'b', a: 2 ** 53 + 2, b: 2 ** 53 + 2 },
      { id: 'a', a: 2 ** 53, b: 2 ** 53 + 4 },
    ];
    expect(chosenId(nashBargain(points))).toBe('b');
  });

  it('§3.4: should pick one side of a symmetric pair, while taking turns reaches the symmetric point', () => {
    const points = [
      { id: 'p', a: 20, b: 10 },
      { id: 'q', a: 10, b: 20 },
    ];
    expect(nashBargain(points)).toEqual({ kind: 'option', id: 'p', point: { a: 20, b: 10 } }); // 200 = 200, by id
    expect(nashBargain(points, { turnTaking: true })).toEqual({
      kind: 'turns',
      parts: [
        { id: 'p', share: 0.5 },
        { id: 'q', share: 0.5 },
      ],
      point: { a: 15, b: 15 }, // 225 > 200
    });
  });

  it('T3: should let options that fail one partner mix into a plan good for both when turns are allowed', () => {
    const points = [
      { id: 'x', a: 5, b: 0 },
      { id: 'y', a: 0, b: 5 },
    ];
    expect(nashBargain(points, { turnTaking: true })).toEqual({
      kind: 'turns',
      parts: [
        { id: 'x', share: 0.5 },
        { id: 'y', share: 0.5 },
      ],
      point: { a: 2.5, b: 2.5 },
    });
  });

  it('should ignore keys it does not know, in options and in points', () => {
    const points = [{ id: 'x', a: 1, b: 1, label: 'Walk' }];
    const options = { disagreement: { a: 0, b: 0, note: 'status quo' }, colour: 'blue' };
    expect(nashBargain(points, options as never)).toEqual({ kind: 'option', id: 'x', point: { a: 1, b: 1 } });
  });

  it('should name every problem of points and options in one InputError', () => {
    const attempt = (): NashResult =>
      nashBargain(
        [
          { id: 'x', a: 1, b: 1 },
          { id: 'x', a: '2', b: 1 },
        ] as OptionPoint[],
        {
          disagreement: { a: Number.NaN, b: 0 },
          turnTaking: 'yes',
        } as never,
      );
    expect(attempt).toThrowErrorMatchingInlineSnapshot(
      `[InputError: nashBargain: points[1].a: must be a finite number; points[1].id: must be unique: "x" is also the id of points[0]; options.disagreement.a: must be a finite number; options.turnTaking: must be true or false]`,
    );
    expect(() => nashBargain([], null as never)).toThrowErrorMatchingInlineSnapshot(
      `[InputError: nashBargain: options: must be an object]`,
    );
    expect(() => nashBargain([], { disagreement: [1, 2] } as never)).toThrow(InputError);
    const hostile = Object.defineProperty({}, 'turnTaking', {
      get(): never {
        throw new Error('boom');
      },
    });
    expect(() => nashBargain([], hostile)).toThrowErrorMatchingInlineSnapshot(
      `[InputError: nashBargain: options.turnTaking: could not be read]`,
    );
  });

  test.prop([bargainingProblemArb])('T3: should agree with the brute-force rule on small inputs', ([points, d]) => {
    const result = nashBargain(points, { disagreement: d });
    const expected = bruteForceNashOption(points, d);
    if (expected === undefined) expect(result).toEqual({ kind: 'noMutualGain', frontier: bruteForceFront(points) });
    else {
      const point = points.find((candidate) => candidate.id === expected) as OptionPoint;
      expect(result).toEqual({ kind: 'option', id: expected, point: { a: point.a + 0, b: point.b + 0 } });
    }
  });

  test.prop([bargainingProblemArb])('PO: should never pick an option that another option dominates', ([points, d]) => {
    const result = nashBargain(points, { disagreement: d });
    if (result.kind === 'option') for (const other of points) expect(dominates(other, result.point)).toBe(false);
  });

  test.prop([bargainingProblemArb])(
    'C5: should only pick an option strictly better than d for both partners',
    ([points, d]) => {
      const result = nashBargain(points, { disagreement: d });
      if (result.kind === 'option') {
        expect(result.point.a).toBeGreaterThan(d.a);
        expect(result.point.b).toBeGreaterThan(d.b);
      }
    },
  );

  test.prop([bargainingProblemArb])(
    'SWAP: should pick the same option, mirrored, when the partners swap roles',
    ([points, d]) => {
      const result = nashBargain(points, { disagreement: d });
      const swapped = nashBargain(swapPoints(points), { disagreement: swapPair(d) });
      if (result.kind === 'option') expect(swapped).toEqual({ ...result, point: swapPair(result.point) });
      else expect(swapped).toEqual(result);
    },
  );

  test.prop([integerBargainingProblemArb, affineArb])(
    'INV: should pick the same option after any positive affine map of each partner, d mapped too',
    ([points, d], map) => {
      const result = nashBargain(points, { disagreement: d });
      const mapped = nashBargain(mapPoints(map, points), { disagreement: mapPair(map, d) });
      if (result.kind === 'option') expect(mapped).toEqual({ ...result, point: mapPair(map, result.point) });
      else expect(mapped).toEqual(result);
    },
  );

  test.prop([
    bargainingProblemArb.chain(([points, d]) => fc.tuple(fc.constant(points), fc.constant(d), fc.subarray(points))),
  ])('IIA: should keep its pick on every subset of the options that still contains it', ([points, d, subset]) => {
    const result = nashBargain(points, { disagreement: d });
    fc.pre(result.kind === 'option');
    const chosen = points.find((point) => point.id === chosenId(result)) as OptionPoint;
    const reduced = subset.some((point) => point.id === chosen.id) ? subset : [...subset, chosen];
    expect(nashBargain(reduced, { disagreement: d })).toEqual(result);
  });

  test.prop([withPermutationArb(bargainingProblemArb.map(([points]) => points)), smallDisagreementArb])(
    'ORDER: should give the same result for every order of the options',
    ([points, shuffled], d) => {
      expect(nashBargain(shuffled, { disagreement: d })).toEqual(nashBargain(points, { disagreement: d }));
    },
  );

  test.prop([bargainingProblemArb])('DET: should give deep-equal results on repeated calls', ([points, d]) => {
    expect(nashBargain(points, { disagreement: d })).toEqual(nashBargain(points, { disagreement: d }));
    expect(nashBargain(points, { disagreement: d, turnTaking: true })).toEqual(
      nashBargain(points, { disagreement: d, turnTaking: true }),
    );
  });

  test.prop([fc.oneof(fc.anything(), damagedPointsArb, optionPointsArb(smallCoordinateArb)), junkOptionsArb])(
    'should let nothing but InputError escape for junk input',
    (points, options) => {
      for (const attempt of [
        () => nashBargain(points as OptionPoint[], options as NashOptionsLike),
        () =>
          nashBargain(points as OptionPoint[], { ...(typeof options === 'object' ? options : {}), turnTaking: true }),
      ]) {
        try {
          attempt();
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }
    },
  );

  it('should stay fast: 10^4 options in well under 100 ms (fairness.md §9)', () => {
    const points = frontLinePoints(10_000);
    const fastest = fastestRun(3, () => {
      expect(nashBargain(points).kind).toBe('option');
      expect(nashBargain(points, { turnTaking: true }).kind).not.toBe('noMutualGain');
    });
    expect(fastest).toBeLessThan(100);
  });
});

type NashOptionsLike = Parameters<typeof nashBargain>[1];
