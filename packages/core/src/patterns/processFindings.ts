import * as z from 'zod/mini';
import { parseInput } from '../schemas/inputError.js';
import { otherPartner, PARTNERS, type PartnerId, PartnerIdSchema } from '../schemas/partner.js';
import type { FlagFinding } from './flagFinding.js';

// Process detectors: patterns in the steps of a session rather than in its words (grounding §1.4, §1.11, §1.17).
// Each reads plain data a session already keeps, so a machine can build the snapshot from its context in one
// expression; the only extra state is a copy of each partner's needs and ratings taken at the moment the other
// partner's became visible, and the list of answers each partner gave to proposed compromises.

// `@__PURE__` / `@__NO_SIDE_EFFECTS__` tell bundlers that building a schema changes nothing else (zod marks its own
// factories so, but not `.check(...)` or our helpers), so an app that only runs the session machine, which calls
// `findProcessPatterns`, can leave the schemas out.
const id = /* @__PURE__ */ z.string({ error: 'must be an id' }).check(z.minLength(1, { error: 'must not be empty' }));
const whole = /* @__NO_SIDE_EFFECTS__ */ (low: number, high: number) =>
  z
    .int({ error: `must be a whole number from ${low} to ${high}` })
    .check(
      z.minimum(low, { error: `must be a whole number from ${low} to ${high}` }),
      z.maximum(high, { error: `must be a whole number from ${low} to ${high}` }),
    );

/** A need as the process detectors read it; a session's `Need` fits as it is. */
export const ProcessNeedSchema = z.object(
  { id, weight: whole(1, 5), core: z.boolean({ error: 'must be true or false' }), minimum: whole(0, 10) },
  { error: 'must be a need' },
);
export type ProcessNeed = z.infer<typeof ProcessNeedSchema>;

/** One of a partner's own ratings (0-10) of an option against one of their needs; a session's rating fits as it is. */
export const ProcessRatingSchema = z.object(
  { optionId: id, needId: id, value: whole(0, 10) },
  { error: 'must be a rating' },
);
export type ProcessRating = z.infer<typeof ProcessRatingSchema>;

/** An option and who proposed it: `null` for the status quo or an option the app made. */
export const ProcessOptionSchema = z.object(
  { id, proposedBy: z.nullable(PartnerIdSchema) },
  { error: 'must be an option' },
);
export type ProcessOption = z.infer<typeof ProcessOptionSchema>;

/** A partner's answer to one compromise proposed to them (by the other partner or recommended by the app). */
export const CompromiseResponseSchema = z.object(
  { proposalId: id, accept: z.boolean({ error: 'must be true or false' }) },
  { error: 'must be an answer' },
);
export type CompromiseResponse = z.infer<typeof CompromiseResponseSchema>;

const pairOf = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(item: T, list: string) =>
  z.object(
    {
      a: z.readonly(z.array(item, { error: `must be ${list}` })),
      b: z.readonly(z.array(item, { error: `must be ${list}` })),
    },
    { error: 'must hold a list for a and one for b' },
  );

/**
 * What the process detectors read. Every field is optional: a rule runs only when the fields it reads are given,
 * so a machine can call {@link processFindings} at each step with what it has.
 */
export const ProcessSnapshotSchema = z.object(
  {
    /** Each partner's needs now. Run the needs rules only once both partners' needs are visible to each other. */
    needs: z.optional(pairOf(ProcessNeedSchema, 'a list of needs')),
    /** Each partner's needs at the moment the other partner's needs became visible. */
    needsBaseline: z.optional(pairOf(ProcessNeedSchema, 'a list of needs')),
    /** Each partner's own ratings now. */
    ratings: z.optional(pairOf(ProcessRatingSchema, 'a list of ratings')),
    /** Each partner's own ratings at the moment the other partner's ratings became visible. */
    ratingsBaseline: z.optional(pairOf(ProcessRatingSchema, 'a list of ratings')),
    /** Every option of the session, the status quo included. */
    options: z.optional(z.readonly(z.array(ProcessOptionSchema, { error: 'must be a list of options' }))),
    /** Each partner's answers, in order, to the compromises proposed to them. */
    compromiseResponses: z.optional(pairOf(CompromiseResponseSchema, 'a list of answers')),
  },
  { error: 'must be an object' },
);
export type ProcessSnapshot = z.infer<typeof ProcessSnapshotSchema>;

