import type { PartnerId } from '@common-ground/core';
import { QUICK_EXIT_TEXTS } from '@common-ground/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { LOCALES } from '../i18n/locale.js';
import { useFormatMessage, useLanguage, useT } from '../i18n/useT.js';

/** The Pause button's wiring: who can pause, and whether the machine accepts a pause now. */
export type PauseControl = {
  names: { a: string; b: string };
  canPause: (partner: PartnerId) => boolean;
  onPause: (partner: PartnerId) => void;
};

type Props = {
  onQuickExit: () => void;
  /** The step progress indicator, already rendered; the bar reserves its height even when empty. */
  progress: ReactNode;
  /** Absent where no pause can start (before setup, in a final state). */
  pause?: PauseControl | undefined;
};

/**
 * The bar on every screen. Quick exit comes first in reading, visual and keyboard order (grounding.md §2.2);
 * then the language switch, the Pause button and the step progress indicator.
 */
export function AppBar({ onQuickExit, progress, pause }: Props) {
  const t = useT();
  const m = useFormatMessage();
  const { locale, setLocale } = useLanguage();
  const [choosing, setChoosing] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const other = LOCALES.find((l) => l !== locale) ?? 'en';

  useEffect(() => {
    if (choosing) firstChoice.current?.focus();
  }, [choosing]);

  const close = () => {
    setChoosing(false);
    pauseButton.current?.focus();
  };

  return (
    <header className="bar">
      <div className="bar-row">
        <button type="button" className="quick-exit" onClick={onQuickExit} aria-describedby="quick-exit-hint">
          {m({ id: QUICK_EXIT_TEXTS.label })}
        </button>
        <span id="quick-exit-hint" className="visually-hidden">
          {m({ id: QUICK_EXIT_TEXTS.hint })}
        </span>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <span className="bar-name" aria-hidden="true">
          {t('app.name')}
        </span>
        <div className="bar-tools">
          <button type="button" className="quiet-button" lang={other} onClick={() => setLocale(other)}>
            <span className="visually-hidden">{t('bar.language')}: </span>
            {t(`lang.${other}`)}
          </button>
          {pause ? (
            <button
              ref={pauseButton}
              type="button"
              className="pause-button"
              aria-expanded={choosing}
              aria-controls="pause-choice"
              disabled={!pause.canPause('a') && !pause.canPause('b')}
              onClick={() => setChoosing((c) => !c)}
            >
              {t('bar.pause')}
            </button>
          ) : (
            // Holds the button's place where no pause can start, so the bar never shifts between steps.
            <span className="pause-button pause-placeholder" aria-hidden="true">
              {t('bar.pause')}
            </span>
          )}
        </div>
      </div>
      {pause && choosing && (
        <fieldset
          id="pause-choice"
          className="pause-choice"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <legend className="pause-choice-title">{t('bar.pauseTitle')}</legend>
          {(['a', 'b'] as const).map((p, i) => (
            <button
              key={p}
              ref={i === 0 ? firstChoice : undefined}
              type="button"
              className="primary"
              disabled={!pause.canPause(p)}
              onClick={() => {
                setChoosing(false);
                pause.onPause(p);
              }}
            >
              {t('bar.pauseFor', { name: pause.names[p] })}
            </button>
          ))}
          <button type="button" className="quiet-button" onClick={close}>
            {t('bar.cancel')}
          </button>
        </fieldset>
      )}
      <div className="bar-progress">{progress}</div>
    </header>
  );
}
