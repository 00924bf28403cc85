import { describe, expect, it } from 'vitest';
import { demoEn, demoEs } from './demoMessages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('demoMessages', () => {
  it('should have a Spanish text for every English id and no other', () => {
    expect(Object.keys(demoEs).sort()).toEqual(Object.keys(demoEn).sort());
  });

  it('should use the same placeholders in both languages', () => {
    const mismatched = Object.entries(demoEn).filter(
      ([id, text]) =>
        JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(demoEs[id as keyof typeof demoEs])),
    );
    expect(mismatched.map(([id]) => id)).toEqual([]);
  });

  it('should leave no text empty', () => {
    const empty = [...Object.entries(demoEn), ...Object.entries(demoEs)].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });
});
