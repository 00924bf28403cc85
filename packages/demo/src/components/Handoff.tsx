import { useT } from '../i18n/useT.js';
import { ScreenTitle } from './ScreenTitle.js';

type Props = {
  /** Who the device goes to. */
  name: string;
  /** Who should look away. */
  other: string;
  onReady: () => void;
};

/** The pass-the-device screen shown before every private step, so one partner's answers stay theirs. */
export function Handoff({ name, other, onReady }: Props) {
  const t = useT();

  return (
    <section className="handoff" aria-labelledby="handoff-title">
      <div className="handoff-icon" aria-hidden="true">
        <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
          <rect x="14" y="6" width="20" height="36" rx="4" />
          <path d="M6 30c4-2 6 0 8 2M42 30c-4-2-6 0-8 2" />
        </svg>
      </div>
      <ScreenTitle id="handoff-title">{t('handoff.title', { name })}</ScreenTitle>
      <p>{t('handoff.body', { name, other })}</p>
      <button type="button" className="primary" onClick={onReady}>
        {t('handoff.ready', { name })}
      </button>
    </section>
  );
}
