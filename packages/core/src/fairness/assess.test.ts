import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Message, message } from '../i18n/index.js';
import { type AssessmentInput, type AssessmentInputInput, AssessmentInputSchema } from '../schemas/assessmentInput.js';
import { InputError } from '../schemas/inputError.js';
import type { NeedInput } from '../schemas/need.js';
import type { PartnerId } from '../schemas/partner.js';
import {
  assessmentInputArb,
  canonicalAssessment,
  canonicalMessages,
  clone,
  completeRatings,
  mirrorAssessment,
  mutatedInputArb,
  shuffledInputArb,
  swapInput,
} from '../testing/assessArbitraries.js';
import { type Assessment, assessOptions, assessSmallInput } from './assess.js';
import { CLASS_ORDER } from './classify.js';
import { nashBargain } from './nash.js';

// ---------------------------------------------------------------------------------------------------------------
// Building inputs by hand

type OptionSpec = { a: number[]; b: number[]; statusQuo?: boolean };

/** An input whose options are given as each partner's ratings, need by need; labels are the ids in capitals. */
function build(
  needs: { a: NeedInput[]; b: NeedInput[] },
  options: Record<string, OptionSpec>,
  winWinThreshold?: number,
): AssessmentInputInput {
  const list = Object.entries(options).map(([id, spec]) => ({
    id,
    label: id.toUpperCase(),
    statusQuo: spec.statusQuo === true,
  }));
  const ratings = completeRatings(list, needs, (p, o, n) => options[list[o]?.id ?? '']?.[p][n] ?? 0);
  return winWinThreshold === undefined
    ? { needs, options: list, ratings }
    : { needs, options: list, ratings, winWinThreshold };
}

const plain = {
  a: [{ id: 'rest', label: 'Rest', weight: 1, core: false }],
  b: [{ id: 'fun', label: 'Fun', weight: 1, core: false }],
};
const core = {
  a: [{ id: 'rest', label: 'Rest', weight: 1, core: true }],
  b: [{ id: 'fun', label: 'Fun', weight: 1, core: true }],
};

const share = (partner: PartnerId, percent: number): Message => message('fairness.why.share', { partner, percent });
const dominatedBy = (id: string): Message =>
  message('fairness.why.dominated', { option: id.toUpperCase(), optionId: id });

function optionOf(result: Assessment, id: string) {
  const option = result.options.find((o) => o.id === id);
  if (option === undefined) throw new Error(`no option ${id}`);
  return option;
}

// ---------------------------------------------------------------------------------------------------------------
// Examples

