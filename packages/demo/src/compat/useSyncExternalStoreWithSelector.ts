// Stands in for `use-sync-external-store/shim/with-selector`; selectionMemo.ts says why.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { createSelectionMemo } from './selectionMemo.js';

/**
 * `useSyncExternalStore` that returns `selector(snapshot)`, re-rendering only when the selection changes by `isEqual`
 * (by identity without it). Same signature as the package's hook, which `@xstate/react`'s `useSelector` calls.
 */
export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: (onStoreChange: () => void) => () => void,
  getSnapshot: () => Snapshot,
  getServerSnapshot: (() => Snapshot) | undefined | null,
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  const rendered = useRef<{ selection: Selection }>(undefined);
  const [getSelection, getServerSelection] = useMemo(() => {
    // The hook's contract (keep an equal selection's identity across renders) needs the last rendered selection
    // while selecting, which happens during render; the package it replaces reads a ref the same way.
    // eslint-disable-next-line react-hooks/refs -- read only to reuse an equal value, never to decide what to render
    const pick = createSelectionMemo(selector, isEqual, () => rendered.current);
    const serverSnapshot = getServerSnapshot;
    return [
      () => pick(getSnapshot()),
      serverSnapshot === undefined || serverSnapshot === null ? undefined : () => pick(serverSnapshot()),
    ] as const;
  }, [getSnapshot, getServerSnapshot, selector, isEqual]);
  const selection = useSyncExternalStore(subscribe, getSelection, getServerSelection);
  useEffect(() => {
    rendered.current = { selection };
  }, [selection]);
  return selection;
}
