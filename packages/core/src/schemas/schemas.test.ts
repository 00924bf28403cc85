import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessmentInputArb, completeRatings, mutatedInputArb } from '../testing/assessArbitraries.js';
import { problemsOf, schemaProblems } from '../testing/inputIssues.js';
import {
  ASSESSMENT_LIMITS,
  type AssessmentInputInput,
  AssessmentInputSchema,
  parseAssessmentInput,
  tableFromParsed,
} from './assessmentInput.js';
import { InputError } from './inputError.js';
import { NeedSchema } from './need.js';
import { OptionSchema } from './option.js';
import { RatingSchema } from './rating.js';

/** The problems parseAssessmentInput throws, one line each. */
function inputProblems(value: unknown): string[] {
  return problemsOf(() => parseAssessmentInput(value, 'test'));
}

const needs = {
  a: [
    { id: 'rest', label: 'Rest', weight: 3, core: true },
    { id: 'money', label: 'Money', weight: 1, core: false },
  ],
  b: [
    { id: 'rest', label: 'Rest', weight: 2, core: false },
    { id: 'time', label: 'Time together', weight: 4, core: true, minimum: 5 },
  ],
};
const options = [
  { id: 'stay', label: 'Stay home', statusQuo: true },
  { id: 'trip', label: 'Weekend trip' },
];

function validInput(): AssessmentInputInput {
  return {
    needs: structuredClone(needs),
    options: structuredClone(options),
    ratings: completeRatings(options, needs, () => 5),
  };
}

describe('NeedSchema', () => {
  it('should fill in the default core minimum of 6 and trim the label', () => {
    expect(NeedSchema.parse({ id: 'rest', label: '  Rest ', weight: 2, core: true })).toEqual({
      id: 'rest',
      label: 'Rest',
      weight: 2,
      core: true,
      minimum: 6,
    });
  });

  it('should name every wrong field in plain words', () => {
    expect(
      schemaProblems(NeedSchema, { id: '', label: '   ', weight: 2.5, core: 'yes', minimum: 11, category: 4 }),
    ).toMatchInlineSnapshot(`
      [
        "id: must not be empty",
        "label: must not be empty",
        "weight: must be a whole number from 1 to 5",
        "core: must be true or false",
        "minimum: must be a whole number from 0 to 10",
        "category: must be text",
      ]
    `);
  });

  it('should tell a missing field from a mistyped one', () => {
    expect(schemaProblems(NeedSchema, { weight: 0 })).toMatchInlineSnapshot(`
      [
        "id: is required",
        "label: is required",
        "weight: must be a whole number from 1 to 5",
        "core: is required",
      ]
    `);
    expect(schemaProblems(NeedSchema, 'rest')).toMatchInlineSnapshot(`
      [
        "must be an object",
      ]
    `);
  });

  it('should reject an id or a label that is too long', () => {
    expect(
      schemaProblems(NeedSchema, { id: 'x'.repeat(101), label: 'y'.repeat(201), weight: 6, core: false, minimum: -1 }),
    ).toMatchInlineSnapshot(`
      [
        "id: must be at most 100 characters",
        "label: must be at most 200 characters",
        "weight: must be a whole number from 1 to 5",
        "minimum: must be a whole number from 0 to 10",
      ]
    `);
  });

  test.prop([fc.integer({ min: -3, max: 8 })])('should accept exactly the whole weights from 1 to 5', (weight) => {
    const result = NeedSchema.safeParse({ id: 'n', label: 'N', weight, core: false });
    expect(result.success).toBe(weight >= 1 && weight <= 5);
  });
});

describe('OptionSchema', () => {
  it('should treat an option as not the status quo unless it says so', () => {
    expect(OptionSchema.parse({ id: 'trip', label: 'Trip' })).toEqual({ id: 'trip', label: 'Trip', statusQuo: false });
  });

  it('should explain wrong fields', () => {
    expect(schemaProblems(OptionSchema, { id: 7, label: '', statusQuo: 'no' })).toMatchInlineSnapshot(`
      [
        "id: must be text",
        "label: must not be empty",
        "statusQuo: must be true or false",
      ]
    `);
  });
});

