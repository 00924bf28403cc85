import { describe, expect, it } from 'vitest';
import { sessionEn, sessionEs } from './session.js';

const keys = Object.keys(sessionEn) as (keyof typeof sessionEn)[];
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe('the session catalog', () => {
  it('should have exactly the same ids in English and Spanish', () => {
    expect(Object.keys(sessionEs).sort()).toEqual([...keys].sort());
  });

  it('should keep every id under the session namespace', () => {
    expect(keys.filter((key) => !/^session(\.[a-zA-Z]+)+$/.test(key))).toEqual([]);
  });

  it('should have no empty, padded or double-spaced text in either language', () => {
    for (const key of keys) {
      for (const text of [sessionEn[key], sessionEs[key]]) {
        expect(text, key).not.toBe('');
        expect(text, key).toBe(text.trim());
        expect(text, key).not.toMatch(/ {2}/);
      }
    }
  });

  it('should use the same placeholders in English and Spanish for every id', () => {
    for (const key of keys) expect(placeholders(sessionEs[key]), key).toEqual(placeholders(sessionEn[key]));
  });

  it('should translate every text rather than copy the English', () => {
    expect(keys.filter((key) => sessionEs[key] === sessionEn[key])).toEqual([]);
  });
});