/** The numbers behind the process rules, in one place so they can be read and discussed. */
export const PROCESS_THRESHOLDS = Object.freeze({
  /** `noCoreNeeds`: the other partner has at least this many core needs. */
  otherCoreNeeds: 2,
  /** `allCore`: every need is core, with at least this many needs. */
  allCoreNeeds: 3,
  /** `needsWithdrawn`: at least this many needs removed, and more than half of them. */
  needsWithdrawn: 2,
  /** `ratingsLowered`: own ratings fell by at least this many points in total (net of rises). */
  ratingsDrop: 2,
  /** `optionsVetoed`: the other partner proposed at least this many options. */
  vetoedOptions: 2,
  /** `compromisesRejected`: at least this many answers, none of them yes. */
  rejectedCompromises: 2,
});

type Snapshot = ProcessSnapshot;
type Rule = (snapshot: Snapshot, partner: PartnerId) => FlagFinding | null;

function finding(
  kind: 'subordination' | 'myWayOrElse',
  partner: PartnerId,
  rule: string,
  refs: Iterable<string>,
  params?: Record<string, number>,
): FlagFinding {
  const evidence = { kind: 'process' as const, rule: `process.${rule}`, refs: [...new Set(refs)].sort() };
  const messageId = `patterns.process.${rule}` as FlagFinding['messageId'];
  return params === undefined ? { kind, partner, evidence, messageId } : { kind, partner, evidence, messageId, params };
}

/** No core need while the other partner has several: own needs may be stepping aside (subordination). */
const noCoreNeeds: Rule = ({ needs }, partner) => {
  if (needs === undefined) return null;
  const own = needs[partner];
  const otherCore = needs[otherPartner(partner)].filter((need) => need.core).length;
  if (own.some((need) => need.core) || otherCore < PROCESS_THRESHOLDS.otherCoreNeeds) return null;
  return finding(
    'subordination',
    partner,
    'noCoreNeeds',
    own.map((need) => need.id),
    { otherCount: otherCore },
  );
};

/** Every need marked core, with at least three needs: nothing left to be flexible about (my way or else). */
const allCore: Rule = ({ needs }, partner) => {
  const own = needs?.[partner];
  if (own === undefined || own.length < PROCESS_THRESHOLDS.allCoreNeeds || !own.every((need) => need.core)) return null;
  return finding(
    'myWayOrElse',
    partner,
    'allCore',
    own.map((need) => need.id),
    { count: own.length },
  );
};

/** Most needs removed after seeing the other's (subordination). */
const needsWithdrawn: Rule = ({ needs, needsBaseline }, partner) => {
  if (needs === undefined || needsBaseline === undefined) return null;
  const before = needsBaseline[partner];
  const now = new Set(needs[partner].map((need) => need.id));
  const removed = before.filter((need) => !now.has(need.id)).map((need) => need.id);
  if (removed.length < PROCESS_THRESHOLDS.needsWithdrawn || removed.length * 2 <= before.length) return null;
  return finding('subordination', partner, 'needsWithdrawn', removed, {
    removed: removed.length,
    before: before.length,
  });
};

/** Needs kept but given less weight, or turned from core to flexible, after seeing the other's (subordination). */
const weightsLowered: Rule = ({ needs, needsBaseline }, partner) => {
  if (needs === undefined || needsBaseline === undefined) return null;
  const before = new Map(needsBaseline[partner].map((need) => [need.id, need]));
  let drop = 0;
  let rise = 0;
  let uncored = 0;
  let cored = 0;
  const lowered: string[] = [];
  for (const need of needs[partner]) {
    const old = before.get(need.id);
    if (old === undefined) continue;
    if (need.weight < old.weight) drop += old.weight - need.weight;
    if (need.weight > old.weight) rise += need.weight - old.weight;
    if (old.core && !need.core) uncored += 1;
    if (!old.core && need.core) cored += 1;
    if (need.weight < old.weight || (old.core && !need.core)) lowered.push(need.id);
  }
  // Net, so that re-balancing (one weight down, another up) is not read as stepping aside.
  if (drop <= rise && uncored <= cored) return null;
  return finding('subordination', partner, 'weightsLowered', lowered);
};

/** Own ratings lowered, net, by at least two points after seeing the other's (subordination). */
const ratingsLowered: Rule = ({ ratings, ratingsBaseline }, partner) => {
  if (ratings === undefined || ratingsBaseline === undefined) return null;
  const key = (rating: ProcessRating): string => `${rating.optionId}\u0000${rating.needId}`;
  const before = new Map(ratingsBaseline[partner].map((rating) => [key(rating), rating.value]));
  let net = 0;
  const options: string[] = [];
  for (const rating of ratings[partner]) {
    const old = before.get(key(rating));
    if (old === undefined) continue;
    net += old - rating.value;
    if (rating.value < old) options.push(rating.optionId);
  }
  if (net < PROCESS_THRESHOLDS.ratingsDrop) return null;
  return finding('subordination', partner, 'ratingsLowered', options);
};

