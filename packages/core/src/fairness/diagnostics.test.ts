import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import {
  affineArb,
  mapPair,
  mapPoints,
  optionPointsArb,
  smallCoordinateArb,
  smallDisagreementArb,
  swapPair,
  swapPoints,
  withPermutationArb,
} from '../testing/pointArbitraries.js';
import {
  type DiagnosticPoint,
  egalitarianOption,
  KALAI_SMORODINSKY_POINT_LIMIT,
  kalaiSmorodinskyOption,
  kalaiSmorodinskyPoint,
  utilitarianOption,
} from './diagnostics.js';
import { compareRatios, ratio } from './exact.js';
import { nashBargain } from './nash.js';

const turns = { turnTaking: true } as const;

function ksPoint(result: DiagnosticPoint): { a: number; b: number } | undefined {
  return result.kind === 'point' ? result.point : undefined;
}

const problemArb = fc.tuple(optionPointsArb(smallCoordinateArb), smallDisagreementArb);

describe('kalaiSmorodinskyPoint', () => {
  it('§3.4: should let b gain where Nash makes b lose, when only a’s options grow (monotonicity)', () => {
    // M = {q = (1,2), p = (2,0)}: Nash (1,2), KS (4/3, 4/3). Add r = (2,1): a's ideal stays 2.
    const m = [
      { id: 'q', a: 1, b: 2 },
      { id: 'p', a: 2, b: 0 },
    ];
    const grown = [...m, { id: 'r', a: 2, b: 1 }];
    expect(ksPoint(kalaiSmorodinskyPoint(m))).toEqual({ a: 4 / 3, b: 4 / 3 });
    expect(ksPoint(kalaiSmorodinskyPoint(grown))).toEqual({ a: 1.5, b: 1.5 }); // b rises from 4/3 to 3/2
    const nashBefore = nashBargain(m, turns);
    const nashAfter = nashBargain(grown, turns);
    expect(nashBefore.kind !== 'noMutualGain' && nashBefore.point).toEqual({ a: 1, b: 2 });
    expect(nashAfter.kind !== 'noMutualGain' && nashAfter.point).toEqual({ a: 1.5, b: 1.5 }); // b drops from 2
  });

  it('§3.4: should move KS up and Nash down for b from S to the larger T', () => {
    // S = conv{(0,0),(0,1),(¾,¾),(1,0)}, T = conv{(0,0),(0,1),(1,0.7),(1,0)} ⊇ S, same ideal for a.
    const s = [
      { id: 'o', a: 0, b: 0 },
      { id: 'top', a: 0, b: 1 },
      { id: 'mid', a: 0.75, b: 0.75 },
      { id: 'right', a: 1, b: 0 },
    ];
    const t = [
      { id: 'o', a: 0, b: 0 },
      { id: 'top', a: 0, b: 1 },
      { id: 'corner', a: 1, b: 0.7 },
      { id: 'right', a: 1, b: 0 },
    ];
    expect(ksPoint(kalaiSmorodinskyPoint(s))).toEqual({ a: 0.75, b: 0.75 });
    const inT = ksPoint(kalaiSmorodinskyPoint(t));
    expect(inT?.a).toBeCloseTo(10 / 13, 12);
    expect(inT?.b).toBeCloseTo(10 / 13, 12);
    // In tenths everything is an integer and KS is exactly (100/13, 100/13).
    const tenths = t.map((point) => ({ ...point, a: Math.round(point.a * 10), b: Math.round(point.b * 10) }));
    expect(kalaiSmorodinskyPoint(tenths)).toEqual({
      kind: 'point',
      point: { a: 100 / 13, b: 100 / 13 },
      exact: { a: ratio(100n, 13n), b: ratio(100n, 13n) },
    });
    const nashS = nashBargain(s, turns);
    const nashT = nashBargain(t, turns);
    expect(nashS.kind !== 'noMutualGain' && nashS.point).toEqual({ a: 0.75, b: 0.75 });
    expect(nashT.kind !== 'noMutualGain' && nashT.point).toEqual({ a: 1, b: 0.7 });
  });

  it('§3.4: should break IIA where Nash keeps its answer', () => {
    // S = {(18,18), (0,20), (20,0)}: KS = (18,18). Deleting (20,0), though (18,18) is still there, moves KS.
    const s = [
      { id: 'both', a: 18, b: 18 },
      { id: 'b-only', a: 0, b: 20 },
      { id: 'a-only', a: 20, b: 0 },
    ];
    const reduced = s.slice(0, 2);
    expect(ksPoint(kalaiSmorodinskyPoint(s))).toEqual({ a: 18, b: 18 });
    expect(kalaiSmorodinskyPoint(reduced)).toEqual({
      kind: 'point',
      point: { a: 180 / 11, b: 200 / 11 },
      exact: { a: ratio(180n, 11n), b: ratio(200n, 11n) },
    });
    for (const options of [{}, turns]) {
      expect(nashBargain(s, options)).toEqual({ kind: 'option', id: 'both', point: { a: 18, b: 18 } });
      expect(nashBargain(reduced, options)).toEqual({ kind: 'option', id: 'both', point: { a: 18, b: 18 } });
    }
  });

  it('§3.4: should give (½,½) on the triangle and (⅔,⅓) once it is cut at x_b ≤ ½', () => {
    const triangle = [
      { id: 'o', a: 0, b: 0 },
      { id: 'x', a: 1, b: 0 },
      { id: 'y', a: 0, b: 1 },
    ];
    const cut = [
      { id: 'o', a: 0, b: 0 },
      { id: 'x', a: 1, b: 0 },
      { id: 'm', a: 0.5, b: 0.5 },
      { id: 'y', a: 0, b: 0.5 },
    ];
    expect(ksPoint(kalaiSmorodinskyPoint(triangle))).toEqual({ a: 0.5, b: 0.5 });
    expect(ksPoint(kalaiSmorodinskyPoint(cut))).toEqual({ a: 2 / 3, b: 1 / 3 });
  });

  it('§3.4: should be steered by a fantasy option that Nash ignores', () => {
    // (30,0) is useless to b but raises a's ideal: KS moves to (270/13, 180/13); Nash stays at (18,18) (IIA).
    const s = [
      { id: 'both', a: 18, b: 18 },
      { id: 'b-only', a: 0, b: 20 },
      { id: 'a-only', a: 20, b: 0 },
    ];
    const withFantasy = [...s, { id: 'fantasy', a: 30, b: 0 }];
    expect(kalaiSmorodinskyPoint(withFantasy)).toEqual({
      kind: 'point',
      point: { a: 270 / 13, b: 180 / 13 },
      exact: { a: ratio(270n, 13n), b: ratio(180n, 13n) },
    });
    for (const options of [{}, turns])
      expect(nashBargain(withFantasy, options)).toEqual({ kind: 'option', id: 'both', point: { a: 18, b: 18 } });
  });

  it('should compute the ideal on the part of the hull at least as good as d (an edge can beat every vertex)', () => {
    // d = (0,1): the vertex (4,0) is not acceptable to b, but the edge from (0,4) to it reaches a = 3 at b = 1.
    const points = [
      { id: 'x', a: 0, b: 4 },
      { id: 'y', a: 4, b: 0 },
    ];
    const result = kalaiSmorodinskyPoint(points, { disagreement: { a: 0, b: 1 } });
    // I = (3, 4); from d = (0,1) towards I the segment a + b = 4 is met at k = 1/2: (1.5, 2.5).
    expect(result).toEqual({ kind: 'point', point: { a: 1.5, b: 2.5 }, exact: { a: ratio(3n, 2n), b: ratio(5n, 2n) } });
  });

  it('should return noMutualGain when nothing in the hull is better than d for both, and respect its size limit', () => {
    expect(kalaiSmorodinskyPoint([{ id: 'x', a: 1, b: 1 }], { disagreement: { a: 1, b: 0 } })).toEqual({
      kind: 'noMutualGain',
    });
    expect(kalaiSmorodinskyPoint([])).toEqual({ kind: 'noMutualGain' });
    const many = Array.from({ length: KALAI_SMORODINSKY_POINT_LIMIT + 1 }, (_, k) => ({ id: `o${k}`, a: k, b: -k }));
    expect(() => kalaiSmorodinskyPoint(many)).toThrow(InputError);
  });

  test.prop([problemArb])(
    'should give both partners the same share of their ideal gain, within the hull',
    ([points, d]) => {
      const result = kalaiSmorodinskyPoint(points, { disagreement: d });
      const nash = nashBargain(points, { ...turns, disagreement: d });
      // KS exists exactly when some hull point beats d for both, like the hull Nash point.
      expect(result.kind === 'noMutualGain').toBe(nash.kind === 'noMutualGain');
      if (result.kind === 'point') {
        expect(result.point.a).toBeGreaterThan(d.a);
        expect(result.point.b).toBeGreaterThan(d.b);
      }
    },
  );

  test.prop([problemArb])('SWAP: should mirror its point when the partners swap roles', ([points, d]) => {
    const result = kalaiSmorodinskyPoint(points, { disagreement: d });
    const swapped = kalaiSmorodinskyPoint(swapPoints(points), { disagreement: swapPair(d) });
    if (result.kind === 'point')
      expect(swapped).toEqual({
        kind: 'point',
        point: swapPair(result.point),
        exact: { a: result.exact.b, b: result.exact.a },
      });
    else expect(swapped).toEqual(result);
  });

  test.prop([problemArb, affineArb])(
    'INV: should map its exact point under positive affine maps, d mapped too',
    ([points, d], map) => {
      const result = kalaiSmorodinskyPoint(points, { disagreement: d });
      const mapped = kalaiSmorodinskyPoint(mapPoints(map, points), { disagreement: mapPair(map, d) });
      if (result.kind === 'noMutualGain') expect(mapped).toEqual(result);
      else {
        if (mapped.kind !== 'point') throw new Error('expected a point');
        const expectA = ratio(
          result.exact.a.num * BigInt(map.alphaA) + BigInt(map.betaA) * result.exact.a.den,
          result.exact.a.den,
        );
        const expectB = ratio(
          result.exact.b.num * BigInt(map.alphaB) + BigInt(map.betaB) * result.exact.b.den,
          result.exact.b.den,
        );
        expect(compareRatios(mapped.exact.a, expectA)).toBe(0);
        expect(compareRatios(mapped.exact.b, expectB)).toBe(0);
      }
    },
  );
});

