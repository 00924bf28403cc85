// fast-check generators and helpers for assessOptions and its input schemas (fairness.md §1, §6, §9). Test-only,
// never exported from the package.
import { fc } from '@fast-check/vitest';
import type { Assessment, OptionAssessment } from '../fairness/assess.js';
import type { NashResult } from '../fairness/nash.js';
import type { Message } from '../i18n/index.js';
import type { AssessmentInput } from '../schemas/assessmentInput.js';
import type { Need } from '../schemas/need.js';
import type { Option } from '../schemas/option.js';
import type { Pair, PartnerId } from '../schemas/partner.js';
import type { Rating } from '../schemas/rating.js';

/** Ids: short words, short strings of any UTF-16 text (ordering is by code units, §4 T1), and names that trip up objects. */
export const assessIdArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('rest', 'money', 'time', 'weekend', 'A', 'a', 'b', 'B', 'é', 'z1', 'Z') },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', '0', '10', ' ') },
);

/** Labels as a person might type them, sometimes padded with spaces the schema trims. */
export const labelArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', ' ', '  '), fc.string({ minLength: 0, maxLength: 8 }), fc.constantFrom('', ' '))
  .map(([before, text, after]) => `${before}L${text}${after}`);

/** A 0-10 rating, with the ends of the scale more often than uniform. */
export const ratingValueArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, 10) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 10 }) },
);

const needFieldsArb = fc.record({
  label: labelArb,
  weight: fc.integer({ min: 1, max: 5 }),
  core: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 2, arbitrary: fc.constant(false) }),
  minimum: fc.integer({ min: 0, max: 9 }),
});

/** Sizes of a generated assessment. */
export type AssessmentSizes = { minOptions?: number; maxOptions?: number; maxNeeds?: number };

/**
 * A valid, complete assessment input: unique ids, exactly one status quo, and every partner's rating of every option
 * against each of their own needs, listed option by option.
 */
export function assessmentInputArb(sizes: AssessmentSizes = {}): fc.Arbitrary<AssessmentInput> {
  const { minOptions = 2, maxOptions = 8, maxNeeds = 4 } = sizes;
  const needIdsArb = fc.uniqueArray(assessIdArb, { minLength: 1, maxLength: maxNeeds });
  return fc
    .record({
      needIds: fc.record({ a: needIdsArb, b: needIdsArb }),
      optionIds: fc.uniqueArray(assessIdArb, { minLength: minOptions, maxLength: maxOptions }),
    })
    .chain(({ needIds, optionIds }) =>
      fc.record({
        needs: fc.record({
          a: fc.tuple(...needIds.a.map((id) => needFieldsArb.map((fields): Need => ({ id, ...fields })))),
          b: fc.tuple(...needIds.b.map((id) => needFieldsArb.map((fields): Need => ({ id, ...fields })))),
        }),
        options: fc
          .tuple(fc.nat({ max: optionIds.length - 1 }), fc.tuple(...optionIds.map(() => labelArb)))
          .map(([statusQuo, labels]) =>
            optionIds.map((id, i): Option => ({ id, label: labels[i] ?? 'L', statusQuo: i === statusQuo })),
          ),
        values: fc.record({
          a: fc.array(ratingValueArb, {
            minLength: optionIds.length * needIds.a.length,
            maxLength: optionIds.length * needIds.a.length,
          }),
          b: fc.array(ratingValueArb, {
            minLength: optionIds.length * needIds.b.length,
            maxLength: optionIds.length * needIds.b.length,
          }),
        }),
        winWinThreshold: fc.oneof(fc.constant(70), fc.integer({ min: 1, max: 100 })),
      }),
    )
    .map(({ needs, options, values, winWinThreshold }) => ({
      needs: { a: [...needs.a], b: [...needs.b] },
      options,
      ratings: completeRatings(
        options,
        { a: [...needs.a], b: [...needs.b] },
        (p, o, n) => values[p][o * needs[p].length + n] ?? 0,
      ),
      winWinThreshold,
    }));
}

/** Every rating of a complete input, option by option, from a function of (partner, option index, need index). */
export function completeRatings(
  options: readonly { id: string }[],
  needs: Pair<readonly { id: string }[]>,
  value: (partner: PartnerId, option: number, need: number) => number,
): Rating[] {
  const ratings: Rating[] = [];
  options.forEach((option, o) => {
    for (const partner of ['a', 'b'] as const) {
      needs[partner].forEach((need, n) => {
        ratings.push({ partner, optionId: option.id, needId: need.id, value: value(partner, o, n) });
      });
    }
  });
  return ratings;
}

