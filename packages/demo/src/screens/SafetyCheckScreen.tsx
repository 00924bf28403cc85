import {
  type PartnerId,
  SCREENING_ANSWER_LABELS,
  SCREENING_ITEMS,
  SCREENING_TEXTS,
  type ScreeningAnswer,
  ScreeningAnswersSchema,
} from '@common-ground/core';
import { type FormEvent, useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useFormatMessage, useT } from '../i18n/useT.js';
import { useSend, useTurn } from '../session/hooks.js';
import { useQuickExit } from '../session/quickExit.js';
import { PrivateTurn } from './PrivateTurn.js';

const ANSWERS: readonly ScreeningAnswer[] = ['no', 'yes', 'unsure'];

// A complete "no" screen, used only to ask the machine whose screening is still open.
const PROBE_ANSWERS: Record<string, ScreeningAnswer> = Object.fromEntries(
  SCREENING_ITEMS.map((item) => [item.id, 'no']),
);

/** The private safety check: each partner answers alone, after handing the device over. */
export function SafetyCheckScreen() {
  const turn = useTurn((partner) => ({ type: 'safety.answer', partner, concern: false, answers: PROBE_ANSWERS }));
  if (turn === null) return null;
  return (
    <PrivateTurn partner={turn}>
      <ScreeningForm key={turn} partner={turn} />
    </PrivateTurn>
  );
}

function ScreeningForm({ partner }: { partner: PartnerId }) {
  const t = useT();
  const m = useFormatMessage();
  const send = useSend();
  const quickExit = useQuickExit();
  // Answers stay in this form only; the machine records just whether the check cleared (never the answers).
  const [answers, setAnswers] = useState<Partial<Record<string, ScreeningAnswer>>>({});
  const [missing, setMissing] = useState(false);
  // Core's schema says when the screen is complete; an unanswered question would otherwise count as a concern.
  const parsed = ScreeningAnswersSchema.safeParse(answers);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!parsed.success) {
      setMissing(true);
      const first = SCREENING_ITEMS.find((item) => answers[item.id] === undefined);
      if (first !== undefined) document.querySelector<HTMLInputElement>(`input[name="screen-${first.id}"]`)?.focus();
      return;
    }
    send({ type: 'safety.answer', partner, concern: false, answers: parsed.data });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ScreenTitle>{m({ id: SCREENING_TEXTS.title })}</ScreenTitle>
      <p className="lead">{m({ id: SCREENING_TEXTS.intro })}</p>
      <p>{m({ id: SCREENING_TEXTS.why })}</p>
      <p className="muted">{m({ id: SCREENING_TEXTS.unsureNote })}</p>
      <div className="notice is-safe">
        <button type="button" className="quiet-button exit-inline" onClick={quickExit} aria-describedby="not-safe-hint">
          {m({ id: SCREENING_TEXTS.notSafeNow })}
        </button>
        <p id="not-safe-hint" className="hint">
          {m({ id: SCREENING_TEXTS.notSafeNowHint })}
        </p>
      </div>
      {SCREENING_ITEMS.map((item, index) => {
        const unanswered = missing && answers[item.id] === undefined;
        return (
          <fieldset key={item.id} className="question" aria-describedby={`screen-${item.id}-hint`}>
            <legend>
              <span className="question-number">{index + 1}.</span> {m({ id: item.question })}
            </legend>
            <p className="hint" id={`screen-${item.id}-hint`}>
              {m({ id: item.hint })}
            </p>
            <div className="choice-row">
              {ANSWERS.map((answer) => (
                <label key={answer} className="choice">
                  <input
                    type="radio"
                    name={`screen-${item.id}`}
                    value={answer}
                    checked={answers[item.id] === answer}
                    onChange={() => setAnswers({ ...answers, [item.id]: answer })}
                  />
                  {m({ id: SCREENING_ANSWER_LABELS[answer] })}
                </label>
              ))}
            </div>
            {unanswered && <p className="error">{t('safety.answerThis')}</p>}
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="submit" className="primary">
          {t('safety.submit')}
        </button>
      </div>
    </form>
  );
}
