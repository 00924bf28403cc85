import {
  LOW_AUTHENTICITY_PROMPT,
  type Message,
  type OptionAssessment,
  type PartnerId,
  type Proposal,
} from '@common-ground/core';
import { useCallback, useState } from 'react';
import { CompromiseMap, type MapPoint, type TurnsSegment } from '../components/CompromiseMap.js';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { SpeakerPicker } from '../components/SpeakerPicker.js';
import { useFormatMessage, useT } from '../i18n/useT.js';
import { useDraft } from '../session/drafts.js';
import { useCanSend, useSend, useSendNow, useSessionView } from '../session/hooks.js';
import { NoteBox } from './NoteBox.js';
import { useOptionLabel } from './optionLabel.js';
import { PrivateFlags } from './PrivateFlags.js';
import { PrivateTurn } from './PrivateTurn.js';

type Names = { a: string; b: string };

/** Words a fairness message, putting each partner's name where the message says `partner`. */
export function useWhy(names: Names): (msg: Message) => string {
  const m = useFormatMessage();
  return useCallback(
    (msg: Message) => {
      const partner = msg.params?.partner;
      if (partner !== 'a' && partner !== 'b') return m(msg);
      return m({ id: msg.id, params: { ...msg.params, partner: names[partner] } });
    },
    [m, names],
  );
}

/**
 * The review. Before the shared screen, each partner with something private to see (a flag, or the fierce prompt
 * after a half-hearted answer) gets a private moment; then the map, the options and the suggestion, together.
 */
export function ReviewScreen() {
  const a = usePrivateNotes('a');
  const b = usePrivateNotes('b');
  const pending = !a.seen ? a : !b.seen ? b : null;
  if (pending !== null) {
    return (
      <PrivateTurn partner={pending.partner}>
        <PrivateMoment key={pending.partner} partner={pending.partner} onDone={pending.markSeen} />
      </PrivateTurn>
    );
  }
  return <SharedReview />;
}

/** Whether a partner has private notes they have not seen yet in this review. */
function usePrivateNotes(partner: PartnerId) {
  const view = useSessionView(partner);
  const flags = (view.you?.flags ?? []).filter((flag) => !flag.dismissed).map((flag) => flag.id);
  const fierce = view.you?.fiercePromptOffered === true;
  // What there is to see, as a key: new flags or a new fierce offer make it differ from what was seen.
  const key = flags.length === 0 && !fierce ? '' : JSON.stringify([flags, fierce]);
  const [seenKey, setSeenKey] = useDraft(`review.seen.${partner}`, '');
  return { partner, seen: key === '' || key === seenKey, markSeen: () => setSeenKey(key) };
}

function PrivateMoment({ partner, onDone }: { partner: PartnerId; onDone: () => void }) {
  const t = useT();
  const m = useFormatMessage();
  const view = useSessionView(partner);
  return (
    <>
      <ScreenTitle>{t('review.privateTitle', { name: view.names?.[partner] ?? '' })}</ScreenTitle>
      <p className="lead">{t('review.privateLead')}</p>
      {view.you?.fiercePromptOffered === true && (
        <section className="card fierce" aria-labelledby="fierce-title">
          <h2 id="fierce-title">{m({ id: LOW_AUTHENTICITY_PROMPT.title })}</h2>
          <p>{m({ id: LOW_AUTHENTICITY_PROMPT.text })}</p>
        </section>
      )}
      <PrivateFlags partner={partner} />
      <div className="button-row">
        <button type="button" className="primary" onClick={onDone}>
          {t('review.privateContinue')}
        </button>
      </div>
    </>
  );
}

