import type { PartnerId } from '@common-ground/core';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useFormatMessage, useT } from '../i18n/useT.js';
import { useCanSend, useSend, useSessionView, useTurn } from '../session/hooks.js';
import { useOptionLabel } from './optionLabel.js';
import { PrivateFlags } from './PrivateFlags.js';
import { PrivateTurn } from './PrivateTurn.js';

/** Each partner privately rates how well every option meets each of their own needs. */
export function RatingScreen() {
  const view = useSessionView('shared');
  const firstOption = view.options[0]?.id ?? '';
  const turn = useTurn((partner) => {
    const need = view.needs[partner]?.[0];
    return need === undefined
      ? null
      : { type: 'rating.set', partner, optionId: firstOption, needId: need.id, value: 0 };
  });
  if (turn === null) return null;
  return (
    <PrivateTurn partner={turn}>
      <RatingForm key={turn} partner={turn} />
    </PrivateTurn>
  );
}

const VALUES = Array.from({ length: 11 }, (_, i) => i);

function RatingForm({ partner }: { partner: PartnerId }) {
  const t = useT();
  const m = useFormatMessage();
  const send = useSend();
  const label = useOptionLabel();
  const view = useSessionView(partner);
  const name = view.names?.[partner] ?? '';
  const needs = view.needs[partner] ?? [];
  const ratings = view.ratings[partner] ?? [];
  const done = { type: 'ratings.done' as const, partner };
  const canFinish = useCanSend(done);
  const ratingOf = (optionId: string, needId: string) =>
    ratings.find((r) => r.optionId === optionId && r.needId === needId)?.value;

  return (
    <>
      <ScreenTitle>{t('rating.title', { name })}</ScreenTitle>
      <p className="lead">{t('rating.lead')}</p>
      <p className="muted">{m({ id: 'session.ratings.private' })}</p>
      <PrivateFlags partner={partner} />
      {view.options.map((option) => (
        <fieldset key={option.id} className="card rating-option">
          <legend>{label(option)}</legend>
          {needs.map((need) => {
            const id = `rate-${option.id}-${need.id}`;
            const value = ratingOf(option.id, need.id);
            return (
              <div key={need.id} className="field rating-row">
                <label htmlFor={id}>
                  {need.label}
                  {need.core && <span className="tag">{t('needs.coreTag')}</span>}
                </label>
                <select
                  id={id}
                  value={value ?? ''}
                  onChange={(e) => {
                    if (e.target.value === '') return;
                    send({
                      type: 'rating.set',
                      partner,
                      optionId: option.id,
                      needId: need.id,
                      value: Number(e.target.value),
                    });
                  }}
                >
                  <option value="">{t('rating.unrated')}</option>
                  {VALUES.map((v) => (
                    <option key={v} value={v}>
                      {v === 0 ? t('rating.zero') : v === 10 ? t('rating.ten') : String(v)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="primary" disabled={!canFinish} onClick={() => send(done)}>
          {t('rating.done')}
        </button>
      </div>
      <p className="hint">{t('rating.doneHint')}</p>
    </>
  );
}
