import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { en, es } from '../i18n/index.js';
import { InputError } from '../schemas/inputError.js';
import {
  type CompassionMode,
  FIERCE_PROMPTS,
  LISTENER_DISTRESS_PROMPT,
  LOW_AUTHENTICITY_PROMPT,
  PERMISSION_PROMPTS,
  promptsFor,
  TENDER_PROMPTS,
  WHAT_DO_I_NEED,
} from './prompts.js';

const present = (id: keyof typeof en) => {
  expect(en[id].trim()).not.toBe('');
  expect(es[id].trim()).not.toBe('');
};

describe('TENDER_PROMPTS and FIERCE_PROMPTS', () => {
  it('should list the tender qualities: comfort, soothe, validate', () => {
    expect(TENDER_PROMPTS.map((prompt) => prompt.id)).toEqual(['comfort', 'soothe', 'validate']);
    expect(TENDER_PROMPTS.every((prompt) => prompt.mode === 'tender')).toBe(true);
  });

  it('should list the fierce qualities: protect, provide, motivate, then "your needs matter too"', () => {
    expect(FIERCE_PROMPTS.map((prompt) => prompt.id)).toEqual(['protect', 'provide', 'motivate', 'needsMatter']);
    expect(FIERCE_PROMPTS.every((prompt) => prompt.mode === 'fierce')).toBe(true);
  });

  it('should send protect to the boundary composer, provide to the needs, and motivate to one next step', () => {
    const leads = Object.fromEntries(FIERCE_PROMPTS.map((prompt) => [prompt.id, prompt.leadsTo]));
    expect(leads).toEqual({ protect: 'boundary', provide: 'needs', motivate: 'nextStep', needsMatter: undefined });
  });

  it('should have every title and text in both languages', () => {
    for (const prompt of [...TENDER_PROMPTS, ...FIERCE_PROMPTS]) {
      present(prompt.title);
      present(prompt.text);
    }
    present(LISTENER_DISTRESS_PROMPT);
    for (const id of Object.values(PERMISSION_PROMPTS)) present(id);
  });

  it('should offer the low-authenticity partner the fierce "your needs matter too" prompt', () => {
    expect(LOW_AUTHENTICITY_PROMPT.mode).toBe('fierce');
    expect(FIERCE_PROMPTS).toContain(LOW_AUTHENTICITY_PROMPT);
    expect(en[LOW_AUTHENTICITY_PROMPT.text]).toMatch(/your needs matter too/i);
  });

  it('should word protect as a boundary about oneself, not a penalty for the other', () => {
    expect(en['care.prompts.fierce.protect.text']).toMatch(/not a penalty/);
  });
});

describe('WHAT_DO_I_NEED', () => {
  it('should ask the question in the first person and offer both modes', () => {
    expect(en[WHAT_DO_I_NEED.question]).toBe('What do I need right now?');
    present(WHAT_DO_I_NEED.hint);
    for (const mode of ['tender', 'fierce'] as const) {
      present(WHAT_DO_I_NEED.modes[mode].label);
      present(WHAT_DO_I_NEED.modes[mode].description);
    }
  });
});

describe('promptsFor', () => {
  it('should return the prompts of the mode asked for', () => {
    expect(promptsFor('tender')).toBe(TENDER_PROMPTS);
    expect(promptsFor('fierce')).toBe(FIERCE_PROMPTS);
  });

  test.prop([fc.anything().filter((value) => value !== 'tender' && value !== 'fierce')])(
    'should throw InputError for anything that is not a mode',
    (value) => {
      expect(() => promptsFor(value as CompassionMode)).toThrow(InputError);
    },
  );

  it('should say what a valid mode is', () => {
    expect(() => promptsFor('gentle' as CompassionMode)).toThrow('promptsFor: must be "tender" or "fierce"');
  });
});
