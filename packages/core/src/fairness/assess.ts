import { type Message, type MessageId, type MessageParams, message } from '../i18n/index.js';
import {
  type AssessmentInputInput,
  parseAssessmentInput,
  type RatedAssessmentInput,
} from '../schemas/assessmentInput.js';
import type { Option } from '../schemas/option.js';
import { PARTNERS, type Pair, type PartnerId } from '../schemas/partner.js';
import { type ClassFacts, classifyOption, improvementPercent, type OptionClass } from './classify.js';
import { compareIds } from './compareIds.js';
import { type NashResult, nashBargain } from './nash.js';
import { paretoFront } from './pareto.js';
import type { OptionPoint } from './point.js';
import { coreNeedOrder, satisfaction, scorePartner, unmetCoreNeeds } from './satisfaction.js';

/**
 * The verdict on one option. `satisfaction` is S_p in [0, 1] (fairness.md §1.1), `gain` is S_p minus the status
 * quo's S_p (negative when the option leaves p worse off), `coreUnmet` lists, sorted, the ids of each partner's core
 * needs the option rates below their minimum, and `why` explains `class` and `dominated` as messages.
 */
export type OptionAssessment = {
  id: string;
  label: string;
  statusQuo: boolean;
  satisfaction: Readonly<Pair<number>>;
  gain: Readonly<Pair<number>>;
  coreUnmet: Readonly<Pair<readonly string[]>>;
  class: OptionClass;
  /** Some option that meets every core need is at least as good for both partners and better for one (fairness.md §2). */
  dominated: boolean;
  why: readonly Message[];
};

/**
 * Everything {@link assessOptions} finds.
 * - `options`: one verdict per option, sorted by id.
 * - `paretoFront`: the ids, sorted, of the options that meet every core need and that no such option beats for both
 *   partners (fairness.md §2).
 * - `disagreement`: the status quo's satisfaction pair, from which every gain is measured (fairness.md §1.3).
 * - `recommendation`: the Nash bargaining choice among the options that meet every core need: the option with the
 *   largest product of gains, both strictly positive, ties to the smallest id; or `noMutualGain` (fairness.md §7).
 * - `takeTurns`: the plan of taking turns between two options when that does better for both (fairness.md §5),
 *   always of kind `turns`; null when the best plan is a single option, which is then the recommendation.
 * - `recommendationWhy`, `takeTurnsWhy`: their reasons and the costs of the rule, as messages.
 * Points and satisfactions are in [0, 1]; turn shares add up to 1.
 */
export type Assessment = {
  options: readonly OptionAssessment[];
  paretoFront: readonly string[];
  disagreement: Pair<number>;
  winWinThreshold: number;
  recommendation: NashResult;
  recommendationWhy: readonly Message[];
  takeTurns: NashResult | null;
  takeTurnsWhy: readonly Message[];
};

/**
 * Assesses the options two partners have rated, the one call an app makes: each option's satisfactions, gains over
 * the status quo, class (blocked, one-sided, compromise or win-win, fairness.md §6) and reasons, the Pareto front,
 * the suggestion and, when it helps, a take-turns plan. Throws `InputError`, listing every problem, for invalid input.
 *
 * Deterministic: the result does not depend on the order of options, needs or ratings, and swapping the partners
 * mirrors it (fairness.md §4). It is read-only: equal values (messages, classes, satisfaction pairs, lists of
 * unmet needs) are shared between options and frozen, which keeps 10^5 options within a few tens of megabytes.
 *
 * Every text is a {@link Message} for `formatMessage`. A param named `partner` holds `'a'` or `'b'`: the UI replaces
 * it with that partner's name (or "you") before formatting. `option` holds an option's label, `optionId` its id.
 *
 * @example
 * const result = assessOptions({
 *   needs: { a: [{ id: 'rest', label: 'Rest', weight: 3, core: true }], b: [{ id: 'fun', label: 'Fun', weight: 2, core: false }] },
 *   options: [{ id: 'home', label: 'Stay home', statusQuo: true }, { id: 'lake', label: 'Day at the lake' }],
 *   ratings: [
 *     { partner: 'a', optionId: 'home', needId: 'rest', value: 6 }, { partner: 'b', optionId: 'home', needId: 'fun', value: 2 },
 *     { partner: 'a', optionId: 'lake', needId: 'rest', value: 8 }, { partner: 'b', optionId: 'lake', needId: 'fun', value: 9 },
 *   ],
 * });
 * result.recommendation; // { kind: 'option', id: 'lake', point: { a: 0.8, b: 0.9 } }
 * result.options[1]?.class; // { kind: 'compromise' }: a gets 50% of the improvement possible, below the 70% of a win-win
 */
