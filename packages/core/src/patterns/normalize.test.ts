import { describe, expect, it } from 'vitest';
import { normalizeText, scanText, tokenIndexAt } from './normalize.js';

const forms = (text: string): string[] => scanText(text).map((token) => token.form);

describe('scanText', () => {
  it('should lower-case words and fold accents', () => {
    expect(forms('Tú DECIDES, Café')).toEqual(['tu', 'decides', ',', 'cafe']);
  });

  it('should keep every apostrophe variant inside a word as a straight one', () => {
    expect(forms('don’t can`t I\u02BCm')).toEqual(["don't", "can't", "i'm"]);
  });

  it('should reduce punctuation to soft and hard breaks, a hard break winning over a soft one', () => {
    expect(forms('fine,  — I give up!!! ok: yes; no')).toEqual([
      'fine',
      ',',
      'i',
      'give',
      'up',
      '.',
      'ok',
      ',',
      'yes',
      '.',
      'no',
    ]);
    expect(forms('well,. then')).toEqual(['well', '.', 'then']);
  });

  it('should drop breaks at the start of a text and keep a decimal point inside numbers', () => {
    expect(forms('... Hello. 3.5 ok')).toEqual(['hello', '.', '3', '5', 'ok']);
  });

  it('should split words on hyphens, symbols and emoji without adding breaks', () => {
    expect(forms('non-negotiable 😀 yes#no')).toEqual(['non', 'negotiable', 'yes', 'no']);
  });

  it('should record each token’s range in the original text', () => {
    const text = '😀 Don’t';
    const [token] = scanText(text);
    expect(token).toMatchObject({ start: 3, end: 8 });
    expect(text.slice(3, 8)).toBe('Don’t');
  });

  it('should mark tokens inside quotation marks', () => {
    expect(scanText('he said "or else" now').map((token) => token.quoted)).toEqual([false, false, true, true, false]);
  });
});

describe('normalizeText', () => {
  it('should replace typed spellings with canonical words that all map back to the typed word', () => {
    const spellings = new Map([
      ["don't", ['do', 'not']],
      ['u', ['you']],
    ]);
    const normal = normalizeText("Don't go u", spellings);
    expect(normal.text).toBe('do not go you');
    expect(normal.tokens.map((token) => [token.form, token.at, token.start, token.end])).toEqual([
      ['do', 0, 0, 5],
      ['not', 3, 0, 5],
      ['go', 7, 6, 8],
      ['you', 10, 9, 10],
    ]);
  });

  it('should find the token at a normalised offset', () => {
    const normal = normalizeText('one two three', new Map());
    expect([0, 4, 5, 8].map((at) => tokenIndexAt(normal, at))).toEqual([0, 1, 1, 2]);
  });
});
