import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { en, es } from '../i18n/index.js';
import { InputError } from '../schemas/inputError.js';
import { REFRAME_TEXTS, REFRAMES, reframeFor, SELF_CRITICISM_KINDS, type SelfCriticismCue } from './reframes.js';

const cue: fc.Arbitrary<SelfCriticismCue> = fc.oneof(
  fc.string(),
  fc.constantFrom<string>(...SELF_CRITICISM_KINDS),
  fc.record(
    {
      kind: fc.oneof(fc.string(), fc.constantFrom('selfCriticism', ...SELF_CRITICISM_KINDS)),
      rule: fc.oneof(fc.string(), fc.constantFrom('selfCriticism.globalLabel', 'sc-always_fail', 'blame')),
      text: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

describe('REFRAMES', () => {
  it('should give every kind a reframe in three parts, each in both languages', () => {
    for (const kind of SELF_CRITICISM_KINDS) {
      const reframe = REFRAMES[kind];
      expect(reframe.kind).toBe(kind);
      for (const id of [reframe.hurt, reframe.human, reframe.learn]) {
        expect(en[id].trim()).not.toBe('');
        expect(es[id].trim()).not.toBe('');
      }
    }
    for (const id of Object.values(REFRAME_TEXTS)) {
      expect(en[id].trim()).not.toBe('');
      expect(es[id].trim()).not.toBe('');
    }
  });

  it('should speak in the first person, as the person would say it to themselves', () => {
    for (const kind of SELF_CRITICISM_KINDS) {
      const reframe = REFRAMES[kind];
      for (const id of [reframe.hurt, reframe.human, reframe.learn]) expect(en[id]).not.toMatch(/\byou(r|'re)?\b/i);
    }
  });

  it('should never repeat a judgment word back at the person', () => {
    for (const kind of SELF_CRITICISM_KINDS) {
      const reframe = REFRAMES[kind];
      for (const id of [reframe.hurt, reframe.human, reframe.learn]) {
        expect(en[id]).not.toMatch(/\b(idiot|stupid|useless|loser|worthless|pathetic)\b/i);
      }
    }
  });
});

describe('reframeFor', () => {
  it.each(SELF_CRITICISM_KINDS)('should pick the %s reframe for that kind name', (kind) => {
    expect(reframeFor(kind)).toBe(REFRAMES[kind]);
    expect(reframeFor({ kind })).toBe(REFRAMES[kind]);
    expect(reframeFor({ kind: 'selfCriticism', rule: kind })).toBe(REFRAMES[kind]);
  });

  it.each([
    ['selfCriticism.globalLabel', 'globalLabel'],
    ['sc-always_fail', 'alwaysFailing'],
    ['self-criticism/all-my-fault', 'allMyFault'],
    ['whatsWrongWithMe', 'whatIsWrongWithMe'],
    ['selfHate', 'selfContempt'],
    ['somethingElse', 'general'],
  ] as const)('should read the rule name %s as %s', (rule, kind) => {
    expect(reframeFor({ kind: 'selfCriticism', rule }).kind).toBe(kind);
  });

  it.each([
    ["I'm such an idiot", 'globalLabel'],
    ["What's wrong with me?", 'whatIsWrongWithMe'],
    ['I always mess up', 'alwaysFailing'],
    ["It's all my fault", 'allMyFault'],
    ['I hate myself', 'selfContempt'],
    ['ugh', 'general'],
  ] as const)('should fall back on the matched text "%s" and pick %s', (text, kind) => {
    expect(reframeFor({ kind: 'selfCriticism', text }).kind).toBe(kind);
  });

  it('should let the rule win over the matched text', () => {
    expect(reframeFor({ rule: 'allMyFault', text: 'I hate myself' }).kind).toBe('allMyFault');
  });

  it('should answer self-contempt before a label when both appear', () => {
    expect(reframeFor({ text: "I hate myself, I'm so stupid" }).kind).toBe('selfContempt');
  });

  test.prop([cue])('should pick the same reframe every time for the same cue', (value) => {
    const first = reframeFor(value);
    const copy = typeof value === 'string' ? value : { ...value };
    expect(reframeFor(copy)).toBe(first);
    expect(Object.values(REFRAMES)).toContain(first);
  });

  test.prop([
    fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.record({ rule: fc.integer() })),
  ])('should throw InputError for a cue that is neither a string nor a hit', (value) => {
    expect(() => reframeFor(value as unknown as SelfCriticismCue)).toThrow(InputError);
  });
});
