import * as z from 'zod/mini';
import { parseInput } from './inputError.js';
import { DEFAULT_CORE_MINIMUM, type Need, NeedSchema } from './need.js';
import { type Option, OptionSchema } from './option.js';
import { PARTNERS, type Pair, type PartnerId } from './partner.js';
import { RatingSchema } from './rating.js';
import { TEXT_LIMITS, typeError } from './text.js';

/**
 * The largest input `assessOptions` accepts. A complete input has exactly
 * `options × (needs of a + needs of b)` ratings, and that product may not exceed `ratings`.
 * Realistic sessions are far smaller (2-30 options, 1-10 needs each; fairness.md §10); the limits only keep absurd
 * input from exhausting memory.
 */
export const ASSESSMENT_LIMITS = {
  options: 100_000,
  needsPerPartner: 20,
  ratings: 1_000_000,
  idLength: TEXT_LIMITS.id,
  labelLength: TEXT_LIMITS.label,
  /** How many missing ratings an error lists one by one before it sums up the rest. */
  missingRatingsListed: 10,
} as const;

/** The share of possible improvement each partner must get for a win-win when no threshold is given, in percent. */
export const DEFAULT_WIN_WIN_THRESHOLD = 70;

const needListSchema = z.array(NeedSchema, { error: typeError('a list of needs') }).check(
  z.minLength(1, { error: 'must list at least one need' }),
  z.maxLength(ASSESSMENT_LIMITS.needsPerPartner, {
    error: `must list at most ${ASSESSMENT_LIMITS.needsPerPartner} needs`,
  }),
);

/**
 * Everything `assessOptions` needs: each partner's needs, the options (exactly one of them the status quo), every
 * partner's rating of every option against each of their own needs, and the win-win threshold θ in percent
 * (fairness.md §6). Problems that involve several fields (duplicate ids, unknown or missing ratings) are reported
 * by path, in plain words, together with the problems of single fields.
 */
export const AssessmentInputSchema = z
  .object(
    {
      needs: z.object(
        { a: needListSchema, b: needListSchema },
        { error: typeError('an object with the lists "a" and "b"') },
      ),
      options: z
        .array(OptionSchema, { error: typeError('a list of options') })
        .check(
          z.minLength(2, { error: 'must list at least two options, one of them the status quo' }),
          z.maxLength(ASSESSMENT_LIMITS.options, { error: `must list at most ${ASSESSMENT_LIMITS.options} options` }),
        ),
      ratings: z
        .array(RatingSchema, { error: typeError('a list of ratings') })
        .check(
          z.maxLength(ASSESSMENT_LIMITS.ratings, { error: `must list at most ${ASSESSMENT_LIMITS.ratings} ratings` }),
        ),
      winWinThreshold: z._default(
        z
          .int({ error: typeError('a whole number of percent from 1 to 100') })
          .check(
            z.minimum(1, { error: 'must be a whole number of percent from 1 to 100' }),
            z.maximum(100, { error: 'must be a whole number of percent from 1 to 100' }),
          ),
        DEFAULT_WIN_WIN_THRESHOLD,
      ),
    },
    { error: typeError('an object') },
  )
  .check(
    z.superRefine(
      (value, ctx) => {
        for (const issue of crossFieldIssues(value))
          ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      },
      // Runs even when single fields have problems, so one error lists everything; the checks read defensively.
      { when: (payload) => hasListShape(payload.value) },
    ),
  );
/** A validated assessment input, with defaults filled in. */
export type AssessmentInput = z.infer<typeof AssessmentInputSchema>;
/** An assessment input as an app may write it: defaults may be left out. */
export type AssessmentInputInput = z.input<typeof AssessmentInputSchema>;

/** A validated assessment input whose ratings are laid out as one table per partner, ready for scoring. */
export type RatedAssessmentInput = {
  needs: Pair<Need[]>;
  options: Option[];
  winWinThreshold: number;
  /** `ratings[p][o * needs[p].length + n]` is p's rating of `options[o]` against `needs[p][n]` (input order). */
  ratings: Pair<Uint8Array>;
  /**
   * The positions in `options` of the options in id order (UTF-16 code units, like `<`), when the ids are regular
   * enough for {@link CompactIdIndex} to read it off its table; otherwise null, and the caller sorts.
   */
  idOrder: Int32Array | null;
};

/**
 * Validates an assessment input and lays out its ratings, or throws one `InputError` naming every problem.
 * A hand-written pass handles valid input fast (zod needs about 0.4 s for a million ratings); at the first
 * anomaly the input goes to {@link AssessmentInputSchema}, which then writes the error, so the schema stays the one
 * definition of what is valid.
 */
