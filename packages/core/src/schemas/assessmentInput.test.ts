import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessmentInputArb, completeRatings, permutationArb, shuffledInputArb } from '../testing/assessArbitraries.js';
import { problemsOf, schemaProblems } from '../testing/inputIssues.js';
import {
  type AssessmentInputInput,
  AssessmentInputSchema,
  parseAssessmentInput,
  tableFromParsed,
} from './assessmentInput.js';
import { InputError } from './inputError.js';
import type { Rating } from './rating.js';

// The fast pass of parseAssessmentInput finds options through a compact table when their ids are short variations
// on one prefix, and through a map otherwise. These tests hold both ways to what the schema builds and says.

/** The problems parseAssessmentInput throws, one line each. */
function inputProblems(value: unknown): string[] {
  return problemsOf(() => parseAssessmentInput(value, 'test'));
}

const needs = {
  a: [
    { id: 'rest', label: 'Rest', weight: 3, core: true },
    { id: 'money', label: 'Money', weight: 1, core: false },
  ],
  b: [{ id: 'time', label: 'Time together', weight: 4, core: true, minimum: 5 }],
};

/** A valid input with these option ids (the first is the status quo), its ratings option by option. */
function inputWith(ids: readonly string[]): AssessmentInputInput & { ratings: Rating[] } {
  const options = ids.map((id, o) => ({ id, label: `Option ${o}`, statusQuo: o === 0 }));
  const ratings = completeRatings(options, needs, (p, o, n) => (3 * o + 5 * n + (p === 'a' ? 0 : 7)) % 11);
  return { needs, options, ratings };
}

/** The positions of the ids sorted with `<` (UTF-16 code units). */
function orderByLessThan(ids: readonly string[]): number[] {
  return ids.map((_, o) => o).sort((x, y) => ((ids[x] ?? '') < (ids[y] ?? '') ? -1 : 1));
}

/**
 * Ids sharing a prefix, with tails of at most two code units at most 12 apart: what the compact table is for. Its
 * numbers then have two digits in base 12 + 2, so at most 196 of them, within its limit of 4 per id + 256.
 */
const compactIdsArb = fc
  .tuple(
    fc.constantFrom('', 'opt-', 'é', '\u{1F600}'),
    fc.constantFrom(
      ['0', '1', '2', '9'],
      ['a', 'b', 'm'],
      ['\u0000', '\u0001'],
      ['\ufffe', '\uffff'],
      ['\ud800', '\ud801'],
    ),
  )
  .chain(([prefix, units]) =>
    fc
      .uniqueArray(
        fc.array(fc.constantFrom(...units), { maxLength: 2 }).map((tail) => tail.join('')),
        {
          minLength: 2,
          maxLength: 12,
        },
      )
      .map((tails) => tails.map((tail) => prefix + tail))
      .filter((ids) => ids.every((id) => id.length >= 1)),
  );

/** A compact input with its ratings in any order. */
const compactInputArb = compactIdsArb.chain((ids) => {
  const input = inputWith(ids);
  return permutationArb(input.ratings).map((ratings) => ({ ...input, ratings }));
});

describe('parseAssessmentInput: finding options', () => {
  test.prop([compactInputArb])(
    'should build what the schema builds when the ids are short variations on a prefix',
    (input) => {
      const fast = parseAssessmentInput(input, 'test');
      expect(fast).toStrictEqual(tableFromParsed(AssessmentInputSchema.parse(input)));
      // Such ids always get the compact table, which knows their order by `<`.
      expect(fast.idOrder).not.toBeNull();
      expect([...(fast.idOrder ?? [])]).toEqual(orderByLessThan((input.options ?? []).map((option) => option.id)));
    },
  );

  test.prop([assessmentInputArb().chain(shuffledInputArb)])(
    'should build what the schema builds whatever the order of options, needs and ratings',
    (input) => {
      const fast = parseAssessmentInput(input, 'test');
      expect(fast).toStrictEqual(tableFromParsed(AssessmentInputSchema.parse(input)));
      if (fast.idOrder !== null)
        expect([...fast.idOrder]).toEqual(orderByLessThan(input.options.map((option) => option.id)));
    },
  );

  it('should find options by a map, and know no order, when the ids are too varied for the table', () => {
    const input = inputWith(['stay home', 'a weekend by the lake', 'visit the family']);
    const fast = parseAssessmentInput(input, 'test');
    expect(fast.idOrder).toBeNull();
    expect(fast).toStrictEqual(tableFromParsed(AssessmentInputSchema.parse(input)));
  });

  test.prop([
    compactInputArb,
    fc.nat(),
    // Near misses: other prefixes, lengths and code units.
    fc.constantFrom(
      'opt-',
      'opt-5',
      'opt-555',
      'opt-x',
      'opt-0:',
      'opt-1/',
      'xpt-1',
      'é0',
      'a',
      'ab',
      'abc',
      'ma',
      '\u0002',
    ),
  ])('should report a rating of an unknown option as the schema does', (input, pick, unknown) => {
    const ratings = input.ratings;
    const hit = ratings[pick % ratings.length];
    if (hit === undefined || (input.options ?? []).some((option) => option.id === unknown)) return;
    hit.optionId = unknown;
    expect(() => parseAssessmentInput(input, 'test')).toThrow(InputError);
    expect(inputProblems(input)).toEqual(schemaProblems(AssessmentInputSchema, input));
  });

  it('should report an id between options of the table, or just outside its digits, as the schema does', () => {
    // With ids opt-0, opt-1 and opt-99 the digits run from '0' to '9'. In 'opt-0:' and 'opt-1/' the second digit
    // is just past either end ('9' + 1 is ':', '0' - 1 is '/'): read as a digit, it would carry into the first and
    // land on opt-1. One of opt-1's own ratings names the unknown id, so no slot would be left empty to give it away.
    for (const unknown of ['opt-2', 'opt-0:', 'opt-1/', 'opt-9:']) {
      const input = inputWith(['opt-0', 'opt-1', 'opt-99']);
      const at = input.ratings.findIndex((rating) => rating.optionId === 'opt-1') ?? -1;
      const rating = input.ratings[at];
      if (rating !== undefined) rating.optionId = unknown;
      expect(inputProblems(input)).toEqual(schemaProblems(AssessmentInputSchema, input));
      expect(inputProblems(input)).toContain(`ratings[${at}].optionId: there is no option with the id "${unknown}"`);
    }
  });

  it('should report a repeated option id as the schema does', () => {
    const repeated = inputWith(['opt-1', 'opt-2', 'opt-1']);
    expect(inputProblems(repeated)).toEqual(schemaProblems(AssessmentInputSchema, repeated));
    expect(inputProblems(repeated)).not.toEqual([]);
  });
});
