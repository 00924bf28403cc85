// fast-check generators for dividing items between the two partners (fairness.md §8, §9). Test-only, never exported
// from the package.
import { fc } from '@fast-check/vitest';
import type { AdjustedWinnerItem } from '../fairness/allocationItems.js';
import type { Pair } from '../schemas/partner.js';

/** Items written as rows `[id, a's points, b's points]`, so an example reads as a small table. */
export function items(rows: readonly (readonly [string, number, number])[]): AdjustedWinnerItem[] {
  return rows.map(([id, a, b]) => ({ id, points: { a, b } }));
}

/** Item ids: mostly readable words, sometimes arbitrary UTF-16 text (ordering is by code units, §4 T1). */
export const itemIdArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('car', 'chores', 'dog', 'holidays', 'kitchen', 'money', 'rent', 'weekends') },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', '0', '1', '10') },
);

/** Raw integer points 0..100, with 0 often, since "worth nothing to me" is common and hits the edge cases. */
export const rawPointsArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) },
);

/** Raw integer points for both partners on one item. */
export const pointsPairArb: fc.Arbitrary<Pair<number>> = fc.record({ a: rawPointsArb, b: rawPointsArb });

/** Points for one item that are equal for both partners a third of the time, so equal budgets produce ties. */
const tieBiasedPairArb: fc.Arbitrary<Pair<number>> = fc.oneof(
  { weight: 2, arbitrary: pointsPairArb },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100 }).map((points) => ({ a: points, b: points })) },
);

/**
 * Items with unique ids and raw integer points where each partner gives some item a positive number of points, as
 * Adjusted Winner requires. Half the instances have any budgets (normalised to 100 by the code under test); the
 * other half have equal budgets, made so by a last balancing item, with many tied items (a_i = b_i), which exercise
 * the tie rule and a tie changing who leads (fairness.md §8.2 step 2, §8.4).
 */
export function allocationItemsArb(
  constraints: { minItems?: number; maxItems?: number } = {},
): fc.Arbitrary<AdjustedWinnerItem[]> {
  const { minItems = 1, maxItems = 8 } = constraints;
  const ids = (pairs: fc.Arbitrary<Pair<number>>, min: number) =>
    fc.uniqueArray(fc.record({ id: itemIdArb, points: pairs }), {
      selector: (item) => item.id,
      minLength: min,
      maxLength: maxItems,
    });
  const anyBudgets = ids(pointsPairArb, minItems).map(giveEveryPartnerSomePoints);
  const equalBudgets = fc
    .tuple(ids(tieBiasedPairArb, Math.max(minItems, 1)), fc.integer({ min: 0, max: 30 }))
    .map(([list, extra]) => balanceBudgets(list, extra));
  return fc.oneof(anyBudgets, equalBudgets);
}

/** Sets the last item's points so both partners' points add up to the same total (and stay valid). */
function balanceBudgets(items: AdjustedWinnerItem[], extra: number): AdjustedWinnerItem[] {
  const rest = items.slice(0, -1);
  const last = items[items.length - 1];
  if (last === undefined) return items;
  const totalA = rest.reduce((total, item) => total + item.points.a, 0);
  const totalB = rest.reduce((total, item) => total + item.points.b, 0);
  const base = totalA === 0 && totalB === 0 ? Math.max(extra, 1) : extra;
  const points = { a: Math.max(0, totalB - totalA) + base, b: Math.max(0, totalA - totalB) + base };
  return [...rest, { id: last.id, points }];
}

/** Raises the first item's points for a partner who gave nothing, so the instance is valid. */
function giveEveryPartnerSomePoints(items: AdjustedWinnerItem[]): AdjustedWinnerItem[] {
  return items.map((item, index) => {
    if (index !== 0) return item;
    const points = { ...item.points };
    if (items.every((other) => other.points.a === 0)) points.a = 1;
    if (items.every((other) => other.points.b === 0)) points.b = 1;
    return { id: item.id, points };
  });
}

/** The same items with the partners' roles exchanged (fairness.md §1.4 `swap`). */
export function swapPartners(items: readonly AdjustedWinnerItem[]): AdjustedWinnerItem[] {
  return items.map((item) => ({ id: item.id, points: { a: item.points.b, b: item.points.a } }));
}

/** Every order of the given items (fairness.md §9). */
export function permutationArb<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

/** A number that is sometimes a valid point value and often not. */
const junkNumberArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 100 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, 1e-300, 1e21),
  fc.anything(),
);

/** Something shaped roughly like an item, often broken in one or more places. */
const junkItemArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      id: fc.oneof(itemIdArb, fc.constant(''), fc.anything()),
      points: fc.oneof(fc.record({ a: junkNumberArb, b: junkNumberArb }, { requiredKeys: [] }), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.record({ id: itemIdArb, points: fc.record({ a: junkNumberArb, b: junkNumberArb }) }),
  fc.anything(),
);

/** Anything a careless caller might pass where a list of items is expected. */
export const junkItemsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.array(junkItemArb, { maxLength: 6 }),
  fc.array(fc.record({ id: itemIdArb, points: fc.record({ a: junkNumberArb, b: junkNumberArb }) }), { maxLength: 6 }),
);