/** The same input with the partners' roles exchanged (fairness.md §1.4 `swap`). */
export function swapInput(input: AssessmentInput): AssessmentInput {
  return {
    ...input,
    needs: { a: input.needs.b, b: input.needs.a },
    ratings: input.ratings.map((rating) => ({ ...rating, partner: rating.partner === 'a' ? 'b' : 'a' })),
  };
}

/** The same input with options, each partner's needs and the ratings listed in any order (fairness.md §4 ORDER). */
export function shuffledInputArb(input: AssessmentInput): fc.Arbitrary<AssessmentInput> {
  return fc
    .record({
      options: permutationArb(input.options),
      a: permutationArb(input.needs.a),
      b: permutationArb(input.needs.b),
      ratings: permutationArb(input.ratings),
    })
    .map(({ options, a, b, ratings }) => ({ ...input, options, needs: { a, b }, ratings }));
}

/** Every order of the given values. */
export function permutationArb<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

/** A copy of a JSON-like value that tests may change freely. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Input that is almost valid, with the path an error must name. */
export type MutatedInput = { value: unknown; path: string; mutation: string };

type Mutation = (input: AssessmentInput, pick: number, junk: unknown) => MutatedInput | undefined;

function at<T>(items: readonly T[], pick: number): [T, number] | undefined {
  if (items.length === 0) return undefined;
  const index = pick % items.length;
  const item = items[index];
  return item === undefined ? undefined : [item, index];
}

const NOT_AN_ID = 'no-such-id-anywhere-in-this-input';