function SharedReview() {
  const t = useT();
  const m = useFormatMessage();
  const label = useOptionLabel();
  const view = useSessionView('shared');
  const names = view.names ?? { a: '', b: '' };
  const why = useWhy(names);
  const [speaker, setSpeaker] = useDraft<PartnerId>('review.speaker', 'a');
  const assessment = view.assessment;
  const labelOf = (id: string, fallback: string) => {
    const option = view.options.find((o) => o.id === id);
    return option === undefined ? fallback : label(option);
  };

  if (assessment === null) {
    return (
      <>
        <ScreenTitle>{t('review.title')}</ScreenTitle>
        <p className="notice">{m({ id: 'session.review.noAssessment' })}</p>
        <LeaveReview speaker={speaker} />
      </>
    );
  }

  const recommendation = assessment.recommendation;
  const turnsPlan =
    assessment.takeTurns?.kind === 'turns'
      ? assessment.takeTurns
      : recommendation.kind === 'turns'
        ? recommendation
        : null;
  const points: MapPoint[] = assessment.options.map((o: OptionAssessment) => ({
    id: o.id,
    label: labelOf(o.id, o.label),
    a: o.satisfaction.a,
    b: o.satisfaction.b,
    kind: o.class.kind,
    statusQuo: o.statusQuo,
    onFront: assessment.paretoFront.includes(o.id),
    recommended: recommendation.kind === 'option' && recommendation.id === o.id,
  }));
  const turns: TurnsSegment | undefined =
    turnsPlan === null
      ? undefined
      : { fromId: turnsPlan.parts[0].id, toId: turnsPlan.parts[1].id, a: turnsPlan.point.a, b: turnsPlan.point.b };

  return (
    <>
      <ScreenTitle>{t('review.title')}</ScreenTitle>
      <p className="lead">{t('review.lead', { topic: view.topic ?? '' })}</p>

      <section className="card recommendation" aria-labelledby="recommendation-title">
        <h2 id="recommendation-title">{t('review.suggestion')}</h2>
        {assessment.recommendationWhy.map((msg, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the reasons are a fixed list for this assessment
          <p key={i}>{why(msg)}</p>
        ))}
        {recommendation.kind === 'option' && (
          <ProposeButton speaker={speaker} proposal={{ kind: 'option', optionId: recommendation.id }}>
            {t('review.proposeNamed', { label: labelOf(recommendation.id, recommendation.id) })}
          </ProposeButton>
        )}
      </section>

      {turnsPlan !== null && assessment.takeTurnsWhy.length > 0 && (
        <section className="card" aria-labelledby="turns-title">
          <h2 id="turns-title">{t('map.turns')}</h2>
          {assessment.takeTurnsWhy.map((msg, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the reasons are a fixed list for this assessment
            <p key={i}>{why(msg)}</p>
          ))}
          <ProposeButton speaker={speaker} proposal={{ kind: 'takeTurns' }}>
            {t('review.proposeTurns')}
          </ProposeButton>
        </section>
      )}

      <CompromiseMap points={points} names={names} turns={turns} />

      <SpeakerPicker legend={t('review.who')} names={names} value={speaker} onChange={setSpeaker} />

      <section aria-labelledby="review-options">
        <h2 id="review-options">{t('review.options')}</h2>
        <ol className="review-list">
          {points.map((point, index) => {
            const option = assessment.options.find((o) => o.id === point.id);
            if (option === undefined) return null;
            return (
              <li key={point.id} className="card review-option">
                <h3>
                  <span className="option-number">{index + 1}.</span> {point.label}
                </h3>
                <p className={`class-badge class-${option.class.kind}`}>
                  <span aria-hidden="true">{CLASS_SYMBOL[option.class.kind]} </span>
                  {m({ id: `fairness.class.${option.class.kind}` })}
                  {point.recommended ? ` · ${t('map.recommended')}` : ''}
                </p>
                <p className="hint">
                  {t('review.satisfaction', {
                    a: names.a,
                    sa: Math.round(option.satisfaction.a * 100),
                    b: names.b,
                    sb: Math.round(option.satisfaction.b * 100),
                  })}
                </p>
                <ul className="plain why">
                  {option.why.map((msg, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the reasons are a fixed list for this option
                    <li key={i}>{why(msg)}</li>
                  ))}
                </ul>
                <ProposeButton speaker={speaker} proposal={{ kind: 'option', optionId: option.id }} quiet>
                  {t('review.proposeNamed', { label: point.label })}
                </ProposeButton>
              </li>
            );
          })}
        </ol>
      </section>

      <LeaveReview speaker={speaker} />
      <NoteBox />
    </>
  );
}

/** The class marks used in text, matching the map's shapes. */
const CLASS_SYMBOL = { winWin: '●', compromise: '■', oneSided: '▲', blocked: '✕' } as const;

function ProposeButton({
  speaker,
  proposal,
  quiet = false,
  children,
}: {
  speaker: PartnerId;
  proposal: Proposal;
  quiet?: boolean;
  children: string;
}) {
  const send = useSend();
  const event = { type: 'agreement.propose' as const, partner: speaker, proposal };
  const can = useCanSend(event);
  // An option the machine will not accept (one that misses a core need) gets no button at all.
  if (!can) return null;
  return (
    <button type="button" className={quiet ? undefined : 'primary'} onClick={() => send(event)}>
      {children}
    </button>
  );
}

function LeaveReview({ speaker }: { speaker: PartnerId }) {
  const t = useT();
  const send = useSend();
  const sendNow = useSendNow();
  const needs = { type: 'revise.needs' as const, partner: speaker };
  const options = { type: 'revise.options' as const, partner: speaker };
  const canNeeds = useCanSend(needs);
  const canOptions = useCanSend(options);
  // The time only stamps the probe; the answer is the machine's, and it is asked again on every change.
  const [probeTime] = useState(() => Date.now());
  const canPark = useCanSend({ type: 'session.park', partner: speaker, at: probeTime });
  return (
    <section className="card" aria-labelledby="leave-review">
      <h2 id="leave-review">{t('review.otherWays')}</h2>
      <div className="button-row">
        <button type="button" disabled={!canOptions} onClick={() => send(options)}>
          {t('review.reviseOptions')}
        </button>
        <button type="button" disabled={!canNeeds} onClick={() => send(needs)}>
          {t('review.reviseNeeds')}
        </button>
        <button type="button" disabled={!canPark} onClick={() => sendNow({ type: 'session.park', partner: speaker })}>
          {t('review.park')}
        </button>
      </div>
      <p className="hint">{t('review.parkHint')}</p>
    </section>
  );
}
