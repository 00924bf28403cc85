import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { needLabelArbitrary } from '../testing/patternArbitraries.js';
import { MAX_TEXT_LENGTH } from './detectLanguagePatterns.js';
import { englishLexicon } from './lexicon.en.js';
import { findNeedHint, needHint } from './needHint.js';
import type { PatternLexicon } from './patternLexicon.js';

const demands = [
  'You need to call me every day',
  'I need you to listen',
  'You should stop yelling',
  'I want you to help more',
  'For you to be home by six',
  'You to text me back',
  'My partner to be on time',
  'He needs to change',
  'Stop interrupting me',
  'You must apologize',
  'You have to listen to me',
  'That you never yell again',
  'You to stop drinking',
  "Don't leave dishes in the sink",
  'I expect you to tell me first',
  'You always leave me alone at parties',
  'I need u to be there',
  'We need him to move out',
  'I would like you to plan dates',
  'I need you',
];

const strategies = [
  'A new car',
  'To move to Madrid',
  'Go to Paris this summer',
  'Dinner out every Friday',
  'Date night every week',
  'To buy a house',
  'Me time on Sundays',
  'Being home by 6',
  'Sex twice a week',
  'A bigger apartment',
  'Call me every night',
  'Travel more, at least once a month',
  'Quiet after 9pm',
  'I want to quit my job',
  'Visit my parents every weekend',
  'We should rent a cabin',
  'A second bathroom',
  'Walks every morning',
  'Phone calls at noon',
  'I need to go out with friends',
];

const needs = [
  'Rest',
  'Respect',
  'To be heard',
  'To feel safe',
  'Time for myself',
  'Closeness',
  'Honesty',
  'Trust',
  'Being appreciated',
  'Fairness',
  "Support when I'm stressed",
  'Fun and play',
  'Financial security',
  'Quiet in the evenings',
  'I need to not be yelled at',
  'Not being yelled at',
  'Reliability',
  'Knowing you care about me',
  'Feeling close to you',
  'Having a say in decisions',
  'Freedom to see my friends',
  'A sense of belonging',
  "I don't need you to fix it",
  'Shared responsibility for the kids',
];

describe('needHint', () => {
  it.each(demands)('should read %j as a demand on the partner', (label) => {
    expect(needHint(label)).toBe('patterns.needHint.demand');
  });

  it.each(strategies)('should read %j as a strategy', (label) => {
    expect(needHint(label)).toBe('patterns.needHint.strategy');
  });

  it.each(needs)('should give no hint for the need %j', (label) => {
    expect(needHint(label)).toBeNull();
  });

  it('should hold at least 20 hinted labels and 20 plain needs', () => {
    expect(demands.length + strategies.length).toBeGreaterThanOrEqual(20);
    expect(needs.length).toBeGreaterThanOrEqual(20);
  });

  it('should prefer the demand hint when a label is both a demand and a strategy', () => {
    expect(needHint('You need to call me every day at 6')).toBe('patterns.needHint.demand');
  });

  it('should use only the lexicons it is given', () => {
    // Arrange: a lexicon with no need hints at all.
    const bare: PatternLexicon = { ...englishLexicon, id: 'bare', needHints: [] };
    // Act / Assert
    expect(needHint('You need to call me every day', { lexicons: [bare] })).toBeNull();
  });

  it('should throw InputError for a label that is not a string or is too long', () => {
    expect(() => needHint(42 as unknown as string)).toThrow(InputError);
    expect(() => needHint('a'.repeat(10_001))).toThrow(InputError);
  });
});

describe('findNeedHint', () => {
  test.prop([needLabelArbitrary])('should return exactly what needHint returns with the default lexicons', (label) => {
    expect(findNeedHint(label)).toBe(needHint(label));
  });

  it('should still refuse a label over the length limit, which no type can rule out', () => {
    expect(() => findNeedHint('a'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(InputError);
  });
});