export function assessOptions(input: AssessmentInputInput): Assessment {
  return assessRated(parseAssessmentInput(input, 'assessOptions'));
}

function mapPair<T>(f: (p: PartnerId) => T): Pair<T> {
  return { a: f('a'), b: f('b') };
}

const NO_UNMET: readonly number[] = [];

/**
 * Frozen values shared by every option with the same numerators (satisfaction and gain) or the same unmet core needs,
 * so 10^5 options do not each carry their own copies.
 */
class SharedValues {
  private readonly scores = new Map<number, { satisfaction: Readonly<Pair<number>>; gain: Readonly<Pair<number>> }>();
  private readonly unmet = new Map<number, Readonly<Pair<readonly string[]>>>();

  constructor(
    private readonly needs: Pair<readonly { id: string }[]>,
    private readonly scale: Pair<number>,
    private readonly base: Pair<number>,
  ) {}

  /** Satisfaction and gain of an option with numerators (numA, numB). */
  scoresOf(numA: number, numB: number): { satisfaction: Readonly<Pair<number>>; gain: Readonly<Pair<number>> } {
    // Numerators are at most 10 · 5 · ASSESSMENT_LIMITS.needsPerPartner = 1000.
    const key = numA * 1001 + numB;
    let shared = this.scores.get(key);
    if (shared === undefined) {
      const { scale, base } = this;
      shared = {
        satisfaction: Object.freeze({ a: satisfaction(numA, scale.a), b: satisfaction(numB, scale.b) }),
        gain: Object.freeze({ a: satisfaction(numA - base.a, scale.a), b: satisfaction(numB - base.b, scale.b) }),
      };
      this.scores.set(key, shared);
    }
    return shared;
  }

  /** The ids of the unmet core needs, from their positions (sorted by id). */
  unmetOf(a: readonly number[], b: readonly number[]): Readonly<Pair<readonly string[]>> {
    // A bit per need position: at most ASSESSMENT_LIMITS.needsPerPartner = 20 bits each.
    let key = 0;
    for (const n of a) key += 2 ** (20 + n);
    for (const n of b) key += 2 ** n;
    let shared = this.unmet.get(key);
    if (shared === undefined) {
      shared = Object.freeze({
        a: Object.freeze(a.map((n) => this.needs.a[n]?.id ?? '')),
        b: Object.freeze(b.map((n) => this.needs.b[n]?.id ?? '')),
      });
      this.unmet.set(key, shared);
    }
    return shared;
  }
}

