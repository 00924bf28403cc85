import type { Pair, PartnerId } from '../schemas/partner.js';

/**
 * The kind of an option (fairness.md §6), from worst to best: `blocked` (a core need of both partners unmet),
 * `oneSided` (a core need of `subordinated` unmet, or they end up worse off than the status quo), `compromise`
 * and `winWin` (nobody worse off; win-win when each partner gets at least the threshold share of their possible
 * improvement).
 */
export type OptionClass =
  | { readonly kind: 'blocked' }
  | { readonly kind: 'oneSided'; readonly subordinated: readonly PartnerId[] }
  | { readonly kind: 'compromise' }
  | { readonly kind: 'winWin' };

// There are only six distinct classes: each is one frozen object, shared by every option of that class.
const BLOCKED: OptionClass = Object.freeze({ kind: 'blocked' });
const COMPROMISE: OptionClass = Object.freeze({ kind: 'compromise' });
const WIN_WIN: OptionClass = Object.freeze({ kind: 'winWin' });
const ONE_SIDED: Record<'a' | 'b' | 'ab', OptionClass> = {
  a: Object.freeze({ kind: 'oneSided', subordinated: Object.freeze(['a'] as const) }),
  b: Object.freeze({ kind: 'oneSided', subordinated: Object.freeze(['b'] as const) }),
  ab: Object.freeze({ kind: 'oneSided', subordinated: Object.freeze(['a', 'b'] as const) }),
};

/** The names of the classes, from worst to best (the order of property C2 in fairness.md §6). */
export const CLASS_ORDER: readonly OptionClass['kind'][] = ['blocked', 'oneSided', 'compromise', 'winWin'];

/**
 * What the class of one option depends on, in the integer units of fairness.md §1.1 and §6:
 * `gain` is G_p = N_p(o) − N_p(sq), `room` is 10·W_p − N_p(sq) ≥ 0, the most p could still gain.
 */
export type ClassFacts = { coreOk: Pair<boolean>; gain: Pair<number>; room: Pair<number> };

/**
 * Whether one partner's share of possible improvement ĝ_p = G_p / room_p reaches `thresholdPercent`, compared
 * exactly as 100·G_p ≥ θ·room_p (fairness.md §6). With nothing left to gain (room 0, d_p = 1) a zero gain counts as
 * the whole improvement.
 */
export function meetsThreshold(gain: number, room: number, thresholdPercent: number): boolean {
  if (room === 0) return gain >= 0;
  return 100 * gain >= thresholdPercent * room;
}

/**
 * A non-negative gain's share of the possible improvement, in whole percent rounded down, so it reaches the
 * threshold exactly when {@link meetsThreshold} does. With nothing left to gain the share is 100.
 */
export function improvementPercent(gain: number, room: number): number {
  if (room === 0) return 100;
  // 100·G and room are small integers: the quotient is exact when whole and at least 1/room below the next whole
  // number otherwise, so flooring the float gives the exact integer floor.
  return Math.floor((100 * gain) / room);
}

/**
 * Classifies one option from its facts and the win-win threshold θ in percent (fairness.md §6, C1-C4). The result
 * is frozen and shared between options of the same class.
 */
export function classifyOption(facts: ClassFacts, thresholdPercent: number): OptionClass {
  const { coreOk, gain, room } = facts;
  if (!coreOk.a && !coreOk.b) return BLOCKED;
  const aSubordinated = !coreOk.a || gain.a < 0;
  const bSubordinated = !coreOk.b || gain.b < 0;
  if (aSubordinated || bSubordinated) return ONE_SIDED[aSubordinated ? (bSubordinated ? 'ab' : 'a') : 'b'];
  const bothReach =
    meetsThreshold(gain.a, room.a, thresholdPercent) && meetsThreshold(gain.b, room.b, thresholdPercent);
  return bothReach ? WIN_WIN : COMPROMISE;
}
