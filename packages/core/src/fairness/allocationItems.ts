// Items to divide between the two partners (fairness.md §8): what one item is, how a list of them is checked, and how
// both partners' points are put on one exact integer budget. Shared by adjustedWinner and maxNashWelfare, which take
// the same items and must reject the same bad input in the same words.
import * as z from 'zod/mini';
import { formatPath, InputError, type InputIssue } from '../schemas/inputError.js';
import { PARTNERS, type PartnerId } from '../schemas/partner.js';

const PointsSchema = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: give a number of points (0 is fine)'
        : 'must be a finite number of points',
  })
  .check(z.nonnegative({ error: 'must not be negative' }));

/**
 * One issue or item to divide and the points each partner puts on it. Points are non-negative finite numbers on any
 * scale (each partner's points are rescaled to 100 first); a non-integer is read as the decimal it prints as, so
 * `0.1` means exactly 1/10.
 */
export const AdjustedWinnerItemSchema = z.object(
  {
    id: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
      .check(z.minLength(1, { error: 'must not be empty' })),
    points: z.object(
      { a: PointsSchema, b: PointsSchema },
      { error: 'must give points for both partners, as { a, b }' },
    ),
  },
  { error: 'must be an item with an id and points' },
);
export type AdjustedWinnerItem = z.infer<typeof AdjustedWinnerItemSchema>;

/**
 * Checks a raw list of items for the public function `where`, which divides at most `maxItems`, and throws one
 * InputError listing every problem; returns the items typed. Internal.
 */
export function parseAllocationItems(input: unknown, where: string, maxItems: number): AdjustedWinnerItem[] {
  if (!Array.isArray(input)) throw new InputError(where, [{ path: '', message: 'must be a list of items' }]);
  if (input.length === 0) {
    throw new InputError(where, [{ path: '', message: 'needs at least one item to divide' }]);
  }
  if (input.length > maxItems) {
    throw new InputError(where, [
      { path: '', message: `has ${input.length} items; at most ${maxItems} can be divided at once` },
    ]);
  }
  const issues: InputIssue[] = [];
  const items: AdjustedWinnerItem[] = [];
  // A Map, not an object: ids such as "__proto__" must behave like any other.
  const firstIndexOfId = new Map<string, number>();
  for (let index = 0; index < input.length; index += 1) {
    const element: unknown = input[index];
    const parsed = AdjustedWinnerItemSchema.safeParse(element);
    if (parsed.success) items.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        issues.push({ path: formatPath([index, ...issue.path]), message: issue.message });
      }
    }
    const id = idOf(element);
    if (id !== undefined) {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else
        issues.push({
          path: formatPath([index, 'id']),
          message: `"${id}" is already the id of item [${first}]; each item needs its own id`,
        });
    }
  }
  // A partner with no points to spread cannot be rescaled to 100 (§8.2 step 0). Reported only when every one of
  // that partner's points is a valid 0, so it never repeats a problem already listed.
  for (const partner of PARTNERS) {
    // Spread first: `every` would skip the holes of a sparse array.
    if ([...(input as unknown[])].every((element) => pointOf(element, partner) === 0)) {
      issues.push({
        path: '',
        message: `partner ${partner} gave every item 0 points; spread some points over the items first`,
      });
    }
  }
  if (issues.length > 0) throw new InputError(where, issues);
  return items;
}

function pointOf(element: unknown, partner: PartnerId): number | undefined {
  if (typeof element !== 'object' || element === null || !('points' in element)) return undefined;
  const { points } = element;
  if (typeof points !== 'object' || points === null || !(partner in points)) return undefined;
  const parsed = PointsSchema.safeParse((points as Record<PartnerId, unknown>)[partner]);
  return parsed.success ? parsed.data : undefined;
}

function idOf(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null || !('id' in element)) return undefined;
  const { id } = element;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** An item's points for both partners on the common integer budget of {@link toCommonBudget}. Internal. */
export type ScaledItem = { id: string; a: bigint; b: bigint };

/**
 * Puts both partners' points on one integer budget (§8.2 step 0). Partner p's points become integers x_i over a power
 * of ten, summing to X_p; a_i·X_b and b_i·X_a then share the budget D = X_a·X_b, which stands for 100 points.
 * Comparisons between partners are exact because both sides are scaled to the same D. Internal.
 */
export function toCommonBudget(items: readonly AdjustedWinnerItem[]): { items: ScaledItem[]; budget: bigint } {
  const a = toIntegers(items.map((item) => item.points.a));
  const b = toIntegers(items.map((item) => item.points.b));
  const totalA = sum(a);
  const totalB = sum(b);
  return {
    items: items.map((item, index) => ({ id: item.id, a: (a[index] ?? 0n) * totalB, b: (b[index] ?? 0n) * totalA })),
    budget: totalA * totalB,
  };
}

/** Writes non-negative numbers as integers over one common power of ten, reading each as the decimal it prints as. */
function toIntegers(values: readonly number[]): bigint[] {
  const decimals = values.map(toDecimal);
  const places = Math.max(0, ...decimals.map((decimal) => decimal.places));
  return decimals.map((decimal) => decimal.digits * 10n ** BigInt(places - decimal.places));
}

/** A finite non-negative number as digits·10^(−places), read from its shortest round-trip decimal (`String(x)`). */
function toDecimal(value: number): { digits: bigint; places: number } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  // Validation admits only finite non-negative numbers, whose String() always matches; -0 prints as "0".
  const [, whole = '0', fraction = '', exponent = '0'] = match ?? [];
  const digits = BigInt(whole + fraction);
  const places = fraction.length - Number.parseInt(exponent, 10);
  return places >= 0 ? { digits, places } : { digits: digits * 10n ** BigInt(-places), places: 0 };
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((total, value) => total + value, 0n);
}
