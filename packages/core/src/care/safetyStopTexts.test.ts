import { describe, expect, it } from 'vitest';
import { en, es } from '../i18n/index.js';
import { QUICK_EXIT_TEXTS, SAFETY_STOP_TEXTS } from './safetyStopTexts.js';

describe('SAFETY_STOP_TEXTS and QUICK_EXIT_TEXTS', () => {
  it('should have every text in both languages', () => {
    for (const id of [...Object.values(SAFETY_STOP_TEXTS), ...Object.values(QUICK_EXIT_TEXTS)]) {
      expect(en[id].trim()).not.toBe('');
      expect(es[id].trim()).not.toBe('');
    }
  });

  it('should never promise that history is erased', () => {
    // techsafety guidance (docs/concepts.md, "Safety mode"): a quick exit cannot guarantee a clean history, so we must not claim it.
    for (const catalog of [en, es]) {
      expect(catalog[QUICK_EXIT_TEXTS.hint]).not.toMatch(/erase|delete|borra|elimina/i);
      expect(catalog[QUICK_EXIT_TEXTS.hint]).toMatch(/histor/i);
    }
  });

  it('should speak of safety, not of blame, in the stop screen', () => {
    for (const id of Object.values(SAFETY_STOP_TEXTS)) expect(en[id]).not.toMatch(/abuser|your fault|you did/i);
  });
});
