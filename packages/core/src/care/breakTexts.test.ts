import { describe, expect, it } from 'vitest';
import { en, es } from '../i18n/index.js';
import { BREAK_TEXTS, BREATHING_CYCLE, BREATHING_INTRO, BREATHING_SETTLE, PAUSE_TEXTS } from './breakTexts.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('PAUSE_TEXTS and BREAK_TEXTS', () => {
  const texts = [...Object.values(PAUSE_TEXTS), ...Object.values(BREAK_TEXTS)];

  it('should have every text in both languages', () => {
    for (const text of texts) {
      expect(en[text.id].trim()).not.toBe('');
      expect(es[text.id].trim()).not.toBe('');
    }
  });

  it('should declare exactly the placeholders each text uses, in both languages', () => {
    for (const text of texts) {
      expect(placeholders(en[text.id]), text.id).toEqual([...text.params].sort());
      expect(placeholders(es[text.id]), text.id).toEqual([...text.params].sort());
    }
  });

  it('should leave the minimum break length to the caller, so a configured minimum shows as it is', () => {
    expect(en[BREAK_TEXTS.minimum.id]).not.toMatch(/\d/);
    expect(es[BREAK_TEXTS.minimum.id]).not.toMatch(/\d/);
  });
});

describe('BREATHING_CYCLE', () => {
  it('should breathe in, hold, then out, with every line in both languages', () => {
    expect(BREATHING_CYCLE.map((step) => step.line)).toEqual([
      'care.breathing.in',
      'care.breathing.hold',
      'care.breathing.out',
    ]);
    for (const id of [BREATHING_INTRO, ...BREATHING_CYCLE.map((step) => step.line), BREATHING_SETTLE]) {
      expect(en[id].trim()).not.toBe('');
      expect(es[id].trim()).not.toBe('');
    }
  });

  it('should breathe out for longer than in, as the words promise', () => {
    const seconds = Object.fromEntries(BREATHING_CYCLE.map((step) => [step.line, step.seconds]));
    expect(seconds['care.breathing.out']).toBeGreaterThan(seconds['care.breathing.in'] ?? Infinity);
    expect(BREATHING_CYCLE.every((step) => Number.isInteger(step.seconds) && step.seconds > 0)).toBe(true);
  });
});
