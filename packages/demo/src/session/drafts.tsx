import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

// Half-typed text lives here, above the session actor, so a pause, a hand-off or a change of screen never
// loses it. It stays in memory only: what is committed to the session is what gets saved on the device.

type DraftStore = Map<string, unknown>;
const DraftContext = createContext<DraftStore | null>(null);

/** Holds the drafts of every form below it. */
export function DraftProvider({ children }: { children: ReactNode }) {
  // One store for the provider's lifetime; it is mutated in place, so nobody re-renders when a draft changes.
  const [store] = useState<DraftStore>(() => new Map());
  return <DraftContext value={store}>{children}</DraftContext>;
}

/** Like `useState`, but the value outlives the component: it is kept under `key` until cleared. */
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const store = useContext(DraftContext);
  const [value, setValue] = useState<T>(() => (store?.has(key) ? (store.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      store?.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  const clear = useCallback(() => {
    store?.delete(key);
    setValue(initial);
  }, [store, key, initial]);
  return [value, set, clear];
}

/** Forgets every draft (after "Delete everything"). */
export function useClearDrafts(): () => void {
  const store = useContext(DraftContext);
  return useCallback(() => store?.clear(), [store]);
}
