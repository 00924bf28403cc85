import { otherPartner, type PartnerId } from '@common-ground/core';
import type { ReactNode } from 'react';
import { Handoff } from '../components/Handoff.js';
import { useDeviceHolder } from '../session/deviceHolder.js';
import { useSessionView } from '../session/hooks.js';

/**
 * A private step for one partner: first the pass-the-device screen, then, once they say who they are, the step.
 * Whatever `children` renders should come from `selectView(snapshot, partner)` only.
 */
export function PrivateTurn({ partner, children }: { partner: PartnerId; children: ReactNode }) {
  const { holder, setHolder } = useDeviceHolder();
  const { names } = useSessionView('shared');
  if (holder === partner) return <>{children}</>;
  const name = names?.[partner] ?? partner;
  const other = names?.[otherPartner(partner)] ?? otherPartner(partner);
  return <Handoff key={partner} name={name} other={other} onReady={() => setHolder(partner)} />;
}
