import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createSelectionMemo } from './selectionMemo.js';

type Store = { readonly count: number; readonly label: string };
const sameCount = (a: { count: number }, b: { count: number }) => a.count === b.count;

describe('createSelectionMemo', () => {
  it('should not select again for the same snapshot', () => {
    let calls = 0;
    const select = (s: Store) => {
      calls += 1;
      return { count: s.count };
    };
    const pick = createSelectionMemo(select, undefined, () => undefined);
    const snapshot = { count: 1, label: 'a' };
    const first = pick(snapshot);
    expect(pick(snapshot)).toBe(first);
    expect(calls).toBe(1);
  });

  it('should keep the previous selection when a new snapshot selects an equal value', () => {
    const pick = createSelectionMemo(
      (s: Store) => ({ count: s.count }),
      sameCount,
      () => undefined,
    );
    const first = pick({ count: 1, label: 'a' });
    expect(pick({ count: 1, label: 'b' })).toBe(first);
    const changed = pick({ count: 2, label: 'b' });
    expect(changed).not.toBe(first);
    expect(changed).toEqual({ count: 2 });
  });

  it('should return a new selection for a new snapshot when no equality is given', () => {
    const pick = createSelectionMemo(
      (s: Store) => ({ count: s.count }),
      undefined,
      () => undefined,
    );
    expect(pick({ count: 1, label: 'a' })).not.toBe(pick({ count: 1, label: 'b' }));
  });

  it('should start from the selection last rendered, so a new selector each render keeps a stable value', () => {
    const rendered = { selection: { count: 3 } };
    const pick = createSelectionMemo(
      (s: Store) => ({ count: s.count }),
      sameCount,
      () => rendered,
    );
    expect(pick({ count: 3, label: 'x' })).toBe(rendered.selection);
    expect(pick({ count: 4, label: 'x' })).toEqual({ count: 4 });
  });

  test.prop([fc.array(fc.record({ count: fc.integer({ min: 0, max: 3 }), label: fc.string() }), { minLength: 1 })])(
    'should always return a value equal to the selection of the current snapshot',
    (snapshots) => {
      const pick = createSelectionMemo(
        (s: Store) => ({ count: s.count }),
        sameCount,
        () => undefined,
      );
      for (const snapshot of snapshots) expect(pick(snapshot)).toEqual({ count: snapshot.count });
    },
  );
});