describe('RatingSchema', () => {
  test.prop([fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double())])(
    'should accept exactly the whole numbers from 0 to 10',
    (value) => {
      const result = RatingSchema.safeParse({ partner: 'a', optionId: 'o', needId: 'n', value });
      expect(result.success).toBe(Number.isInteger(value) && value >= 0 && value <= 10);
    },
  );

  it('should explain wrong fields', () => {
    expect(schemaProblems(RatingSchema, { partner: 'c', optionId: '', value: 11 })).toMatchInlineSnapshot(`
      [
        "partner: must be "a" or "b"",
        "optionId: must not be empty",
        "needId: is required",
        "value: must be a whole number from 0 to 10",
      ]
    `);
    expect(
      schemaProblems(RatingSchema, { partner: 'a', optionId: 'o', needId: 'n', value: 2.5 }),
    ).toMatchInlineSnapshot(`
      [
        "value: must be a whole number from 0 to 10",
      ]
    `);
  });
});

describe('AssessmentInputSchema', () => {
  it('should accept a complete input and fill in the default win-win threshold of 70', () => {
    const parsed = AssessmentInputSchema.parse(validInput());
    expect(parsed.winWinThreshold).toBe(70);
    expect(parsed.needs.a[0]?.minimum).toBe(6);
    expect(parsed.options[1]?.statusQuo).toBe(false);
  });

  it('should reject a need id used twice by one partner, but allow both partners the same id', () => {
    const input = validInput();
    input.needs.a.push({ id: 'money', label: 'Savings', weight: 2, core: false });
    input.ratings.push(
      { partner: 'a', optionId: 'stay', needId: 'money', value: 1 },
      { partner: 'a', optionId: 'trip', needId: 'money', value: 1 },
    );
    expect(inputProblems(input)).toMatchInlineSnapshot(`
      [
        "needs.a[2].id: "money" is already the id of needs.a[1]; give each need its own id",
        "ratings[8]: ratings[1] already rates option "stay" against need "money" for partner a; give each rating once",
        "ratings[9]: ratings[5] already rates option "trip" against need "money" for partner a; give each rating once",
      ]
    `);
  });

  it('should reject an option id used twice', () => {
    const input = validInput();
    input.options.push({ id: 'trip', label: 'Another trip' });
    expect(inputProblems(input)).toMatchInlineSnapshot(`
      [
        "options[2].id: "trip" is already the id of options[1]; give each option its own id",
      ]
    `);
  });

  it('should ask for exactly one status quo', () => {
    const none = validInput();
    none.options = none.options.map((option) => ({ ...option, statusQuo: false }));
    expect(inputProblems(none)).toMatchInlineSnapshot(`
      [
        "options: exactly one option must be the status quo (statusQuo: true), and none is",
      ]
    `);
    const two = validInput();
    two.options = two.options.map((option) => ({ ...option, statusQuo: true }));
    expect(inputProblems(two)).toMatchInlineSnapshot(`
      [
        "options[1].statusQuo: exactly one option must be the status quo, and options[0] already is",
      ]
    `);
  });

  it('should reject ratings of unknown options and needs, and of the other partner’s needs', () => {
    const input = validInput();
    input.ratings[0] = { partner: 'a', optionId: 'cinema', needId: 'rest', value: 4 };
    input.ratings[1] = { partner: 'a', optionId: 'stay', needId: 'time', value: 4 };
    input.ratings[2] = { partner: 'b', optionId: 'stay', needId: 'sleep', value: 4 };
    expect(inputProblems(input)).toMatchInlineSnapshot(`
      [
        "ratings[0].optionId: there is no option with the id "cinema"",
        "ratings[1].needId: "time" is one of partner b's needs; partner a rates only their own needs",
        "ratings[2].needId: partner b has no need with the id "sleep"",
        "ratings: missing: partner a's rating of option "stay" against need "rest"",
        "ratings: missing: partner a's rating of option "stay" against need "money"",
        "ratings: missing: partner b's rating of option "stay" against need "rest"",
      ]
    `);
  });

  it('should reject a rating given twice', () => {
    const input = validInput();
    input.ratings.push({ partner: 'b', optionId: 'trip', needId: 'time', value: 9 });
    expect(inputProblems(input)).toMatchInlineSnapshot(`
      [
        "ratings[8]: ratings[7] already rates option "trip" against need "time" for partner b; give each rating once",
      ]
    `);
  });

  it('should list missing ratings one by one, then sum up the rest', () => {
    const one = validInput();
    one.ratings.pop();
    expect(inputProblems(one)).toMatchInlineSnapshot(`
      [
        "ratings: missing: partner b's rating of option "trip" against need "time"",
      ]
    `);
    const many = validInput();
    many.options.push(...['c', 'd', 'e', 'f'].map((id) => ({ id, label: id.toUpperCase() })));
    expect(inputProblems(many)).toMatchInlineSnapshot(`
      [
        "ratings: missing: partner a's rating of option "c" against need "rest"",
        "ratings: missing: partner a's rating of option "c" against need "money"",
        "ratings: missing: partner b's rating of option "c" against need "rest"",
        "ratings: missing: partner b's rating of option "c" against need "time"",
        "ratings: missing: partner a's rating of option "d" against need "rest"",
        "ratings: missing: partner a's rating of option "d" against need "money"",
        "ratings: missing: partner b's rating of option "d" against need "rest"",
        "ratings: missing: partner b's rating of option "d" against need "time"",
        "ratings: missing: partner a's rating of option "e" against need "rest"",
        "ratings: missing: partner a's rating of option "e" against need "money"",
        "ratings: and 6 more missing ratings",
      ]
    `);
  });

  it('should list problems of single fields and across fields together', () => {
    const input = validInput();
    input.needs.b[0] = { id: 'rest', label: '', weight: 2, core: false };
    input.options[1] = { id: 'stay', label: 'Trip' };
    input.ratings[0] = { partner: 'a', optionId: 'stay', needId: 'rest', value: 12 };
    expect(inputProblems(input)).toMatchInlineSnapshot(`
      [
        "needs.b[0].label: must not be empty",
        "ratings[0].value: must be a whole number from 0 to 10",
        "options[1].id: "stay" is already the id of options[0]; give each option its own id",
        "ratings[4].optionId: there is no option with the id "trip"",
        "ratings[5].optionId: there is no option with the id "trip"",
        "ratings[6].optionId: there is no option with the id "trip"",
        "ratings[7].optionId: there is no option with the id "trip"",
      ]
    `);
  });

  it('should enforce the documented size limits', () => {
    const tooFewOptions = { ...validInput(), options: [options[0]] };
    expect(inputProblems(tooFewOptions)).toMatchInlineSnapshot(`
      [
        "options: must list at least two options, one of them the status quo",
        "ratings[4].optionId: there is no option with the id "trip"",
        "ratings[5].optionId: there is no option with the id "trip"",
        "ratings[6].optionId: there is no option with the id "trip"",
        "ratings[7].optionId: there is no option with the id "trip"",
      ]
    `);
    const noNeeds = { ...validInput(), needs: { a: [], b: needs.b } };
    expect(inputProblems(noNeeds)).toMatchInlineSnapshot(`
      [
        "needs.a: must list at least one need",
        "ratings[0].needId: "rest" is one of partner b's needs; partner a rates only their own needs",
        "ratings[1].needId: partner a has no need with the id "money"",
        "ratings[4].needId: "rest" is one of partner b's needs; partner a rates only their own needs",
        "ratings[5].needId: partner a has no need with the id "money"",
      ]
    `);
    const manyNeeds = Array.from({ length: ASSESSMENT_LIMITS.needsPerPartner + 1 }, (_, i) => ({
      id: `n${i}`,
      label: 'N',
      weight: 1,
      core: false,
    }));
    expect(inputProblems({ ...validInput(), needs: { a: manyNeeds, b: needs.b } })).toMatchInlineSnapshot(`
      [
        "needs.a: must list at most 20 needs",
      ]
    `);
    const manyOptions = Array.from({ length: ASSESSMENT_LIMITS.options + 1 }, (_, i) => ({
      id: `o${i}`,
      label: 'O',
      statusQuo: i === 0,
    }));
    expect(inputProblems({ ...validInput(), options: manyOptions })).toMatchInlineSnapshot(`
      [
        "options: must list at most 100000 options",
      ]
    `);
  });

  it('should refuse options and needs that would need more ratings than the limit', () => {
    const twenty = Array.from({ length: ASSESSMENT_LIMITS.needsPerPartner }, (_, i) => ({
      id: `n${i}`,
      label: 'N',
      weight: 1,
      core: false,
    }));
    const count = Math.floor(ASSESSMENT_LIMITS.ratings / (2 * twenty.length)) + 1;
    const manyOptions = Array.from({ length: count }, (_, i) => ({ id: `o${i}`, label: 'O', statusQuo: i === 0 }));
    expect(
      inputProblems({ needs: { a: twenty, b: twenty }, options: manyOptions, ratings: [] }),
    ).toMatchInlineSnapshot(`
      [
        "these options and needs would need 1000040 ratings, more than the limit of 1000000; use fewer options or needs",
      ]
    `);
  });

  it('should explain a wrong threshold and input that is not an object', () => {
    expect(inputProblems({ ...validInput(), winWinThreshold: 0 })).toMatchInlineSnapshot(`
      [
        "winWinThreshold: must be a whole number of percent from 1 to 100",
      ]
    `);
    expect(inputProblems([])).toMatchInlineSnapshot(`
      [
        "must be an object",
      ]
    `);
    expect(inputProblems({ needs: { a: 'rest' } })).toMatchInlineSnapshot(`
      [
        "needs.a: must be a list of needs",
        "needs.b: is required",
        "options: is required",
        "ratings: is required",
      ]
    `);
  });
});

