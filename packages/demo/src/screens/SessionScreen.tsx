import { QUICK_EXIT_TEXTS, type SessionStep } from '@common-ground/core';
import { type ComponentType, useState } from 'react';
import { AppBar } from '../components/AppBar.js';
import { type ProgressStep, StepProgress } from '../components/StepProgress.js';
import type { DemoMessageId } from '../i18n/demoMessages.js';
import { useFormatMessage, useT } from '../i18n/useT.js';
import { DeviceHolderProvider, useDeviceHolder } from '../session/deviceHolder.js';
import { useSendNow, useSessionView, useSharedStep } from '../session/hooks.js';
import { useQuickExit } from '../session/quickExit.js';
import { useSessionControl } from '../session/SessionProvider.js';
import { SessionActor } from '../session/sessionActor.js';
import { AgreedScreen } from './AgreedScreen.js';
import { AgreementScreen } from './AgreementScreen.js';
import { CheckInScreen } from './CheckInScreen.js';
import { ExitedScreen, OnHoldScreen, ParkedScreen, SafetyStopScreen } from './FinalScreens.js';
import { NeedsScreen } from './NeedsScreen.js';
import { OptionsScreen } from './OptionsScreen.js';
import { PauseScreen } from './PauseScreen.js';
import { RatingScreen } from './RatingScreen.js';
import { ReviewScreen } from './ReviewScreen.js';
import { SafetyCheckScreen } from './SafetyCheckScreen.js';
import { SetupScreen } from './SetupScreen.js';
import { UnderstandingScreen } from './UnderstandingScreen.js';

/**
 * One screen per step of core's `SessionStep` (the machine's top-level states, plus `onHold`, the neutral screen
 * after a safety stop). A new step fails typecheck here until it has a screen.
 */
const SCREENS: Record<SessionStep, ComponentType> = {
  setup: SetupScreen,
  safetyCheck: SafetyCheckScreen,
  checkIn: CheckInScreen,
  needs: NeedsScreen,
  understanding: UnderstandingScreen,
  options: OptionsScreen,
  rating: RatingScreen,
  review: ReviewScreen,
  agreement: AgreementScreen,
  pause: PauseScreen,
  agreed: AgreedScreen,
  parked: ParkedScreen,
  safetyStop: SafetyStopScreen,
  onHold: OnHoldScreen,
  exited: ExitedScreen,
};

/** The working steps the progress indicator lists, in order. */
const STEPS = [
  'safetyCheck',
  'checkIn',
  'needs',
  'understanding',
  'options',
  'rating',
  'review',
  'agreement',
] as const satisfies readonly SessionStep[];

/** What the progress line says outside the working steps. */
const STATUS: Partial<Record<SessionStep, DemoMessageId>> = {
  setup: 'progress.status.setup',
  pause: 'progress.status.pause',
  agreed: 'progress.status.agreed',
  parked: 'progress.status.parked',
  safetyStop: 'progress.status.safetyStop',
  onHold: 'progress.status.onHold',
  exited: 'progress.status.exited',
};

const FINAL: ReadonlySet<SessionStep> = new Set(['agreed', 'parked', 'safetyStop', 'onHold', 'exited']);

/** The app around the current screen: the bar, notices, the screen, and the footer. */
export function SessionScreen() {
  return (
    <DeviceHolderProvider step={useSharedStep()}>
      <Shell />
    </DeviceHolderProvider>
  );
}

function Shell() {
  const { holder } = useDeviceHolder();
  // The holder's own view decides the screen, so only the partner a safety stop concerns sees its safety screen.
  const step = useSessionView(holder ?? 'shared').step;
  const Screen = SCREENS[step];
  return (
    <>
      <Bar state={step} />
      <main id="main" tabIndex={-1} data-step={step}>
        <StorageNotice />
        <Screen />
      </main>
      <Footer />
    </>
  );
}

function Bar({ state }: { state: SessionStep }) {
  const t = useT();
  const quickExit = useQuickExit();
  const sendNow = useSendNow();
  const view = useSessionView('shared');
  const index = (STEPS as readonly SessionStep[]).indexOf(state);
  const current = state === 'agreed' ? STEPS.length : index;
  const statusId = STATUS[state];
  const steps: ProgressStep[] = STEPS.map((key) => ({ key, label: t(`step.${key}`) }));
  const canPauseA = useCanPause('a');
  const canPauseB = useCanPause('b');
  const showPause = view.names !== null && !FINAL.has(state) && state !== 'pause';

  return (
    <AppBar
      onQuickExit={quickExit}
      progress={
        <StepProgress steps={steps} current={current} status={statusId === undefined ? undefined : t(statusId)} />
      }
      pause={
        showPause && view.names !== null
          ? {
              names: view.names,
              canPause: (p) => (p === 'a' ? canPauseA : canPauseB),
              onPause: (partner) => sendNow({ type: 'pause.request', partner }),
            }
          : undefined
      }
    />
  );
}

function useCanPause(partner: 'a' | 'b'): boolean {
  return SessionActor.useSelector((snapshot) => snapshot.can({ type: 'pause.request', partner, at: Date.now() }));
}

function StorageNotice() {
  const t = useT();
  const { notice, dismissNotice } = useSessionControl();
  if (notice === null) return null;
  const text =
    notice === 'corrupt'
      ? t('storage.corrupt')
      : notice === 'unavailable'
        ? t('storage.unavailable')
        : t('storage.deleted');
  return (
    <div className="notice storage-notice" role="status">
      <p>{text}</p>
      <button type="button" onClick={dismissNotice}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}

/** Crisis resources, one click away on every screen and never gated on anything (grounding.md §2.2). */
function SupportServices() {
  const t = useT();
  const m = useFormatMessage();
  const { safety } = useSessionView('shared');
  return (
    <details className="support">
      <summary>{t('support.title')}</summary>
      <ul className="plain">
        {safety.resources.map((resource) => (
          <li key={resource.id}>
            <strong>{m({ id: resource.name })}</strong>
            {resource.contacts.length === 0 ? (
              <span> {m({ id: resource.description })}</span>
            ) : (
              resource.contacts.map((contact) => (
                <span key={contact.href}>
                  {' · '}
                  <a
                    href={contact.href}
                    rel="noreferrer noopener"
                    target={contact.href.startsWith('https:') ? '_blank' : undefined}
                  >
                    {m(contact.label)}
                  </a>
                </span>
              ))
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Footer() {
  const t = useT();
  const m = useFormatMessage();
  const { deleteAll } = useSessionControl();
  const [confirming, setConfirming] = useState(false);
  return (
    <footer className="site">
      <p>{m({ id: QUICK_EXIT_TEXTS.hint })}</p>
      <SupportServices />
      {confirming ? (
        <div className="delete-confirm">
          <p>{t('storage.deleteConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                deleteAll();
              }}
            >
              {t('storage.deleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('storage.deleteNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="quiet-button" onClick={() => setConfirming(true)}>
          {t('storage.deleteAll')}
        </button>
      )}
    </footer>
  );
}
