import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { compileLexicon } from './compileLexicon.js';
import { englishLexicon } from './lexicon.en.js';
import type { PatternLexicon } from './patternLexicon.js';

describe('compileLexicon', () => {
  it('should compile a lexicon object once and reuse it', () => {
    expect(compileLexicon(englishLexicon, 'test', 'lexicon')).toBe(compileLexicon(englishLexicon, 'test', 'lexicon'));
  });

  it('should read pattern words through the lexicon’s spellings', () => {
    const lexicon: PatternLexicon = {
      id: 'x',
      language: 'en',
      spellings: { "don't": 'do not' },
      rules: [{ id: 'r', family: 'subordination', patterns: ["don't care"], confidence: 0.5 }],
    };
    const regex = compileLexicon(lexicon, 'test', 'lexicon').families.get('subordination')?.regexes[0];
    expect(regex?.test('i do not care')).toBe(true);
  });

  it('should give a rule without a message id its family’s default message', () => {
    const lexicon: PatternLexicon = {
      id: 'x',
      language: 'en',
      rules: [{ id: 'r', family: 'threat', patterns: ['boom'], confidence: 0.5 }],
    };
    expect(compileLexicon(lexicon, 'test', 'lexicon').families.get('threat')?.rules[0]?.messageId).toBe(
      'patterns.threat.general',
    );
  });

  it('should name a spelling that is not a single word and a broken word class', () => {
    const lexicon: PatternLexicon = {
      id: 'x',
      language: 'en',
      spellings: { 'two words': 'x' },
      words: { bad: ['(open'] },
      rules: [],
    };
    try {
      compileLexicon(lexicon, 'test', 'lexicon');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues).toEqual([
        { path: 'lexicon.spellings.two words', message: 'the typed form must be a single word' },
        { path: 'lexicon.words.bad', message: 'a "(" has no matching ")"' },
      ]);
    }
  });

  it('should reject something that is not a lexicon', () => {
    expect(() => compileLexicon(null, 'test', 'lexicon')).toThrow(InputError);
    expect(() => compileLexicon({ id: 'x' }, 'test', 'lexicon')).toThrow(/lexicon.language/);
  });
});