export function parseAssessmentInput(value: unknown, where: string): RatedAssessmentInput {
  return readFast(value) ?? parseAssessmentInputBySchema(value, where);
}

/**
 * {@link parseAssessmentInput} without the hand-written pass: the same result and the same errors (the tests check
 * that both agree), without the fast reader's code. For callers whose inputs are always small, such as the session
 * machine (at most 31 options), where the fast pass saves nothing worth its bytes. Internal.
 */
export function parseAssessmentInputBySchema(value: unknown, where: string): RatedAssessmentInput {
  return tableFromParsed(parseInput(AssessmentInputSchema, value, where));
}

/** Lays out the ratings of input the schema has accepted. */
export function tableFromParsed(input: AssessmentInput): RatedAssessmentInput {
  const { needs, options } = input;
  const optionIndex = indexById(options);
  const needIndex: Pair<Map<string, number>> = { a: indexById(needs.a), b: indexById(needs.b) };
  const ratings = {
    a: new Uint8Array(options.length * needs.a.length),
    b: new Uint8Array(options.length * needs.b.length),
  };
  for (const rating of input.ratings) {
    const p = rating.partner;
    const o = optionIndex.get(rating.optionId) ?? 0;
    const n = needIndex[p].get(rating.needId) ?? 0;
    ratings[p][o * needs[p].length + n] = rating.value;
  }
  const idOrder = CompactIdIndex.of(options.map((option) => option.id))?.idOrder() ?? null;
  return { needs, options, winWinThreshold: input.winWinThreshold, ratings, idOrder };
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-field checks. They run on partly invalid input too, so they read every value as unknown.

type CrossFieldIssue = { path: (string | number)[]; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasListShape(value: unknown): boolean {
  return (
    isRecord(value) &&
    isRecord(value.needs) &&
    Array.isArray(value.needs.a) &&
    Array.isArray(value.needs.b) &&
    Array.isArray(value.options) &&
    Array.isArray(value.ratings)
  );
}

function idOf(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function crossFieldIssues(value: unknown): CrossFieldIssue[] {
  if (!isRecord(value) || !isRecord(value.needs)) return [];
  const needLists: Pair<unknown[]> = { a: value.needs.a as unknown[], b: value.needs.b as unknown[] };
  const options = value.options as unknown[];
  const ratings = value.ratings as unknown[];
  const issues: CrossFieldIssue[] = [];

  // Needs: ids are unique within each partner (both partners may use the same id).
  const needIndex: Pair<Map<string, number>> = { a: new Map(), b: new Map() };
  for (const p of PARTNERS) {
    needLists[p].forEach((need, i) => {
      const id = idOf(need);
      if (id === undefined) return;
      const first = needIndex[p].get(id);
      if (first === undefined) needIndex[p].set(id, needIndex[p].size);
      else
        issues.push({
          path: ['needs', p, i, 'id'],
          message: `${quote(id)} is already the id of needs.${p}[${firstPosition(needLists[p], id)}]; give each need its own id`,
        });
    });
  }

  // Options: unique ids, exactly one status quo.
  const optionIndex = new Map<string, number>();
  const optionIds: string[] = [];
  let firstStatusQuo = -1;
  options.forEach((option, i) => {
    const id = idOf(option);
    if (id !== undefined) {
      if (optionIndex.has(id)) {
        issues.push({
          path: ['options', i, 'id'],
          message: `${quote(id)} is already the id of options[${firstPosition(options, id)}]; give each option its own id`,
        });
      } else {
        optionIndex.set(id, optionIds.length);
        optionIds.push(id);
      }
    }
    if (isRecord(option) && option.statusQuo === true) {
      if (firstStatusQuo === -1) firstStatusQuo = i;
      else
        issues.push({
          path: ['options', i, 'statusQuo'],
          message: `exactly one option must be the status quo, and options[${firstStatusQuo}] already is`,
        });
    }
  });
  if (firstStatusQuo === -1 && options.length > 0) {
    issues.push({
      path: ['options'],
      message: 'exactly one option must be the status quo (statusQuo: true), and none is',
    });
  }

  // Ratings: each names a known option and one of its own partner's needs, at most once.
  const needIds: Pair<string[]> = { a: [...needIndex.a.keys()], b: [...needIndex.b.keys()] };
  const needed = optionIds.length * (needIds.a.length + needIds.b.length);
  const tooMany = needed > ASSESSMENT_LIMITS.ratings;
  // Slot o * k + n holds 1 + the index of the rating that filled it, so a duplicate can name the first one.
  const filled: Pair<Int32Array> | undefined = tooMany
    ? undefined
    : {
        a: new Int32Array(optionIds.length * needIds.a.length),
        b: new Int32Array(optionIds.length * needIds.b.length),
      };
  let complete = true;
  ratings.forEach((rating, i) => {
    const { partner, optionId, needId } = isRecord(rating) ? rating : {};
    if ((partner !== 'a' && partner !== 'b') || typeof optionId !== 'string' || typeof needId !== 'string') {
      // Its own field problems are reported already; without its keys, no rating can be called missing.
      complete = false;
      return;
    }
    const p: PartnerId = partner;
    const q: PartnerId = p === 'a' ? 'b' : 'a';
    const o = optionIndex.get(optionId);
    const n = needIndex[p].get(needId);
    if (o === undefined)
      issues.push({ path: ['ratings', i, 'optionId'], message: `there is no option with the id ${quote(optionId)}` });
    if (n === undefined) {
      issues.push({
        path: ['ratings', i, 'needId'],
        message: needIndex[q].has(needId)
          ? `${quote(needId)} is one of partner ${q}'s needs; partner ${p} rates only their own needs`
          : `partner ${p} has no need with the id ${quote(needId)}`,
      });
    }
    if (o === undefined || n === undefined || filled === undefined) return;
    const slot = o * needIds[p].length + n;
    const first = filled[p][slot] ?? 0;
    if (first === 0) filled[p][slot] = i + 1;
    else {
      issues.push({
        path: ['ratings', i],
        message: `ratings[${first - 1}] already rates option ${quote(optionId)} against need ${quote(needId)} for partner ${p}; give each rating once`,
      });
    }
  });

  if (tooMany) {
    issues.push({
      path: [],
      message: `these options and needs would need ${needed} ratings, more than the limit of ${ASSESSMENT_LIMITS.ratings}; use fewer options or needs`,
    });
  } else if (complete && filled !== undefined) {
    // Every partner rates every option against each of their own needs (fairness.md §1.1).
    let missing = 0;
    for (let o = 0; o < optionIds.length; o++) {
      for (const p of PARTNERS) {
        for (let n = 0; n < needIds[p].length; n++) {
          if (filled[p][o * needIds[p].length + n] !== 0) continue;
          missing++;
          if (missing <= ASSESSMENT_LIMITS.missingRatingsListed) {
            issues.push({
              path: ['ratings'],
              message: `missing: partner ${p}'s rating of option ${quote(optionIds[o] ?? '')} against need ${quote(needIds[p][n] ?? '')}`,
            });
          }
        }
      }
    }
    const unlisted = missing - ASSESSMENT_LIMITS.missingRatingsListed;
    if (unlisted > 0)
      issues.push({
        path: ['ratings'],
        message: `and ${unlisted} more missing ${unlisted === 1 ? 'rating' : 'ratings'}`,
      });
  }
  return issues;
}

function firstPosition(items: readonly unknown[], id: string): number {
  return items.findIndex((item) => idOf(item) === id);
}

function indexById(items: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    index.set(item.id, i);
  });
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// The fast pass. It accepts only input the schema accepts too, and builds the same values the schema would
// (labels trimmed, defaults filled in, unknown keys dropped). At anything unusual it returns undefined and leaves
// the verdict and the wording to the schema; schemas.test.ts checks both agree.

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function readId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length >= 1 && value.length <= TEXT_LIMITS.id ? value : undefined;
}

function readLabel(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const label = value.trim();
  return label.length >= 1 && label.length <= TEXT_LIMITS.label ? label : undefined;
}

function readNeeds(value: unknown): Need[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > ASSESSMENT_LIMITS.needsPerPartner) return undefined;
  const needs: Need[] = [];
  const ids = new Set<string>();
  for (const item of value as unknown[]) {
    if (!isRecord(item)) return undefined;
    const id = readId(item.id);
    const label = readLabel(item.label);
    const { weight, core, category } = item;
    const minimum = item.minimum === undefined ? DEFAULT_CORE_MINIMUM : item.minimum;
    if (id === undefined || label === undefined || ids.has(id)) return undefined;
    if (!isIntIn(weight, 1, 5) || typeof core !== 'boolean' || !isIntIn(minimum, 0, 10)) return undefined;
    ids.add(id);
    if (category === undefined) {
      // The schema keeps an optional key that is present with the value undefined.
      needs.push(
        'category' in item ? { id, label, weight, core, minimum, category } : { id, label, weight, core, minimum },
      );
    } else {
      const trimmed = readLabel(category);
      if (trimmed === undefined) return undefined;
      needs.push({ id, label, weight, core, minimum, category: trimmed });
    }
  }
  return needs;
}