describe('assessOptions: examples', () => {
  it('should classify, explain and recommend in a session with every class (fairness.md §6, §7)', () => {
    // Arrange: one core need each (minimum 6), so S_p is the rating / 10; the status quo is (6, 6).
    const input = build(core, {
      now: { a: [6], b: [6], statusQuo: true },
      w: { a: [10], b: [9] },
      c: { a: [7], b: [10] },
      o: { a: [10], b: [5] },
      k: { a: [2], b: [3] },
      d: { a: [6], b: [7] },
    });
    // Act
    const result = assessOptions(input);
    // Assert: gains over (6, 6) out of a room of 4 each; w's share for b is 3/4 = 75%.
    const unmet = (partner: PartnerId, need: string, rating: number) =>
      message('fairness.why.coreUnmet', {
        partner,
        need: need === 'rest' ? 'Rest' : 'Fun',
        needId: need,
        rating,
        minimum: 6,
      });
    const compromise = message('fairness.why.compromise', { threshold: 70 });
    expect(canonicalAssessment(result)).toEqual(
      canonicalAssessment({
        options: [
          {
            id: 'c',
            label: 'C',
            statusQuo: false,
            satisfaction: { a: 0.7, b: 1 },
            gain: { a: 0.1, b: 0.4 },
            coreUnmet: { a: [], b: [] },
            class: { kind: 'compromise' },
            dominated: false,
            why: [compromise, share('a', 25), share('b', 100)],
          },
          {
            id: 'd',
            label: 'D',
            statusQuo: false,
            satisfaction: { a: 0.6, b: 0.7 },
            gain: { a: 0, b: 0.1 },
            coreUnmet: { a: [], b: [] },
            class: { kind: 'compromise' },
            dominated: true,
            why: [compromise, share('a', 0), share('b', 25), dominatedBy('c')],
          },
          {
            id: 'k',
            label: 'K',
            statusQuo: false,
            satisfaction: { a: 0.2, b: 0.3 },
            gain: { a: -0.4, b: -0.3 },
            coreUnmet: { a: ['rest'], b: ['fun'] },
            class: { kind: 'blocked' },
            dominated: true,
            why: [
              message('fairness.why.blocked'),
              unmet('a', 'rest', 2),
              unmet('b', 'fun', 3),
              message('fairness.why.worseOff', { partner: 'a' }),
              message('fairness.why.worseOff', { partner: 'b' }),
              dominatedBy('c'),
            ],
          },
          {
            id: 'now',
            label: 'NOW',
            statusQuo: true,
            satisfaction: { a: 0.6, b: 0.6 },
            gain: { a: 0, b: 0 },
            coreUnmet: { a: [], b: [] },
            class: { kind: 'compromise' },
            dominated: true,
            why: [message('fairness.why.statusQuo'), compromise, share('a', 0), share('b', 0), dominatedBy('c')],
          },
          {
            id: 'o',
            label: 'O',
            statusQuo: false,
            satisfaction: { a: 1, b: 0.5 },
            gain: { a: 0.4, b: -0.1 },
            coreUnmet: { a: [], b: ['fun'] },
            class: { kind: 'oneSided', subordinated: ['b'] },
            dominated: true,
            why: [
              message('fairness.why.oneSided'),
              unmet('b', 'fun', 5),
              message('fairness.why.worseOff', { partner: 'b' }),
              dominatedBy('w'),
            ],
          },
          {
            id: 'w',
            label: 'W',
            statusQuo: false,
            satisfaction: { a: 1, b: 0.9 },
            gain: { a: 0.4, b: 0.3 },
            coreUnmet: { a: [], b: [] },
            class: { kind: 'winWin' },
            dominated: false,
            why: [message('fairness.why.winWin', { threshold: 70 }), share('a', 100), share('b', 75)],
          },
        ],
        paretoFront: ['c', 'w'],
        disagreement: { a: 0.6, b: 0.6 },
        winWinThreshold: 70,
        // Products of gains: w 4·3 = 12, c 1·4 = 4; d gains nothing for a and is left out (fairness.md §4 T3).
        recommendation: { kind: 'option', id: 'w', point: { a: 1, b: 0.9 } },
        recommendationWhy: [
          message('fairness.recommendation.option', { option: 'W', optionId: 'w' }),
          share('a', 100),
          share('b', 75),
          message('fairness.recommendation.costNotMonotone'),
          message('fairness.recommendation.costSaturation', { partner: 'b', percent: 75 }),
        ],
        // On the edge from c to w the product (1 + 3t)(4 − t) peaks beyond t = 1, so taking turns gives only w.
        takeTurns: null,
        takeTurnsWhy: [],
      }),
    );
  });

  it('should list the status quo first among its reasons, with the option’s class after it', () => {
    const result = assessOptions(build(plain, { now: { a: [3], b: [3], statusQuo: true }, x: { a: [2], b: [9] } }));
    expect(optionOf(result, 'now').why[0]).toEqual(message('fairness.why.statusQuo'));
    expect(optionOf(result, 'now').class).toEqual({ kind: 'compromise' });
  });

  it('should name both partners when one has a core need unmet and the other ends up worse off', () => {
    const needs = { a: [{ id: 'rest', label: 'Rest', weight: 1, core: true }], b: plain.b };
    const result = assessOptions(build(needs, { now: { a: [8], b: [8], statusQuo: true }, x: { a: [5], b: [7] } }));
    expect(optionOf(result, 'x').class).toEqual({ kind: 'oneSided', subordinated: ['a', 'b'] });
  });

  it('should use the win-win threshold it is given', () => {
    const input = build(plain, { now: { a: [2], b: [3], statusQuo: true }, x: { a: [8], b: [9] } });
    // Shares 6/8 = 75% and 6/7 = 85%: a win-win at 70%, a compromise at 90%.
    expect(optionOf(assessOptions(input), 'x').class).toEqual({ kind: 'winWin' });
    expect(optionOf(assessOptions({ ...input, winWinThreshold: 90 }), 'x').why[0]).toEqual(
      message('fairness.why.compromise', { threshold: 90 }),
    );
  });

  it('should count nothing left to gain as a full share, but recommend nothing that brings one partner no gain', () => {
    // a already rates the status quo 10 (d_a = 1, fairness.md §6).
    const result = assessOptions(build(plain, { now: { a: [10], b: [2], statusQuo: true }, x: { a: [10], b: [9] } }));
    expect(optionOf(result, 'x').class).toEqual({ kind: 'winWin' });
    expect(optionOf(result, 'x').why).toContainEqual(message('fairness.why.nothingToGain', { partner: 'a' }));
    expect(result.recommendation).toEqual({ kind: 'noMutualGain', frontier: ['x'] });
    expect(result.recommendationWhy).toEqual([message('fairness.recommendation.noMutualGain')]);
  });

  it('should break a tie of Nash products by the smallest id, say so, and offer taking turns (fairness.md §3.4)', () => {
    // F = {(20,10), (10,20)} of §3.4 at scale 10: both products are 50; the 50/50 mix reaches (7.5, 7.5).
    const result = assessOptions(
      build(plain, { now: { a: [0], b: [0], statusQuo: true }, y: { a: [5], b: [10] }, x: { a: [10], b: [5] } }),
    );
    expect(result.recommendation).toEqual({ kind: 'option', id: 'x', point: { a: 1, b: 0.5 } });
    expect(result.recommendationWhy).toContainEqual(message('fairness.recommendation.tie', { count: 2, option: 'X' }));
    expect(result.takeTurns).toEqual({
      kind: 'turns',
      parts: [
        { id: 'x', share: 0.5 },
        { id: 'y', share: 0.5 },
      ],
      point: { a: 0.75, b: 0.75 },
    });
    expect(result.takeTurnsWhy).toEqual([
      message('fairness.takeTurns.plan', {
        first: 'X',
        firstId: 'x',
        firstPercent: 50,
        second: 'Y',
        secondId: 'y',
        secondPercent: 50,
      }),
      message('fairness.takeTurns.share', { partner: 'a', percent: 75 }),
      message('fairness.takeTurns.share', { partner: 'b', percent: 75 }),
      message('fairness.takeTurns.repeatable'),
    ]);
  });

  it('should offer taking turns between two options each worse for one partner, and say so (fairness.md §5)', () => {
    // Gains over (5, 5): x (−1, 5), y (5, −1); no pure option helps both, the 50/50 mix gains (2, 2).
    const result = assessOptions(
      build(plain, { now: { a: [5], b: [5], statusQuo: true }, x: { a: [4], b: [10] }, y: { a: [10], b: [4] } }),
    );
    expect(result.recommendation).toEqual({ kind: 'noMutualGain', frontier: ['now', 'x', 'y'] });
    expect(result.recommendationWhy).toEqual([message('fairness.recommendation.noMutualGain')]);
    expect(result.takeTurns).toEqual({
      kind: 'turns',
      parts: [
        { id: 'x', share: 0.5 },
        { id: 'y', share: 0.5 },
      ],
      point: { a: 0.7, b: 0.7 },
    });
    expect(result.takeTurnsWhy).toEqual([
      message('fairness.takeTurns.plan', {
        first: 'X',
        firstId: 'x',
        firstPercent: 50,
        second: 'Y',
        secondId: 'y',
        secondPercent: 50,
      }),
      message('fairness.takeTurns.share', { partner: 'a', percent: 40 }),
      message('fairness.takeTurns.share', { partner: 'b', percent: 40 }),
      message('fairness.takeTurns.worseAlone', { partner: 'a', option: 'X', optionId: 'x' }),
      message('fairness.takeTurns.worseAlone', { partner: 'b', option: 'Y', optionId: 'y' }),
      message('fairness.takeTurns.repeatable'),
    ]);
  });

  it('should say when every option leaves a core need unmet', () => {
    const result = assessOptions(build(core, { now: { a: [5], b: [9], statusQuo: true }, x: { a: [3], b: [10] } }));
    expect(result.recommendation).toEqual({ kind: 'noMutualGain', frontier: [] });
    expect(result.recommendationWhy).toEqual([message('fairness.recommendation.noFeasible')]);
    expect(result.paretoFront).toEqual([]);
    expect(result.takeTurns).toBeNull();
    expect(result.options.every((option) => !option.dominated)).toBe(true);
  });

  it('should weigh ratings by need weight (fairness.md §1.1) and match the documented example', () => {
    const result = assessOptions({
      needs: {
        a: [{ id: 'rest', label: 'Rest', weight: 3, core: true }],
        b: [{ id: 'fun', label: 'Fun', weight: 2, core: false }],
      },
      options: [
        { id: 'home', label: 'Stay home', statusQuo: true },
        { id: 'lake', label: 'Day at the lake' },
      ],
      ratings: [
        { partner: 'a', optionId: 'home', needId: 'rest', value: 6 },
        { partner: 'b', optionId: 'home', needId: 'fun', value: 2 },
        { partner: 'a', optionId: 'lake', needId: 'rest', value: 8 },
        { partner: 'b', optionId: 'lake', needId: 'fun', value: 9 },
      ],
    });
    expect(result.recommendation).toEqual({ kind: 'option', id: 'lake', point: { a: 0.8, b: 0.9 } });
    expect(optionOf(result, 'lake').class).toEqual({ kind: 'compromise' });
    expect(optionOf(result, 'lake').why).toEqual([
      message('fairness.why.compromise', { threshold: 70 }),
      share('a', 50),
      share('b', 87),
    ]);
  });

  it('should average several needs by weight', () => {
    const needs = {
      a: [
        { id: 'rest', label: 'Rest', weight: 3, core: false },
        { id: 'money', label: 'Money', weight: 1, core: false },
      ],
      b: plain.b,
    };
    const result = assessOptions(
      build(needs, { now: { a: [0, 0], b: [0], statusQuo: true }, x: { a: [10, 2], b: [5] } }),
    );
    // (3·10 + 1·2) / (10·4) = 0.8
    expect(optionOf(result, 'x').satisfaction).toEqual({ a: 0.8, b: 0.5 });
  });

  it('should share equal values between options, frozen, so the result stays small', () => {
    const result = assessOptions(
      build(core, { now: { a: [6], b: [6], statusQuo: true }, x: { a: [2], b: [8] }, y: { a: [2], b: [8] } }),
    );
    const [, x, y] = result.options;
    expect(x?.satisfaction).toBe(y?.satisfaction);
    expect(x?.coreUnmet).toBe(y?.coreUnmet);
    expect(x?.why[1]).toBe(y?.why[1]);
    for (const value of [
      x?.satisfaction,
      x?.gain,
      x?.coreUnmet,
      x?.coreUnmet.a,
      x?.class,
      x?.why[0],
      x?.why[1]?.params,
    ]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
  });

  it('should throw an InputError that names the call', () => {
    expect(() => assessOptions({} as AssessmentInputInput)).toThrow(InputError);
    expect(() => assessOptions({} as AssessmentInputInput)).toThrow(/^assessOptions: needs: is required/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

/** Raises one rating of one option, not the status quo, by `by` (capped at 10). */
function raise(
  input: AssessmentInput,
  pick: number,
  by: number,
): { input: AssessmentInput; optionId: string } | undefined {
  const candidates = input.ratings
    .map((rating, i) => [rating, i] as const)
    .filter(([rating]) => {
      return !input.options.some((option) => option.statusQuo && option.id === rating.optionId);
    });
  const hit = candidates[pick % Math.max(candidates.length, 1)];
  if (hit === undefined) return undefined;
  const raised = clone(input);
  const rating = raised.ratings[hit[1]];
  if (rating === undefined) return undefined;
  rating.value = Math.min(10, rating.value + by);
  return { input: raised, optionId: rating.optionId };
}

/** Brute force over the definitions (fairness.md §1.2, §2, §4 T3, §6), with integer numerators. */
function oracle(input: AssessmentInput) {
  const rating = (p: PartnerId, optionId: string, needId: string) =>
    input.ratings.find((r) => r.partner === p && r.optionId === optionId && r.needId === needId)?.value ?? Number.NaN;
  const numerator = (p: PartnerId, optionId: string) =>
    input.needs[p].reduce((sum, need) => sum + need.weight * rating(p, optionId, need.id), 0);
  const scale = (p: PartnerId) => 10 * input.needs[p].reduce((sum, need) => sum + need.weight, 0);
  const unmet = (p: PartnerId, optionId: string) =>
    input.needs[p]
      .filter((need) => need.core && rating(p, optionId, need.id) < need.minimum)
      .map((need) => need.id)
      .sort();
  const sq = input.options.find((option) => option.statusQuo)?.id ?? '';
  const gain = (p: PartnerId, id: string) => numerator(p, id) - numerator(p, sq);
  const feasible = input.options
    .filter((o) => unmet('a', o.id).length === 0 && unmet('b', o.id).length === 0)
    .map((o) => o.id);
  const dominates = (x: string, y: string) =>
    numerator('a', x) >= numerator('a', y) &&
    numerator('b', x) >= numerator('b', y) &&
    (numerator('a', x) > numerator('a', y) || numerator('b', x) > numerator('b', y));
  const front = feasible.filter((y) => !feasible.some((x) => dominates(x, y))).sort();
  let best: string | undefined;
  for (const id of feasible) {
    if (gain('a', id) <= 0 || gain('b', id) <= 0) continue;
    const product = gain('a', id) * gain('b', id);
    const bestProduct = best === undefined ? -1 : gain('a', best) * gain('b', best);
    if (product > bestProduct || (product === bestProduct && best !== undefined && id < best)) best = id;
  }
  const classOf = (id: string) => {
    const bad = (['a', 'b'] as const).filter((p) => unmet(p, id).length > 0);
    if (bad.length === 2) return { kind: 'blocked' };
    const subordinated = (['a', 'b'] as const).filter((p) => unmet(p, id).length > 0 || gain(p, id) < 0);
    if (subordinated.length > 0) return { kind: 'oneSided', subordinated };
    // ĝ_p = (S_p − d_p) / (1 − d_p) ≥ θ/100, multiplied out; with d_p = 1 a zero gain counts as 1.
    const reaches = (p: PartnerId) => {
      const room = scale(p) - numerator(p, sq);
      return room === 0 ? true : 100 * gain(p, id) >= input.winWinThreshold * room;
    };
    return reaches('a') && reaches('b') ? { kind: 'winWin' } : { kind: 'compromise' };
  };
  return {
    front,
    recommendation: best,
    options: input.options.map((o) => ({
      id: o.id,
      class: classOf(o.id),
      dominated: feasible.some((x) => dominates(x, o.id)),
      coreUnmet: { a: unmet('a', o.id), b: unmet('b', o.id) },
    })),
    points: feasible.map((id) => ({ id, a: numerator('a', id), b: numerator('b', id) })),
    disagreement: { a: numerator('a', sq), b: numerator('b', sq) },
  };
}

describe('assessOptions: properties', () => {
  test.prop([assessmentInputArb()])('should give the same answer twice (fairness.md §4 DET)', (input) => {
    expect(assessOptions(clone(input))).toStrictEqual(assessOptions(clone(input)));
  });

  test.prop([assessmentInputArb().chain((input) => fc.tuple(fc.constant(input), shuffledInputArb(input)))])(
    'should not depend on the order of options, needs or ratings (fairness.md §4 ORDER)',
    ([input, shuffled]) => {
      expect(assessOptions(shuffled)).toStrictEqual(assessOptions(input));
    },
  );

  test.prop([assessmentInputArb()])(
    'should mirror the whole assessment when the partners swap (fairness.md §4 SWAP, C1)',
    (input) => {
      expect(canonicalAssessment(assessOptions(swapInput(input)))).toEqual(mirrorAssessment(assessOptions(input)));
    },
  );

  test.prop([assessmentInputArb(), fc.constantFrom('a' as const, 'b' as const), fc.integer({ min: 2, max: 5 })])(
    'should give the same assessment when one partner’s weights are all multiplied by k (fairness.md §1.1)',
    (input, p, k) => {
      // Weights go up to 5, so the base weights stay small enough to multiply.
      const small = Math.floor(5 / k);
      const base = clone(input);
      base.needs[p] = base.needs[p].map((need) => ({ ...need, weight: 1 + ((need.weight - 1) % small) }));
      const scaled = clone(base);
      scaled.needs[p] = scaled.needs[p].map((need) => ({ ...need, weight: need.weight * k }));
      expect(assessOptions(scaled)).toStrictEqual(assessOptions(base));
    },
  );

  test.prop([assessmentInputArb(), fc.nat(1000), fc.integer({ min: 1, max: 10 })])(
    'should never move an option to a worse class when one of its ratings rises (C2)',
    (input, pick, by) => {
      const raised = raise(input, pick, by);
      fc.pre(raised !== undefined);
      if (raised === undefined) return;
      const rank = (result: Assessment) => CLASS_ORDER.indexOf(optionOf(result, raised.optionId).class.kind);
      expect(rank(assessOptions(raised.input))).toBeGreaterThanOrEqual(rank(assessOptions(input)));
    },
  );

  test.prop([assessmentInputArb({ minOptions: 3 }), fc.infiniteStream(fc.boolean())])(
    'should give an option the same class, scores and reasons whatever other options exist (C3)',
    (input, keep) => {
      const kept = input.options.filter((option) => option.statusQuo || keep.next().value === true);
      const subset = {
        ...input,
        options: kept,
        ratings: input.ratings.filter((r) => kept.some((o) => o.id === r.optionId)),
      };
      fc.pre(kept.length >= 2);
      const full = assessOptions(input);
      const part = assessOptions(subset);
      const withoutDomination = (why: readonly Message[]) => why.filter((m) => m.id !== 'fairness.why.dominated');
      for (const option of part.options) {
        const same = optionOf(full, option.id);
        expect(option.class).toEqual(same.class);
        expect(option.satisfaction).toEqual(same.satisfaction);
        expect(option.gain).toEqual(same.gain);
        expect(withoutDomination(option.why)).toEqual(withoutDomination(same.why));
      }
    },
  );

  test.prop([assessmentInputArb()])(
    'should never call an option with an unmet core need a compromise or a win-win (C4)',
    (input) => {
      for (const option of assessOptions(input).options) {
        if (option.coreUnmet.a.length + option.coreUnmet.b.length > 0)
          expect(['blocked', 'oneSided']).toContain(option.class.kind);
      }
    },
  );

  test.prop([assessmentInputArb()])(
    'should recommend only an option that meets every core need and helps both partners (C5)',
    (input) => {
      const result = assessOptions(input);
      if (result.recommendation.kind !== 'option') return;
      const chosen = optionOf(result, result.recommendation.id);
      expect(['compromise', 'winWin']).toContain(chosen.class.kind);
      expect(chosen.gain.a).toBeGreaterThan(0);
      expect(chosen.gain.b).toBeGreaterThan(0);
      expect(chosen.dominated).toBe(false);
    },
  );

  test.prop([assessmentInputArb({ maxOptions: 10 })])(
    'should agree with a brute-force oracle on classes, domination, the front and the recommendation',
    (input) => {
      const result = assessOptions(input);
      const expected = oracle(input);
      expect(result.paretoFront).toEqual(expected.front);
      expect(result.recommendation.kind === 'option' ? result.recommendation.id : undefined).toBe(
        expected.recommendation,
      );
      for (const option of expected.options) {
        const actual = optionOf(result, option.id);
        expect({
          id: actual.id,
          class: actual.class,
          dominated: actual.dominated,
          coreUnmet: actual.coreUnmet,
        }).toEqual(option);
      }
    },
  );

  test.prop([assessmentInputArb({ maxOptions: 10 })])(
    'should bargain over the frontier with the same answer as over every option that meets all core needs (IIA)',
    (input) => {
      const result = assessOptions(input);
      const { points, disagreement } = oracle(input);
      const pure = nashBargain(points, { disagreement });
      const hull = nashBargain(points, { disagreement, turnTaking: true });
      const idsOf = (r: NonNullable<Assessment['takeTurns']>) =>
        r.kind === 'option' ? [r.id] : r.kind === 'turns' ? r.parts.map((part) => [part.id, part.share]) : r.frontier;
      expect(idsOf(result.recommendation)).toEqual(idsOf(pure));
      if (result.takeTurns === null) {
        expect(hull.kind === 'turns').toBe(false);
        expect(idsOf(hull)).toEqual(idsOf(result.recommendation));
      } else {
        expect(idsOf(result.takeTurns)).toEqual(idsOf(hull));
      }
    },
  );

  test.prop([assessmentInputArb()])('should keep satisfactions in [0, 1] and explain every option', (input) => {
    const result = assessOptions(input);
    expect(result.options.map((option) => option.id)).toEqual(input.options.map((option) => option.id).sort());
    for (const option of result.options) {
      for (const value of [option.satisfaction.a, option.satisfaction.b]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      expect(option.why.length).toBeGreaterThan(0);
      expect(option.why.some((m) => m.id === 'fairness.why.dominated')).toBe(option.dominated);
    }
    expect(canonicalMessages(result.recommendationWhy).length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Reasons, shared between options

/** Each option's reasons, written from the definitions (fairness.md §2, §6) option by option, by id. */
function whyOracle(raw: AssessmentInput): Map<string, Message[]> {
  // Labels as the result shows them: trimmed by the schema.
  const input = AssessmentInputSchema.parse(raw);
  const expected = oracle(input);
  const rating = (p: PartnerId, optionId: string, needId: string) =>
    input.ratings.find((r) => r.partner === p && r.optionId === optionId && r.needId === needId)?.value ?? Number.NaN;
  const numerator = (p: PartnerId, optionId: string) =>
    input.needs[p].reduce((sum, need) => sum + need.weight * rating(p, optionId, need.id), 0);
  const scale = (p: PartnerId) => 10 * input.needs[p].reduce((sum, need) => sum + need.weight, 0);
  const sq = input.options.find((option) => option.statusQuo)?.id ?? '';
  const gain = (p: PartnerId, id: string) => numerator(p, id) - numerator(p, sq);
  const labelOf = (id: string) => input.options.find((option) => option.id === id)?.label ?? '';
  const front = expected.points.filter((point) => expected.front.includes(point.id));
  const whys = new Map<string, Message[]>();
  for (const option of expected.options) {
    const id = option.id;
    const why: Message[] = id === sq ? [message('fairness.why.statusQuo')] : [];
    const kind = option.class.kind;
    const threshold = input.winWinThreshold;
    if (kind === 'blocked') why.push(message('fairness.why.blocked'));
    else if (kind === 'oneSided') why.push(message('fairness.why.oneSided'));
    else if (kind === 'compromise') why.push(message('fairness.why.compromise', { threshold }));
    else why.push(message('fairness.why.winWin', { threshold }));
    if (kind === 'compromise' || kind === 'winWin') {
      for (const p of ['a', 'b'] as const) {
        const room = scale(p) - numerator(p, sq);
        why.push(
          room === 0
            ? message('fairness.why.nothingToGain', { partner: p })
            : share(p, Math.floor((100 * gain(p, id)) / room)),
        );
      }
    } else {
      for (const p of ['a', 'b'] as const) {
        for (const needId of option.coreUnmet[p]) {
          const need = input.needs[p].find((n) => n.id === needId);
          why.push(
            message('fairness.why.coreUnmet', {
              partner: p,
              need: need?.label ?? '',
              needId,
              rating: rating(p, id, needId),
              minimum: need?.minimum ?? 0,
            }),
          );
        }
      }
      for (const p of ['a', 'b'] as const)
        if (gain(p, id) < 0) why.push(message('fairness.why.worseOff', { partner: p }));
    }
    // The smallest-id option on the frontier that dominates this one.
    const by = front
      .filter(
        (x) =>
          x.a >= numerator('a', id) &&
          x.b >= numerator('b', id) &&
          (x.a > numerator('a', id) || x.b > numerator('b', id)),
      )
      .map((x) => x.id)
      .sort()[0];
    if (by !== undefined) why.push(message('fairness.why.dominated', { option: labelOf(by), optionId: by }));
    whys.set(id, why);
  }
  return whys;
}

/** Inputs whose options often tie on numerators or on unmet needs, so that many share their lists of reasons. */
const crowdedInputArb = assessmentInputArb({ minOptions: 4, maxOptions: 16, maxNeeds: 3 }).map((input) => ({
  ...input,
  ratings: input.ratings.map((rating) => ({ ...rating, value: [0, 3, 7, 10][rating.value % 4] ?? 0 })),
}));

describe('assessOptions: shared reasons', () => {
  it('should share one frozen list of reasons between options with equal reasons', () => {
    const result = assessOptions(
      build(core, {
        now: { a: [6], b: [6], statusQuo: true },
        x: { a: [2], b: [8] },
        y: { a: [2], b: [8] },
        u: { a: [8], b: [8] },
        v: { a: [8], b: [8] },
      }),
    );
    const [, , , x, y] = result.options;
    const [, u, v] = result.options;
    expect(x?.why).toBe(y?.why);
    expect(u?.why).toBe(v?.why);
    expect(Object.isFrozen(x?.why)).toBe(true);
    expect(Object.isFrozen(u?.why)).toBe(true);
    expect(Object.isFrozen(result.options[0]?.why)).toBe(true);
  });

  test.prop([fc.oneof(assessmentInputArb({ maxOptions: 10 }), crowdedInputArb)])(
    'should give every option the reasons its own class, unmet needs, gains and domination call for',
    (input) => {
      const result = assessOptions(input);
      const expected = whyOracle(input);
      for (const option of result.options) expect(option.why).toEqual(expected.get(option.id));
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Bad input

const junkArb = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A valid input with one value anywhere inside it replaced by junk. */
const junkInsideArb = fc
  .tuple(assessmentInputArb({ maxOptions: 4, maxNeeds: 2 }), fc.nat(10_000), junkArb)
  .map(([input, pick, junk]) => {
    const value = clone(input) as unknown;
    const slots: [Record<string | number, unknown>, string | number][] = [];
    const walk = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      for (const key of Object.keys(node)) {
        slots.push([node as Record<string, unknown>, key]);
        walk((node as Record<string, unknown>)[key]);
      }
    };
    walk(value);
    const slot = slots[pick % slots.length];
    if (slot !== undefined) slot[0][slot[1]] = junk;
    return value;
  });

describe('assessOptions: bad input', () => {
  test.prop([junkArb])('should let nothing but an InputError escape for junk', (junk) => {
    expect(() => assessOptions(junk as AssessmentInputInput)).toThrow(InputError);
  });

  test.prop([junkInsideArb])(
    'should throw an InputError exactly when the schema rejects a value replaced by junk',
    (value) => {
      const valid = AssessmentInputSchema.safeParse(value).success;
      let thrown: unknown;
      try {
        assessOptions(value as AssessmentInputInput);
      } catch (error) {
        thrown = error;
      }
      if (valid) expect(thrown).toBeUndefined();
      else expect(thrown).toBeInstanceOf(InputError);
    },
  );

  test.prop([mutatedInputArb()])('should name the broken field of a nearly valid input', ({ value, path }) => {
    let thrown: unknown;
    try {
      assessOptions(value as AssessmentInputInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).issues.map((issue) => issue.path)).toContain(path);
  });
});

describe('assessOptions: size', () => {
  it('should assess 50 000 options in a few seconds at most, far from quadratic time', () => {
    const needs = {
      a: [1, 2, 3].map((i) => ({ id: `a${i}`, label: `A${i}`, weight: i, core: i === 1, minimum: 2 })),
      b: [1, 2, 3].map((i) => ({ id: `b${i}`, label: `B${i}`, weight: i, core: i === 1, minimum: 2 })),
    };
    const options = Array.from({ length: 50_000 }, (_, o) => ({
      id: `o${o}`,
      label: `Option ${o}`,
      statusQuo: o === 0,
    }));
    const input = {
      needs,
      options,
      ratings: completeRatings(options, needs, (p, o, n) => (o * 7 + n * 3 + (p === 'a' ? 1 : 5)) % 11),
    };
    // CPU time rather than wall time, so other work on the machine does not make the test flaky.
    const start = process.cpuUsage();
    const result = assessOptions(input);
    const used = process.cpuUsage(start);
    expect(result.options).toHaveLength(50_000);
    // Typically about 0.2 s; a quadratic step would take minutes.
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });
});

describe('assessSmallInput, the session machine’s path without the fast reader', () => {
  test.prop([assessmentInputArb()])('should give exactly what assessOptions gives on valid input', (input) => {
    expect(assessSmallInput(input)).toStrictEqual(assessOptions(input));
  });

  test.prop([mutatedInputArb()])(
    'should reject exactly what assessOptions rejects, with the same problems',
    ({ value }) => {
      const problems = (assess: (input: AssessmentInputInput) => Assessment) => {
        try {
          assess(value as AssessmentInputInput);
          return null;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          return error.issues;
        }
      };
      const expected = problems(assessOptions);
      expect(expected).not.toBeNull();
      expect(problems(assessSmallInput)).toStrictEqual(expected);
    },
  );
});
