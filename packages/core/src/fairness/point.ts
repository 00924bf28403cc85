// Option points and their validation: the boundary of the bargaining half of the fairness engine (fairness.md §2-5).
//
// Validation is one hand-written pass rather than a schema per point: paretoFront and nashBargain must stay within a
// small multiple of the time it takes just to read the numbers (docs: bench). It still reports every problem by path.
import { InputError, type InputIssue } from '../schemas/inputError.js';
import type { Pair } from '../schemas/partner.js';

/**
 * One option placed in the two partners' satisfaction plane: `a` is how well it serves partner a, `b` partner b
 * (integer numerators N_p or scores S_p, fairness.md §1.1). Any finite numbers work; other keys are ignored.
 */
export type OptionPoint = { id: string; a: number; b: number };

/** Size limits of the point-level functions: inputs beyond them are rejected with an {@link InputError}. */
export const OPTION_POINT_LIMITS = {
  /** The most options one call accepts (the realistic range is 2-30; this only guards against runaway inputs). */
  maxPoints: 2_000_000,
  /** The most problems one {@link InputError} lists; a final issue says how many more were left out. */
  maxIssues: 100,
} as const;

/**
 * Validated points as parallel arrays: the form every algorithm here works on, plus the caller's own option objects
 * (`source`), which paretoFront hands back. Internal.
 */
export type PointSet = {
  readonly source: readonly OptionPoint[];
  readonly count: number;
  readonly ids: readonly string[];
  readonly a: Float64Array;
  readonly b: Float64Array;
};

/**
 * A point set built without validation, for points the library computed itself (finite numbers, distinct ids), such
 * as assessOptions' satisfaction points: reading them again would only cost time and bundle size. Internal.
 */
export function trustedPointSet(points: readonly OptionPoint[]): PointSet {
  return {
    source: points,
    count: points.length,
    ids: points.map((point) => point.id),
    a: Float64Array.from(points, (point) => point.a),
    b: Float64Array.from(points, (point) => point.b),
  };
}

/** Collects issues up to {@link OPTION_POINT_LIMITS.maxIssues}, counting the rest. Internal. */
export class IssueList {
  readonly issues: InputIssue[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.issues.length < OPTION_POINT_LIMITS.maxIssues) this.issues.push({ path, message });
    else this.dropped++;
  }

  get empty(): boolean {
    return this.issues.length === 0;
  }

  /** Throws one InputError naming every collected problem, if there is any. */
  throwIfAny(where: string): void {
    if (this.issues.length === 0) return;
    const issues = [...this.issues];
    if (this.dropped > 0) issues.push({ path: '', message: `and ${this.dropped} more problems not listed` });
    throw new InputError(where, issues);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads and checks an array of {@link OptionPoint}s in one pass: array shape, size limit, objects, non-empty string
 * ids, finite numbers, unique ids. Problems go to `issues` with paths such as `points[3].a`; the result is only
 * meaningful when no issue was added. -0 is read as 0, so it can never tell two equal points apart. Internal.
 */
export function readOptionPoints(points: unknown, issues: IssueList, path = 'points'): PointSet {
  const none: PointSet = { source: [], count: 0, ids: [], a: new Float64Array(0), b: new Float64Array(0) };
  if (!Array.isArray(points)) {
    issues.add(path, 'must be an array of options, each { id, a, b }');
    return none;
  }
  const count = points.length;
  if (count > OPTION_POINT_LIMITS.maxPoints) {
    issues.add(path, `must hold at most ${OPTION_POINT_LIMITS.maxPoints} options (got ${count})`);
    return none;
  }
  const ids: string[] = new Array<string>(count);
  const a = new Float64Array(count);
  const b = new Float64Array(count);
  let valid = true;
  let i = 0;
  try {
    for (; i < count; i++) {
      const point: unknown = points[i];
      if (typeof point !== 'object' || point === null || Array.isArray(point)) {
        issues.add(`${path}[${i}]`, 'must be an object { id, a, b }');
        ids[i] = '';
        valid = false;
        continue;
      }
      const { id, a: pa, b: pb } = point as Record<string, unknown>;
      if (typeof id !== 'string' || id.length === 0) {
        issues.add(`${path}[${i}].id`, 'must be a non-empty string');
        ids[i] = '';
        valid = false;
      } else ids[i] = id;
      // `x - x === 0` is false exactly for NaN and ±Infinity, and cheaper than Number.isFinite on a hot path.
      if (typeof pa !== 'number' || pa - pa !== 0) {
        issues.add(`${path}[${i}].a`, 'must be a finite number');
        valid = false;
      } else a[i] = pa + 0; // + 0 turns -0 into 0
      if (typeof pb !== 'number' || pb - pb !== 0) {
        issues.add(`${path}[${i}].b`, 'must be a finite number');
        valid = false;
      } else b[i] = pb + 0;
    }
  } catch {
    // A getter or proxy that throws: report where, rather than let a foreign error escape.
    issues.add(`${path}[${i}]`, 'could not be read');
    return none;
  }
  if (!valid && issues.issues.length >= OPTION_POINT_LIMITS.maxIssues) return none;
  reportDuplicateIds(ids, issues, path);
  return { source: points as OptionPoint[], count, ids, a, b };
}

/** Reads a finite number at `path`, adding an issue otherwise; -0 is read as 0. Internal. */
export function readFiniteNumber(value: unknown, path: string, issues: IssueList): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add(path, 'must be a finite number');
    return 0;
  }
  return value + 0;
}

