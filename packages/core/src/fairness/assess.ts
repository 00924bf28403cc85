import { type Message, type MessageId, type MessageParams, message } from '../i18n/index.js';
import {
  type AssessmentInputInput,
  parseAssessmentInput,
  parseAssessmentInputBySchema,
  type RatedAssessmentInput,
} from '../schemas/assessmentInput.js';
import type { Option } from '../schemas/option.js';
import { PARTNERS, type Pair, type PartnerId } from '../schemas/partner.js';
import { type ClassFacts, classifyOption, improvementPercent, type OptionClass } from './classify.js';
import { compareIds } from './compareIds.js';
import { hullResult, type NashResult, optionResult } from './nash.js';
import { frontPoints } from './pareto.js';
import { type OptionPoint, trustedPointSet } from './point.js';
import { sortIndicesById } from './radixSort.js';
import { coreNeedOrder, satisfaction, scorePartner, unmetCoreSet } from './satisfaction.js';

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
 * unmet needs, lists of reasons) are shared between options and frozen, which keeps 10^5 options within a few tens
 * of megabytes.
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

/**
 * {@link assessOptions} for inputs known to be small (the session machine's): validated by the schema alone, so an
 * app that only runs sessions does not ship the fast reader that pays off at thousands of ratings. Same result, same
 * errors. Internal.
 */
export function assessSmallInput(input: AssessmentInputInput): Assessment {
  return assessRated(parseAssessmentInputBySchema(input, 'assessOptions'));
}

function mapPair<T>(f: (p: PartnerId) => T): Pair<T> {
  return { a: f('a'), b: f('b') };
}

/** What every option with the same numerators (N_a, N_b) shares; see {@link SharedValues}. */
type PairValues = {
  satisfaction: Readonly<Pair<number>>;
  gain: Readonly<Pair<number>>;
  /** The position in id order of the frontier option that dominates these numerators, or -1 (see `dominators`). */
  dominator: number;
  /** The reasons of an option with these numerators that meets every core need and is not the status quo. */
  metWhy: readonly Message[] | undefined;
  /**
   * The reasons of the options with these numerators that leave a core need unmet, by {@link UnmetNeeds.keyOf}. They
   * depend on the numerators only through the dominator and whether each gain is negative, so all numerators that
   * agree on those share one map.
   */
  unmetWhys: Map<number, readonly Message[]>;
};

/**
 * Frozen values shared by every option with the same numerators (satisfaction, gain, domination and, with the same
 * unmet core needs, the reasons) or the same unmet core needs, so 10^5 options do not each carry their own copies.
 */
class SharedValues {
  private readonly pairs = new Map<number, PairValues>();
  /** By (dominator + 1) · 4 + the signs of the gains, see {@link PairValues.unmetWhys}. */
  private readonly unmetWhys = new Map<number, Map<number, readonly Message[]>>();
  private readonly unmet = new Map<number, Readonly<Pair<readonly string[]>>>();

  constructor(
    private readonly core: UnmetNeeds,
    private readonly scale: Pair<number>,
    private readonly base: Pair<number>,
    private readonly dominatorOf: (x: number, y: number) => number,
  ) {}

  /** The values of an option with numerators (numA, numB). */
  pairOf(numA: number, numB: number): PairValues {
    // Numerators are at most 10 · 5 · ASSESSMENT_LIMITS.needsPerPartner = 1000.
    const key = numA * 1001 + numB;
    let shared = this.pairs.get(key);
    if (shared === undefined) {
      const { scale, base } = this;
      const dominator = this.dominatorOf(numA, numB);
      const whysKey = (dominator + 1) * 4 + (numA < base.a ? 2 : 0) + (numB < base.b ? 1 : 0);
      let unmetWhys = this.unmetWhys.get(whysKey);
      if (unmetWhys === undefined) {
        unmetWhys = new Map();
        this.unmetWhys.set(whysKey, unmetWhys);
      }
      shared = {
        satisfaction: Object.freeze({ a: satisfaction(numA, scale.a), b: satisfaction(numB, scale.b) }),
        gain: Object.freeze({ a: satisfaction(numA - base.a, scale.a), b: satisfaction(numB - base.b, scale.b) }),
        dominator,
        metWhy: undefined,
        unmetWhys,
      };
      this.pairs.set(key, shared);
    }
    return shared;
  }

