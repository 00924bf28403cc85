import {
  BREAK_TEXTS,
  BREATHING_CYCLE,
  BREATHING_INTRO,
  BREATHING_SETTLE,
  PAUSE_TEXTS,
  type PartnerId,
  promptsFor,
  SELF_COMPASSION_BREAK_STEPS,
  SELF_COMPASSION_BREAK_TEXTS,
  WHAT_DO_I_NEED,
} from '@common-ground/core';
import { type BreathingPhase, BreathingTimer } from '../components/BreathingTimer.js';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useFormatMessage, useLanguage, useT } from '../i18n/useT.js';
import { useDeviceHolder } from '../session/deviceHolder.js';
import { useCanSend, useNow, useSend, useSendNow, useSessionView, useSettings } from '../session/hooks.js';

const MINUTE = 60_000;

/**
 * The self-compassion pause: the agreed return time as a clock time with a countdown, a breathing guide, and each
 * partner's Self-Compassion Break one step at a time. Joint work resumes only once the shortest break is over.
 */
export function PauseScreen() {
  const t = useT();
  const m = useFormatMessage();
  const { locale } = useLanguage();
  const view = useSessionView('shared');
  const { holder, setHolder } = useDeviceHolder();
  const now = useNow(1000);
  const pause = view.pause;
  const names = view.names ?? { a: '', b: '' };
  const settings = useSettings();
  const minBreak = settings.minBreakMinutes;

  if (pause === null) return null;
  const remainingMs = pause.endsAt - now;
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  // The latest return is often the next day at the same hour, so it carries its day.
  const dayClock = new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' });
  const cycle: BreathingPhase[] = BREATHING_CYCLE.map((line, i) => ({
    kind: i === 0 ? 'in' : i === BREATHING_CYCLE.length - 1 ? 'out' : 'hold',
    text: m({ id: line.line }),
    seconds: line.seconds,
  }));

  return (
    <>
      <ScreenTitle>{m({ id: BREAK_TEXTS.title.id })}</ScreenTitle>
      <p className="lead">{m({ id: BREAK_TEXTS.why.id })}</p>
      <div className="card pause-times">
        <p className="return-time">
          {m({ id: BREAK_TEXTS.returnAt.id, params: { time: clock.format(pause.endsAt) } })}
        </p>
        <p className="hint">
          {m({
            id: BREAK_TEXTS.agreeReturn.id,
            params: { earliest: clock.format(pause.endsAt), latest: dayClock.format(pause.overdueAt) },
          })}
        </p>
        <p className="setting">
          <span className="setting-name">{t('pause.minBreakSetting')}</span>{' '}
          <strong>{t('start.minutes', { minutes: minBreak })}</strong>{' '}
          <span className="hint">{t('pause.minBreakWhere')}</span>
        </p>
      </div>

      <BreathingTimer
        label={t('breathing.label')}
        cycle={cycle}
        still={`${m({ id: BREATHING_INTRO })} ${m({ id: BREATHING_SETTLE })}`}
        elapsedMs={now - pause.startedAt}
        remaining={remainingMs > 0 ? t('pause.remaining', { time: formatClockDuration(remainingMs) }) : t('pause.over')}
      />
      <p>{m({ id: BREAK_TEXTS.ideas.id })}</p>
      {now > pause.overdueAt && (
        <p className="notice">
          {m({ id: BREAK_TEXTS.pastMaximum.id, params: { hours: Math.round(settings.maxBreakMinutes / 60) } })}
        </p>
      )}

      <section className="card" aria-labelledby="break-steps">
        <h2 id="break-steps">{m({ id: SELF_COMPASSION_BREAK_TEXTS.title })}</h2>
        <p className="hint">{m({ id: SELF_COMPASSION_BREAK_TEXTS.optional })}</p>
        {holder === null ? (
          <div className="button-row">
            {(['a', 'b'] as const).map((p) => (
              <button key={p} type="button" onClick={() => setHolder(p)}>
                {t('pause.openSteps', { name: names[p] })}
              </button>
            ))}
          </div>
        ) : (
          <BreakSteps key={holder} partner={holder} onClose={() => setHolder(null)} />
        )}
      </section>

      <Resume now={now} remainingMs={remainingMs} />
      <p className="hint">{m({ id: BREAK_TEXTS.needMoreTime.id })}</p>
    </>
  );
}

