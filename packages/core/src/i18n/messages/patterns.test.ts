import { describe, expect, it } from 'vitest';
import { patternsEn, patternsEs } from './patterns.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('patterns catalog', () => {
  it('should have a Spanish text for exactly the English ids', () => {
    expect(Object.keys(patternsEs).sort()).toEqual(Object.keys(patternsEn).sort());
  });

  it.each(Object.keys(patternsEn) as (keyof typeof patternsEn)[])(
    'should use the same placeholders in both languages for %s',
    (id) => {
      expect(placeholders(patternsEs[id])).toEqual(placeholders(patternsEn[id]));
      expect(patternsEs[id].trim()).not.toBe('');
    },
  );

  it('should keep every id in the patterns namespace', () => {
    expect(Object.keys(patternsEn).every((id) => id.startsWith('patterns.'))).toBe(true);
  });
});
