import {
  type PartnerId,
  type SessionEvent,
  type SessionSettings,
  type SessionStep,
  type SessionView,
  selectView,
  type Viewer,
} from '@common-ground/core';
import { useCallback, useEffect, useState } from 'react';
import { SessionActor } from './sessionActor.js';

/**
 * What one viewer may see, from core's `selectView`: a partner's own private entries, or only shared data for
 * `shared`. Screens render private data from this and nothing else.
 */
export function useSessionView(viewer: Viewer): SessionView {
  return SessionActor.useSelector(
    (snapshot) => selectView(snapshot, viewer),
    // A new view object comes back for every snapshot; comparing its JSON keeps re-renders to real changes.
    (x, y) => x === y || JSON.stringify(x) === JSON.stringify(y),
  );
}

/** The step the shared device is at (core's `SessionStep`), which keys the pass-the-device logic. */
export function useSharedStep(): SessionStep {
  return useSessionView('shared').step;
}

/**
 * The session's settings (break lengths, thresholds, review period). They are shared by both partners and hold
 * nothing private, so they are read straight from the context; `selectView` does not carry them.
 */
export function useSettings(): SessionSettings {
  return SessionActor.useSelector((snapshot) => snapshot.context.settings);
}

/** Whether the machine would accept `event` now: the only way screens enable a control. */
export function useCanSend(event: SessionEvent): boolean {
  return SessionActor.useSelector((snapshot) => snapshot.can(event));
}

/** Events that carry the host's clock. */
type TimedEventInput = Extract<SessionEvent, { at: number }>;
type WithoutAt<E> = E extends unknown ? Omit<E, 'at'> : never;

/** Sends an event to the session actor. */
export function useSend(): (event: SessionEvent) => void {
  const actor = SessionActor.useActorRef();
  return useCallback((event) => actor.send(event), [actor]);
}

/**
 * Sends a timed event stamped with the host's clock. The machine never reads a clock (style.md §2), so the
 * time an event happened travels in its `at`.
 */
export function useSendNow(): (event: WithoutAt<TimedEventInput>) => void {
  const send = useSend();
  return useCallback((event) => send({ ...event, at: Date.now() }), [send]);
}

/** The current time, refreshed every `intervalMs`; the host's timer, so the machine needs none. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * The first partner (a, then b) for whom `probe` gives an event the machine accepts now, or null. Screens find
 * whose turn it is this way, so the turn follows the machine's guards instead of a rule of their own.
 */
export function useTurn(probe: (partner: PartnerId) => SessionEvent | null): PartnerId | null {
  return SessionActor.useSelector((snapshot) => {
    for (const partner of ['a', 'b'] as const) {
      const event = probe(partner);
      if (event !== null && snapshot.can(event)) return partner;
    }
    return null;
  });
}