  /** The ids of the unmet core needs, sorted, from each partner's set of {@link unmetCoreSet}. */
  unmetOf(setA: number, setB: number): Readonly<Pair<readonly string[]>> {
    // Each set has a bit per core need, at most ASSESSMENT_LIMITS.needsPerPartner = 20: the key stays below 2^40, exact.
    const key = setA * 2 ** this.core.order.b.length + setB;
    let shared = this.unmet.get(key);
    if (shared === undefined) {
      shared = Object.freeze({
        a: Object.freeze(this.core.idsIn('a', setA)),
        b: Object.freeze(this.core.idsIn('b', setB)),
      });
      this.unmet.set(key, shared);
    }
    return shared;
  }
}

/** Each partner's core needs, in id order, and what an option's unmet ones are called and keyed by. */
class UnmetNeeds {
  readonly order: Pair<readonly number[]>;
  /** Whether {@link keyOf} is exact: 11 to the power of the number of core needs stays below 2^53. */
  private readonly keyed: boolean;

  constructor(private readonly input: RatedAssessmentInput) {
    this.order = { a: coreNeedOrder(input.needs.a), b: coreNeedOrder(input.needs.b) };
    this.keyed = this.order.a.length + this.order.b.length <= 15;
  }

  /** The ids, in id order, of p's core needs in the bit set `set` of {@link unmetCoreSet}. */
  idsIn(p: PartnerId, set: number): string[] {
    const ids: string[] = [];
    this.order[p].forEach((n, i) => {
      if ((set & (1 << i)) !== 0) ids.push(this.input.needs[p][n]?.id ?? '');
    });
    return ids;
  }

  /**
   * A number that tells apart every combination of unmet core needs and their ratings of option `o`, or -1 when
   * there are too many core needs for an exact key: one base-11 digit per core need, 0 when it is met and 1 + its
   * rating (below the minimum, so at most 9) when not.
   */
  keyOf(o: number, setA: number, setB: number): number {
    if (!this.keyed) return -1;
    return this.digits('a', o, setA, 1) + this.digits('b', o, setB, 11 ** this.order.a.length);
  }

  private digits(p: PartnerId, o: number, set: number, unit: number): number {
    const order = this.order[p];
    const k = this.input.needs[p].length;
    const ratings = this.input.ratings[p];
    let key = 0;
    let place = unit;
    for (let i = 0; i < order.length; i++) {
      if ((set & (1 << i)) !== 0) key += place * (1 + (ratings[o * k + (order[i] ?? 0)] ?? 0));
      place *= 11;
    }
    return key;
  }
}