describe('parseAssessmentInput', () => {
  it('should put each rating in the slot of its option and need, in input order', () => {
    const input = validInput();
    input.ratings = completeRatings(options, needs, (p, o, n) => (p === 'a' ? 1 : 5) + 2 * o + n);
    const { ratings } = parseAssessmentInput(input, 'test');
    expect([...ratings.a]).toEqual([1, 2, 3, 4]);
    expect([...ratings.b]).toEqual([5, 6, 7, 8]);
  });

  test.prop([assessmentInputArb()])('should build what the schema builds from valid input', (input) => {
    expect(parseAssessmentInput(input, 'test')).toStrictEqual(tableFromParsed(AssessmentInputSchema.parse(input)));
  });

  test.prop([mutatedInputArb()])(
    'should reject exactly what the schema rejects, with the schema’s issues',
    ({ value }) => {
      const result = AssessmentInputSchema.safeParse(value);
      if (result.success) {
        expect(parseAssessmentInput(value, 'test')).toStrictEqual(tableFromParsed(result.data));
      } else {
        expect(() => parseAssessmentInput(value, 'test')).toThrow(InputError);
        expect(inputProblems(value)).toEqual(schemaProblems(AssessmentInputSchema, value));
      }
    },
  );

  test.prop([mutatedInputArb()])('should name the path of the broken field', ({ value, path }) => {
    expect(() => parseAssessmentInput(value, 'test')).toThrow(InputError);
    try {
      parseAssessmentInput(value, 'test');
    } catch (error) {
      expect((error as InputError).issues.map((issue) => issue.path)).toContain(path);
    }
  });
});