/** The options, or undefined at anything unusual; repeated ids are left to the caller. */
function readOptions(value: unknown): Option[] | undefined {
  if (!Array.isArray(value) || value.length < 2 || value.length > ASSESSMENT_LIMITS.options) return undefined;
  const options: Option[] = new Array<Option>(value.length);
  let statusQuos = 0;
  for (let o = 0; o < value.length; o++) {
    const item: unknown = value[o];
    if (!isRecord(item)) return undefined;
    const id = readId(item.id);
    const label = readLabel(item.label);
    const statusQuo = item.statusQuo === undefined ? false : item.statusQuo;
    if (id === undefined || label === undefined || typeof statusQuo !== 'boolean') return undefined;
    if (statusQuo) statusQuos++;
    options[o] = { id, label, statusQuo };
  }
  return statusQuos === 1 ? options : undefined;
}

/** The position of each id, or undefined when an id repeats. */
function distinctIndex(ids: readonly string[]): Map<string, number> | undefined {
  const index = new Map<string, number>();
  for (let o = 0; o < ids.length; o++) {
    // One hash lookup instead of has + set: a repeated id leaves the size unchanged.
    index.set(ids[o] ?? '', o);
    if (index.size !== o + 1) return undefined;
  }
  return index;
}

/**
 * Finds options by id without hashing strings, when the ids are short variations on a prefix they all share (opt-1
 * ... opt-99999). Past the prefix, an id is read as a number whose digits are its code units, shifted so that the
 * lowest one that occurs is 1, with 0 for "ended". Distinct ids give distinct numbers, so a table indexed by the
 * number finds an option exactly; it is built only when it stays small. At 10^6 ratings in random order this is
 * several times faster than a Map, whose lookups in 10^5 string keys mostly wait for memory.
 */