/** Reads an optional `{ a, b }` pair of finite numbers (a disagreement point), defaulting to (0,0). Internal. */
export function readPair(value: unknown, path: string, issues: IssueList): Pair<number> {
  if (value === undefined) return { a: 0, b: 0 };
  if (!isRecord(value)) {
    issues.add(path, 'must be an object { a, b } of two finite numbers');
    return { a: 0, b: 0 };
  }
  return {
    a: readFiniteNumber(readKey(value, 'a', path, issues), `${path}.a`, issues),
    b: readFiniteNumber(readKey(value, 'b', path, issues), `${path}.b`, issues),
  };
}

/** Reads `record[key]`, reporting a getter or proxy that throws instead of letting its error escape. Internal. */
export function readKey(record: Record<string, unknown>, key: string, path: string, issues: IssueList): unknown {
  try {
    return record[key];
  } catch {
    issues.add(path ? `${path}.${key}` : key, 'could not be read');
    return undefined;
  }
}

/** Reads an optional options object, adding an issue unless it is undefined or a plain object. Internal. */
export function readOptionsObject(value: unknown, path: string, issues: IssueList): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    issues.add(path, 'must be an object');
    return {};
  }
  return value;
}

/**
 * Reads the two arguments every bargaining function takes, in order: the points, then an optional options object
 * with the disagreement point d at `options.disagreement` (default (0,0)). `settings` is that options object, for the
 * caller's own keys. Problems go to `issues`; the result is only meaningful when none was added. Internal.
 */
export function readBargainingInput(
  points: unknown,
  options: unknown,
  issues: IssueList,
): { set: PointSet; settings: Record<string, unknown>; d: Pair<number> } {
  const set = readOptionPoints(points, issues);
  const settings = readOptionsObject(options, 'options', issues);
  const d = readPair(readKey(settings, 'disagreement', 'options', issues), 'options.disagreement', issues);
  return { set, settings, d };
}

/** An id as quoted in a message: long ids are cut so one bad input cannot flood the error text. */
function quoteId(id: string): string {
  return JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id);
}

/** FNV-1a over the UTF-16 code units, finished with a 32-bit mix so nearby ids spread over the table. Internal. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5 ^ id.length;
  for (let k = 0; k < id.length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}

/** Up to this many ids the duplicate check uses a hash table; beyond, the table no longer fits the caches. */
const TABLE_LIMIT = 1 << 16;
/** A bucket larger than this (only hostile ids or many invalid ones produce one) is checked with a Map. */
const LONG_RUN = 64;

