import type { PartnerId } from '@common-ground/core';
import { type FormEvent, useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useT } from '../i18n/useT.js';
import { useSendNow, useSessionView, useSettings, useTurn } from '../session/hooks.js';
import { PrivateFlags } from './PrivateFlags.js';
import { PrivateTurn } from './PrivateTurn.js';
import { useProposalText } from './proposalText.js';

/** Each partner answers the proposal privately: accept or not, how wholehearted, and whether their core needs hold. */
export function AgreementScreen() {
  const turn = useTurn((partner) => ({
    type: 'agreement.respond',
    partner,
    at: Date.now(),
    accept: true,
    authenticity: 5,
    coreNeedsRespected: true,
  }));
  if (turn === null) return null;
  return (
    <PrivateTurn partner={turn}>
      <ResponseForm key={turn} partner={turn} />
    </PrivateTurn>
  );
}

function ResponseForm({ partner }: { partner: PartnerId }) {
  const t = useT();
  const sendNow = useSendNow();
  const view = useSessionView(partner);
  const proposalText = useProposalText();
  const { reviewAfterDays } = useSettings();
  const name = view.names?.[partner] ?? '';
  const [accept, setAccept] = useState<boolean | null>(null);
  const [authenticity, setAuthenticity] = useState<number | null>(null);
  const [core, setCore] = useState<boolean | null>(null);
  const [missing, setMissing] = useState(false);
  const proposal = view.proposal;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (accept === null || authenticity === null || core === null) {
      setMissing(true);
      return;
    }
    sendNow({ type: 'agreement.respond', partner, accept, authenticity, coreNeedsRespected: core });
  };

  const yesNo = (fieldName: string, value: boolean | null, set: (v: boolean) => void) => (
    <div className="choice-row">
      {[true, false].map((v) => (
        <label key={String(v)} className="choice">
          <input type="radio" name={fieldName} checked={value === v} onChange={() => set(v)} />
          {v ? t('agreement.yes') : t('agreement.no')}
        </label>
      ))}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <ScreenTitle>{t('agreement.title', { name })}</ScreenTitle>
      <p className="lead">{t('agreement.lead')}</p>
      {proposal !== null && (
        <section className="card proposal" aria-labelledby="proposal-title">
          <h2 id="proposal-title">{t('agreement.proposal')}</h2>
          <p className="proposal-text">{proposalText(proposal.proposal)}</p>
          <p className="hint">{t('agreement.temporary', { days: reviewAfterDays })}</p>
        </section>
      )}
      <PrivateFlags partner={partner} />
      <fieldset>
        <legend>{t('agreement.accept')}</legend>
        {yesNo('accept', accept, setAccept)}
        {missing && accept === null && <p className="error">{t('agreement.answerThis')}</p>}
      </fieldset>
      <fieldset aria-describedby="authenticity-hint">
        <legend>{t('agreement.authenticity')}</legend>
        <p className="hint" id="authenticity-hint">
          {t('agreement.authenticityHint')}
        </p>
        <div className="scale scale-5">
          {[1, 2, 3, 4, 5].map((v) => (
            <label key={v} className="scale-choice">
              <input
                type="radio"
                name="authenticity"
                checked={authenticity === v}
                onChange={() => setAuthenticity(v)}
              />
              <span>{v}</span>
            </label>
          ))}
        </div>
        <div className="scale-ends" aria-hidden="true">
          <span>{t('agreement.givingIn')}</span>
          <span>{t('agreement.wholehearted')}</span>
        </div>
        {missing && authenticity === null && <p className="error">{t('agreement.answerThis')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('agreement.core')}</legend>
        {yesNo('core', core, setCore)}
        {missing && core === null && <p className="error">{t('agreement.answerThis')}</p>}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary">
          {t('agreement.submit')}
        </button>
      </div>
      <p className="hint">{t('agreement.privateNote')}</p>
    </form>
  );
}
