import { useCallback } from 'react';
import { SessionActor } from './sessionActor.js';
import { removeSaved } from './storage.js';

/** The neutral page Quick exit opens; it lives in public/ and loads nothing else. */
export const EXIT_PAGE = 'exit.html';

/**
 * Quick exit (grounding.md §2.2): tells the machine (which clears the session), removes the saved session, and
 * replaces this page and its history entry with a neutral one, so Back does not return here.
 */
export function useQuickExit(): () => void {
  const actor = SessionActor.useActorRef();
  return useCallback(() => {
    try {
      actor.send({ type: 'session.exit' });
    } finally {
      // Whatever happened above, leave at once.
      removeSaved();
      window.location.replace(new URL(EXIT_PAGE, document.baseURI).href);
    }
  }, [actor]);
}