/**
 * Adds one issue per repeated id, naming both indexes, in index order. Small inputs use an open-addressing table of
 * indexes (about twice as fast as a Set of strings); large ones partition the hashes into small buckets first, which
 * touches memory in sequence instead of at random. Hostile ids that collide on purpose fall back to a Map, so the
 * check stays linear.
 */
function reportDuplicateIds(ids: readonly string[], issues: IssueList, path: string): void {
  const repeats = ids.length <= TABLE_LIMIT ? repeatsByTable(ids) : repeatsByPartition(ids);
  for (const [later, earlier] of repeats) {
    issues.add(
      `${path}[${later}].id`,
      `must be unique: ${quoteId(ids[later] as string)} is also the id of ${path}[${earlier}]`,
    );
  }
}

/** Pairs [index, index of the first occurrence] for every repeated id, by the table; sorted by index. */
function repeatsByTable(ids: readonly string[]): [number, number][] {
  const count = ids.length;
  let capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity); // index + 1; 0 marks an empty slot
  const repeats: [number, number][] = [];
  let probes = 0;
  const probeBudget = 8 * count + 64;
  for (let i = 0; i < count; i++) {
    const id = ids[i] as string;
    if (id === '') continue; // already reported as invalid
    let slot = hashId(id) & mask;
    for (;;) {
      const held = table[slot] as number;
      if (held === 0) {
        table[slot] = i + 1;
        break;
      }
      if (ids[held - 1] === id) {
        repeats.push([i, held - 1]);
        break;
      }
      slot = (slot + 1) & mask;
      if (++probes > probeBudget) return repeatsByMap(ids, Array.from(ids.keys()));
    }
  }
  return repeats;
}

/**
 * Pairs [index, index of the first occurrence] by partitioning the hashes: one counting-sort pass on their top bits
 * makes buckets of about four ids, each in increasing index order, and repeats can only share a bucket. Sorted by
 * index.
 */
function repeatsByPartition(ids: readonly string[]): [number, number][] {
  const count = ids.length;
  let bits = 8;
  while (bits < 24 && 2 ** (bits + 2) < count) bits++;
  const shift = 32 - bits;
  const hashes = new Int32Array(count);
  const starts = new Int32Array(2 ** bits + 1);
  for (let i = 0; i < count; i++) {
    const hash = hashId(ids[i] as string);
    hashes[i] = hash;
    const bucket = (hash >>> shift) + 1;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  for (let v = 1; v < starts.length; v++) starts[v] = (starts[v] as number) + (starts[v - 1] as number);
  const next = starts.slice(0, -1);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const bucket = (hashes[i] as number) >>> shift;
    const to = next[bucket] as number;
    next[bucket] = to + 1;
    order[to] = i;
  }
  const repeats: [number, number][] = [];
  for (let v = 0; v + 1 < starts.length; v++) {
    const from = starts[v] as number;
    const to = starts[v + 1] as number;
    if (to - from < 2) continue;
    if (to - from > LONG_RUN) {
      repeats.push(...repeatsByMap(ids, Array.from(order.subarray(from, to))));
      continue;
    }
    for (let x = from + 1; x < to; x++) {
      const i = order[x] as number;
      const hash = hashes[i] as number;
      for (let y = from; y < x; y++) {
        const j = order[y] as number;
        if (hashes[j] === hash && ids[j] === ids[i] && ids[i] !== '') {
          repeats.push([i, j]);
          break;
        }
      }
    }
  }
  return repeats.sort((x, y) => x[0] - y[0]);
}

/** The always-linear check with a Map, over the given indexes in increasing order. */
function repeatsByMap(ids: readonly string[], indexes: readonly number[]): [number, number][] {
  const first = new Map<string, number>();
  const repeats: [number, number][] = [];
  for (const i of indexes) {
    const id = ids[i] as string;
    if (id === '') continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else repeats.push([i, earlier]);
  }
  return repeats;
}
