import {
  catalogs,
  NEEDS_INTRO,
  NEEDS_VOCABULARY,
  type Need,
  type PartnerId,
  searchNeeds,
  type VocabularyNeed,
} from '@common-ground/core';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useFormatMessage, useLanguage, useT } from '../i18n/useT.js';
import { useDraft } from '../session/drafts.js';
import { useCanSend, useSend, useSessionView, useSettings, useTurn } from '../session/hooks.js';
import { invalidPaths } from '../session/validate.js';
import { PrivateFlags } from './PrivateFlags.js';
import { PrivateTurn } from './PrivateTurn.js';

/** The 0-10 scale a core need's minimum is chosen from. */
const RATING_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const PROBE_NEED = { id: 'probe', label: 'probe', weight: 1, core: false } as const;

/** Each partner names their needs privately: from the vocabulary or in their own words. */
export function NeedsScreen() {
  const turn = useTurn((partner) => ({ type: 'need.add', partner, need: { ...PROBE_NEED, id: `probe-${partner}` } }));
  const doneTurn = useTurn((partner) => ({ type: 'needs.done', partner }));
  const partner = turn ?? doneTurn;
  if (partner === null) return null;
  return (
    <PrivateTurn partner={partner}>
      <NeedsForm key={partner} partner={partner} />
    </PrivateTurn>
  );
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? `need-${crypto.randomUUID()}`
    : `need-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

type Draft = { id: string | null; label: string; category: string; weight: number; core: boolean; minimum: number };

function NeedsForm({ partner }: { partner: PartnerId }) {
  const t = useT();
  const m = useFormatMessage();
  const send = useSend();
  const view = useSessionView(partner);
  const shared = useSessionView('shared');
  const name = shared.names?.[partner] ?? '';
  const needs: readonly Need[] = view.needs[partner] ?? [];
  const hints = view.you?.needHints ?? [];
  const { coreMinimum } = useSettings();
  const empty: Draft = { id: null, label: '', category: '', weight: 3, core: false, minimum: coreMinimum };
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`needs.${partner}`, empty);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const done = { type: 'needs.done' as const, partner };
  const canFinish = useCanSend(done);

  const need = {
    id: draft.id ?? 'new',
    label: draft.label,
    weight: draft.weight,
    core: draft.core,
    minimum: draft.minimum,
    ...(draft.category === '' ? {} : { category: draft.category }),
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const event =
      draft.id === null
        ? { type: 'need.add' as const, partner, need: { ...need, id: newId() } }
        : { type: 'need.update' as const, partner, need };
    const problems = invalidPaths(event);
    setInvalid(problems);
    if (problems.size > 0) {
      document.getElementById('need-label')?.focus();
      return;
    }
    send(event);
    clearDraft();
    document.getElementById('need-label')?.focus();
  };

  return (
    <>
      <ScreenTitle>{t('needs.title', { name })}</ScreenTitle>
      <p className="lead">{m({ id: NEEDS_INTRO })}</p>
      <p className="muted">{m({ id: 'session.needs.private' })}</p>
      <PrivateFlags partner={partner} />

      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="need-form-title">
        <h2 id="need-form-title">{draft.id === null ? t('needs.addTitle') : t('needs.editTitle')}</h2>
        <VocabularyPicker
          onPick={(picked) => setDraft({ ...draft, label: m({ id: picked.messageId }), category: picked.category })}
        />
        <div className="field">
          <label htmlFor="need-label">{t('needs.label')}</label>
          <p className="hint" id="need-label-hint">
            {t('needs.labelHint')}
          </p>
          <input
            id="need-label"
            type="text"
            maxLength={200}
            autoComplete="off"
            value={draft.label}
            aria-invalid={invalid.has('need.label')}
            aria-describedby="need-label-hint"
            onChange={(e) => setDraft({ ...draft, label: e.target.value, category: '' })}
          />
          {invalid.has('need.label') && <p className="error">{t('needs.labelRequired')}</p>}
        </div>
        <fieldset>
          <legend>{t('needs.weight')}</legend>
          <div className="scale scale-5">
            {[1, 2, 3, 4, 5].map((w) => (
              <label key={w} className="scale-choice">
                <input
                  type="radio"
                  name="need-weight"
                  value={w}
                  checked={draft.weight === w}
                  onChange={() => setDraft({ ...draft, weight: w })}
                />
                <span>{w}</span>
              </label>
            ))}
          </div>
          <div className="scale-ends" aria-hidden="true">
            <span>{t('needs.weightLow')}</span>
            <span>{t('needs.weightHigh')}</span>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('needs.ovalTitle')}</legend>
          <p className="hint">{t('needs.ovalHint')}</p>
          <div className="oval-choices">
            <label className="choice oval-choice">
              <input
                type="radio"
                name="need-core"
                checked={draft.core}
                onChange={() => setDraft({ ...draft, core: true })}
              />
              <span>
                <strong>{t('needs.core')}</strong>
                <span className="hint">{t('needs.coreHint')}</span>
              </span>
            </label>
            <label className="choice oval-choice">
              <input
                type="radio"
                name="need-core"
                checked={!draft.core}
                onChange={() => setDraft({ ...draft, core: false })}
              />
              <span>
                <strong>{t('needs.flexible')}</strong>
                <span className="hint">{t('needs.flexibleHint')}</span>
              </span>
            </label>
          </div>
          {draft.core && (
            <div className="field">
              <label htmlFor="need-minimum">{t('needs.minimum')}</label>
              <p className="hint" id="need-minimum-hint">
                {t('needs.minimumHint')}
              </p>
              <select
                id="need-minimum"
                aria-describedby="need-minimum-hint"
                value={draft.minimum}
                onChange={(e) => setDraft({ ...draft, minimum: Number(e.target.value) })}
              >
                {RATING_VALUES.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="primary">
            {draft.id === null ? t('needs.add') : t('needs.save')}
          </button>
          {draft.id !== null && (
            <button type="button" onClick={clearDraft}>
              {t('needs.cancelEdit')}
            </button>
          )}
        </div>
      </form>

      <section aria-labelledby="my-needs">
        <h2 id="my-needs">{t('needs.yours', { count: needs.length })}</h2>
        {needs.length === 0 ? (
          <p className="muted">{t('needs.none')}</p>
        ) : (
          <div className="ovals">
            <div className="oval oval-outer">
              <p className="oval-label">{t('needs.flexibleOval')}</p>
              <NeedList
                partner={partner}
                needs={needs.filter((n) => !n.core)}
                hints={hints}
                onEdit={(n) => setDraft(toDraft(n))}
              />
              <div className="oval oval-inner">
                <p className="oval-label">{t('needs.coreOval')}</p>
                <NeedList
                  partner={partner}
                  needs={needs.filter((n) => n.core)}
                  hints={hints}
                  onEdit={(n) => setDraft(toDraft(n))}
                />
              </div>
            </div>
          </div>
        )}
      </section>

      <div className="button-row">
        <button type="button" className="primary" disabled={!canFinish} onClick={() => send(done)}>
          {t('needs.done')}
        </button>
      </div>
      <p className="hint">{t('needs.doneHint')}</p>
    </>
  );
}

function toDraft(need: Need): Draft {
  return {
    id: need.id,
    label: need.label,
    category: need.category ?? '',
    weight: need.weight,
    core: need.core,
    minimum: need.minimum,
  };
}

function NeedList({
  partner,
  needs,
  hints,
  onEdit,
}: {
  partner: PartnerId;
  needs: readonly Need[];
  hints: readonly { needId: string; messageId: Parameters<ReturnType<typeof useFormatMessage>>[0]['id'] }[];
  onEdit: (need: Need) => void;
}) {
  const t = useT();
  const m = useFormatMessage();
  if (needs.length === 0) return <p className="hint">{t('needs.emptyOval')}</p>;
  return (
    <ul className="need-list">
      {needs.map((need) => {
        const hint = hints.find((h) => h.needId === need.id);
        return (
          <li key={need.id} className="need-item">
            <div className="need-text">
              <span className="need-label">{need.label}</span>
              <span className="hint">
                {t('needs.importance', { weight: need.weight })}
                {need.core ? ` · ${t('needs.minimumShort', { minimum: need.minimum })}` : ''}
              </span>
              {hint !== undefined && (
                <p className="need-hint" role="note">
                  {m({ id: hint.messageId })}
                </p>
              )}
            </div>
            <div className="need-actions">
              <button
                type="button"
                onClick={() => onEdit(need)}
                aria-label={t('needs.editNamed', { label: need.label })}
              >
                {t('needs.edit')}
              </button>
              <RemoveNeed partner={partner} need={need} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function RemoveNeed({ partner, need }: { partner: PartnerId; need: Need }) {
  const t = useT();
  const send = useSend();
  const event = { type: 'need.remove' as const, partner, needId: need.id };
  const can = useCanSend(event);
  return (
    <button
      type="button"
      disabled={!can}
      onClick={() => send(event)}
      aria-label={t('needs.removeNamed', { label: need.label })}
    >
      {t('needs.remove')}
    </button>
  );
}

/** A searchable list of the needs vocabulary; choosing one fills in the need's words. */
function VocabularyPicker({ onPick }: { onPick: (need: VocabularyNeed) => void }) {
  const t = useT();
  const m = useFormatMessage();
  const { locale } = useLanguage();
  const [query, setQuery] = useState('');
  const listId = useId();
  const found = useMemo(() => searchNeeds(query, catalogs[locale]), [query, locale]);
  const byCategory = NEEDS_VOCABULARY.map((category) => ({
    category,
    needs: found.filter((need) => need.category === category.id),
  })).filter((group) => group.needs.length > 0);

  return (
    <details className="vocabulary" open>
      <summary>{t('needs.vocabulary')}</summary>
      <div className="field">
        <label htmlFor="need-search">{t('needs.search')}</label>
        <input
          id="need-search"
          type="search"
          autoComplete="off"
          value={query}
          aria-controls={listId}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t('needs.found', { count: found.length })}
      </p>
      <div id={listId} className="vocabulary-list">
        {byCategory.length === 0 && <p className="hint">{t('needs.noneFound')}</p>}
        {byCategory.map(({ category, needs }) => (
          <div key={category.id} className="vocabulary-group">
            <p className="vocabulary-category">{m({ id: category.messageId })}</p>
            <ul className="chips">
              {needs.map((need) => (
                <li key={need.id}>
                  <button type="button" className="chip" onClick={() => onPick(need)}>
                    {m({ id: need.messageId })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}
