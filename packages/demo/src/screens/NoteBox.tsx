import type { PartnerId } from '@common-ground/core';
import { type FormEvent, useState } from 'react';
import { SpeakerPicker } from '../components/SpeakerPicker.js';
import { useT } from '../i18n/useT.js';
import { useDraft } from '../session/drafts.js';
import { useSend, useSessionView } from '../session/hooks.js';
import { invalidPaths } from '../session/validate.js';

/** A place on the shared screens for anything a partner wants to say to the other, kept with the session. */
export function NoteBox() {
  const t = useT();
  const send = useSend();
  const view = useSessionView('shared');
  const names = view.names ?? { a: '', b: '' };
  const [speaker, setSpeaker] = useDraft<PartnerId>('note.speaker', 'a');
  const [text, setText, clearText] = useDraft('note.text', '');
  const [invalid, setInvalid] = useState(false);
  const event = { type: 'note.say' as const, partner: speaker, text };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems = invalidPaths(event);
    setInvalid(problems.size > 0);
    if (problems.size > 0) return;
    send(event);
    clearText();
  };

  return (
    <details className="card note-box">
      <summary>{t('notes.title')}</summary>
      {view.notes.length > 0 && (
        <ul className="plain notes">
          {view.notes.map((note) => (
            <li key={note.id}>
              <strong>{names[note.partner]}:</strong> {note.text}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate>
        <SpeakerPicker legend={t('notes.who')} names={names} value={speaker} onChange={setSpeaker} />
        <div className="field">
          <label htmlFor="note-text">{t('notes.label')}</label>
          <textarea
            id="note-text"
            maxLength={2000}
            value={text}
            aria-invalid={invalid}
            onChange={(e) => setText(e.target.value)}
          />
          {invalid && <p className="error">{t('notes.required')}</p>}
        </div>
        <button type="submit">{t('notes.send')}</button>
      </form>
    </details>
  );
}
