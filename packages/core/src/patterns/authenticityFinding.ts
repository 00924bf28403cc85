import * as z from 'zod/mini';
import { parseInput } from '../schemas/inputError.js';
import { PartnerIdSchema } from '../schemas/partner.js';
import type { FlagFinding } from './flagFinding.js';

// `@__PURE__` tells bundlers that building the schema changes nothing else (zod marks its own factories so, but not
// `.check(...)`), so an app that only runs the session machine, which calls `findLowAuthenticity`, can leave it out.
const score = /* @__PURE__ */ z
  .int({ error: 'must be a whole number from 1 to 5' })
  .check(
    z.minimum(1, { error: 'must be a whole number from 1 to 5' }),
    z.maximum(5, { error: 'must be a whole number from 1 to 5' }),
  );

/** A partner's private answer to "how much does this agreement feel like your own choice?" (1-5), and the lowest score that counts as authentic. */
export const AuthenticityInputSchema = z.object(
  {
    partner: PartnerIdSchema,
    score,
    /** Scores below this are low; 3 when left out, so 1 and 2 are low (grounding §1.4). */
    threshold: z.optional(score),
  },
  { error: 'must be an object' },
);
export type AuthenticityInput = z.infer<typeof AuthenticityInputSchema>;

/** The default lowest authentic score: 1 and 2 out of 5 read as low. */
export const DEFAULT_AUTHENTICITY_THRESHOLD = 3;

/**
 * The `subordination` finding for a low authenticity answer (grounding §1.4: Yarnell & Neff found
 * self-subordinating resolutions felt less authentic), or null when the score reaches the threshold.
 * The machine passes its own authenticity threshold so the flag and the agreement rule agree.
 *
 * @throws {InputError} when the partner, score or threshold is invalid.
 * @example
 * authenticityFinding({ partner: 'a', score: 2 });
 * // → { kind: 'subordination', partner: 'a', evidence: { kind: 'authenticity', score: 2 },
 * //     messageId: 'patterns.authenticity.low', params: { score: 2 } }
 */
export function authenticityFinding(input: AuthenticityInput): FlagFinding | null {
  return findLowAuthenticity(parseInput(AuthenticityInputSchema, input, 'authenticityFinding'));
}

/** Internal: input already validated. The work of {@link authenticityFinding} on an answer of the documented shape. */
export function findLowAuthenticity(input: AuthenticityInput): FlagFinding | null {
  if (input.score >= (input.threshold ?? DEFAULT_AUTHENTICITY_THRESHOLD)) return null;
  return {
    kind: 'subordination',
    partner: input.partner,
    evidence: { kind: 'authenticity', score: input.score },
    messageId: 'patterns.authenticity.low',
    params: { score: input.score },
  };
}
