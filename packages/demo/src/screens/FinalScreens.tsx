import { type CrisisResource, SAFETY_STOP_TEXTS } from '@common-ground/core';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useFormatMessage, useT } from '../i18n/useT.js';
import { useSessionView } from '../session/hooks.js';
import { useSessionControl } from '../session/SessionProvider.js';

/** The topic was set aside to revisit later. */
export function ParkedScreen() {
  const t = useT();
  const m = useFormatMessage();
  const { startOver } = useSessionControl();
  return (
    <>
      <ScreenTitle>{t('parked.title')}</ScreenTitle>
      <p className="lead">{m({ id: 'session.parked' })}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={startOver}>
          {t('final.startOver')}
        </button>
      </div>
    </>
  );
}

/**
 * The safety stop: joint work ends, individual help is suggested and resources come at once. Nothing else is
 * shown: no compromise, no recommendation, and nothing about who or why.
 */
export function SafetyStopScreen() {
  const t = useT();
  const m = useFormatMessage();
  const view = useSessionView('shared');
  const resources = view.safety.resources;
  return (
    <>
      <ScreenTitle>{m({ id: SAFETY_STOP_TEXTS.title })}</ScreenTitle>
      <p className="lead">{m({ id: SAFETY_STOP_TEXTS.body })}</p>
      <p>{m({ id: SAFETY_STOP_TEXTS.individualHelp })}</p>
      <section className="card resources" aria-labelledby="resources-title">
        <h2 id="resources-title">{m({ id: SAFETY_STOP_TEXTS.resourcesTitle })}</h2>
        <ul className="plain resource-list">
          {resources.map((resource) => (
            <Resource key={resource.id} resource={resource} />
          ))}
        </ul>
      </section>
      <p className="muted">{m({ id: SAFETY_STOP_TEXTS.noRecording })}</p>
      <p className="notice is-safe">{t('safetyStop.exitNote')}</p>
    </>
  );
}

function Resource({ resource }: { resource: CrisisResource }) {
  const m = useFormatMessage();
  return (
    <li className="resource">
      <h3>{m({ id: resource.name })}</h3>
      <p>{m({ id: resource.description })}</p>
      {resource.contacts.length > 0 && (
        <ul className="plain contacts">
          {resource.contacts.map((contact) => (
            <li key={contact.href}>
              {/* tel:, sms: and https: links open the phone or a new page only when the person chooses to. */}
              <a
                href={contact.href}
                rel="noreferrer noopener"
                target={contact.href.startsWith('https:') ? '_blank' : undefined}
              >
                {m(contact.label)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** After a quick exit the session is cleared; coming back shows only this. */
export function ExitedScreen() {
  const t = useT();
  const { startOver } = useSessionControl();
  return (
    <>
      <ScreenTitle>{t('exited.title')}</ScreenTitle>
      <p className="lead">{t('exited.lead')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={startOver}>
          {t('final.startOver')}
        </button>
      </div>
    </>
  );
}

/**
 * What everyone but the partner concerned sees after a safety stop: a neutral "paused for now", naming neither who
 * nor why. Support services stay one click away in the footer, as on every screen.
 */
export function OnHoldScreen() {
  const t = useT();
  const m = useFormatMessage();
  return (
    <>
      <ScreenTitle>{m({ id: 'session.paused' })}</ScreenTitle>
      <p className="lead">{t('onHold.lead')}</p>
    </>
  );
}
