import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareIds } from './compareIds.js';

describe('compareIds', () => {
  it('should order by UTF-16 code units, not by locale (fairness.md §4 T1)', () => {
    // Upper case before lower case, and an emoji (a surrogate pair, 0xD83D…) before U+FF5E despite its larger code point.
    expect(['b', 'a', 'B', '\uFF5E', '😀'].sort(compareIds)).toEqual(['B', 'a', 'b', '😀', '\uFF5E']);
  });

  test.prop([fc.string(), fc.string()])('should agree with < and answer 0 only for equal ids', (x, y) => {
    const order = compareIds(x, y);
    expect(order).toBe(x < y ? -1 : x === y ? 0 : 1);
    expect(compareIds(y, x)).toBe(-order || 0);
  });
});