describe('kalaiSmorodinskyOption', () => {
  it('should maximise the smaller relative gain among the options', () => {
    // Ideal (20,20): (18,18) gives 0.9 each; the one-sided options give 0 to someone.
    const s = [
      { id: 'both', a: 18, b: 18 },
      { id: 'b-only', a: 0, b: 20 },
      { id: 'a-only', a: 20, b: 0 },
    ];
    expect(kalaiSmorodinskyOption(s)).toEqual({ kind: 'option', id: 'both', point: { a: 18, b: 18 } });
    // Ideal (10,6): x = (10,4) gives min(1, 2/3); y = (6,6) gives min(0.6, 1): x.
    const xy = [
      { id: 'y', a: 6, b: 6 },
      { id: 'x', a: 10, b: 4 },
    ];
    expect(kalaiSmorodinskyOption(xy)).toEqual({ kind: 'option', id: 'x', point: { a: 10, b: 4 } });
    expect(kalaiSmorodinskyOption([{ id: 'x', a: 3, b: 0 }])).toEqual({ kind: 'noMutualGain' });
  });

  test.prop([problemArb])('SWAP: should pick the same option when the partners swap roles', ([points, d]) => {
    const result = kalaiSmorodinskyOption(points, { disagreement: d });
    const swapped = kalaiSmorodinskyOption(swapPoints(points), { disagreement: swapPair(d) });
    expect(swapped.kind === 'option' ? swapped.id : swapped.kind).toBe(
      result.kind === 'option' ? result.id : result.kind,
    );
  });

  test.prop([problemArb, affineArb])(
    'INV: should pick the same option after positive affine maps, d mapped too',
    ([points, d], map) => {
      const result = kalaiSmorodinskyOption(points, { disagreement: d });
      const mapped = kalaiSmorodinskyOption(mapPoints(map, points), { disagreement: mapPair(map, d) });
      expect(mapped.kind === 'option' ? mapped.id : mapped.kind).toBe(
        result.kind === 'option' ? result.id : result.kind,
      );
    },
  );
});

