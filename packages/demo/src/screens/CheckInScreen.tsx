import type { PartnerId } from '@common-ground/core';
import { type FormEvent, useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useT } from '../i18n/useT.js';
import { useSendNow, useSessionView, useTurn } from '../session/hooks.js';
import { invalidPaths } from '../session/validate.js';
import { PrivateTurn } from './PrivateTurn.js';

/** The private check-in: how stressed each partner feels, and a heart rate if they have one. */
export function CheckInScreen() {
  const turn = useTurn((partner) => ({ type: 'checkIn.submit', partner, at: Date.now(), distress: 0 }));
  if (turn === null) return null;
  return (
    <PrivateTurn partner={turn}>
      <CheckInForm key={turn} partner={turn} />
    </PrivateTurn>
  );
}

const LEVELS = Array.from({ length: 11 }, (_, i) => i);

function CheckInForm({ partner }: { partner: PartnerId }) {
  const t = useT();
  const sendNow = useSendNow();
  const { names } = useSessionView('shared');
  const [distress, setDistress] = useState<number | null>(null);
  const [heartRate, setHeartRate] = useState('');
  const [resting, setResting] = useState('');
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const event = {
      type: 'checkIn.submit' as const,
      partner,
      at: Date.now(),
      distress: distress ?? Number.NaN,
      ...(heartRate.trim() === '' ? {} : { heartRate: Number(heartRate) }),
      ...(resting.trim() === '' ? {} : { restingHeartRate: Number(resting) }),
    };
    const problems = invalidPaths(event);
    setInvalid(problems);
    if (problems.size > 0) return;
    // Validated with a time, sent stamped with the time of sending.
    sendNow({
      type: 'checkIn.submit',
      partner,
      distress: event.distress,
      ...(event.heartRate === undefined ? {} : { heartRate: event.heartRate }),
      ...(event.restingHeartRate === undefined ? {} : { restingHeartRate: event.restingHeartRate }),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ScreenTitle>{t('checkIn.title', { name: names?.[partner] ?? '' })}</ScreenTitle>
      <p className="lead">{t('checkIn.lead')}</p>
      <fieldset aria-describedby="distress-hint">
        <legend>{t('checkIn.distress')}</legend>
        <p className="hint" id="distress-hint">
          {t('checkIn.distressHint')}
        </p>
        <div className="scale" role="presentation">
          {LEVELS.map((level) => (
            <label key={level} className="scale-choice">
              <input
                type="radio"
                name="distress"
                value={level}
                checked={distress === level}
                onChange={() => setDistress(level)}
              />
              <span>{level}</span>
            </label>
          ))}
        </div>
        <div className="scale-ends" aria-hidden="true">
          <span>{t('checkIn.calm')}</span>
          <span>{t('checkIn.overwhelmed')}</span>
        </div>
        {invalid.has('distress') && <p className="error">{t('checkIn.chooseDistress')}</p>}
      </fieldset>
      <details className="card">
        <summary>{t('checkIn.heartTitle')}</summary>
        <p className="hint">{t('checkIn.heartHint')}</p>
        <div className="two-col tight">
          <HeartRateField
            id="heart-rate"
            label={t('checkIn.heartRate')}
            value={heartRate}
            onChange={setHeartRate}
            error={invalid.has('heartRate') ? t('checkIn.heartInvalid') : null}
          />
          <HeartRateField
            id="resting-rate"
            label={t('checkIn.restingRate')}
            value={resting}
            onChange={setResting}
            error={invalid.has('restingHeartRate') ? t('checkIn.heartInvalid') : null}
          />
        </div>
      </details>
      <div className="button-row">
        <button type="submit" className="primary">
          {t('checkIn.submit')}
        </button>
      </div>
    </form>
  );
}

/** One optional heart-rate input in beats per minute, with its error under it. */
function HeartRateField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={20}
        max={250}
        value={props.value}
        aria-invalid={props.error !== null}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error !== null && <p className="error">{props.error}</p>}
    </div>
  );
}
