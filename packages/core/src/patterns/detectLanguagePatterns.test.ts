import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { patternTextArbitrary } from '../testing/patternArbitraries.js';
import {
  compileDefaultLexicons,
  defaultLexicons,
  detectLanguagePatterns,
  findLanguagePatterns,
  MAX_TEXT_LENGTH,
} from './detectLanguagePatterns.js';
import { englishLexicon } from './lexicon.en.js';
import { spanishLexicon } from './lexicon.es.js';
import { LANGUAGE_FAMILIES, type PatternLexicon } from './patternLexicon.js';

const english = { lexicons: [englishLexicon] };

/** A small French lexicon, as an app might write one. */
const frenchLexicon: PatternLexicon = {
  id: 'fr',
  language: 'fr',
  spellings: { chui: 'je suis' },
  negators: ['pas', 'jamais'],
  words: { insulte: ['idiot', 'idiote', 'nul', 'nulle'] },
  rules: [
    { id: 'fr.sub.commeTuVeux', family: 'subordination', patterns: ['comme tu (veux|voudras)'], confidence: 0.7 },
    {
      id: 'fr.self.label',
      family: 'selfCriticism',
      patterns: ['je suis (tellement|trop|vraiment)? (un|une)? {insulte}'],
      confidence: 0.75,
      messageId: 'patterns.selfCriticism.label',
    },
    {
      id: 'fr.threat.tuer',
      family: 'threat',
      patterns: ['je vais te tuer'],
      confidence: 0.9,
      messageId: 'patterns.threat.harm',
    },
  ],
};