/**
 * Every option the other partner proposed (at least two) rated below one of this partner's core minimums, while
 * some option not proposed by the other still passes: a veto of the other's ideas (my way or else).
 */
const optionsVetoed: Rule = ({ needs, ratings, options }, partner) => {
  if (needs === undefined || ratings === undefined || options === undefined) return null;
  const core = needs[partner].filter((need) => need.core);
  if (core.length === 0) return null;
  const other = otherPartner(partner);
  const values = new Map(ratings[partner].map((rating) => [`${rating.optionId}\u0000${rating.needId}`, rating.value]));
  const vetoed = (optionId: string): boolean =>
    core.some((need) => {
      const value = values.get(`${optionId}\u0000${need.id}`);
      return value !== undefined && value < need.minimum;
    });
  const theirs = options.filter((option) => option.proposedBy === other).map((option) => option.id);
  if (theirs.length < PROCESS_THRESHOLDS.vetoedOptions || !theirs.every(vetoed)) return null;
  // If nothing at all passes, the options are blocked for this partner, not vetoed in favour of their own.
  if (!options.some((option) => option.proposedBy !== other && !vetoed(option.id))) return null;
  return finding('myWayOrElse', partner, 'optionsVetoed', theirs, { count: theirs.length });
};

/** Every compromise proposed to this partner turned down, at least two of them (my way or else). */
const compromisesRejected: Rule = ({ compromiseResponses }, partner) => {
  const answers = compromiseResponses?.[partner];
  if (
    answers === undefined ||
    answers.length < PROCESS_THRESHOLDS.rejectedCompromises ||
    answers.some((answer) => answer.accept)
  )
    return null;
  return finding(
    'myWayOrElse',
    partner,
    'compromisesRejected',
    answers.map((answer) => answer.proposalId),
    { count: answers.length },
  );
};

const RULES: readonly Rule[] = [
  noCoreNeeds,
  needsWithdrawn,
  weightsLowered,
  ratingsLowered,
  allCore,
  optionsVetoed,
  compromisesRejected,
];

/**
 * Findings from the steps of a session, for each partner (a first), each shown only to that partner:
 * - `subordination`: `process.noCoreNeeds` (no core need while the other has ≥ 2; params `otherCount`),
 *   `process.needsWithdrawn` (≥ 2 and more than half of the needs at the baseline removed; params `removed`,
 *   `before`), `process.weightsLowered` (kept needs lost weight, net, or went from core to flexible),
 *   `process.ratingsLowered` (own ratings fell by ≥ 2 points net since the baseline);
 * - `myWayOrElse`: `process.allCore` (≥ 3 needs, all core; params `count`), `process.optionsVetoed` (all of the
 *   other's ≥ 2 options rated below one of this partner's core minimums, while another option passes; params
 *   `count`), `process.compromisesRejected` (≥ 2 answers to proposed compromises, none yes; params `count`).
 * Evidence is `{ kind: 'process', rule, refs }`, refs being the sorted ids behind the finding (own needs,
 * options or proposals). The result depends only on the snapshot, so the same snapshot gives equal findings.
 * Thresholds are in {@link PROCESS_THRESHOLDS}.
 *
 * Privacy: `noCoreNeeds` counts the other partner's core needs, so pass `needs` only once both partners' needs
 * are visible to each other.
 *
 * @throws {InputError} when the snapshot does not have the documented shape.
 * @example
 * processFindings({ needs: { a: [{ id: 'n1', weight: 3, core: false, minimum: 6 }], b: bNeedsWithTwoCore } });
 * // → [{ kind: 'subordination', partner: 'a', evidence: { kind: 'process', rule: 'process.noCoreNeeds', refs: ['n1'] },
 * //      messageId: 'patterns.process.noCoreNeeds', params: { otherCount: 2 } }]
 */
export function processFindings(snapshot: ProcessSnapshot): FlagFinding[] {
  return findProcessPatterns(parseInput(ProcessSnapshotSchema, snapshot, 'processFindings'));
}

/** Internal: input already validated. The work of {@link processFindings} on a snapshot of the documented shape. */
export function findProcessPatterns(snapshot: ProcessSnapshot): FlagFinding[] {
  const findings: FlagFinding[] = [];
  for (const partner of PARTNERS) {
    for (const rule of RULES) {
      const found = rule(snapshot, partner);
      if (found !== null) findings.push(found);
    }
  }
  return findings;
}
