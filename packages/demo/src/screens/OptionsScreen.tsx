import type { PartnerId, SessionOption } from '@common-ground/core';
import { type FormEvent, useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { SpeakerPicker } from '../components/SpeakerPicker.js';
import { useT } from '../i18n/useT.js';
import { useDraft } from '../session/drafts.js';
import { useCanSend, useSend, useSessionView } from '../session/hooks.js';
import { invalidPaths } from '../session/validate.js';
import { NoteBox } from './NoteBox.js';
import { useOptionLabel } from './optionLabel.js';

/** Ideas, together: both partners add options; the status quo is always on the list. */
export function OptionsScreen() {
  const t = useT();
  const send = useSend();
  const view = useSessionView('shared');
  const names = view.names ?? { a: '', b: '' };
  const [speaker, setSpeaker] = useDraft<PartnerId>('options.speaker', 'a');
  const [text, setText, clearText] = useDraft('options.text', '');
  const [invalid, setInvalid] = useState(false);
  const add = { type: 'option.add' as const, partner: speaker, text };
  const done = { type: 'options.done' as const, partner: speaker };
  const canFinish = useCanSend(done);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems = invalidPaths(add);
    setInvalid(problems.size > 0);
    if (problems.size > 0) {
      document.getElementById('option-text')?.focus();
      return;
    }
    send(add);
    clearText();
    document.getElementById('option-text')?.focus();
  };

  return (
    <>
      <ScreenTitle>{t('options.title')}</ScreenTitle>
      <p className="lead">{t('options.lead', { topic: view.topic ?? '' })}</p>
      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="option-form-title">
        <h2 id="option-form-title">{t('options.addTitle')}</h2>
        <SpeakerPicker legend={t('options.who')} names={names} value={speaker} onChange={setSpeaker} />
        <div className="field">
          <label htmlFor="option-text">{t('options.label')}</label>
          <p className="hint" id="option-hint">
            {t('options.hint')}
          </p>
          <input
            id="option-text"
            type="text"
            maxLength={200}
            autoComplete="off"
            value={text}
            aria-invalid={invalid}
            aria-describedby="option-hint"
            onChange={(e) => setText(e.target.value)}
          />
          {invalid && <p className="error">{t('options.required')}</p>}
        </div>
        <button type="submit" className="primary">
          {t('options.add')}
        </button>
      </form>

      <section aria-labelledby="option-list-title">
        <h2 id="option-list-title">{t('options.listTitle', { count: view.options.length })}</h2>
        <ul className="option-list">
          {view.options.map((option) => (
            <OptionRow key={option.id} option={option} names={names} />
          ))}
        </ul>
      </section>

      <div className="button-row">
        <button type="button" className="primary" disabled={!canFinish} onClick={() => send(done)}>
          {t('options.done')}
        </button>
      </div>
      <p className="hint">{t('options.doneHint')}</p>
      <NoteBox />
    </>
  );
}

function OptionRow({ option, names }: { option: SessionOption; names: { a: string; b: string } }) {
  const t = useT();
  const send = useSend();
  const label = useOptionLabel();
  const remove =
    option.proposedBy === null
      ? null
      : { type: 'option.remove' as const, partner: option.proposedBy, optionId: option.id };
  const canRemove = useCanSend(remove ?? { type: 'option.remove', partner: 'a', optionId: option.id });
  return (
    <li className="option-item">
      <div>
        <span className="option-label">{label(option)}</span>
        <span className="hint">
          {option.statusQuo ? t('options.statusQuoNote') : t('options.by', { name: names[option.proposedBy ?? 'a'] })}
        </span>
      </div>
      {remove !== null && (
        <button
          type="button"
          disabled={!canRemove}
          onClick={() => send(remove)}
          aria-label={t('options.removeNamed', { label: label(option) })}
        >
          {t('options.remove')}
        </button>
      )}
    </li>
  );
}
