import { restoreSession, serializeSession } from '@common-ground/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useClearDrafts } from './drafts.js';
import { SessionActor } from './sessionActor.js';
import { deleteEverything, readSaved, removeSaved, writeSaved } from './storage.js';

/** What the app tells the couple about the saved session. */
export type StorageNotice = 'corrupt' | 'unavailable' | 'deleted' | null;

type SessionControl = {
  notice: StorageNotice;
  dismissNotice: () => void;
  /** Removes the session (and the language choice) from this device and starts afresh. */
  deleteAll: () => void;
  /** Forgets the finished session and starts a new one. */
  startOver: () => void;
  /** The shortest break of the next session, in minutes: a visible setting chosen on the start screen. */
  minBreakMinutes: number;
  setMinBreakMinutes: (minutes: number) => void;
};

const SessionControlContext = createContext<SessionControl | null>(null);

/** The session's controls around the actor: notices, delete, start over, the break setting. */
export function useSessionControl(): SessionControl {
  const control = useContext(SessionControlContext);
  if (control === null) throw new Error('useSessionControl needs a SessionProvider');
  return control;
}

type Boot = { snapshot: ReturnType<typeof restoreOrNull>; notice: StorageNotice };

function restoreOrNull(text: string) {
  const result = restoreSession(text);
  return result.ok ? result.snapshot : null;
}

/** Reads the saved session once at start: a good one resumes, a bad one is removed with a friendly notice. */
function boot(): Boot {
  const text = readSaved();
  if (text === null) return { snapshot: null, notice: null };
  const snapshot = restoreOrNull(text);
  if (snapshot !== null) return { snapshot, notice: null };
  removeSaved();
  return { snapshot: null, notice: 'corrupt' };
}

/** The machine's locale: the browser's full tag when it is well formed, so crisis resources match the region. */
function sessionLocale(): string {
  const tag = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : 'en';
}

/** Saves the session on every change with core's `serializeSession`; a refusal shows a notice once. */
function Persist({ onUnavailable }: { onUnavailable: () => void }) {
  const actor = SessionActor.useActorRef();
  useEffect(() => {
    let warned = false;
    const save = () => {
      const snapshot = actor.getSnapshot();
      // Before setup is submitted the session holds nothing anyone typed, so there is nothing to keep (and
      // "Delete everything" leaves the device truly empty).
      if (snapshot.matches({ flow: 'setup' })) {
        removeSaved();
        return;
      }
      if (!writeSaved(serializeSession(snapshot)) && !warned) {
        warned = true;
        onUnavailable();
      }
    };
    save();
    const subscription = actor.subscribe(save);
    return () => subscription.unsubscribe();
  }, [actor, onUnavailable]);
  return null;
}

/**
 * Provides the session actor, restored from this device when a saved session is there, and saves it on every
 * change. Corrupt or old data never blanks the page: it is removed and a fresh session starts, with a notice.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [initial] = useState(boot);
  const [generation, setGeneration] = useState(0);
  const [restored, setRestored] = useState(initial.snapshot);
  const [notice, setNotice] = useState<StorageNotice>(initial.notice);
  const [minBreakMinutes, setMinBreak] = useState(20);
  const clearDrafts = useClearDrafts();

  const fresh = useCallback(() => {
    setRestored(null);
    setGeneration((g) => g + 1);
  }, []);
  const onUnavailable = useCallback(() => setNotice('unavailable'), []);

  const control = useMemo<SessionControl>(
    () => ({
      notice,
      dismissNotice: () => setNotice(null),
      deleteAll: () => {
        deleteEverything();
        clearDrafts();
        setNotice('deleted');
        fresh();
      },
      startOver: () => {
        removeSaved();
        clearDrafts();
        fresh();
      },
      minBreakMinutes,
      setMinBreakMinutes: (minutes: number) => {
        // Only reachable from the start screen, where the session holds nothing yet: a new actor takes the setting.
        setMinBreak(minutes);
        fresh();
      },
    }),
    [notice, minBreakMinutes, clearDrafts, fresh],
  );

  const options =
    restored === null ? { input: { settings: { minBreakMinutes, locale: sessionLocale() } } } : { snapshot: restored };

  return (
    <SessionControlContext value={control}>
      <SessionActor.Provider key={generation} options={options}>
        <Persist onUnavailable={onUnavailable} />
        {children}
      </SessionActor.Provider>
    </SessionControlContext>
  );
}
