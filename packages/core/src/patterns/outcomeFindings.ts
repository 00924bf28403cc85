import * as z from 'zod/mini';
import { parseInput } from '../schemas/inputError.js';
import { otherPartner, PARTNERS, PartnerIdSchema } from '../schemas/partner.js';
import type { FlagFinding } from './flagFinding.js';

// Only the shape the rules read is declared here, so patterns/ does not depend on fairness/ (style.md §2 allows the
// dependency, but these rules need two fields). An assessment's option (fairness/assess.ts) fits this type as it is.
// `@__PURE__` tells bundlers that building the schema changes nothing else (zod marks its own factories so, but not
// `.check(...)`), so an app that only runs the session machine, which calls `findOutcomePatterns`, can leave it out.

const idList = z.readonly(z.array(z.string({ error: 'must be a need id' }), { error: 'must be a list of need ids' }));

/** The outcome detectors' view of one option: its id, its class (fairness.md §6) and each partner's unmet core needs. */
export const OutcomeOptionSchema = z.object(
  {
    /** The chosen option's id, or an id the session gives a take-turns plan. */
    id: /* @__PURE__ */ z
      .string({ error: 'must be an option id' })
      .check(z.minLength(1, { error: 'must not be empty' })),
    class: z.discriminatedUnion(
      'kind',
      [
        z.object({
          kind: z.literal('oneSided'),
          subordinated: z.readonly(z.array(PartnerIdSchema, { error: 'must be a list of partners' })),
        }),
        z.object({ kind: z.enum(['blocked', 'compromise', 'winWin']) }),
      ],
      { error: 'must be an option class: blocked, oneSided, compromise or winWin' },
    ),
    coreUnmet: z.object({ a: idList, b: idList }, { error: 'must hold the unmet core need ids of a and b' }),
  },
  { error: 'must be an object' },
);
export type OutcomeOption = z.infer<typeof OutcomeOptionSchema>;

/**
 * `subordination` findings for the option a couple is about to agree on (grounding §1.4, §1.11), at most one per
 * partner, in the order a, b:
 * - `outcome.coreUnmet` when a partner's core needs are left unmet while all of the other's are met
 *   (params `{ count }`, the number unmet);
 * - otherwise `outcome.oneSided` when the option's class is one-sided against that partner.
 * An option blocked for both, or a compromise or win-win, gives none.
 *
 * @throws {InputError} when the option does not have this shape.
 * @example
 * outcomeFindings({ id: 'o2', class: { kind: 'oneSided', subordinated: ['b'] }, coreUnmet: { a: [], b: ['n3'] } });
 * // → [{ kind: 'subordination', partner: 'b', evidence: { kind: 'outcome', rule: 'outcome.coreUnmet', optionId: 'o2' },
 * //      messageId: 'patterns.outcome.coreUnmet', params: { count: 1 } }]
 */
export function outcomeFindings(option: OutcomeOption): FlagFinding[] {
  return findOutcomePatterns(parseInput(OutcomeOptionSchema, option, 'outcomeFindings'));
}

/** Internal: input already validated. The work of {@link outcomeFindings} on an option of the documented shape. */
export function findOutcomePatterns(option: OutcomeOption): FlagFinding[] {
  const findings: FlagFinding[] = [];
  for (const partner of PARTNERS) {
    const unmet = option.coreUnmet[partner].length;
    if (unmet > 0 && option.coreUnmet[otherPartner(partner)].length === 0) {
      findings.push({
        kind: 'subordination',
        partner,
        evidence: { kind: 'outcome', rule: 'outcome.coreUnmet', optionId: option.id },
        messageId: 'patterns.outcome.coreUnmet',
        params: { count: unmet },
      });
    } else if (option.class.kind === 'oneSided' && option.class.subordinated.includes(partner)) {
      findings.push({
        kind: 'subordination',
        partner,
        evidence: { kind: 'outcome', rule: 'outcome.oneSided', optionId: option.id },
        messageId: 'patterns.outcome.oneSided',
      });
    }
  }
  return findings;
}
