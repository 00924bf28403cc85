import { describe, expect, it } from 'vitest';
import { careEn, careEs } from './care.js';

const keys = Object.keys(careEn) as (keyof typeof careEn)[];
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

// Texts that are rightly the same in both languages: a word both share, or a label around a number.
const SAME_IN_BOTH = new Set<string>(['care.screening.answer.no', 'care.resources.contact.tty']);

describe('the care catalog', () => {
  it('should have exactly the same ids in English and Spanish', () => {
    expect(Object.keys(careEs).sort()).toEqual([...keys].sort());
  });

  it('should keep every id under the care namespace', () => {
    expect(keys.filter((key) => !/^care\.[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(key))).toEqual([]);
  });

  it('should have no empty, padded or double-spaced text in either language', () => {
    for (const key of keys) {
      for (const text of [careEn[key], careEs[key]]) {
        expect(text, key).not.toBe('');
        expect(text, key).toBe(text.trim());
        expect(text, key).not.toMatch(/ {2}/);
      }
    }
  });

  it('should use the same placeholders in English and Spanish for every id', () => {
    for (const key of keys) expect(placeholders(careEs[key]), key).toEqual(placeholders(careEn[key]));
  });

  it('should write every placeholder as {name}, with no stray braces', () => {
    for (const key of keys) {
      for (const text of [careEn[key], careEs[key]]) expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('should translate every text rather than copy the English', () => {
    expect(keys.filter((key) => careEs[key] === careEn[key] && !SAME_IN_BOTH.has(key))).toEqual([]);
  });
});
