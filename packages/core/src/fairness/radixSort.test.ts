import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { idArb, wideCoordinateArb } from '../testing/pointArbitraries.js';
import { sortByKey, sortIndicesById, sortRecords } from './radixSort.js';

/** Keys as the frontier uses them: finite, never -0. */
const keysArb = fc.array(
  wideCoordinateArb.map((x) => x + 0),
  { maxLength: 300, size: 'max' },
);

function byCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

describe('sortByKey', () => {
  test.prop([keysArb, fc.boolean()])(
    'should order indexes by their keys, below and above the insertion-sort cutoff',
    (keys, descending) => {
      const indices = Int32Array.from(keys, (_, k) => 1000 + k);
      const order = sortByKey(indices, Float64Array.from(keys), descending);
      const sortedKeys = Array.from(order, (index) => keys[index - 1000] as number);
      const expected = [...keys].sort((x, y) => (descending ? y - x : x - y));
      expect(sortedKeys).toEqual(expected);
      expect([...order].sort((x, y) => x - y)).toEqual([...indices]);
    },
  );

  test.prop([keysArb, fc.boolean()])(
    'should hand back the sorted keys and carry the payload along',
    (keys, descending) => {
      const indices = Int32Array.from(keys, (_, k) => k);
      const payload = Float64Array.from(keys, (_, k) => k / 2);
      const sorted = sortRecords(indices, Float64Array.from(keys), payload, descending);
      expect(Array.from(sorted.keys)).toEqual(Array.from(sorted.order, (k) => keys[k]));
      expect(Array.from(sorted.payload)).toEqual(Array.from(sorted.order, (k) => k / 2));
      expect(sortRecords(indices, Float64Array.from(keys), undefined, descending).payload).toHaveLength(0);
    },
  );

  it('should order integers, negatives and extremes on the IEEE bits', () => {
    const keys = [
      3,
      -1,
      0,
      2 ** -1074,
      -(2 ** 60),
      1e308,
      -1e-300,
      2,
      3,
      ...Array.from({ length: 40 }, (_, k) => k % 7),
    ];
    const order = sortByKey(
      Int32Array.from(keys, (_, k) => k),
      Float64Array.from(keys),
      false,
    );
    expect(Array.from(order, (k) => keys[k])).toEqual([...keys].sort((x, y) => x - y));
  });
  it('should sort 70 000 keys with wide digits, stably', () => {
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const keys = Float64Array.from({ length: 70_000 }, (_, k) =>
      k % 3 === 0 ? Math.floor(random() * 50) : (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20),
    );
    for (const descending of [false, true]) {
      const order = sortByKey(
        Int32Array.from(keys, (_, k) => k),
        keys,
        descending,
      );
      const expected = Float64Array.from(keys).sort();
      if (descending) expected.reverse();
      expect(Float64Array.from(order, (k) => keys[k] as number)).toEqual(expected);
      // Stable: equal keys keep increasing indexes.
      let unstable = 0;
      for (let k = 1; k < order.length; k++)
        if (
          keys[order[k] as number] === keys[order[k - 1] as number] &&
          (order[k] as number) < (order[k - 1] as number)
        )
          unstable++;
      expect(unstable).toBe(0);
    }
  });
});

describe('sortIndicesById', () => {
  test.prop([fc.uniqueArray(idArb, { maxLength: 300, size: 'max' })])(
    'should order by UTF-16 code units, like JavaScript `<` (T1)',
    (ids) => {
      const order = sortIndicesById(
        Int32Array.from(ids, (_, k) => k),
        ids,
      );
      expect(Array.from(order, (k) => ids[k])).toEqual([...ids].sort(byCodeUnits));
    },
  );

  test.prop([
    fc.uniqueArray(
      fc.string({ unit: 'binary', maxLength: 70, size: 'max' }).map((tail) => `option-${tail}`),
      { maxLength: 200, size: 'max' },
    ),
  ])('should order ids with a long shared prefix and any code units, across several rounds', (ids) => {
    const order = sortIndicesById(
      Int32Array.from(ids, (_, k) => k),
      ids,
    );
    expect(Array.from(order, (k) => ids[k])).toEqual([...ids].sort(byCodeUnits));
  });

  it('should put a surrogate pair before a high BMP character, as code units do', () => {
    const ids = Array.from({ length: 40 }, (_, k) => `x${k}`).concat(['\uFF5E', '😀', 'x', 'x1', 'X']);
    const order = sortIndicesById(
      Int32Array.from(ids, (_, k) => k),
      ids,
    );
    const sorted = Array.from(order, (k) => ids[k]);
    expect(sorted.indexOf('😀')).toBeLessThan(sorted.indexOf('\uFF5E'));
    expect(sorted).toEqual([...ids].sort(byCodeUnits));
  });

  test.prop([
    fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 40, size: 'max' }), {
      minLength: 33,
      maxLength: 120,
    }),
  ])('should order ids from a two-letter alphabet, many of them prefixes of others, across the copy window', (ids) => {
    const order = sortIndicesById(
      Int32Array.from(ids, (_, k) => k),
      ids,
    );
    expect(Array.from(order, (k) => ids[k])).toEqual([...ids].sort(byCodeUnits));
  });

  it('should order ids that differ only after 60 shared characters', () => {
    const prefix = 'p'.repeat(60);
    const ids = Array.from({ length: 100 }, (_, k) => `${prefix}${(k * 37) % 100}`);
    const order = sortIndicesById(
      Int32Array.from(ids, (_, k) => k),
      ids,
    );
    expect(Array.from(order, (k) => ids[k])).toEqual([...ids].sort(byCodeUnits));
  });
});