const mutations: Record<string, Mutation> = {
  ratingValue: (input, pick) => {
    const value = clone(input) as unknown as { ratings: Record<string, unknown>[] };
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    hit[0].value = [11, -1, 2.5, '5', null, Number.NaN, undefined][pick % 7];
    return { value, path: `ratings[${hit[1]}].value`, mutation: 'ratingValue' };
  },
  ratingMissing: (input, pick) => {
    const value = clone(input);
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    value.ratings.splice(hit[1], 1);
    return { value, path: 'ratings', mutation: 'ratingMissing' };
  },
  ratingDuplicate: (input, pick) => {
    const value = clone(input);
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    value.ratings.push({ ...hit[0] });
    return { value, path: `ratings[${value.ratings.length - 1}]`, mutation: 'ratingDuplicate' };
  },
  ratingUnknownOption: (input, pick) => {
    const value = clone(input);
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    hit[0].optionId = NOT_AN_ID;
    return { value, path: `ratings[${hit[1]}].optionId`, mutation: 'ratingUnknownOption' };
  },
  ratingUnknownNeed: (input, pick) => {
    const value = clone(input);
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    hit[0].needId = NOT_AN_ID;
    return { value, path: `ratings[${hit[1]}].needId`, mutation: 'ratingUnknownNeed' };
  },
  ratingOtherPartnersNeed: (input, pick) => {
    const value = clone(input);
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    const other = hit[0].partner === 'a' ? 'b' : 'a';
    const foreign = value.needs[other].find((need) => !value.needs[hit[0].partner].some((own) => own.id === need.id));
    if (foreign === undefined) return undefined;
    hit[0].needId = foreign.id;
    return { value, path: `ratings[${hit[1]}].needId`, mutation: 'ratingOtherPartnersNeed' };
  },
  ratingPartner: (input, pick) => {
    const value = clone(input) as unknown as { ratings: Record<string, unknown>[] };
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    hit[0].partner = ['c', 'A', 1, undefined][pick % 4];
    return { value, path: `ratings[${hit[1]}].partner`, mutation: 'ratingPartner' };
  },
  ratingNotObject: (input, pick, junk) => {
    const value = clone(input) as unknown as { ratings: unknown[] };
    const hit = at(value.ratings, pick);
    if (!hit) return undefined;
    value.ratings[hit[1]] = typeof junk === 'object' && junk !== null ? 42 : junk;
    return { value, path: `ratings[${hit[1]}]`, mutation: 'ratingNotObject' };
  },
  needWeight: (input, pick) => {
    const value = clone(input) as unknown as { needs: Pair<Record<string, unknown>[]> };
    const p = pick % 2 === 0 ? 'a' : 'b';
    const hit = at(value.needs[p], pick >> 1);
    if (!hit) return undefined;
    hit[0].weight = [0, 6, 1.5, '3', undefined][pick % 5];
    return { value, path: `needs.${p}[${hit[1]}].weight`, mutation: 'needWeight' };
  },
  needLabel: (input, pick) => {
    const value = clone(input) as unknown as { needs: Pair<Record<string, unknown>[]> };
    const p = pick % 2 === 0 ? 'a' : 'b';
    const hit = at(value.needs[p], pick >> 1);
    if (!hit) return undefined;
    hit[0].label = ['', '   ', 7, 'x'.repeat(201)][pick % 4];
    return { value, path: `needs.${p}[${hit[1]}].label`, mutation: 'needLabel' };
  },
  needCore: (input, pick) => {
    const value = clone(input) as unknown as { needs: Pair<Record<string, unknown>[]> };
    const p = pick % 2 === 0 ? 'a' : 'b';
    const hit = at(value.needs[p], pick >> 1);
    if (!hit) return undefined;
    hit[0].core = ['yes', 1, null, undefined][pick % 4];
    return { value, path: `needs.${p}[${hit[1]}].core`, mutation: 'needCore' };
  },
  needMinimum: (input, pick) => {
    const value = clone(input) as unknown as { needs: Pair<Record<string, unknown>[]> };
    const p = pick % 2 === 0 ? 'a' : 'b';
    const hit = at(value.needs[p], pick >> 1);
    if (!hit) return undefined;
    hit[0].minimum = [11, -1, 5.5, null][pick % 4];
    return { value, path: `needs.${p}[${hit[1]}].minimum`, mutation: 'needMinimum' };
  },
  needDuplicateId: (input, pick) => {
    const value = clone(input);
    const p = pick % 2 === 0 ? 'a' : 'b';
    const needs = value.needs[p];
    const first = needs[0];
    if (needs.length < 2 || first === undefined) return undefined;
    const index = 1 + ((pick >> 1) % (needs.length - 1));
    const need = needs[index];
    if (need === undefined) return undefined;
    need.id = first.id;
    return { value, path: `needs.${p}[${index}].id`, mutation: 'needDuplicateId' };
  },
  needsEmpty: (input, pick) => {
    const value = clone(input);
    const p = pick % 2 === 0 ? 'a' : 'b';
    value.needs[p] = [];
    return { value, path: `needs.${p}`, mutation: 'needsEmpty' };
  },
  optionDuplicateId: (input, pick) => {
    const value = clone(input);
    const first = value.options[0];
    const index = 1 + (pick % (value.options.length - 1));
    const option = value.options[index];
    if (first === undefined || option === undefined) return undefined;
    option.id = first.id;
    return { value, path: `options[${index}].id`, mutation: 'optionDuplicateId' };
  },
  optionLabel: (input, pick) => {
    const value = clone(input) as unknown as { options: Record<string, unknown>[] };
    const hit = at(value.options, pick);
    if (!hit) return undefined;
    hit[0].label = ['', ' ', undefined, ['x']][pick % 4];
    return { value, path: `options[${hit[1]}].label`, mutation: 'optionLabel' };
  },
  optionId: (input, pick) => {
    const value = clone(input) as unknown as { options: Record<string, unknown>[] };
    const hit = at(value.options, pick);
    if (!hit) return undefined;
    hit[0].id = ['', 3, 'x'.repeat(101)][pick % 3];
    return { value, path: `options[${hit[1]}].id`, mutation: 'optionId' };
  },
  secondStatusQuo: (input, pick) => {
    const value = clone(input);
    const others = value.options.map((option, i) => [option, i] as const).filter(([option]) => !option.statusQuo);
    const hit = at(others, pick);
    if (!hit) return undefined;
    const [option, index] = hit[0];
    const first = value.options.findIndex((other) => other.statusQuo);
    option.statusQuo = true;
    // The error names whichever status quo comes second.
    return { value, path: `options[${Math.max(first, index)}].statusQuo`, mutation: 'secondStatusQuo' };
  },
  noStatusQuo: (input) => {
    const value = clone(input);
    for (const option of value.options) option.statusQuo = false;
    return { value, path: 'options', mutation: 'noStatusQuo' };
  },
  threshold: (input, pick) => {
    const value = clone(input) as unknown as Record<string, unknown>;
    value.winWinThreshold = [0, 101, 50.5, '70', null][pick % 5];
    return { value, path: 'winWinThreshold', mutation: 'threshold' };
  },
  dropKey: (input, pick) => {
    const value = clone(input) as unknown as Record<string, unknown>;
    const key = (['needs', 'options', 'ratings'] as const)[pick % 3] ?? 'needs';
    delete value[key];
    return { value, path: key, mutation: 'dropKey' };
  },
  replaceList: (input, pick, junk) => {
    const value = clone(input) as unknown as Record<string, unknown>;
    const key = (['options', 'ratings'] as const)[pick % 2] ?? 'options';
    value[key] = junk;
    return { value, path: key, mutation: 'replaceList' };
  },
};

