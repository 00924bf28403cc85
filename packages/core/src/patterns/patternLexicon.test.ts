import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../schemas/inputError.js';
import { isZodFallback, pathsIn, schemaProblems, withValueAt } from '../testing/inputIssues.js';
import { defaultLexicons } from './detectLanguagePatterns.js';
import { englishLexicon } from './lexicon.en.js';
import { spanishLexicon } from './lexicon.es.js';
import { LANGUAGE_FAMILIES, PatternLexiconSchema } from './patternLexicon.js';

describe('PatternLexiconSchema', () => {
  it('should accept the built-in lexicons', () => {
    expect(PatternLexiconSchema.safeParse(englishLexicon).success).toBe(true);
    expect(PatternLexiconSchema.safeParse(spanishLexicon).success).toBe(true);
  });

  // The session machine compiles the built-in lexicons without this schema (compileTrustedLexicon), so this test is
  // what keeps a typo in them from shipping: each must parse, and parse to itself (nothing trimmed or dropped), so
  // the trusted path compiles exactly what the validating one would.
  it.each(defaultLexicons.map((lexicon) => [lexicon.id, lexicon] as const))(
    'should accept the default lexicon %s exactly as written',
    (_id, lexicon) => {
      const parsed = PatternLexiconSchema.safeParse(lexicon);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toStrictEqual(lexicon);
    },
  );

  it('should list the four language families', () => {
    expect(LANGUAGE_FAMILIES).toEqual(['subordination', 'myWayOrElse', 'selfCriticism', 'threat']);
  });

  it('should explain each problem in plain words', () => {
    const result = PatternLexiconSchema.safeParse({
      id: ' ',
      language: 'en',
      words: { '9lives': ['x'] },
      rules: [{ id: 'r', family: 'anger', patterns: [], confidence: 1.5, messageId: 'nope' }],
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : issuesFromZod(result.error.issues)).toMatchInlineSnapshot(`
      [
        {
          "message": "must be a lexicon id",
          "path": "id",
        },
        {
          "message": "a word class name must be letters, digits or "_", starting with a letter",
          "path": "words.9lives",
        },
        {
          "message": "must be one of "subordination", "myWayOrElse", "selfCriticism" or "threat"",
          "path": "rules[0].family",
        },
        {
          "message": "must list at least one pattern",
          "path": "rules[0].patterns",
        },
        {
          "message": "must be at most 1",
          "path": "rules[0].confidence",
        },
        {
          "message": "must be a message id from the built-in catalog",
          "path": "rules[0].messageId",
        },
      ]
    `);
  });

  it('should name a part of the wrong type in plain words too', () => {
    expect(
      schemaProblems(PatternLexiconSchema, {
        ...englishLexicon,
        rules: ['not a rule'],
        boosters: [{ families: 'threat', words: ['really'], amount: 0.1 }],
        gapWords: '3',
      }),
    ).toEqual([
      'gapWords: must be a whole number',
      'boosters[0].families: must be a list of families',
      'rules[0]: must be a rule object',
    ]);
  });

  it('should bound the word windows and ask every rule for at least one pattern', () => {
    const needHint = { id: 'h', kind: 'demand', patterns: [] };
    expect(
      schemaProblems(PatternLexiconSchema, {
        ...englishLexicon,
        negationWindow: -1,
        gapWords: 13,
        needHints: [needHint],
      }),
    ).toEqual([
      'negationWindow: must be at least 0',
      'gapWords: must be at most 12',
      'needHints[0].patterns: must list at least one pattern',
    ]);
    expect(schemaProblems(PatternLexiconSchema, { ...englishLexicon, negationWindow: 12.5, gapWords: 0 })).toEqual([
      'negationWindow: must be a whole number',
      'gapWords: must be at least 1',
    ]);
  });

  test.prop([fc.constantFrom(...pathsIn(englishLexicon)), fc.anything()])(
    'should describe any damage to a lexicon in our own words, never with zod’s bare fallback',
    (path, junk) => {
      for (const problem of schemaProblems(PatternLexiconSchema, withValueAt(englishLexicon, path, junk)))
        expect(isZodFallback(problem), problem).toBe(false);
    },
  );
});
