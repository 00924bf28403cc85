// Stands in for `use-sync-external-store/shim` (see selectionMemo.ts for why): Preact's compatibility layer, like
// React 18 and later, has the hook built in, so the shim has nothing to add.
export { useSyncExternalStore } from 'react';
