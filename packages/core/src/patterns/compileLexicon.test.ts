import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { compileLexicon, compileTrustedLexicon } from './compileLexicon.js';
import { defaultLexicons } from './detectLanguagePatterns.js';
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

describe('compileTrustedLexicon', () => {
  it.each(defaultLexicons.map((lexicon) => [lexicon.id, lexicon] as const))(
    'should compile the default lexicon %s to what the validating path compiles, without a problem',
    (_id, lexicon) => {
      // A copy, so the validating path compiles afresh instead of returning the cached compilation.
      expect(compileTrustedLexicon(lexicon, 'test', 'lexicon')).toStrictEqual(
        compileLexicon(structuredClone(lexicon), 'test', 'lexicon'),
      );
    },
  );

  it('should share the cache with compileLexicon', () => {
    const lexicon: PatternLexicon = {
      id: 'x',
      language: 'en',
      rules: [{ id: 'r', family: 'threat', patterns: ['boom'], confidence: 0.5 }],
    };
    expect(compileTrustedLexicon(lexicon, 'test', 'lexicon')).toBe(compileLexicon(lexicon, 'test', 'lexicon'));
  });

  it('should still throw the compile step’s InputError for a broken pattern, so a caller can fail closed', () => {
    const broken = (): PatternLexicon => ({
      id: 'x',
      language: 'en',
      spellings: { 'two words': 'x' },
      rules: [{ id: 'r', family: 'threat', patterns: ['(boom'], confidence: 0.5 }],
    });
    const issuesOf = (compile: () => unknown): unknown => {
      try {
        compile();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).issues;
      }
      return expect.unreachable();
    };
    const trusted = issuesOf(() => compileTrustedLexicon(broken(), 'test', 'lexicon'));
    expect(trusted).toEqual(issuesOf(() => compileLexicon(broken(), 'test', 'lexicon')));
    expect(trusted).toHaveLength(2);
  });
});
