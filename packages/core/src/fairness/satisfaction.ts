import type { Need } from '../schemas/need.js';

/** One partner's scores for every option of an assessment, in the integer units of fairness.md §1.1. */
export type PartnerScores = {
  /** N_p(o) = Σ w_n·r_p(o,n) over p's needs, by option index. */
  numerators: Int32Array;
  /** 10·W_p: the numerator of an option rated 10 on every need, so S_p(o) = N_p(o) / scale. */
  scale: number;
  /** 1 where the option rates every core need of p at least at its minimum (coreOK_p, fairness.md §1.2), else 0. */
  coreOk: Uint8Array;
};

/** The scale 10·W_p of one partner's satisfaction: ten times the sum of their weights (fairness.md §1.1). */
export function satisfactionScale(needs: readonly Need[]): number {
  let total = 0;
  for (const need of needs) total += need.weight;
  return 10 * total;
}

/**
 * The satisfaction S_p = N_p / (10·W_p) in [0, 1]. Every comparison in the engine uses the integer numerators;
 * this fraction is only for people to read (fairness.md §1.1, §4 T4).
 */
export function satisfaction(numerator: number, scale: number): number {
  return numerator / scale;
}

/**
 * Scores every option for one partner. `ratings[o * needs.length + n]` is the partner's rating of option o against
 * `needs[n]`; the result is exact, since ratings and weights are small integers.
 */
export function scorePartner(needs: readonly Need[], ratings: Uint8Array, optionCount: number): PartnerScores {
  const k = needs.length;
  const weights = needs.map((need) => need.weight);
  // Non-core needs get minimum 0, so one comparison per need checks the core gate.
  const minima = needs.map((need) => (need.core ? need.minimum : 0));
  const numerators = new Int32Array(optionCount);
  const coreOk = new Uint8Array(optionCount);
  for (let o = 0; o < optionCount; o++) {
    let sum = 0;
    let ok = 1;
    const base = o * k;
    for (let n = 0; n < k; n++) {
      const r = ratings[base + n] ?? 0;
      sum += (weights[n] ?? 0) * r;
      if (r < (minima[n] ?? 0)) ok = 0;
    }
    numerators[o] = sum;
    coreOk[o] = ok;
  }
  return { numerators, scale: satisfactionScale(needs), coreOk };
}

/** The positions of one partner's core needs, sorted by need id (fairness.md §4 T1), for {@link unmetCoreNeeds}. */
export function coreNeedOrder(needs: readonly Need[]): number[] {
  const positions: number[] = [];
  needs.forEach((need, n) => {
    if (need.core) positions.push(n);
  });
  const idAt = (n: number): string => needs[n]?.id ?? '';
  return positions.sort((x, y) => (idAt(x) < idAt(y) ? -1 : idAt(x) > idAt(y) ? 1 : 0));
}

/**
 * The positions in `needs` of the core needs that option `option` rates below their minimum, sorted by need id.
 * Pass `order` from {@link coreNeedOrder} when calling this for many options.
 */
export function unmetCoreNeeds(
  needs: readonly Need[],
  ratings: Uint8Array,
  option: number,
  order: readonly number[] = coreNeedOrder(needs),
): number[] {
  const unmet: number[] = [];
  const base = option * needs.length;
  for (const n of order) {
    if ((ratings[base + n] ?? 0) < (needs[n]?.minimum ?? 0)) unmet.push(n);
  }
  return unmet;
}

/**
 * The same core needs as {@link unmetCoreNeeds}, as a bit set instead of a list: bit i is set when option `option`
 * rates `needs[order[i]]` below its minimum, so the bits run in need id order. `order` comes from
 * {@link coreNeedOrder}; with at most 20 needs the set fits a small integer, and 0 means every core need is met.
 */
export function unmetCoreSet(
  needs: readonly Need[],
  ratings: Uint8Array,
  option: number,
  order: readonly number[] = coreNeedOrder(needs),
): number {
  let set = 0;
  const base = option * needs.length;
  for (let i = 0; i < order.length; i++) {
    const n = order[i] ?? 0;
    if ((ratings[base + n] ?? 0) < (needs[n]?.minimum ?? 0)) set |= 1 << i;
  }
  return set;
}
