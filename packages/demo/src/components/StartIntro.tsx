import { useT } from '../i18n/useT.js';

/** What Common Ground is and is not, said before anyone types anything. */
export function StartIntro() {
  const t = useT();
  return (
    <>
      <h1 id="screen-title" tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <div className="two-col">
        <section className="card" aria-labelledby="start-is">
          <h2 id="start-is">{t('start.isTitle')}</h2>
          <ul className="plain">
            <li>{t('start.is1')}</li>
            <li>{t('start.is2')}</li>
            <li>{t('start.is3')}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="start-is-not">
          <h2 id="start-is-not">{t('start.isNotTitle')}</h2>
          <ul className="plain">
            <li>{t('start.isNot1')}</li>
            <li>{t('start.isNot2')}</li>
          </ul>
        </section>
      </div>
      <p className="notice is-safe">{t('start.exitNote')}</p>
    </>
  );
}