describe('detectLanguagePatterns', () => {
  describe('spans', () => {
    it('should report spans on the original text, covering whole typed words', () => {
      const text = 'Ok… Fine,   I GIVE up. “Whatever you want.”';
      const hits = detectLanguagePatterns(text, english);
      expect(hits.map((hit) => [hit.start, hit.end, hit.text])).toEqual([[4, 21, 'Fine,   I GIVE up']]);
      expect(text.slice(4, 21)).toBe('Fine,   I GIVE up');
    });

    it('should map an expanded contraction back to the word as typed', () => {
      const text = 'honestly my needs dont matter';
      const [hit] = detectLanguagePatterns(text, english);
      expect(hit).toMatchObject({ start: 9, end: 29, text: 'my needs dont matter' });
    });

    it('should keep offsets right after emoji, accents and combining marks', () => {
      const text = '😀 café e\u0301 — I’m such an idiot 😀';
      const [hit] = detectLanguagePatterns(text, english);
      expect(hit?.text).toBe('I’m such an idiot');
      expect(text.slice(hit?.start, hit?.end)).toBe('I’m such an idiot');
    });

    it('should report hits in text order', () => {
      const hits = detectLanguagePatterns("I'm such an idiot. Whatever you want. I'll kill you.", english);
      expect(hits.map((hit) => hit.family)).toEqual(['selfCriticism', 'subordination', 'threat']);
      expect(hits.map((hit) => hit.start)).toEqual([...hits.map((hit) => hit.start)].sort((x, y) => x - y));
    });
  });

  describe('context', () => {
    it('should drop a phrase after a negation in the same clause but not across a comma', () => {
      expect(detectLanguagePatterns("I'm not saying whatever you want", english)).toEqual([]);
      expect(detectLanguagePatterns("No, I don't mind. Whatever you want.", english).map((hit) => hit.rule)).toEqual([
        'en.sub.whatever',
      ]);
      expect(detectLanguagePatterns("I don't know, whatever you want", english).map((hit) => hit.rule)).toEqual([
        'en.sub.whatever',
      ]);
    });

    it('should not let a negation reach past its window or a clause-breaking word', () => {
      expect(
        detectLanguagePatterns("I didn't get the job and I'm such a failure", english).map((hit) => hit.rule),
      ).toEqual(['en.self.label']);
    });

    it('should not count a pseudo-negation such as "can\'t believe" as a negation', () => {
      expect(detectLanguagePatterns("I can't believe I'm such an idiot", english).map((hit) => hit.family)).toEqual([
        'selfCriticism',
      ]);
    });

    it('should treat quoted and reported words as someone else’s, but the writer’s own reported words as theirs', () => {
      expect(detectLanguagePatterns('He said "take it or leave it".', english)).toEqual([]);
      expect(detectLanguagePatterns('my friend told me take it or leave it', english)).toEqual([]);
      expect(detectLanguagePatterns('I told him "take it or leave it".', english).map((hit) => hit.family)).toEqual([
        'myWayOrElse',
      ]);
      expect(detectLanguagePatterns('"Take it or leave it," I said.', english).map((hit) => hit.family)).toEqual([
        'myWayOrElse',
      ]);
      expect(detectLanguagePatterns('"Take it or leave it," she said.', english)).toEqual([]);
    });

    it('should treat an unclosed quote as running to the end of the line', () => {
      expect(detectLanguagePatterns("he said 'or else", english)).toEqual([]);
      expect(detectLanguagePatterns("he said 'hi\nor else", english).map((hit) => hit.rule)).toEqual([
        'en.mwoe.ultimatum',
      ]);
    });

    it('should keep a quoted or reported threat, marked as reported (fail closed)', () => {
      const [quoted] = detectLanguagePatterns('My husband said "you\'ll regret it".', english);
      expect(quoted).toMatchObject({ family: 'threat', voice: 'reported', negated: false, text: "you'll regret it" });
      const [reported] = detectLanguagePatterns('she told me she would get me deported', english);
      expect(reported).toMatchObject({ family: 'threat', rule: 'en.threat.immigration' });
    });

    it('should keep a negated threat, marked as negated (fail closed)', () => {
      const [hit] = detectLanguagePatterns("I'm not saying I'll hurt you, but...", english);
      expect(hit).toMatchObject({ family: 'threat', negated: true, voice: 'own', text: "I'll hurt you" });
    });

    it('should give the writer’s own non-threat hits voice "own" and negated false', () => {
      const hits = detectLanguagePatterns('Whatever you want. I always mess up.', english);
      expect(hits.every((hit) => hit.voice === 'own' && !hit.negated)).toBe(true);
    });

    it('should raise self-criticism confidence when an absolutist word shares the sentence', () => {
      const [plain] = detectLanguagePatterns("I'm such an idiot.", english);
      const [boosted] = detectLanguagePatterns("I'm such an idiot, I ruin everything.", {
        ...english,
        families: ['selfCriticism'],
      });
      expect(plain?.confidence).toBe(0.75);
      expect(boosted?.confidence).toBe(0.85);
    });
  });

  describe('options', () => {
    it('should look only for the families it is given', () => {
      const text = "Whatever you want, I'm such an idiot.";
      expect(detectLanguagePatterns(text, { families: ['selfCriticism'] }).map((hit) => hit.family)).toEqual([
        'selfCriticism',
      ]);
      expect(detectLanguagePatterns(text).map((hit) => hit.family)).toEqual(['subordination', 'selfCriticism']);
    });

    it('should use English and Spanish by default', () => {
      expect(defaultLexicons).toEqual([englishLexicon, spanishLexicon]);
      expect(detectLanguagePatterns('Lo que tú quieras.').map((hit) => hit.lexicon)).toEqual(['es']);
    });

    it('should find hits with an app’s own lexicon, naming its lexicon and rule', () => {
      const hits = detectLanguagePatterns('Comme tu veux. Chui vraiment nulle. Je vais te tuer.', {
        lexicons: [frenchLexicon],
      });
      expect(hits.map((hit) => [hit.lexicon, hit.rule, hit.text, hit.messageId])).toEqual([
        ['fr', 'fr.sub.commeTuVeux', 'Comme tu veux', 'patterns.subordination.ownNeedsAside'],
        ['fr', 'fr.self.label', 'Chui vraiment nulle', 'patterns.selfCriticism.label'],
        ['fr', 'fr.threat.tuer', 'Je vais te tuer', 'patterns.threat.harm'],
      ]);
    });

    it('should apply an app lexicon’s own negators', () => {
      expect(detectLanguagePatterns('Je ne suis pas nulle', { lexicons: [frenchLexicon] })).toEqual([]);
    });

    it('should extend the built-in lexicons without finding the same words twice', () => {
      const hits = detectLanguagePatterns('Whatever you want. Comme tu veux.', {
        lexicons: [...defaultLexicons, frenchLexicon, englishLexicon],
      });
      expect(hits.map((hit) => hit.rule)).toEqual(['en.sub.whatever', 'fr.sub.commeTuVeux']);
    });
  });

  describe('input checks', () => {
    it('should accept a text of exactly the maximum length and reject one character more', () => {
      expect(detectLanguagePatterns('a '.repeat(MAX_TEXT_LENGTH / 2))).toEqual([]);
      expect(() => detectLanguagePatterns('a'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(InputError);
    });

    it('should reject a text that is not a string', () => {
      expect(() => detectLanguagePatterns(undefined as never)).toThrow(/text: must be a string/);
    });

    it('should reject unknown families and empty lists', () => {
      expect(() => detectLanguagePatterns('hi', { families: ['contempt' as never] })).toThrow(InputError);
      expect(() => detectLanguagePatterns('hi', { families: [] })).toThrow(/options.families/);
      expect(() => detectLanguagePatterns('hi', { lexicons: [] })).toThrow(/options.lexicons/);
      expect(() => detectLanguagePatterns('hi', 'en' as never)).toThrow(InputError);
    });

    it('should name every problem of a malformed lexicon by path', () => {
      const broken = {
        id: 'xx',
        language: 'xx',
        rules: [
          { id: 'r1', family: 'threat', patterns: ['(unclosed group'], confidence: 0.5 },
          { id: 'r1', family: 'threat', patterns: ['{missing} word'], confidence: 2 },
          { id: 'r3', family: 'subordination', patterns: ['fine'], confidence: 0.5, messageId: 'not.a.message' },
        ],
      };
      try {
        detectLanguagePatterns('hi', { lexicons: [broken as never] });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).issues.map((issue) => issue.path)).toEqual([
          'options.lexicons[0].rules[1].confidence',
          'options.lexicons[0].rules[2].messageId',
        ]);
      }
    });

    it('should reject a lexicon that uses one rule id twice', () => {
      const twice: PatternLexicon = {
        id: 'xx',
        language: 'xx',
        rules: [
          { id: 'r1', family: 'threat', patterns: ['fine'], confidence: 0.5 },
          { id: 'r1', family: 'threat', patterns: ['good'], confidence: 0.5 },
        ],
      };
      expect(() => detectLanguagePatterns('hi', { lexicons: [twice] })).toThrow(
        'options.lexicons[0].rules[1].id: rule id "r1" is used twice in this lexicon',
      );
    });

    it('should name pattern syntax errors by path once the shape is valid', () => {
      const broken: PatternLexicon = {
        id: 'xx',
        language: 'xx',
        rules: [
          { id: 'r1', family: 'threat', patterns: ['fine', '(unclosed group'], confidence: 0.5 },
          { id: 'r2', family: 'threat', patterns: ['{missing} word', 'only?'], confidence: 0.5 },
        ],
      };
      try {
        detectLanguagePatterns('hi', { lexicons: [broken] });
        expect.unreachable();
      } catch (error) {
        expect((error as InputError).issues).toEqual([
          { path: 'options.lexicons[0].rules[0].patterns[1]', message: 'a "(" has no matching ")"' },
          {
            path: 'options.lexicons[0].rules[1].patterns[0]',
            message: 'the word class "{missing}" is not defined in words',
          },
          { path: 'options.lexicons[0].rules[1].patterns[1]', message: 'needs at least one word that is not optional' },
        ]);
      }
    });
  });

  describe('properties', () => {
    test.prop([patternTextArbitrary])('should only return hits whose span lies in the text and matches it', (text) => {
      for (const hit of detectLanguagePatterns(text)) {
        expect(hit.start).toBeGreaterThanOrEqual(0);
        expect(hit.end).toBeLessThanOrEqual(text.length);
        expect(hit.start).toBeLessThan(hit.end);
        expect(text.slice(hit.start, hit.end)).toBe(hit.text);
        expect(hit.confidence).toBeGreaterThan(0);
        expect(hit.confidence).toBeLessThanOrEqual(1);
      }
    });

    test.prop([fc.string({ unit: 'binary', maxLength: 300 })])(
      'should never throw for any string within the length limit',
      (text) => {
        expect(() => detectLanguagePatterns(text)).not.toThrow();
      },
    );

    test.prop([fc.anything(), fc.anything()])(
      'should let nothing but InputError escape for any input',
      (text, options) => {
        try {
          detectLanguagePatterns(text as string, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      },
    );

    test.prop([
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz \',.!?"'), maxLength: 120 }),
      fc.constantFrom(...['whatever you want', "i'm such an idiot", "i'll kill you", 'take it or leave it']),
    ])('should find the same hits whatever the letter case of an ASCII text', (noise, phrase) => {
      const text = `${noise} ${phrase} ${noise}`;
      const strip = (list: ReturnType<typeof detectLanguagePatterns>) =>
        list.map((hit) => [hit.family, hit.rule, hit.start, hit.end, hit.voice, hit.negated]);
      expect(strip(detectLanguagePatterns(text.toUpperCase()))).toEqual(strip(detectLanguagePatterns(text)));
    });
  });

  it('should stay roughly linear on a maximum-length text full of hits in one sentence', () => {
    const text = "I'm such an idiot, ".repeat(600).slice(0, MAX_TEXT_LENGTH);
    const started = performance.now();
    const hits = detectLanguagePatterns(text);
    // Measured about 15 ms; a quadratic walk per hit took over 120 ms.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(hits.length).toBeGreaterThan(500);
  });

  it('should stay fast on a 1,000-character text', () => {
    const sentence =
      "Honestly, I think we should talk about the weekend, because my needs don't matter and whatever you want is fine. ";
    const text = sentence.repeat(10).slice(0, 1000);
    for (let i = 0; i < 20; i += 1) detectLanguagePatterns(text);
    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) detectLanguagePatterns(text);
    // Measured about 0.15 ms alone; the bound is loose so a busy shared machine passes, yet it still catches a
    // pathological slowdown such as one oversized regular expression (50 times slower, see CompiledGroup).
    expect((performance.now() - started) / runs).toBeLessThan(20);
  });
});

describe('findLanguagePatterns', () => {
  test.prop([patternTextArbitrary])('should return exactly what detectLanguagePatterns returns by default', (text) => {
    expect(findLanguagePatterns(text)).toStrictEqual(detectLanguagePatterns(text));
  });

  test.prop([patternTextArbitrary, fc.subarray([...LANGUAGE_FAMILIES], { minLength: 1 })])(
    'should return exactly what detectLanguagePatterns returns for the families asked for',
    (text, families) => {
      expect(findLanguagePatterns(text, compileDefaultLexicons('test'), families)).toStrictEqual(
        detectLanguagePatterns(text, { families }),
      );
    },
  );

  it('should still refuse a text over the length limit, so the session fails closed on it', () => {
    expect(() => findLanguagePatterns('x'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(InputError);
  });
});
