import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../schemas/inputError.js';
import { englishLexicon } from './lexicon.en.js';
import { spanishLexicon } from './lexicon.es.js';
import { LANGUAGE_FAMILIES, PatternLexiconSchema } from './patternLexicon.js';

describe('PatternLexiconSchema', () => {
  it('should accept the built-in lexicons', () => {
    expect(PatternLexiconSchema.safeParse(englishLexicon).success).toBe(true);
    expect(PatternLexiconSchema.safeParse(spanishLexicon).success).toBe(true);
  });

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
});