function assessRated(input: RatedAssessmentInput): Assessment {
  // Written as plain loops over typed arrays: it runs once per option, up to 10^5 times.
  const { needs, options, optionIndex, ratings, winWinThreshold: threshold } = input;
  const count = options.length;
  const scoreA = scorePartner(needs.a, ratings.a, count);
  const scoreB = scorePartner(needs.b, ratings.b, count);
  const na = scoreA.numerators;
  const nb = scoreB.numerators;
  const sq = options.findIndex((option) => option.statusQuo);
  // d and the room left above it, in integer units (fairness.md §1.3, §6).
  const base: Pair<number> = { a: na[sq] ?? 0, b: nb[sq] ?? 0 };
  const room: Pair<number> = { a: scoreA.scale - base.a, b: scoreB.scale - base.b };

  // Everything below walks the options in id order, so nothing depends on the input order (fairness.md §4 ORDER).
  // sort() without a comparator compares UTF-16 code units, exactly like `<` (T1), and needs no callback.
  const sortedIds = options.map((option) => option.id).sort();
  const order = new Int32Array(count);
  const rank = new Int32Array(count);
  for (let r = 0; r < count; r++) {
    const o = optionIndex.get(sortedIds[r] ?? '') ?? 0;
    order[r] = o;
    rank[o] = r;
  }

  // Integer points N_p of the options that meet every core need: exact input for the frontier and the bargaining
  // (fairness.md §1.2, §4 T4).
  const points: OptionPoint[] = [];
  for (let r = 0; r < count; r++) {
    const o = order[r] ?? 0;
    if (scoreA.coreOk[o] === 1 && scoreB.coreOk[o] === 1)
      points.push({ id: sortedIds[r] ?? '', a: na[o] ?? 0, b: nb[o] ?? 0 });
  }
  const front = paretoFront(points);
  const frontByA = front
    .map((point) => ({ a: point.a, b: point.b, rank: rank[optionIndex.get(point.id) ?? 0] ?? 0 }))
    .sort((x, y) => x.a - y.a || y.b - x.b || x.rank - y.rank);
  const dominatorOf = dominators(frontByA);

  const coreOrder = { a: coreNeedOrder(needs.a), b: coreNeedOrder(needs.b) };
  // Reused for every option: classifyOption reads it and keeps nothing.
  const facts: ClassFacts = { coreOk: { a: true, b: true }, gain: { a: 0, b: 0 }, room };
  const writer = new OptionWhyWriter(input, room);
  const shared = new SharedValues(needs, { a: scoreA.scale, b: scoreB.scale }, base);
  const assessed = new Array<OptionAssessment>(count);
  for (let r = 0; r < count; r++) {
    const o = order[r] ?? 0;
    const option = options[o] as Option;
    const numA = na[o] ?? 0;
    const numB = nb[o] ?? 0;
    // Positions of the unmet core needs, sorted by need id.
    const unmet: Pair<readonly number[]> = {
      a: scoreA.coreOk[o] === 1 ? NO_UNMET : unmetCoreNeeds(needs.a, ratings.a, o, coreOrder.a),
      b: scoreB.coreOk[o] === 1 ? NO_UNMET : unmetCoreNeeds(needs.b, ratings.b, o, coreOrder.b),
    };
    const gain: Pair<number> = { a: numA - base.a, b: numB - base.b };
    facts.coreOk.a = unmet.a.length === 0;
    facts.coreOk.b = unmet.b.length === 0;
    facts.gain = gain;
    const optionClass = classifyOption(facts, threshold);
    const dominator = dominatorOf(numA, numB);
    const why = writer.write(
      o,
      optionClass,
      unmet,
      gain,
      dominator === undefined ? undefined : { rank: dominator, option: options[order[dominator] ?? 0] as Option },
    );
    const scores = shared.scoresOf(numA, numB);
    assessed[r] = {
      id: option.id,
      label: option.label,
      statusQuo: option.statusQuo,
      satisfaction: scores.satisfaction,
      gain: scores.gain,
      coreUnmet: shared.unmetOf(unmet.a, unmet.b),
      class: optionClass,
      dominated: dominator !== undefined,
      why,
    };
  }

  const byId = (id: string): OptionAssessment | undefined => assessed[rank[optionIndex.get(id) ?? 0] ?? 0];
  const gainOf = (p: PartnerId, id: string): number => {
    const o = optionIndex.get(id) ?? 0;
    return (p === 'a' ? (na[o] ?? 0) : (nb[o] ?? 0)) - base[p];
  };
  // By Pareto optimality and IIA (fairness.md §3.1, §5) both Nash answers lie on the frontier and do not change when
  // the dominated options are left out, so the bargaining only needs the frontier.
  const recommendation = inSatisfactionUnits(nashBargain(front, { disagreement: base, turnTaking: false }), byId);
  // When the hull's Nash point is a single option it is the recommendation itself: that option's product is at least
  // every pure product, and an equal product at another point would make their midpoint better (fairness.md §4 T5).
  // So a plan is worth showing exactly when it is one of taking turns; the tests check this against nashBargain.
  const hull = inSatisfactionUnits(nashBargain(front, { disagreement: base, turnTaking: true }), byId);
  const takeTurns = hull.kind === 'turns' ? hull : null;

  const context: WhyContext = { byId, gainOf, room, feasible: points.length };
  return {
    options: assessed,
    paretoFront: front.map((point) => point.id),
    disagreement: { a: satisfaction(base.a, scoreA.scale), b: satisfaction(base.b, scoreB.scale) },
    winWinThreshold: threshold,
    recommendation,
    recommendationWhy: recommendationWhy(recommendation, front, base, context),
    takeTurns,
    takeTurnsWhy: takeTurns === null ? [] : takeTurnsWhy(takeTurns, context),
  };
}

