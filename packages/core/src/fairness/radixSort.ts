// Linear-time orderings for the frontier: indexes by a number, and indexes by id (fairness.md §4 T1).
//
// A comparison sort with a JavaScript callback costs far more per element than the rest of the frontier sweep, and
// misses the cache on every string it compares. Radix sorts on typed arrays keep paretoFront within a small multiple
// of reading the input, up to the 10^6 points of the bench. Internal: nothing here is exported from the package.

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** A digit of a 64-bit key: which 32-bit word (0 = low), the shift within it, and the width in bits. */
type Digit = readonly [0 | 1, number, number];
/** 11-bit digits, least significant first: small count arrays for small inputs. */
const NARROW_DIGITS: readonly Digit[] = [
  [0, 0, 11],
  [0, 11, 11],
  [0, 22, 10],
  [1, 0, 11],
  [1, 11, 11],
  [1, 22, 10],
];
/** 16-bit digits: two passes fewer, worth their 64K-entry count arrays from this many keys on. */
const WIDE_DIGITS: readonly Digit[] = [
  [0, 0, 16],
  [0, 16, 16],
  [1, 0, 16],
  [1, 16, 16],
];
const WIDE_FROM = 1 << 16;
/** Below this size insertion sort beats the fixed cost of the radix passes. */
const SMALL = 32;

/** Records sorted by key: the indexes, their keys, and the payload values that travelled with them. */
export type SortedRecords = { readonly order: Int32Array; readonly keys: Float64Array; readonly payload: Float64Array };

/**
 * Orders `indices` by `keys` (keys[k] belongs to indices[k]), ascending or descending, stably (equal keys keep their
 * relative order). Keys must be finite and never -0. Returns a new array.
 */
export function sortByKey(indices: Int32Array, keys: Float64Array, descending: boolean): Int32Array {
  return sortRecords(indices, keys, undefined, descending).order;
}

/**
 * Like {@link sortByKey}, but also returns the keys in sorted order and carries a payload (payload[k] belongs to
 * indices[k]) along, so callers never gather from the unsorted arrays at random. An LSD radix sort on the IEEE bits;
 * a digit shared by every key is skipped, so integer keys only pay for the words their values use.
 */
export function sortRecords(
  indices: Int32Array,
  keys: Float64Array,
  payload: Float64Array | undefined,
  descending: boolean,
): SortedRecords {
  const m = indices.length;
  if (m <= SMALL) return insertionSortRecords(indices, keys, payload, descending);
  const words = new Uint32Array(keys.buffer, keys.byteOffset, 2 * m);
  const highAt = LITTLE_ENDIAN ? 1 : 0;
  let high = new Uint32Array(m);
  let low = new Uint32Array(m);
  // Map the bits so that unsigned order is numeric order: flip every bit of a negative, the sign bit of a positive.
  // Descending order complements the result.
  const flip = descending ? 0xffffffff : 0;
  for (let k = 0; k < m; k++) {
    const h = words[2 * k + highAt] as number;
    const l = words[2 * k + 1 - highAt] as number;
    const negative = h >>> 31 === 1;
    high[k] = ((negative ? ~h : h | 0x80000000) ^ flip) >>> 0;
    low[k] = ((negative ? ~l : l) ^ flip) >>> 0;
  }
  const digits = m >= WIDE_FROM ? WIDE_DIGITS : NARROW_DIGITS;
  const size = 1 << (digits[0] as Digit)[2];
  const counts = new Uint32Array(digits.length * size);
  for (let d = 0; d < digits.length; d++) {
    const [word, shift, width] = digits[d] as Digit;
    const source = word === 0 ? low : high;
    const mask = (2 ** width - 1) >>> 0;
    const base = d * size;
    for (let k = 0; k < m; k++) {
      const at = base + (((source[k] as number) >>> shift) & mask);
      counts[at] = (counts[at] as number) + 1;
    }
  }
  let order = Int32Array.from(indices);
  let nextOrder = new Int32Array(m);
  let nextHigh = new Uint32Array(m);
  let nextLow = new Uint32Array(m);
  let carried = payload === undefined ? new Float64Array(0) : Float64Array.from(payload.subarray(0, m));
  let nextCarried = new Float64Array(carried.length);
  const carry = carried.length > 0;
  for (let d = 0; d < digits.length; d++) {
    const [word, shift, width] = digits[d] as Digit;
    const base = d * size;
    const buckets = 2 ** width;
    // A digit shared by every key cannot reorder anything: skip the pass.
    let shared = false;
    for (let v = 0; v < buckets; v++) {
      const c = counts[base + v] as number;
      if (c !== 0) {
        shared = c === m;
        break;
      }
    }
    if (shared) continue;
    let total = 0;
    for (let v = 0; v < buckets; v++) {
      const c = counts[base + v] as number;
      counts[base + v] = total;
      total += c;
    }
    const mask = (buckets - 1) >>> 0;
    const source = word === 0 ? low : high;
    for (let k = 0; k < m; k++) {
      const at = base + (((source[k] as number) >>> shift) & mask);
      const to = counts[at] as number;
      counts[at] = to + 1;
      nextOrder[to] = order[k] as number;
      nextHigh[to] = high[k] as number;
      nextLow[to] = low[k] as number;
      if (carry) nextCarried[to] = carried[k] as number;
    }
    [order, nextOrder] = [nextOrder, order];
    [high, nextHigh] = [nextHigh, high];
    [low, nextLow] = [nextLow, low];
    [carried, nextCarried] = [nextCarried, carried];
  }
  // Undo the key mapping to hand back the sorted keys themselves.
  const sortedKeys = new Float64Array(m);
  const sortedWords = new Uint32Array(sortedKeys.buffer);
  for (let k = 0; k < m; k++) {
    const h = ((high[k] as number) ^ flip) >>> 0;
    const l = ((low[k] as number) ^ flip) >>> 0;
    const negative = h >>> 31 === 0;
    sortedWords[2 * k + highAt] = (negative ? ~h : h & 0x7fffffff) >>> 0;
    sortedWords[2 * k + 1 - highAt] = (negative ? ~l : l) >>> 0;
  }
  return { order, keys: sortedKeys, payload: carried };
}