function assessRated(input: RatedAssessmentInput): Assessment {
  // Written as plain loops over typed arrays: it runs once per option, up to 10^5 times.
  const { needs, options, ratings, winWinThreshold: threshold } = input;
  const count = options.length;
  const scoreA = scorePartner(needs.a, ratings.a, count);
  const scoreB = scorePartner(needs.b, ratings.b, count);
  const na = scoreA.numerators;
  const nb = scoreB.numerators;
  const okA = scoreA.coreOk;
  const okB = scoreB.coreOk;
  const sq = options.findIndex((option) => option.statusQuo);
  // d and the room left above it, in integer units (fairness.md §1.3, §6).
  const base: Pair<number> = { a: na[sq] ?? 0, b: nb[sq] ?? 0 };
  const room: Pair<number> = { a: scoreA.scale - base.a, b: scoreB.scale - base.b };

  // Everything below follows the options in id order, so nothing depends on the input order (fairness.md §4 ORDER):
  // UTF-16 code units, like `<` (T1). The input may know it already; else a radix sort, as sort() on 10^5 strings
  // costs several times as much.
  const order =
    input.idOrder ??
    sortIndicesById(
      Int32Array.from(options, (_, o) => o),
      options.map((option) => option.id),
    );
  const rank = new Int32Array(count);
  for (let r = 0; r < count; r++) rank[order[r] ?? 0] = r;
  /** The position in id order of the id of one of the options: a binary search, as `order` is sorted by id. */
  const rankOf = (id: string): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((options[order[mid] ?? 0]?.id ?? '') < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // Integer points N_p of the options that meet every core need: exact input for the frontier and the bargaining
  // (fairness.md §1.2, §4 T4). Only the points no other one dominates go to the frontier search, which returns the same
  // frontier as from all of them (a dominated point is on no frontier and dominates nothing there) without building
  // and sorting up to 10^5 points. A feasible (x, y) is undominated exactly when y is the largest N_b at N_a = x and
  // larger than every N_b at a larger N_a; numerators are integers from 0 to the scale (at most 1000).
  let feasible = 0;
  const bestB = new Int32Array(scoreA.scale + 2).fill(-1);
  for (let o = 0; o < count; o++) {
    if (okA[o] !== 1 || okB[o] !== 1) continue;
    feasible++;
    const x = na[o] ?? 0;
    bestB[x] = Math.max(bestB[x] ?? -1, nb[o] ?? 0);
  }
  // bestAbove[x]: the largest N_b at an N_a above x.
  const bestAbove = new Int32Array(scoreA.scale + 2).fill(-1);
  for (let x = scoreA.scale - 1; x >= 0; x--) bestAbove[x] = Math.max(bestAbove[x + 1] ?? -1, bestB[x + 1] ?? -1);
  // In input order: frontPoints sorts its result by id.
  const points: OptionPoint[] = [];
  for (let o = 0; o < count; o++) {
    if (okA[o] !== 1 || okB[o] !== 1) continue;
    const x = na[o] ?? 0;
    const y = nb[o] ?? 0;
    if (y === bestB[x] && y > (bestAbove[x] ?? -1)) points.push({ id: options[o]?.id ?? '', a: x, b: y });
  }
  // The points are ours (whole numbers, ids already checked distinct), so the engine's own input checks are skipped.
  const front = frontPoints(trustedPointSet(points));
  const frontByA = front
    .map((point) => ({ a: point.a, b: point.b, rank: rankOf(point.id) }))
    .sort((x, y) => x.a - y.a || y.b - x.b || x.rank - y.rank);

  const core = new UnmetNeeds(input);
  // Reused for every option: classifyOption reads it and keeps nothing.
  const facts: ClassFacts = { coreOk: { a: true, b: true }, gain: { a: 0, b: 0 }, room };
  const writer = new OptionWhyWriter(input, room, core.order, order);
  const shared = new SharedValues(core, { a: scoreA.scale, b: scoreB.scale }, base, dominators(frontByA));
  const assessed = new Array<OptionAssessment>(count);
  // In input order, which reads the per-option arrays in sequence; each verdict goes to its place in id order. Only
  // what the result keeps is allocated: the verdict, and each distinct value the first time it is met.
  for (let o = 0; o < count; o++) {
    const option = options[o] as Option;
    const numA = na[o] ?? 0;
    const numB = nb[o] ?? 0;
    // Bit sets of the unmet core needs, by position in core.order (so by need id).
    const unmetA = okA[o] === 1 ? 0 : unmetCoreSet(needs.a, ratings.a, o, core.order.a);
    const unmetB = okB[o] === 1 ? 0 : unmetCoreSet(needs.b, ratings.b, o, core.order.b);
    facts.coreOk.a = unmetA === 0;
    facts.coreOk.b = unmetB === 0;
    facts.gain.a = numA - base.a;
    facts.gain.b = numB - base.b;
    const optionClass = classifyOption(facts, threshold);
    const values = shared.pairOf(numA, numB);
    // Apart from the status quo's, the reasons depend only on the numerators and on the unmet core needs with their
    // ratings, so most options reuse a list written for an earlier one.
    let why: readonly Message[] | undefined;
    if (option.statusQuo) why = writer.write(o, optionClass, unmetA, unmetB, facts.gain, values.dominator);
    else if (unmetA === 0 && unmetB === 0) {
      why = values.metWhy;
      if (why === undefined) {
        why = writer.write(o, optionClass, unmetA, unmetB, facts.gain, values.dominator);
        values.metWhy = why;
      }
    } else {
      const key = core.keyOf(o, unmetA, unmetB);
      why = key < 0 ? undefined : values.unmetWhys.get(key);
      if (why === undefined) {
        why = writer.write(o, optionClass, unmetA, unmetB, facts.gain, values.dominator);
        if (key >= 0) values.unmetWhys.set(key, why);
      }
    }
    assessed[rank[o] ?? 0] = {
      id: option.id,
      label: option.label,
      statusQuo: option.statusQuo,
      satisfaction: values.satisfaction,
      gain: values.gain,
      coreUnmet: shared.unmetOf(unmetA, unmetB),
      class: optionClass,
      dominated: values.dominator >= 0,
      why,
    };
  }

  const byId = (id: string): OptionAssessment | undefined => assessed[rankOf(id)];
  const gainOf = (p: PartnerId, id: string): number => {
    const o = order[rankOf(id)] ?? 0;
    return (p === 'a' ? (na[o] ?? 0) : (nb[o] ?? 0)) - base[p];
  };
  // By Pareto optimality and IIA (fairness.md §3.1, §5) both Nash answers lie on the frontier and do not change when
  // the dominated options are left out, so the bargaining only needs the frontier.
  const frontSet = trustedPointSet(front);
  const recommendation = inSatisfactionUnits(optionResult(frontSet, base), byId);
  // When the hull's Nash point is a single option it is the recommendation itself: that option's product is at least
  // every pure product, and an equal product at another point would make their midpoint better (fairness.md §4 T5).
  // So a plan is worth showing exactly when it is one of taking turns; the tests check this against nashBargain.
  const hull = inSatisfactionUnits(hullResult(frontSet, base), byId);
  const takeTurns = hull.kind === 'turns' ? hull : null;

  const context: WhyContext = { byId, gainOf, room, feasible };
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
 * position in id order of the smallest-id frontier option dominating it, or -1 when none does (fairness.md §2).
 * The dominating frontier points form one contiguous run: N_a ≥ x is a suffix, N_b ≥ y a prefix.
 */
function dominators(front: readonly { a: number; b: number; rank: number }[]): (x: number, y: number) => number {
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
    if (lo > hi) return -1;
    // A frontier point equal to (x, y) sits at lo, and then every point of the run equals it: nothing dominates.
    const first = front[lo];
    if (first !== undefined && first.a === x && first.b === y) return -1;
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
    private readonly coreOrder: Pair<readonly number[]>,
    /** The option indices in id order. */
    private readonly order: Int32Array,
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
   * The reasons, frozen, for the class of option `o` (an index into the input), then for its domination by the
   * option at position `dominator` in id order, if that is not -1. `unmetA` and `unmetB` are the bit sets of unmet
   * core needs of {@link unmetCoreSet}.
   */
  write(
    o: number,
    optionClass: OptionClass,
    unmetA: number,
    unmetB: number,
    gain: Pair<number>,
    dominator: number,
  ): readonly Message[] {
    const statusQuo = this.input.options[o]?.statusQuo === true;
    const summary = this.summary[optionClass.kind];
    const why: Message[] = statusQuo ? [this.statusQuo, summary] : [summary];
    if (optionClass.kind === 'compromise' || optionClass.kind === 'winWin') {
      why.push(this.shareOrNothing('a', gain.a), this.shareOrNothing('b', gain.b));
    } else {
      if (unmetA !== 0) this.pushUnmet(why, 'a', o, unmetA);
      if (unmetB !== 0) this.pushUnmet(why, 'b', o, unmetB);
      if (gain.a < 0) why.push(this.worseOff.a);
      if (gain.b < 0) why.push(this.worseOff.b);
    }
    if (dominator >= 0) why.push(this.dominatedMessage(dominator));
    return Object.freeze(why);
  }

  /** The reason an option is dominated by the option at position `rank` in id order. */
  private dominatedMessage(rank: number): Message {
    let shared = this.dominated.get(rank);
    if (shared === undefined) {
      const by = this.input.options[this.order[rank] ?? 0] as Option;
      shared = sharedMessage('fairness.why.dominated', { option: by.label, optionId: by.id });
      this.dominated.set(rank, shared);
    }
    return shared;
  }

  /** Appends a message for each core need of p in the bit set `unmet`, by need id. */
  private pushUnmet(why: Message[], p: PartnerId, o: number, unmet: number): void {
    const order = this.coreOrder[p];
    for (let i = 0; i < order.length; i++) {
      if ((unmet & (1 << i)) !== 0) why.push(this.unmetMessage(p, o, order[i] ?? 0));
    }
  }

  private shareOrNothing(p: PartnerId, gain: number): Message {
    const room = this.room[p];
    return room === 0 ? this.nothingToGain[p] : this.shareMessage(p, improvementPercent(gain, room));
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
