import { describe, expect, it } from 'vitest';
import { en, es } from '../i18n/index.js';
import { SELF_COMPASSION_BREAK_STEPS, SELF_COMPASSION_BREAK_TEXTS } from './selfCompassionBreak.js';

describe('SELF_COMPASSION_BREAK_STEPS', () => {
  it('should follow the Break order: mindfulness, common humanity, self-kindness', () => {
    expect(SELF_COMPASSION_BREAK_STEPS.map((step) => step.id)).toEqual([
      'mindfulness',
      'commonHumanity',
      'selfKindness',
    ]);
  });

  it('should give each step an instruction, a phrase and at least two alternatives in both languages', () => {
    for (const step of SELF_COMPASSION_BREAK_STEPS) {
      expect(step.alternatives.length).toBeGreaterThanOrEqual(2);
      const ids = [step.title, step.instruction, step.phrase, ...step.alternatives];
      if (step.soothingTouch !== undefined) ids.push(step.soothingTouch);
      for (const id of ids) {
        expect(en[id].trim()).not.toBe('');
        expect(es[id].trim()).not.toBe('');
      }
    }
  });

  it('should offer the soothing touch only with the common-humanity step', () => {
    expect(
      SELF_COMPASSION_BREAK_STEPS.filter((step) => step.soothingTouch !== undefined).map((step) => step.id),
    ).toEqual(['commonHumanity']);
  });

  it('should word every phrase in the first person, as something a person says to themselves', () => {
    for (const step of SELF_COMPASSION_BREAK_STEPS) {
      for (const id of [step.phrase, ...step.alternatives]) expect(en[id]).not.toMatch(/\byou(r)?\b/i);
    }
  });

  it('should use no message id twice', () => {
    const ids = SELF_COMPASSION_BREAK_STEPS.flatMap((step) => [
      step.title,
      step.instruction,
      step.phrase,
      ...step.alternatives,
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('SELF_COMPASSION_BREAK_TEXTS', () => {
  it('should have every surrounding text in both languages', () => {
    for (const id of Object.values(SELF_COMPASSION_BREAK_TEXTS)) {
      expect(en[id].trim()).not.toBe('');
      expect(es[id].trim()).not.toBe('');
    }
  });
});
