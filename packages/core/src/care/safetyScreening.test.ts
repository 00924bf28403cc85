import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { en, es } from '../i18n/index.js';
import {
  SCREENING_ANSWER_LABELS,
  SCREENING_ITEMS,
  SCREENING_QUESTIONS,
  SCREENING_TEXTS,
  ScreeningAnswersSchema,
  screeningRaisesConcern,
} from './safetyScreening.js';

const allNo = (): Record<string, unknown> => Object.fromEntries(SCREENING_QUESTIONS.map((id) => [id, 'no']));

describe('SCREENING_QUESTIONS', () => {
  it('should ask about each domain of the screening form exactly once', () => {
    expect(SCREENING_QUESTIONS).toEqual(['afraid', 'hurt', 'threatened', 'controlled', 'isolated', 'money', 'speakUp']);
  });

  it('should give every question a neutral question text and a hint in both languages', () => {
    expect(SCREENING_ITEMS.map((item) => item.id)).toEqual([...SCREENING_QUESTIONS]);
    for (const item of SCREENING_ITEMS) {
      expect(item.question).toBe(`care.screening.${item.id}.question`);
      for (const id of [item.question, item.hint]) {
        expect(en[id].trim()).not.toBe('');
        expect(es[id].trim()).not.toBe('');
      }
    }
  });

  it('should have every answer label and surrounding text in both languages', () => {
    for (const id of [...Object.values(SCREENING_ANSWER_LABELS), ...Object.values(SCREENING_TEXTS)]) {
      expect(en[id].trim()).not.toBe('');
      expect(es[id].trim()).not.toBe('');
    }
  });

  it('should never name abuse or label the partner in a question', () => {
    // Neutral wording lowers the barrier to answering honestly (docs/concepts.md, "Safety").
    for (const item of SCREENING_ITEMS) expect(en[item.question]).not.toMatch(/abus|violen|victim|perpetrat/i);
  });
});

describe('screeningRaisesConcern', () => {
  it('should clear a screen with exactly "no" to every question', () => {
    expect(screeningRaisesConcern(allNo())).toBe(false);
  });

  it.each(SCREENING_QUESTIONS.flatMap((id) => [[id, 'yes'] as const, [id, 'unsure'] as const]))(
    'should raise concern when %s is answered %s',
    (id, answer) => {
      expect(screeningRaisesConcern({ ...allNo(), [id]: answer })).toBe(true);
    },
  );

  it.each(SCREENING_QUESTIONS)('should raise concern when %s is unanswered', (id) => {
    const answers = allNo();
    delete answers[id];
    expect(screeningRaisesConcern(answers)).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'no'],
    ['a number', 0],
    ['an array', ['no', 'no', 'no', 'no', 'no', 'no', 'no']],
    ['an empty object', {}],
  ])('should raise concern for %s instead of throwing', (_name, value) => {
    expect(screeningRaisesConcern(value as Partial<Record<string, unknown>>)).toBe(true);
  });

  it('should raise concern for answers written in another case or with spaces', () => {
    expect(screeningRaisesConcern({ ...allNo(), money: 'No' })).toBe(true);
    expect(screeningRaisesConcern({ ...allNo(), money: ' no' })).toBe(true);
    expect(screeningRaisesConcern({ ...allNo(), money: false })).toBe(true);
  });

  it('should not count "no" answers inherited from a prototype', () => {
    expect(screeningRaisesConcern(Object.create(allNo()) as Record<string, unknown>)).toBe(true);
  });

  it('should raise concern when reading the answers throws', () => {
    const hostile = new Proxy(allNo(), {
      get() {
        throw new Error('unreadable');
      },
    });
    expect(screeningRaisesConcern(hostile)).toBe(true);
  });

  it('should raise concern for a "yes" under a question this version does not know', () => {
    expect(screeningRaisesConcern({ ...allNo(), children: 'yes' })).toBe(true);
    expect(screeningRaisesConcern({ ...allNo(), note: 'anything' })).toBe(false);
  });

  const answerLike = fc.oneof(
    fc.constantFrom<unknown>('no', 'yes', 'unsure', 'NO', '', null, undefined, 0, 1, true, false),
    fc.anything(),
  );
  const questionKey = fc.constantFrom<string>(...SCREENING_QUESTIONS);
  const garbled = fc.dictionary(fc.oneof(questionKey, fc.string()), answerLike, { maxKeys: 12 });

  test.prop([garbled])('should raise concern unless all seven answers are exactly "no"', (answers) => {
    const allSevenNo = SCREENING_QUESTIONS.every((id) => Object.hasOwn(answers, id) && answers[id] === 'no');
    const extraYes = Object.values(answers).some((value) => value === 'yes' || value === 'unsure');
    expect(screeningRaisesConcern(answers)).toBe(!allSevenNo || extraYes);
  });

  test.prop([fc.subarray([...SCREENING_QUESTIONS], { minLength: 1 })])(
    'should raise concern whenever any question is missing',
    (missing) => {
      const answers = allNo();
      for (const id of missing) delete answers[id];
      expect(screeningRaisesConcern(answers)).toBe(true);
    },
  );

  test.prop([fc.anything()])('should never throw, whatever it is given', (value) => {
    expect(typeof screeningRaisesConcern(value as Partial<Record<string, unknown>>)).toBe('boolean');
  });
});

describe('ScreeningAnswersSchema', () => {
  it('should accept a complete screen', () => {
    expect(ScreeningAnswersSchema.safeParse({ ...allNo(), hurt: 'unsure' }).success).toBe(true);
  });

  it('should name each missing or wrong answer in plain words', () => {
    const result = ScreeningAnswersSchema.safeParse({ ...allNo(), afraid: 'maybe', money: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['afraid', 'must be "no", "yes" or "unsure"'],
      ['money', 'must be "no", "yes" or "unsure"'],
    ]);
  });

  test.prop([
    fc.record(Object.fromEntries(SCREENING_QUESTIONS.map((id) => [id, fc.constantFrom('no', 'yes', 'unsure')]))),
  ])('should agree with screeningRaisesConcern on every complete screen', (answers) => {
    const parsed = ScreeningAnswersSchema.parse(answers);
    const anyConcern = Object.values(parsed).some((value) => value !== 'no');
    expect(screeningRaisesConcern(parsed)).toBe(anyConcern);
  });
});
