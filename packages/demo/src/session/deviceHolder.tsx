import type { PartnerId, SessionStep } from '@common-ground/core';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

/** Who has said "I am {name}" on the pass-the-device screen for the current step, if anyone. */
type DeviceHolder = { holder: PartnerId | null; setHolder: (partner: PartnerId | null) => void };

const DeviceHolderContext = createContext<DeviceHolder>({ holder: null, setHolder: () => {} });

/**
 * Tracks who holds the device. A holder counts only for the step in which they said so, and is forgotten on
 * reload, so each private step begins with a hand-off screen: privacy by default, with no frame in between.
 * The one exception is a safety stop: whoever holds the device when it happens keeps it, so the partner whose
 * private answer or words stopped the session sees their safety screen at once (grounding.md §2.2).
 */
export function DeviceHolderProvider({ step, children }: { step: SessionStep; children: ReactNode }) {
  const [holder, setHolder] = useState<PartnerId | null>(null);
  const [shownStep, setShownStep] = useState(step);
  if (step !== shownStep) {
    // Adjusting state while rendering (not in an effect) means no frame ever shows a step with the old holder.
    setShownStep(step);
    if (step !== 'onHold' && step !== 'safetyStop') setHolder(null);
  }
  const value = useMemo(() => ({ holder: step === shownStep ? holder : null, setHolder }), [holder, step, shownStep]);
  return <DeviceHolderContext value={value}>{children}</DeviceHolderContext>;
}

/** The current holder of the device and the way to change it. */
export function useDeviceHolder(): DeviceHolder {
  return useContext(DeviceHolderContext);
}
