// `@xstate/react` reads the actor through `use-sync-external-store`, a package that ships CommonJS only. Bundling it
// wraps Preact's compatibility layer in a CommonJS shell that tree-shaking cannot see into, which cost about 3 kB gzip
// of the demo's 110 kB budget (decision 0011). The build points the package's two entry points at these ES modules.

/** What a selection memo remembers between calls. */
type Memo<Snapshot, Selection> = { readonly snapshot: Snapshot; readonly selection: Selection };

/**
 * Returns a function that maps a store snapshot to a selection, and keeps the selection's identity whenever it can:
 * the same snapshot returns the same selection without calling `select` again, and a new selection that `isEqual`
 * calls equal to the previous one returns the previous one. `previous` reads the selection last rendered, which
 * seeds the memo, so a component that passes a new `select` function on every render still gets a stable value.
 */
export function createSelectionMemo<Snapshot, Selection>(
  select: (snapshot: Snapshot) => Selection,
  isEqual: ((a: Selection, b: Selection) => boolean) | undefined,
  previous: () => { readonly selection: Selection } | undefined,
): (snapshot: Snapshot) => Selection {
  let memo: Memo<Snapshot, Selection> | undefined;
  return (snapshot) => {
    if (memo !== undefined && Object.is(memo.snapshot, snapshot)) return memo.selection;
    const next = select(snapshot);
    const last = memo ?? previous();
    const selection = last !== undefined && isEqual?.(last.selection, next) === true ? last.selection : next;
    memo = { snapshot, selection };
    return selection;
  };
}
