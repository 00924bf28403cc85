import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { problemsOf } from '../testing/inputIssues.js';
import { outcomeOptionArbitrary } from '../testing/patternArbitraries.js';
import { findOutcomePatterns, outcomeFindings } from './outcomeFindings.js';

describe('outcomeFindings', () => {
  it('should flag the partner an option is one-sided against', () => {
    const findings = outcomeFindings({
      id: 'o2',
      class: { kind: 'oneSided', subordinated: ['b'] },
      coreUnmet: { a: [], b: [] },
    });
    expect(findings).toEqual([
      {
        kind: 'subordination',
        partner: 'b',
        evidence: { kind: 'outcome', rule: 'outcome.oneSided', optionId: 'o2' },
        messageId: 'patterns.outcome.oneSided',
      },
    ]);
  });

  it('should flag a partner whose core needs are unmet while all of the other partner’s are met, with the count', () => {
    const findings = outcomeFindings({
      id: 'o3',
      class: { kind: 'oneSided', subordinated: ['a'] },
      coreUnmet: { a: ['n1', 'n2'], b: [] },
    });
    expect(findings).toEqual([
      {
        kind: 'subordination',
        partner: 'a',
        evidence: { kind: 'outcome', rule: 'outcome.coreUnmet', optionId: 'o3' },
        messageId: 'patterns.outcome.coreUnmet',
        params: { count: 2 },
      },
    ]);
  });

  it('should flag both partners when an option is one-sided against each of them', () => {
    const findings = outcomeFindings({
      id: 'o4',
      class: { kind: 'oneSided', subordinated: ['a', 'b'] },
      coreUnmet: { a: [], b: [] },
    });
    expect(findings.map((finding) => finding.partner)).toEqual(['a', 'b']);
  });

  it.each([
    ['a compromise', { kind: 'compromise' as const }, { a: [], b: [] }],
    ['a win-win', { kind: 'winWin' as const }, { a: [], b: [] }],
    ['an option blocked for both', { kind: 'blocked' as const }, { a: ['n1'], b: ['m1'] }],
  ])('should find nothing for %s', (_name, optionClass, coreUnmet) => {
    expect(outcomeFindings({ id: 'o1', class: optionClass, coreUnmet })).toEqual([]);
  });

  it('should accept an assessment option with extra fields as it is', () => {
    const option = {
      id: 'o5',
      label: 'Take turns',
      statusQuo: false,
      class: { kind: 'winWin' as const },
      coreUnmet: { a: [], b: [] },
      satisfaction: { a: 5, b: 6 },
    };
    expect(outcomeFindings(option)).toEqual([]);
  });

  it('should throw InputError for a malformed option', () => {
    expect(() => outcomeFindings({ id: '', class: { kind: 'fair' }, coreUnmet: { a: [] } } as never)).toThrow(
      InputError,
    );
  });

  it('should name a one-sided class without a list of partners in plain words', () => {
    const option = { id: 'o2', class: { kind: 'oneSided', subordinated: 'b' }, coreUnmet: { a: [], b: [] } };
    expect(problemsOf(() => outcomeFindings(option as never))).toEqual([
      'class.subordinated: must be a list of partners',
    ]);
  });
});

describe('findOutcomePatterns', () => {
  test.prop([outcomeOptionArbitrary])(
    'should return exactly what outcomeFindings returns, extra fields of an assessment included',
    (option) => {
      expect(findOutcomePatterns(option)).toStrictEqual(outcomeFindings(option));
    },
  );
});
