import { type FormEvent, useState } from 'react';
import { StartIntro } from '../components/StartIntro.js';
import { useT } from '../i18n/useT.js';
import { useDraft } from '../session/drafts.js';
import { useSend, useSettings } from '../session/hooks.js';
import { useSessionControl } from '../session/SessionProvider.js';
import { invalidPaths } from '../session/validate.js';

const BREAK_CHOICES = [20, 30, 45, 60, 90];

/** The start screen: what this is and is not, then the two names, the topic and the shortest break. */
export function SetupScreen() {
  const t = useT();
  const send = useSend();
  const settings = useSettings();
  const { setMinBreakMinutes } = useSessionControl();
  const [nameA, setNameA] = useDraft('setup.nameA', '');
  const [nameB, setNameB] = useDraft('setup.nameB', '');
  const [topic, setTopic] = useDraft('setup.topic', '');
  const [statusQuo, setStatusQuo] = useDraft('setup.statusQuo', '');
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());

  const event = {
    type: 'setup.submit' as const,
    names: { a: nameA, b: nameB },
    topic,
    ...(statusQuo.trim() === '' ? {} : { statusQuo }),
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems = invalidPaths(event);
    setInvalid(problems);
    if (problems.size > 0) {
      const first = ['names.a', 'names.b', 'topic', 'statusQuo'].find((path) => problems.has(path));
      if (first !== undefined) document.getElementById(`setup-${first.replace('.', '-')}`)?.focus();
      return;
    }
    send(event);
  };

  const field = (path: string, label: string, value: string, onChange: (v: string) => void, hint?: string) => {
    const id = `setup-${path.replace('.', '-')}`;
    const isInvalid = invalid.has(path);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint !== undefined && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <input
          id={id}
          type="text"
          value={value}
          maxLength={200}
          autoComplete="off"
          aria-invalid={isInvalid}
          aria-describedby={
            [hint === undefined ? null : `${id}-hint`, isInvalid ? `${id}-error` : null].filter(Boolean).join(' ') ||
            undefined
          }
          onChange={(e) => onChange(e.target.value)}
        />
        <p className="error" id={`${id}-error`} aria-live="polite">
          {isInvalid ? t('start.required') : ''}
        </p>
      </div>
    );
  };

  return (
    <>
      <StartIntro />
      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="setup-form-title">
        <h2 id="setup-form-title">{t('start.formTitle')}</h2>
        <div className="two-col tight">
          {field('names.a', t('start.nameA'), nameA, setNameA)}
          {field('names.b', t('start.nameB'), nameB, setNameB)}
        </div>
        {field('topic', t('start.topic'), topic, setTopic, t('start.topicHint'))}
        {field('statusQuo', t('start.statusQuo'), statusQuo, setStatusQuo, t('start.statusQuoHint'))}
        <div className="field">
          <label htmlFor="setup-min-break">{t('start.minBreak')}</label>
          <p className="hint" id="setup-min-break-hint">
            {t('start.minBreakHint')}
          </p>
          <select
            id="setup-min-break"
            aria-describedby="setup-min-break-hint"
            value={settings.minBreakMinutes}
            onChange={(e) => setMinBreakMinutes(Number(e.target.value))}
          >
            {BREAK_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('start.minutes', { minutes })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t('start.begin')}
        </button>
      </form>
    </>
  );
}
