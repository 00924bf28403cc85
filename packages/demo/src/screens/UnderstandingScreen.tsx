import { otherPartner, type PartnerId } from '@common-ground/core';
import { type FormEvent, useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useT } from '../i18n/useT.js';
import { useDraft } from '../session/drafts.js';
import { useCanSend, useSend, useSessionView, useTurn } from '../session/hooks.js';
import { invalidPaths } from '../session/validate.js';
import { NoteBox } from './NoteBox.js';

/**
 * The Rapoport rule, together at the device: the listener says back the speaker's needs in their own words until
 * the speaker feels understood, then they swap.
 */
export function UnderstandingScreen() {
  const t = useT();
  const view = useSessionView('shared');
  // The speaker is a first, then b: whoever has a reflection to answer, or is waiting for one from the listener.
  const confirming = useTurn((speaker) => ({ type: 'reflection.confirm', partner: speaker, understood: 'yes' }));
  const awaiting = useTurn((speaker) => ({ type: 'reflection.submit', partner: otherPartner(speaker), text: 'probe' }));
  const speaker: PartnerId | null = confirming === 'a' || awaiting === 'a' ? 'a' : (confirming ?? awaiting);
  const names = view.names ?? { a: '', b: '' };

  return (
    <>
      <ScreenTitle>{t('understanding.title')}</ScreenTitle>
      <p className="lead">{t('understanding.lead')}</p>
      {speaker !== null && (
        <Direction key={speaker} speaker={speaker} names={names} awaitingAnswer={confirming === speaker} />
      )}
      <NoteBox />
    </>
  );
}

function Direction({
  speaker,
  names,
  awaitingAnswer,
}: {
  speaker: PartnerId;
  names: { a: string; b: string };
  awaitingAnswer: boolean;
}) {
  const t = useT();
  const send = useSend();
  const view = useSessionView('shared');
  const listener = otherPartner(speaker);
  const needs = view.needs[speaker] ?? [];
  const reflections = view.understanding[speaker];
  const latest = reflections.at(-1);
  const [text, setText, clearText] = useDraft(`reflection.${listener}`, '');
  const [invalid, setInvalid] = useState(false);
  const reflect = { type: 'reflection.submit' as const, partner: listener, text };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems = invalidPaths(reflect);
    setInvalid(problems.size > 0);
    if (problems.size > 0) return;
    send(reflect);
    clearText();
  };

  return (
    <section className="card" aria-labelledby="direction-title">
      <h2 id="direction-title">
        {t('understanding.direction', { speaker: names[speaker], listener: names[listener] })}
      </h2>
      <h3>{t('understanding.needsOf', { name: names[speaker] })}</h3>
      <ul className="plain">
        {needs.map((need) => (
          <li key={need.id}>
            {need.label}
            {need.core && <span className="tag">{t('needs.coreTag')}</span>}
          </li>
        ))}
      </ul>
      {reflections.length > 0 && (
        <div className="history">
          <h3>{t('understanding.sofar')}</h3>
          <ol className="plain">
            {reflections.map((reflection, index) => (
              // Reflections are never reordered or removed, so the position is a stable key.
              // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
              <li key={index}>
                <blockquote>{reflection.text}</blockquote>
                {reflection.understood !== null && (
                  <p className="hint">{t(`understanding.answer.${reflection.understood}`, { name: names[speaker] })}</p>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {awaitingAnswer && latest !== undefined ? (
        <Confirm speaker={speaker} names={names} />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor="reflection-text">
              {t('understanding.reflectLabel', { listener: names[listener], speaker: names[speaker] })}
            </label>
            <p className="hint" id="reflection-hint">
              {t('understanding.reflectHint', { speaker: names[speaker] })}
            </p>
            <textarea
              id="reflection-text"
              maxLength={2000}
              value={text}
              aria-invalid={invalid}
              aria-describedby="reflection-hint"
              onChange={(e) => setText(e.target.value)}
            />
            {invalid && <p className="error">{t('understanding.reflectRequired')}</p>}
          </div>
          <button type="submit" className="primary">
            {t('understanding.reflectSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}

function Confirm({ speaker, names }: { speaker: PartnerId; names: { a: string; b: string } }) {
  const t = useT();
  const send = useSend();
  const answers = ['yes', 'partly', 'no'] as const;
  return (
    <fieldset className="confirm">
      <legend>
        {t('understanding.confirmQuestion', { speaker: names[speaker], listener: names[otherPartner(speaker)] })}
      </legend>
      <div className="choice-row">
        {answers.map((understood) => (
          <ConfirmButton key={understood} speaker={speaker} understood={understood} onSend={send} />
        ))}
      </div>
    </fieldset>
  );
}

function ConfirmButton({
  speaker,
  understood,
  onSend,
}: {
  speaker: PartnerId;
  understood: 'yes' | 'partly' | 'no';
  onSend: ReturnType<typeof useSend>;
}) {
  const t = useT();
  const event = { type: 'reflection.confirm' as const, partner: speaker, understood };
  const can = useCanSend(event);
  return (
    <button
      type="button"
      className={understood === 'yes' ? 'primary' : undefined}
      disabled={!can}
      onClick={() => onSend(event)}
    >
      {t(`understanding.confirm.${understood}`)}
    </button>
  );
}