class CompactIdIndex {
  private constructor(
    private readonly prefix: string,
    private readonly lowest: number,
    private readonly radix: number,
    private readonly width: number,
    /** 1 + the position of the id with that number, or 0 where there is none. */
    private readonly table: Int32Array,
    private readonly count: number,
  ) {}

  /** The index of these ids, or undefined when an id repeats or the table would hold more than a few entries per id. */
  static of(ids: readonly string[]): CompactIdIndex | undefined {
    const first = ids[0] ?? '';
    let shared = first.length;
    for (let i = 1; i < ids.length && shared > 0; i++) {
      const id = ids[i] ?? '';
      const end = Math.min(shared, id.length);
      let j = 0;
      while (j < end && id.charCodeAt(j) === first.charCodeAt(j)) j++;
      shared = j;
    }
    let lowest = 0xffff;
    let highest = 0;
    let width = 0;
    for (const id of ids) {
      width = Math.max(width, id.length - shared);
      for (let j = shared; j < id.length; j++) {
        const unit = id.charCodeAt(j);
        lowest = Math.min(lowest, unit);
        highest = Math.max(highest, unit);
      }
    }
    const radix = highest - lowest + 2;
    const limit = 4 * ids.length + 256;
    let size = 1;
    for (let j = 0; j < width; j++) {
      size *= radix;
      if (size > limit) return undefined;
    }
    const table = new Int32Array(size);
    const index = new CompactIdIndex(first.slice(0, shared), lowest, radix, width, table, ids.length);
    for (let o = 0; o < ids.length; o++) {
      const number = index.numberOf(ids[o] ?? '');
      if (table[number] !== 0) return undefined;
      table[number] = o + 1;
    }
    return index;
  }

  /**
   * The positions of the ids in id order (UTF-16 code units, like `<`): a larger number is a larger id, since the
   * digits follow the code units and "ended" (0) comes first, so the table lists them in order.
   */
  idOrder(): Int32Array {
    const order = new Int32Array(this.count);
    let r = 0;
    for (const entry of this.table) if (entry !== 0) order[r++] = entry - 1;
    return order;
  }

  /** The position of the id among the ids of {@link CompactIdIndex.of}, or -1 when it is not one of them. */
  find(id: string): number {
    const number = this.numberOf(id);
    return number < 0 ? -1 : (this.table[number] ?? 0) - 1;
  }

  /**
   * The number of an id, or -1 when no id of the index could have it: another prefix, a longer tail, or a code unit
   * outside the range. The range check matters: a digit past either end would carry into the next one and land on
   * another id's number.
   */
  private numberOf(id: string): number {
    const { prefix, lowest, radix, width } = this;
    const start = prefix.length;
    const length = id.length;
    if (length < start || length - start > width) return -1;
    for (let j = 0; j < start; j++) if (id.charCodeAt(j) !== prefix.charCodeAt(j)) return -1;
    let number = 0;
    for (let j = start; j < start + width; j++) {
      let digit = 0;
      if (j < length) {
        digit = id.charCodeAt(j) - lowest + 1;
        if (digit < 1 || digit >= radix) return -1;
      }
      number = number * radix + digit;
    }
    return number;
  }
}

