import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/index.js';
import { InputError } from '../schemas/inputError.js';
import type { PartnerId } from '../schemas/partner.js';
import { problemsOf } from '../testing/inputIssues.js';
import {
  foldProcessEvents,
  mirrorProcessEvent,
  type ProcessEvent,
  processEventArbitrary,
} from '../testing/patternArbitraries.js';
import { findProcessPatterns, type ProcessNeed, type ProcessSnapshot, processFindings } from './processFindings.js';

const need = (partner: PartnerId, id: string, weight: number, core = false, minimum = 6): ProcessEvent => ({
  type: 'need.set',
  partner,
  need: { id, weight, core, minimum },
});
const rate = (partner: PartnerId, optionId: string, needId: string, value: number): ProcessEvent => ({
  type: 'rating.set',
  partner,
  rating: { optionId, needId, value },
});
const option = (id: string, proposedBy: PartnerId | null): ProcessEvent => ({
  type: 'option.add',
  option: { id, proposedBy },
});
const answer = (partner: PartnerId, proposalId: string, accept: boolean): ProcessEvent => ({
  type: 'compromise.answer',
  partner,
  answer: { proposalId, accept },
});
const remove = (partner: PartnerId, needId: string): ProcessEvent => ({ type: 'need.remove', partner, needId });
const reveal: ProcessEvent = { type: 'needs.reveal' };
const revealRatings: ProcessEvent = { type: 'ratings.reveal' };

/** The rules found for each partner after folding the events. */
function rulesAfter(events: readonly ProcessEvent[]): Record<PartnerId, string[]> {
  const found: Record<PartnerId, string[]> = { a: [], b: [] };
  for (const finding of processFindings(foldProcessEvents(events))) {
    if (finding.evidence.kind === 'process') found[finding.partner].push(finding.evidence.rule);
  }
  return found;
}

