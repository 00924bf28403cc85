import { useT } from '../i18n/useT.js';

/** One step of the session as the progress indicator shows it. */
export type ProgressStep = { key: string; label: string };

type Props = {
  steps: readonly ProgressStep[];
  /** Index of the current step in `steps`; -1 before the first step, `steps.length` after the last. */
  current: number;
  /** Replaces the "Step n of m" sentence outside the working steps (before the start, during a pause, at the end). */
  status?: string | undefined;
};

/**
 * Where the couple is and what is left: a sentence for everyone plus a track of segments.
 * Done, current and coming steps differ by shape (filled, ringed, hollow) and by hidden text, not by colour alone.
 */
export function StepProgress({ steps, current, status }: Props) {
  const t = useT();
  const total = steps.length;
  const step = steps[current];
  const left = total - current - 1;
  const leftText =
    left <= 0
      ? t('progress.left.none')
      : left === 1
        ? t('progress.left.one')
        : t('progress.left.other', { count: left });

  return (
    <nav className="progress" aria-label={t('progress.label')}>
      <p className="progress-text">
        {status !== undefined ? (
          <strong>{status}</strong>
        ) : step === undefined ? (
          // Keeps the line's height so the page never moves when the first step begins.
          <span aria-hidden="true">&nbsp;</span>
        ) : (
          <>
            <strong>{t('progress.current', { current: current + 1, total, name: step.label })}</strong>{' '}
            <span className="muted progress-left">{leftText}</span>
          </>
        )}
      </p>
      <ol className="progress-track">
        {steps.map((s, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'todo';
          const stateText = t(
            state === 'done' ? 'progress.done' : state === 'current' ? 'progress.now' : 'progress.todo',
          );
          return (
            <li
              key={s.key}
              className={`progress-step is-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="progress-mark" aria-hidden="true" />
              <span className="progress-label">
                <span className="visually-hidden">{stateText}: </span>
                {s.label}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