function insertionSortRecords(
  indices: Int32Array,
  keys: Float64Array,
  payload: Float64Array | undefined,
  descending: boolean,
): SortedRecords {
  const m = indices.length;
  const order = Int32Array.from(indices);
  const sorted = Float64Array.from(keys.subarray(0, m));
  const carried = payload === undefined ? new Float64Array(0) : Float64Array.from(payload.subarray(0, m));
  const carry = carried.length > 0;
  for (let k = 1; k < m; k++) {
    const index = order[k] as number;
    const key = sorted[k] as number;
    const value = carry ? (carried[k] as number) : 0;
    let j = k - 1;
    while (j >= 0 && (descending ? (sorted[j] as number) < key : (sorted[j] as number) > key)) {
      order[j + 1] = order[j] as number;
      sorted[j + 1] = sorted[j] as number;
      if (carry) carried[j + 1] = carried[j] as number;
      j--;
    }
    order[j + 1] = index;
    sorted[j + 1] = key;
    if (carry) carried[j + 1] = value;
  }
  return { order, keys: sorted, payload: carried };
}

/** 2^53: a mixed-radix key below it is an exact double. */
const KEY_LIMIT = 2 ** 53;
/** Code units copied per id and round: each id's string is read once per round, not once per pass. */
const WINDOW = 16;

/**
 * Orders `indices` by `ids[index]` with JavaScript `<` (UTF-16 code units; fairness.md §4 T1). Each round copies a
 * window of the next code units of every id into one typed array (strings live all over the heap; reading each
 * once keeps large inputs from missing the cache over and over), skips the prefix all ids share, packs as many of
 * the following code units as fit into one exact double (a mixed-radix number over the code units that occur, with
 * 0 for "ended"), radix-sorts those keys, and recurses into runs whose keys tie. Typical ids such as `opt-12345`
 * are ordered in a single round. Returns a new array.
 */
export function sortIndicesById(indices: ArrayLike<number>, ids: readonly string[]): Int32Array {
  const order = Int32Array.from(indices);
  sortRangeById(order, 0, order.length, ids, 0);
  return order;
}

function sortRangeById(order: Int32Array, from: number, to: number, ids: readonly string[], depth: number): void {
  const m = to - from;
  if (m <= 1) return;
  if (m <= SMALL) {
    const part = Array.from(order.subarray(from, to)).sort((i, j) =>
      (ids[i] as string) < (ids[j] as string) ? -1 : 1,
    );
    order.set(part, from);
    return;
  }
  // Copy code units depth .. depth + WINDOW - 1 of every id (0 past its end; `lengths` tells them apart).
  const units = new Uint16Array(m * WINDOW);
  const lengths = new Int32Array(m);
  let longest = 0;
  for (let k = 0; k < m; k++) {
    const id = ids[order[from + k] as number] as string;
    const length = Math.max(0, Math.min(id.length - depth, WINDOW));
    lengths[k] = length;
    if (length > longest) longest = length;
    for (let c = 0; c < length; c++) units[k * WINDOW + c] = id.charCodeAt(depth + c);
  }
  if (longest <= 0) return; // every id ends at depth: they are all equal
  // The prefix every id shares within the window.
  let common = lengths[0] as number;
  for (let k = 1; k < m && common > 0; k++) {
    const limit = Math.min(common, lengths[k] as number);
    let c = 0;
    while (c < limit && units[k * WINDOW + c] === units[c]) c++;
    common = c;
  }
  if (common === longest) {
    // Every id either ends inside the shared prefix or continues past the window: look further.
    if (longest === WINDOW) sortRangeById(order, from, to, ids, depth + WINDOW);
    return;
  }
  let lowest = 0xffff;
  let highest = 0;
  for (let k = 0; k < m; k++) {
    const end = lengths[k] as number;
    for (let c = common; c < end; c++) {
      const unit = units[k * WINDOW + c] as number;
      if (unit < lowest) lowest = unit;
      if (unit > highest) highest = unit;
    }
  }
  const radix = highest - lowest + 2; // +1 for "ended", which sorts first
  // As many code units as fit in an exact double, within the window and no more than the longest id still has.
  const powers = [1]; // radix^k, by exact multiplication (** is not guaranteed exact)
  while (powers.length - 1 < longest - common && (powers.at(-1) as number) * radix < KEY_LIMIT)
    powers.push((powers.at(-1) as number) * radix);
  const width = powers.length - 1;
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const end = Math.min(lengths[k] as number, common + width);
    let key = 0;
    for (let c = common; c < end; c++) key = key * radix + ((units[k * WINDOW + c] as number) - lowest + 1);
    // An id that ends early is padded with "ended" digits (0): one multiplication by radix^missing.
    keys[k] = key * (powers[Math.max(0, common + width - end)] as number);
  }
  const sorted = sortRecords(order.slice(from, to), keys, undefined, false);
  order.set(sorted.order, from);
  const sortedKeys = sorted.keys;
  // Runs of equal keys share the code units up to depth + common + width; order them by what follows.
  const next = depth + common + width;
  let start = 0;
  for (let k = 1; k <= m; k++) {
    if (k === m || sortedKeys[k] !== sortedKeys[start]) {
      if (k - start > 1) sortRangeById(order, from + start, from + k, ids, next);
      start = k;
    }
  }
}