/** "18 min" style wording for the countdown, with seconds in the last minute. */
function formatClockDuration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

function Resume({ now, remainingMs }: { now: number; remainingMs: number }) {
  const m = useFormatMessage();
  const sendNow = useSendNow();
  const { holder } = useDeviceHolder();
  const partner: PartnerId = holder ?? 'a';
  const can = useCanSend({ type: 'pause.resume', partner, at: now });
  return (
    <div className="button-row resume">
      <button
        type="button"
        className="primary"
        disabled={!can}
        onClick={() => sendNow({ type: 'pause.resume', partner })}
        aria-describedby="resume-hint"
      >
        {m({ id: PAUSE_TEXTS.resume.id })}
      </button>
      <p id="resume-hint" className="hint" aria-live="polite">
        {can ? '' : m({ id: BREAK_TEXTS.notYet.id, params: { minutes: Math.max(1, Math.ceil(remainingMs / MINUTE)) } })}
      </p>
    </div>
  );
}

/** One partner's Self-Compassion Break, one step at a time, ending with "what do I need right now?". */
function BreakSteps({ partner, onClose }: { partner: PartnerId; onClose: () => void }) {
  const t = useT();
  const m = useFormatMessage();
  const send = useSend();
  const view = useSessionView(partner);
  const progress = view.you?.breakProgress ?? null;
  const next = { type: 'break.next' as const, partner };
  const canNext = useCanSend(next);
  if (progress === null) return null;
  const step = SELF_COMPASSION_BREAK_STEPS[progress.step];
  const name = view.names?.[partner] ?? '';

  return (
    <div className="break-steps">
      <p className="hint">{t('pause.stepOf', { name, current: Math.min(progress.step + 1, 4), total: 4 })}</p>
      {step !== undefined ? (
        <div className="break-step">
          <h3>{m({ id: step.title })}</h3>
          <p>{m({ id: step.instruction })}</p>
          <blockquote className="phrase">{m({ id: step.phrase })}</blockquote>
          {step.alternatives.length > 0 && (
            <>
              <p className="hint">{t('pause.alternatives')}</p>
              <ul className="plain alternatives">
                {step.alternatives.map((id) => (
                  <li key={id}>{m({ id })}</li>
                ))}
              </ul>
              <p className="hint">{m({ id: SELF_COMPASSION_BREAK_TEXTS.ownWords })}</p>
            </>
          )}
          {step.soothingTouch !== undefined && <p className="muted">{m({ id: step.soothingTouch })}</p>}
          <div className="button-row">
            <button type="button" className="primary" disabled={!canNext} onClick={() => send(next)}>
              {t('pause.next')}
            </button>
            <button type="button" className="quiet-button" disabled={!canNext} onClick={() => send(next)}>
              {m({ id: PAUSE_TEXTS.skip.id })}
            </button>
          </div>
        </div>
      ) : (
        <WhatDoINeed partner={partner} mode={progress.mode} />
      )}
      <button type="button" className="quiet-button" onClick={onClose}>
        {t('pause.closeSteps')}
      </button>
    </div>
  );
}

function WhatDoINeed({ partner, mode }: { partner: PartnerId; mode: 'tender' | 'fierce' | null }) {
  const m = useFormatMessage();
  const send = useSend();
  const canChoose = useCanSend({ type: 'break.choose', partner, mode: 'tender' });
  return (
    <div className="break-step">
      <h3>{m({ id: WHAT_DO_I_NEED.question })}</h3>
      <p className="hint">{m({ id: WHAT_DO_I_NEED.hint })}</p>
      <div className="mode-choices">
        {(['tender', 'fierce'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className={`mode-choice${mode === choice ? ' is-chosen' : ''}`}
            aria-pressed={mode === choice}
            disabled={!canChoose}
            onClick={() => send({ type: 'break.choose', partner, mode: choice })}
          >
            <strong>{m({ id: WHAT_DO_I_NEED.modes[choice].label })}</strong>
            <span>{m({ id: WHAT_DO_I_NEED.modes[choice].description })}</span>
          </button>
        ))}
      </div>
      {mode !== null && (
        <ul className="plain prompts">
          {promptsFor(mode).map((prompt) => (
            <li key={prompt.id} className="card">
              <strong>{m({ id: prompt.title })}</strong>
              <p>{m({ id: prompt.text })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