/**
 * For a frontier sorted by N_a ascending (so N_b descending), returns a function that finds, for a point, the
 * position in id order of the smallest-id frontier option dominating it, or undefined when none does (fairness.md §2).
 * The dominating frontier points form one contiguous run: N_a ≥ x is a suffix, N_b ≥ y a prefix.
 */
function dominators(
  front: readonly { a: number; b: number; rank: number }[],
): (x: number, y: number) => number | undefined {
  const h = front.length;
  // Sparse table of the smallest rank over every run of 2^j frontier points.
  const levels: Int32Array[] = [Int32Array.from(front, (point) => point.rank)];
  for (let width = 2; width <= h; width *= 2) {
    const previous = levels[levels.length - 1] as Int32Array;
    const level = new Int32Array(h - width + 1);
    for (let i = 0; i < level.length; i++) level[i] = Math.min(previous[i] ?? 0, previous[i + width / 2] ?? 0);
    levels.push(level);
  }
  return (x, y) => {
    // lo: first point with a ≥ x; hi: last point with b ≥ y.
    let lo = 0;
    let high = h;
    while (lo < high) {
      const mid = (lo + high) >> 1;
      if ((front[mid]?.a ?? 0) >= x) high = mid;
      else lo = mid + 1;
    }
    let left = 0;
    let right = h;
    while (left < right) {
      const mid = (left + right) >> 1;
      if ((front[mid]?.b ?? 0) >= y) left = mid + 1;
      else right = mid;
    }
    const hi = left - 1;
    if (lo > hi) return undefined;
    // A frontier point equal to (x, y) sits at lo, and then every point of the run equals it: nothing dominates.
    const first = front[lo];
    if (first !== undefined && first.a === x && first.b === y) return undefined;
    const j = 31 - Math.clz32(hi - lo + 1);
    const level = levels[j] as Int32Array;
    return Math.min(level[lo] ?? 0, level[hi - (1 << j) + 1] ?? 0);
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The reasons, as messages. Per-partner messages always come in the order a, b.

/** A message that can be shared between options: frozen, params included. */
function sharedMessage(id: MessageId, params?: MessageParams): Message {
  return Object.freeze(params === undefined ? { id } : { id, params: Object.freeze({ ...params }) });
}

/**
 * Writes the reasons of each option. Equal messages (the same share, the same unmet need with the same rating) are
 * built once per assessment and shared, frozen: at 10^5 options this saves much of the result's memory.
 */
class OptionWhyWriter {
  private readonly statusQuo = sharedMessage('fairness.why.statusQuo');
  private readonly summary: Record<OptionClass['kind'], Message>;
  /** By percent. */
  private readonly shares: Pair<Message[]> = { a: [], b: [] };
  /** By need position · 11 + rating. */
  private readonly coreUnmet: Pair<Message[]> = { a: [], b: [] };
  private readonly worseOff = mapPair((p) => sharedMessage('fairness.why.worseOff', { partner: p }));
  private readonly nothingToGain = mapPair((p) => sharedMessage('fairness.why.nothingToGain', { partner: p }));
  /** By the dominating option's position in id order. */
  private readonly dominated = new Map<number, Message>();

  constructor(
    private readonly input: RatedAssessmentInput,
    private readonly room: Pair<number>,
  ) {
    const threshold = input.winWinThreshold;
    this.summary = {
      blocked: sharedMessage('fairness.why.blocked'),
      oneSided: sharedMessage('fairness.why.oneSided'),
      compromise: sharedMessage('fairness.why.compromise', { threshold }),
      winWin: sharedMessage('fairness.why.winWin', { threshold }),
    };
  }

  /**
   * The reasons for the class of option `o` (an index into the input), then for its domination by `dominator` if
   * there is one. `unmet` holds the positions of the unmet core needs, sorted by need id.
   */
  write(
    o: number,
    optionClass: OptionClass,
    unmet: Pair<readonly number[]>,
    gain: Pair<number>,
    dominator: { rank: number; option: Option } | undefined,
  ): Message[] {
    const statusQuo = this.input.options[o]?.statusQuo === true;
    const summary = this.summary[optionClass.kind];
    const dominated = dominator === undefined ? undefined : this.dominatedMessage(dominator.rank, dominator.option);
    if (optionClass.kind === 'compromise' || optionClass.kind === 'winWin') {
      // The common case, built as one literal: it runs for most of up to 10^5 options.
      const shareA = this.shareOrNothing('a', gain.a);
      const shareB = this.shareOrNothing('b', gain.b);
      const core = statusQuo ? [this.statusQuo, summary, shareA, shareB] : [summary, shareA, shareB];
      if (dominated !== undefined) core.push(dominated);
      return core;
    }
    const why: Message[] = statusQuo ? [this.statusQuo, summary] : [summary];
    for (const n of unmet.a) why.push(this.unmetMessage('a', o, n));
    for (const n of unmet.b) why.push(this.unmetMessage('b', o, n));
    if (gain.a < 0) why.push(this.worseOff.a);
    if (gain.b < 0) why.push(this.worseOff.b);
    if (dominated !== undefined) why.push(dominated);
    return why;
  }

  private shareOrNothing(p: PartnerId, gain: number): Message {
    const room = this.room[p];
    return room === 0 ? this.nothingToGain[p] : this.shareMessage(p, improvementPercent(gain, room));
  }

  private dominatedMessage(rank: number, by: Option): Message {
    let shared = this.dominated.get(rank);
    if (shared === undefined) {
      shared = sharedMessage('fairness.why.dominated', { option: by.label, optionId: by.id });
      this.dominated.set(rank, shared);
    }
    return shared;
  }

  private shareMessage(p: PartnerId, percent: number): Message {
    let shared = this.shares[p][percent];
    if (shared === undefined) {
      shared = sharedMessage('fairness.why.share', { partner: p, percent });
      this.shares[p][percent] = shared;
    }
    return shared;
  }

  private unmetMessage(p: PartnerId, o: number, n: number): Message {
    const needs = this.input.needs[p];
    const rating = this.input.ratings[p][o * needs.length + n] ?? 0;
    let shared = this.coreUnmet[p][n * 11 + rating];
    if (shared === undefined) {
      const need = needs[n];
      const params = {
        partner: p,
        need: need?.label ?? '',
        needId: need?.id ?? '',
        rating,
        minimum: need?.minimum ?? 0,
      };
      shared = sharedMessage('fairness.why.coreUnmet', params);
      this.coreUnmet[p][n * 11 + rating] = shared;
    }
    return shared;
  }
}

type WhyContext = {
  byId: (id: string) => OptionAssessment | undefined;
  gainOf: (p: PartnerId, id: string) => number;
  room: Pair<number>;
  /** How many options meet every core need. */
  feasible: number;
};

function recommendationWhy(
  result: NashResult,
  front: readonly OptionPoint[],
  base: Pair<number>,
  context: WhyContext,
): Message[] {
  if (result.kind === 'noMutualGain') {
    return [
      message(context.feasible === 0 ? 'fairness.recommendation.noFeasible' : 'fairness.recommendation.noMutualGain'),
    ];
  }
  // nashBargain without turnTaking never proposes turns.
  if (result.kind === 'turns') return takeTurnsWhy(result, context);
  const option = context.byId(result.id);
  const why = [message('fairness.recommendation.option', { option: option?.label ?? '', optionId: result.id })];
  const percent = mapPair((p) => improvementPercent(context.gainOf(p, result.id), context.room[p]));
  for (const p of PARTNERS) why.push(message('fairness.why.share', { partner: p, percent: percent[p] }));
  // Ties on the Nash product are broken by id (fairness.md §4 T1, T2); say so, since the id carries no meaning.
  // Every tied option is on the frontier: a dominated one has a smaller product.
  const best = context.gainOf('a', result.id) * context.gainOf('b', result.id);
  let ties = 0;
  for (const point of front) {
    const ga = point.a - base.a;
    const gb = point.b - base.b;
    if (ga > 0 && gb > 0 && ga * gb === best) ties++;
  }
  if (ties > 1) why.push(message('fairness.recommendation.tie', { count: ties, option: option?.label ?? '' }));
  // The costs of the Nash rule that fairness.md §7 asks to surface.
  why.push(message('fairness.recommendation.costNotMonotone'));
  const smaller = smallerShare(percent);
  if (smaller !== undefined)
    why.push(message('fairness.recommendation.costSaturation', { partner: smaller, percent: percent[smaller] }));
  return why;
}

function takeTurnsWhy(result: NashResult, context: WhyContext): Message[] {
  if (result.kind !== 'turns') return [];
  const [first, second] = result.parts;
  const firstPercent = Math.round(100 * first.share);
  const why = [
    message('fairness.takeTurns.plan', {
      first: context.byId(first.id)?.label ?? '',
      firstId: first.id,
      firstPercent,
      second: context.byId(second.id)?.label ?? '',
      secondId: second.id,
      secondPercent: 100 - firstPercent,
    }),
  ];
  for (const p of PARTNERS) {
    const gain = first.share * context.gainOf(p, first.id) + second.share * context.gainOf(p, second.id);
    why.push(message('fairness.takeTurns.share', { partner: p, percent: Math.round((100 * gain) / context.room[p]) }));
  }
  // fairness.md §5: an endpoint may be worse than the status quo for one partner; the plan is fair only as a whole.
  for (const part of result.parts) {
    for (const p of PARTNERS) {
      if (context.gainOf(p, part.id) < 0) {
        why.push(
          message('fairness.takeTurns.worseAlone', {
            partner: p,
            option: context.byId(part.id)?.label ?? '',
            optionId: part.id,
          }),
        );
      }
    }
  }
  why.push(message('fairness.takeTurns.repeatable'));
  return why;
}

function smallerShare(percent: Pair<number>): PartnerId | undefined {
  if (percent.a === percent.b) return undefined;
  return percent.a < percent.b ? 'a' : 'b';
}

/**
 * Restates a bargaining result, computed on integer points, in satisfactions: an option's own satisfaction pair, or
 * the share-weighted mix of the two options taken in turns. Parts are listed by id, so swapping partners only
 * mirrors the point.
 */
function inSatisfactionUnits(result: NashResult, byId: (id: string) => OptionAssessment | undefined): NashResult {
  if (result.kind === 'noMutualGain') return { kind: 'noMutualGain', frontier: [...result.frontier].sort(compareIds) };
  if (result.kind === 'option') {
    const satisfactionOf = byId(result.id)?.satisfaction ?? { a: 0, b: 0 };
    return { kind: 'option', id: result.id, point: { ...satisfactionOf } };
  }
  const [x, y] = [...result.parts].sort((p, q) => compareIds(p.id, q.id)) as typeof result.parts;
  const sx = byId(x.id)?.satisfaction ?? { a: 0, b: 0 };
  const sy = byId(y.id)?.satisfaction ?? { a: 0, b: 0 };
  return {
    kind: 'turns',
    parts: [{ ...x }, { ...y }],
    point: mapPair((p) => x.share * sx[p] + y.share * sy[p]),
  };
}