/** Whether most of the first ratings name the same option as the rating before them. */
function looksGrouped(list: readonly unknown[]): boolean {
  const sample = Math.min(list.length, 33);
  let same = 0;
  for (let i = 1; i < sample; i++) {
    const previous = list[i - 1];
    const rating = list[i];
    if (isRecord(previous) && isRecord(rating) && previous.optionId === rating.optionId) same++;
  }
  return 2 * same >= sample - 1 && same > 0;
}

function readFast(value: unknown): RatedAssessmentInput | undefined {
  if (!isRecord(value) || !isRecord(value.needs)) return undefined;
  const needs = { a: readNeeds(value.needs.a), b: readNeeds(value.needs.b) };
  const options = readOptions(value.options);
  const threshold = value.winWinThreshold === undefined ? DEFAULT_WIN_WIN_THRESHOLD : value.winWinThreshold;
  const list = value.ratings;
  if (needs.a === undefined || needs.b === undefined || options === undefined || !isIntIn(threshold, 1, 100))
    return undefined;
  const ka = needs.a.length;
  const kb = needs.b.length;
  const count = options.length * (ka + kb);
  // One rating per slot: the count here, and after the ratings are placed, no slot left empty.
  if (!Array.isArray(list) || count > ASSESSMENT_LIMITS.ratings || list.length !== count) return undefined;

  // Options are found by a compact index when their ids allow one, else by a map; both see repeated ids.
  const ids = options.map((option) => option.id);
  const compact = CompactIdIndex.of(ids);
  const optionIndex = compact === undefined ? distinctIndex(ids) : undefined;
  if (compact === undefined && optionIndex === undefined) return undefined;

  // Two passes over the ratings: the first only finds each rating's option, the second does the rest. With a map,
  // the lookups are random reads among up to 10^5 ids; in a loop this small the processor overlaps many of them,
  // which makes two passes about a third faster than one (with the compact index, about as fast).
  const optionOf = new Int32Array(count);
  // Ratings often come grouped by option: remembering the last option id then saves most lookups. In any other
  // order the comparison with the last id almost never matches and only costs time, so it is made only when the
  // first ratings look grouped. Either way every rating is matched to its option, so the outcome is the same.
  const grouped = looksGrouped(list);
  let lastOptionId = '';
  let lastOption = -1;
  for (let i = 0; i < count; i++) {
    const rating: unknown = list[i];
    if (!isRecord(rating)) return undefined;
    const optionId = rating.optionId;
    if (typeof optionId !== 'string') return undefined;
    let found: number;
    if (grouped && optionId === lastOptionId) found = lastOption;
    else if (compact !== undefined) found = compact.find(optionId);
    else found = optionIndex?.get(optionId) ?? -1;
    if (found < 0) return undefined;
    lastOption = found;
    lastOptionId = optionId;
    optionOf[i] = found;
  }

  const needIndexA = indexById(needs.a);
  const needIndexB = indexById(needs.b);
  // 255 marks an empty slot: ratings are 0-10.
  const tableA = new Uint8Array(options.length * ka).fill(255);
  const tableB = new Uint8Array(options.length * kb).fill(255);
  for (let i = 0; i < count; i++) {
    // The first pass has checked that every rating is a record.
    const { partner, needId, value: v } = list[i] as Record<string, unknown>;
    if (!isIntIn(v, 0, 10) || typeof needId !== 'string') return undefined;
    const o = optionOf[i] ?? 0;
    let slot: number;
    let table: Uint8Array;
    if (partner === 'a') {
      const n = needIndexA.get(needId);
      if (n === undefined) return undefined;
      slot = o * ka + n;
      table = tableA;
    } else if (partner === 'b') {
      const n = needIndexB.get(needId);
      if (n === undefined) return undefined;
      slot = o * kb + n;
      table = tableB;
    } else return undefined;
    table[slot] = v;
  }
  // There are exactly as many ratings as slots, so a repeated rating leaves some slot empty, and no empty slot means
  // none is repeated or missing. One scan in order is faster than checking each slot before its random write.
  if (tableA.includes(255) || tableB.includes(255)) return undefined;
  return {
    needs: { a: needs.a, b: needs.b },
    options,
    winWinThreshold: threshold,
    ratings: { a: tableA, b: tableB },
    idOrder: compact?.idOrder() ?? null,
  };
}