describe('egalitarianOption and utilitarianOption', () => {
  it('§3.4: egalitarian should change its pick when one partner rescales, while Nash does not', () => {
    const points = [
      { id: 'x', a: 3, b: 1 },
      { id: 'y', a: 2, b: 2 },
    ];
    const tripledB = points.map((point) => ({ ...point, b: 3 * point.b }));
    expect(egalitarianOption(points)).toMatchObject({ id: 'y' });
    expect(egalitarianOption(tripledB)).toMatchObject({ id: 'x' });
    expect(nashBargain(points)).toMatchObject({ id: 'y' });
    expect(nashBargain(tripledB)).toMatchObject({ id: 'y' });
  });

  it('§3.4: utilitarian should change its pick when one partner rescales, while Nash does not', () => {
    const points = [
      { id: 'x', a: 3, b: 1 },
      { id: 'y', a: 2, b: 3 },
    ];
    const tripledA = points.map((point) => ({ ...point, a: 3 * point.a }));
    expect(utilitarianOption(points)).toMatchObject({ id: 'y' });
    expect(utilitarianOption(tripledA)).toMatchObject({ id: 'x' });
    expect(nashBargain(points)).toMatchObject({ id: 'y' });
    expect(nashBargain(tripledA)).toMatchObject({ id: 'y' });
  });

  it('should break ties by the smallest id and need a gain for both', () => {
    const points = [
      { id: 'n', a: 4, b: 2 },
      { id: 'm', a: 2, b: 4 },
      { id: 'z', a: 9, b: 0 },
    ];
    expect(egalitarianOption(points)).toEqual({ kind: 'option', id: 'm', point: { a: 2, b: 4 } });
    expect(utilitarianOption(points)).toEqual({ kind: 'option', id: 'm', point: { a: 2, b: 4 } });
    expect(utilitarianOption([{ id: 'z', a: 9, b: 0 }])).toEqual({ kind: 'noMutualGain' });
  });

  test.prop([withPermutationArb(optionPointsArb(smallCoordinateArb)), smallDisagreementArb])(
    'ORDER and SWAP: should not depend on the option order or on which partner is a',
    ([points, shuffled], d) => {
      for (const solve of [egalitarianOption, utilitarianOption, kalaiSmorodinskyOption]) {
        const result = solve(points, { disagreement: d });
        expect(solve(shuffled, { disagreement: d })).toEqual(result);
        const swapped = solve(swapPoints(points), { disagreement: swapPair(d) });
        expect(swapped).toEqual(result.kind === 'option' ? { ...result, point: swapPair(result.point) } : result);
      }
    },
  );

  it('should validate like the public functions', () => {
    expect(() => egalitarianOption([{ id: 'x', a: 1, b: Number.NaN }])).toThrowErrorMatchingInlineSnapshot(
      `[InputError: egalitarianOption: points[0].b: must be a finite number]`,
    );
    expect(() => utilitarianOption([], { disagreement: { a: 0, b: Number.POSITIVE_INFINITY } })).toThrow(InputError);
  });
});