/** Junk that is not a list; lists would be read as lists. */
const nonListJunkArb = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.object());

/** A valid input with one thing broken, and the path an error must name for it. */
export function mutatedInputArb(sizes: AssessmentSizes = {}): fc.Arbitrary<MutatedInput> {
  return fc
    .record({
      input: assessmentInputArb(sizes),
      name: fc.constantFrom(...Object.keys(mutations)),
      pick: fc.nat(1000),
      junk: nonListJunkArb,
    })
    .map(({ input, name, pick, junk }) => mutations[name]?.(input, pick, junk))
    .filter((mutated): mutated is MutatedInput => mutated !== undefined);
}

function mirrorPair<T>(pair: Pair<T>): Pair<T> {
  return { a: pair.b, b: pair.a };
}

function mirrorMessage(msg: Message): Message {
  const partner = msg.params?.partner;
  if (partner !== 'a' && partner !== 'b') return msg;
  return { id: msg.id, params: { ...msg.params, partner: partner === 'a' ? 'b' : 'a' } };
}

/**
 * Messages in a fixed order, so lists that differ only in the order of per-partner messages compare equal: the
 * engine lists a's messages before b's, so after a swap they trade places.
 */
export function canonicalMessages(messages: readonly Message[]): Message[] {
  return messages.map((msg) => ({ ...msg })).sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
}

function mirrorResult(result: NashResult | null): NashResult | null {
  if (result === null || result.kind === 'noMutualGain') return result;
  return { ...result, point: mirrorPair(result.point) };
}

/** The assessment the swapped input should give (fairness.md §4 SWAP, §6 C1), with messages in canonical order. */
export function mirrorAssessment(assessment: Assessment): Assessment {
  return canonicalAssessment({
    ...assessment,
    options: assessment.options.map(
      (option): OptionAssessment => ({
        ...option,
        satisfaction: mirrorPair(option.satisfaction),
        gain: mirrorPair(option.gain),
        coreUnmet: mirrorPair(option.coreUnmet),
        class:
          option.class.kind === 'oneSided'
            ? { kind: 'oneSided', subordinated: option.class.subordinated.map((p) => (p === 'a' ? 'b' : 'a')).sort() }
            : option.class,
        why: option.why.map(mirrorMessage),
      }),
    ),
    disagreement: mirrorPair(assessment.disagreement),
    recommendation: mirrorResult(assessment.recommendation) as NashResult,
    recommendationWhy: assessment.recommendationWhy.map(mirrorMessage),
    takeTurns: mirrorResult(assessment.takeTurns),
    takeTurnsWhy: assessment.takeTurnsWhy.map(mirrorMessage),
  });
}

/** The same assessment with every message list in canonical order, and plain (unfrozen, unshared) values. */
export function canonicalAssessment(assessment: Assessment): Assessment {
  return {
    ...assessment,
    options: assessment.options.map((option) => ({
      ...option,
      coreUnmet: { a: [...option.coreUnmet.a], b: [...option.coreUnmet.b] },
      class:
        option.class.kind === 'oneSided'
          ? { kind: 'oneSided', subordinated: [...option.class.subordinated] }
          : { ...option.class },
      why: canonicalMessages(option.why),
    })),
    recommendationWhy: canonicalMessages(assessment.recommendationWhy),
    takeTurnsWhy: canonicalMessages(assessment.takeTurnsWhy),
  };
}
