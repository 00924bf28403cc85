import { type Flag, type PartnerId, REFRAME_TEXTS, reframeFor } from '@common-ground/core';
import { useFormatMessage, useT } from '../i18n/useT.js';
import { useCanSend, useSend, useSessionView } from '../session/hooks.js';

/**
 * The flags about one partner's own words or steps, shown only inside that partner's private turn: kindly
 * worded, with what they rest on, and a way to set each aside. Self-criticism comes with a reframe to say aloud.
 */
export function PrivateFlags({ partner }: { partner: PartnerId }) {
  const t = useT();
  const view = useSessionView(partner);
  const flags = (view.you?.flags ?? []).filter((flag) => !flag.dismissed);
  if (flags.length === 0) return null;
  return (
    <section className="flags" aria-labelledby={`flags-${partner}`}>
      <h2 id={`flags-${partner}`}>{t('flags.title')}</h2>
      <p className="muted">{t('flags.lead')}</p>
      <ul className="flag-list">
        {flags.map((flag) => (
          <li key={flag.id}>
            <FlagCard flag={flag} partner={partner} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FlagCard({ flag, partner }: { flag: Flag; partner: PartnerId }) {
  const t = useT();
  const m = useFormatMessage();
  const send = useSend();
  const dismiss = { type: 'flag.dismiss' as const, partner, flagId: flag.id };
  const canDismiss = useCanSend(dismiss);
  const evidence = flag.evidence;

  return (
    <article className={`card flag flag-${flag.kind}`} aria-label={t(`flags.kind.${flag.kind}`)}>
      <h3>
        <span className="flag-icon" aria-hidden="true">
          ◆
        </span>{' '}
        {t(`flags.kind.${flag.kind}`)}
      </h3>
      <p>{m({ id: flag.messageId, ...(flag.params === undefined ? {} : { params: flag.params }) })}</p>
      <div className="flag-evidence">
        <p className="hint">{t('flags.basedOn')}</p>
        {evidence.kind === 'text' ? (
          <blockquote>
            {evidence.text.slice(0, evidence.start)}
            <mark>{evidence.text.slice(evidence.start, evidence.end)}</mark>
            {evidence.text.slice(evidence.end)}
          </blockquote>
        ) : evidence.kind === 'checkIn' ? (
          <p>{t('flags.evidence.checkIn', { distress: evidence.distress })}</p>
        ) : evidence.kind === 'authenticity' ? (
          <p>{t('flags.evidence.authenticity', { score: evidence.score })}</p>
        ) : (
          <p>{t('flags.evidence.steps')}</p>
        )}
      </div>
      {flag.kind === 'selfCriticism' && (
        <Reframe cue={evidence.kind === 'text' ? evidence.text.slice(evidence.start, evidence.end) : ''} />
      )}
      <button
        type="button"
        disabled={!canDismiss}
        onClick={() => send(dismiss)}
        aria-describedby={`dismiss-${flag.id}`}
      >
        {t('flags.dismiss')}
      </button>
      <span id={`dismiss-${flag.id}`} className="visually-hidden">
        {t(`flags.kind.${flag.kind}`)}
      </span>
    </article>
  );
}

/** The compassionate reframe for self-critical words: what hurt, that it is human, what can be learned. */
function Reframe({ cue }: { cue: string }) {
  const m = useFormatMessage();
  const reframe = reframeFor({ text: cue });
  return (
    <div className="reframe">
      <p>{m({ id: REFRAME_TEXTS.intro })}</p>
      <blockquote className="reframe-lines">
        <p>{m({ id: reframe.hurt })}</p>
        <p>{m({ id: reframe.human })}</p>
        <p>{m({ id: reframe.learn })}</p>
      </blockquote>
      <p className="hint">{m({ id: REFRAME_TEXTS.sayAloud })}</p>
    </div>
  );
}