describe('processFindings', () => {
  describe('process.noCoreNeeds', () => {
    it('should flag a partner with no core need while the other has two, citing the count', () => {
      const events = [
        need('a', 'n1', 3),
        need('a', 'n2', 2),
        need('b', 'm1', 4, true),
        need('b', 'm2', 5, true),
        reveal,
      ];
      const findings = processFindings(foldProcessEvents(events));
      expect(findings).toContainEqual({
        kind: 'subordination',
        partner: 'a',
        evidence: { kind: 'process', rule: 'process.noCoreNeeds', refs: ['n1', 'n2'] },
        messageId: 'patterns.process.noCoreNeeds',
        params: { otherCount: 2 },
      });
    });

    it('should not flag when the other has only one core need, or the partner has one', () => {
      expect(rulesAfter([need('a', 'n1', 3), need('b', 'm1', 4, true), need('b', 'm2', 5)]).a).toEqual([]);
      expect(rulesAfter([need('a', 'n1', 3, true), need('b', 'm1', 4, true), need('b', 'm2', 5, true)]).a).toEqual([]);
    });
  });

  describe('process.needsWithdrawn', () => {
    it('should flag removing most needs after seeing the other’s', () => {
      const events = [
        need('a', 'n1', 3),
        need('a', 'n2', 3),
        need('a', 'n3', 3),
        need('b', 'm1', 3),
        reveal,
        remove('a', 'n1'),
        remove('a', 'n2'),
      ];
      const findings = processFindings(foldProcessEvents(events)).filter(
        (f) => f.evidence.kind === 'process' && f.evidence.rule === 'process.needsWithdrawn',
      );
      expect(findings).toEqual([
        {
          kind: 'subordination',
          partner: 'a',
          evidence: { kind: 'process', rule: 'process.needsWithdrawn', refs: ['n1', 'n2'] },
          messageId: 'patterns.process.needsWithdrawn',
          params: { removed: 2, before: 3 },
        },
      ]);
    });

    it('should not flag removing half or fewer, or removing before the needs were revealed', () => {
      expect(
        rulesAfter([
          need('a', 'n1', 3),
          need('a', 'n2', 3),
          need('a', 'n3', 3),
          need('a', 'n4', 3),
          reveal,
          remove('a', 'n1'),
          remove('a', 'n2'),
        ]).a,
      ).not.toContain('process.needsWithdrawn');
      expect(
        rulesAfter([
          need('a', 'n1', 3),
          need('a', 'n2', 3),
          need('a', 'n3', 3),
          remove('a', 'n1'),
          remove('a', 'n2'),
          reveal,
        ]).a,
      ).not.toContain('process.needsWithdrawn');
    });
  });

  describe('process.weightsLowered', () => {
    it('should flag lowering a weight after seeing the other’s needs', () => {
      expect(rulesAfter([need('a', 'n1', 5), need('a', 'n2', 3), reveal, need('a', 'n1', 2)]).a).toContain(
        'process.weightsLowered',
      );
    });

    it('should flag turning a core need into a flexible one after seeing the other’s', () => {
      expect(rulesAfter([need('b', 'm1', 4, true), reveal, need('b', 'm1', 4, false)]).b).toContain(
        'process.weightsLowered',
      );
    });

    it('should not flag re-balancing weights or lowering them before the reveal', () => {
      expect(
        rulesAfter([need('a', 'n1', 5), need('a', 'n2', 2), reveal, need('a', 'n1', 3), need('a', 'n2', 4)]).a,
      ).not.toContain('process.weightsLowered');
      expect(rulesAfter([need('a', 'n1', 5), need('a', 'n1', 2), reveal]).a).not.toContain('process.weightsLowered');
    });
  });

  describe('process.ratingsLowered', () => {
    it('should flag own ratings falling by two points after seeing the other’s', () => {
      const events = [
        need('a', 'n1', 3),
        rate('a', 'o1', 'n1', 8),
        rate('a', 'o2', 'n1', 7),
        revealRatings,
        rate('a', 'o1', 'n1', 7),
        rate('a', 'o2', 'n1', 6),
      ];
      const findings = processFindings(foldProcessEvents(events));
      expect(findings).toContainEqual({
        kind: 'subordination',
        partner: 'a',
        evidence: { kind: 'process', rule: 'process.ratingsLowered', refs: ['o1', 'o2'] },
        messageId: 'patterns.process.ratingsLowered',
      });
    });

    it('should not flag a one-point correction or a drop balanced by a rise', () => {
      expect(rulesAfter([rate('a', 'o1', 'n1', 8), revealRatings, rate('a', 'o1', 'n1', 7)]).a).not.toContain(
        'process.ratingsLowered',
      );
      expect(
        rulesAfter([
          rate('a', 'o1', 'n1', 8),
          rate('a', 'o2', 'n1', 2),
          revealRatings,
          rate('a', 'o1', 'n1', 5),
          rate('a', 'o2', 'n1', 5),
        ]).a,
      ).not.toContain('process.ratingsLowered');
    });
  });

  describe('process.allCore', () => {
    it('should flag three needs that are all core', () => {
      const findings = processFindings(
        foldProcessEvents([need('b', 'm1', 3, true), need('b', 'm2', 3, true), need('b', 'm3', 3, true)]),
      );
      expect(findings).toContainEqual({
        kind: 'myWayOrElse',
        partner: 'b',
        evidence: { kind: 'process', rule: 'process.allCore', refs: ['m1', 'm2', 'm3'] },
        messageId: 'patterns.process.allCore',
        params: { count: 3 },
      });
    });

    it('should not flag two core needs, or three with one flexible', () => {
      expect(rulesAfter([need('b', 'm1', 3, true), need('b', 'm2', 3, true)]).b).not.toContain('process.allCore');
      expect(rulesAfter([need('b', 'm1', 3, true), need('b', 'm2', 3, true), need('b', 'm3', 3)]).b).not.toContain(
        'process.allCore',
      );
    });
  });

  describe('process.optionsVetoed', () => {
    // Partner a has a core need with minimum 6; b proposed o1 and o2, a proposed o3.
    const setup = [need('a', 'n1', 4, true, 6), option('o1', 'b'), option('o2', 'b'), option('o3', 'a')];

    it('should flag rating every option the other proposed below a core minimum while another passes', () => {
      const events = [
        ...setup,
        rate('a', 'o1', 'n1', 2),
        rate('a', 'o2', 'n1', 5),
        rate('a', 'o3', 'n1', 9),
        rate('a', 'status-quo', 'n1', 4),
      ];
      expect(processFindings(foldProcessEvents(events))).toContainEqual({
        kind: 'myWayOrElse',
        partner: 'a',
        evidence: { kind: 'process', rule: 'process.optionsVetoed', refs: ['o1', 'o2'] },
        messageId: 'patterns.process.optionsVetoed',
        params: { count: 2 },
      });
    });

    it('should not flag when one of the other’s options passes, or when nothing passes at all', () => {
      expect(
        rulesAfter([...setup, rate('a', 'o1', 'n1', 2), rate('a', 'o2', 'n1', 6), rate('a', 'o3', 'n1', 9)]).a,
      ).not.toContain('process.optionsVetoed');
      expect(
        rulesAfter([
          ...setup,
          rate('a', 'o1', 'n1', 2),
          rate('a', 'o2', 'n1', 2),
          rate('a', 'o3', 'n1', 2),
          rate('a', 'status-quo', 'n1', 2),
        ]).a,
      ).not.toContain('process.optionsVetoed');
    });

    it('should not flag when the other proposed only one option', () => {
      const events = [
        need('a', 'n1', 4, true, 6),
        option('o1', 'b'),
        option('o3', 'a'),
        rate('a', 'o1', 'n1', 1),
        rate('a', 'o3', 'n1', 9),
      ];
      expect(rulesAfter(events).a).not.toContain('process.optionsVetoed');
    });
  });

  describe('process.compromisesRejected', () => {
    it('should flag two rejected compromises and no acceptance', () => {
      expect(processFindings(foldProcessEvents([answer('b', 'p1', false), answer('b', 'p2', false)]))).toContainEqual({
        kind: 'myWayOrElse',
        partner: 'b',
        evidence: { kind: 'process', rule: 'process.compromisesRejected', refs: ['p1', 'p2'] },
        messageId: 'patterns.process.compromisesRejected',
        params: { count: 2 },
      });
    });

    it('should not flag a single rejection or rejections with an acceptance', () => {
      expect(rulesAfter([answer('b', 'p1', false)]).b).toEqual([]);
      expect(rulesAfter([answer('b', 'p1', false), answer('b', 'p2', true), answer('b', 'p3', false)]).b).toEqual([]);
    });
  });

  it('should run only the rules whose fields are given', () => {
    expect(processFindings({})).toEqual([]);
    expect(
      processFindings({
        compromiseResponses: {
          a: [
            { proposalId: 'p1', accept: false },
            { proposalId: 'p2', accept: false },
          ],
          b: [],
        },
      }),
    ).toHaveLength(1);
  });

  it('should throw InputError naming a malformed field', () => {
    try {
      processFindings({ needs: { a: [{ id: 'n1', weight: 9, core: true, minimum: 6 }], b: [] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]?.path).toBe('needs.a[0].weight');
    }
  });

  test.prop([fc.array(processEventArbitrary, { maxLength: 40 })])(
    'should mirror its findings when partners a and b swap',
    (events) => {
      const swap = (partner: PartnerId): PartnerId => (partner === 'a' ? 'b' : 'a');
      const mirrored = processFindings(foldProcessEvents(events.map(mirrorProcessEvent)));
      const expected = processFindings(foldProcessEvents(events)).map((finding) => ({
        ...finding,
        partner: swap(finding.partner),
      }));
      const order = (list: typeof mirrored): typeof mirrored =>
        [...list].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      expect(order(mirrored)).toEqual(order(expected));
    },
  );

  test.prop([fc.array(processEventArbitrary, { maxLength: 40 })])(
    'should give each finding process evidence with sorted refs and a process message',
    (events) => {
      for (const finding of processFindings(foldProcessEvents(events))) {
        expect(finding.evidence.kind).toBe('process');
        if (finding.evidence.kind !== 'process') continue;
        expect([...finding.evidence.refs]).toEqual([...finding.evidence.refs].sort());
        expect(finding.messageId).toBe(`patterns.${finding.evidence.rule}`);
        // The params fill exactly the placeholders of the message.
        const placeholders = [...en[finding.messageId].matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        expect(Object.keys(finding.params ?? {}).sort()).toEqual(placeholders);
      }
    },
  );

  it('should name a pair that does not hold lists in plain words', () => {
    expect(
      problemsOf(() =>
        processFindings({ needs: { a: 'rest', b: [] }, compromiseResponses: { a: [], b: {} } } as never),
      ),
    ).toEqual(['needs.a: must be a list of needs', 'compromiseResponses.b: must be a list of answers']);
  });
});

describe('findProcessPatterns', () => {
  type Field = 'needs' | 'needsBaseline' | 'ratings' | 'ratingsBaseline' | 'options' | 'compromiseResponses';
  const fields: readonly Field[] = [
    'needs',
    'needsBaseline',
    'ratings',
    'ratingsBaseline',
    'options',
    'compromiseResponses',
  ];

  /** The snapshot without the `left` fields, its needs carrying the labels a session's needs have. */
  function sessionLike(snapshot: ProcessSnapshot, left: readonly Field[]): ProcessSnapshot {
    const has = <T>(field: Field, value: T | undefined): value is T => value !== undefined && !left.includes(field);
    const { needs, needsBaseline, ratings, ratingsBaseline, options, compromiseResponses } = snapshot;
    const labelled = (list: readonly ProcessNeed[]) => list.map((need) => ({ ...need, label: `need ${need.id}` }));
    return {
      ...(has('needs', needs) ? { needs: { a: labelled(needs.a), b: labelled(needs.b) } } : {}),
      ...(has('needsBaseline', needsBaseline) ? { needsBaseline } : {}),
      ...(has('ratings', ratings) ? { ratings } : {}),
      ...(has('ratingsBaseline', ratingsBaseline) ? { ratingsBaseline } : {}),
      ...(has('options', options) ? { options } : {}),
      ...(has('compromiseResponses', compromiseResponses) ? { compromiseResponses } : {}),
    };
  }

  test.prop([fc.array(processEventArbitrary, { maxLength: 40 }), fc.subarray([...fields])])(
    'should return exactly what processFindings returns, with any fields left out',
    (events, left) => {
      const snapshot = sessionLike(foldProcessEvents(events), left);
      expect(findProcessPatterns(snapshot)).toStrictEqual(processFindings(snapshot));
    },
  );
});
