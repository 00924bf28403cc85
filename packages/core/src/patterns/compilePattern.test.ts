import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  compileWordClass,
  type PatternContext,
  PatternSyntaxError,
  wholeTokens,
} from './compilePattern.js';
import { normalizeText, scanText } from './normalize.js';

const literal = (text: string): string[] =>
  scanText(text)
    .filter((token) => token.kind === 'word')
    .map((token) => token.form);
const base: PatternContext = { classes: new Map(), normalizeLiteral: literal, gapWords: 3 };
const context: PatternContext = {
  ...base,
  classes: new Map([['deg', compileWordClass(['so', 'such a', '(really|truly) very'], base)]]),
};

/** The normalised words a pattern matches in `text`, or null when it does not match. */
function match(pattern: string, text: string): string | null {
  const regex = new RegExp(wholeTokens(compilePattern(pattern, context)));
  return regex.exec(normalizeText(text, new Map()).text)?.[0] ?? null;
}

describe('compilePattern', () => {
  it('should match whole words only', () => {
    expect(match('i am', 'I am here')).toBe('i am');
    expect(match('i am', 'it am')).toBeNull();
  });

  it('should skip soft breaks between words but never cross a sentence end', () => {
    expect(match('fine i give up', 'Fine, I give up')).toBe('fine , i give up');
    expect(match('fine i give up', 'Fine. I give up')).toBeNull();
  });

  it('should make a word, class or group optional with "?"', () => {
    expect(match('i am {deg}? sad', 'I am sad')).toBe('i am sad');
    expect(match('i am {deg}? sad', 'I am such a sad')).toBe('i am such a sad');
    expect(match('(oh)? no', 'oh no')).toBe('oh no');
    expect(match('go (away|out)?', 'go home')).toBe('go');
  });

  it('should match one alternative of a group, groups nesting', () => {
    expect(match('(a (b|c)|d) e', 'a c e')).toBe('a c e');
    expect(match('(a (b|c)|d) e', 'd e')).toBe('d e');
  });

  it('should match a word class entry, including entries with groups', () => {
    expect(match('{deg} tired', 'truly very tired')).toBe('truly very tired');
  });

  it('should let a gap skip up to gapWords words within a sentence', () => {
    expect(match('if you ... i will', 'if you really do not go i will')).toBeNull();
    expect(match('if you ... i will', 'if you do not go i will')).toBe('if you do not go i will');
    expect(match('if you ... i will', 'if you go. i will')).toBeNull();
  });

  it('should anchor "^" to the start of a clause and "$" to its end', () => {
    expect(match('^ whatever $', 'ok, whatever.')).toBe('whatever');
    expect(match('^ whatever $', 'do whatever you like')).toBeNull();
    expect(match('never mind $', 'never mind the dishes')).toBeNull();
  });

  it('should read typed punctuation and case in a pattern as the text normaliser does', () => {
    expect(match('Non-Negotiable', 'it is non negotiable')).toBe('non negotiable');
  });

  it.each([
    ['(a b', 'a "(" has no matching ")"'],
    ['a b)', 'a ")" or "|" stands outside any group'],
    ['? a', 'a "?" must follow a word, a class or a group'],
    ['a {deg', 'a "{" has no matching "}"'],
    ['a }', 'a "}" has no matching "{"'],
    ['a {1x}', '"{1x}" is not a word class name'],
    ['a {nope}', 'the word class "{nope}" is not defined in words'],
    ['... a', 'a gap "..." needs words before it'],
    ['a ...', 'a gap "..." needs words after it'],
    ['a ... ... b', 'two gaps "..." cannot follow each other'],
    ['a ... b ... c ... d ... e', 'a pattern may use at most 3 gaps "..."'],
    ['a ^ b', '"^" may only start a pattern'],
    ['a $ b', '"$" may only end a pattern'],
    ['(a|b?)', 'needs at least one word that is not optional'],
    ['a?', 'needs at least one word that is not optional'],
    ['a (b $)', '"$" may only end a pattern'],
  ])('should reject %j: %s', (pattern, message) => {
    expect(() => compilePattern(pattern, context)).toThrow(new PatternSyntaxError(message));
  });
});

describe('compileWordClass', () => {
  it('should refuse a class entry that names another class', () => {
    expect(() => compileWordClass(['{deg} more'], context)).toThrow(
      'a word class entry cannot use another class ("{deg}")',
    );
  });
});
