import type { Need, PartnerId } from '@common-ground/core';
import { useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.js';
import { useFormatMessage, useLanguage, useT } from '../i18n/useT.js';
import { useSessionView } from '../session/hooks.js';
import { useSessionControl } from '../session/SessionProvider.js';
import { useProposalText } from './proposalText.js';

/** Starts a download of `text` as a file, made on this device (no request leaves it). */
function download(filename: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The agreement: what each partner needs, what was agreed, as a temporary compromise with its review date. */
export function AgreedScreen() {
  const t = useT();
  const m = useFormatMessage();
  const { locale } = useLanguage();
  const view = useSessionView('shared');
  const proposalText = useProposalText();
  const { startOver } = useSessionControl();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const agreement = view.agreement;
  if (agreement === null) return null;

  const names = view.names ?? { a: '', b: '' };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const agreed = proposalText(agreement.proposal, agreement.turns ?? null);
  const needsOf = (p: PartnerId): readonly Need[] => view.needs[p] ?? [];
  const temporary = m({ id: 'session.agreement.temporary', params: { date: date.format(agreement.reviewAt) } });
  const needLine = (need: Need) =>
    `${need.label} (${t('needs.importance', { weight: need.weight })}${need.core ? `, ${t('needs.coreTag')}` : ''})`;

  const markdown = [
    `# ${t('agreed.docTitle', { topic: view.topic ?? '' })}`,
    '',
    `**${t('agreed.between')}:** ${names.a}, ${names.b}`,
    `**${t('agreed.agreedOn')}:** ${date.format(agreement.agreedAt)}`,
    `**${t('agreed.reviewOn')}:** ${date.format(agreement.reviewAt)}`,
    '',
    `## ${t('agreed.whatWeAgreed')}`,
    '',
    agreed,
    '',
    temporary,
    '',
    ...(['a', 'b'] as const).flatMap((p) => [
      `## ${t('agreed.needsOf', { name: names[p] })}`,
      '',
      ...needsOf(p).map((need) => `- ${needLine(need)}`),
      '',
    ]),
  ].join('\n');

  const json = JSON.stringify(
    {
      topic: view.topic,
      names,
      agreement: {
        proposal: agreement.proposal,
        text: agreed,
        kind: agreement.kind,
        agreedAt: new Date(agreement.agreedAt).toISOString(),
        reviewAt: new Date(agreement.reviewAt).toISOString(),
      },
      needs: { a: needsOf('a'), b: needsOf('b') },
    },
    null,
    2,
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <>
      <ScreenTitle>{t('agreed.title')}</ScreenTitle>
      <p className="lead no-print">{t('agreed.lead')}</p>
      <article className="card agreement-summary" aria-labelledby="agreement-doc">
        <h2 id="agreement-doc">{t('agreed.docTitle', { topic: view.topic ?? '' })}</h2>
        <dl className="facts">
          <dt>{t('agreed.between')}</dt>
          <dd>
            {names.a}, {names.b}
          </dd>
          <dt>{t('agreed.agreedOn')}</dt>
          <dd>{date.format(agreement.agreedAt)}</dd>
          <dt>{t('agreed.reviewOn')}</dt>
          <dd>{date.format(agreement.reviewAt)}</dd>
        </dl>
        <h3>{t('agreed.whatWeAgreed')}</h3>
        <p className="agreed-text">{agreed}</p>
        <p className="muted">{temporary}</p>
        <div className="two-col">
          {(['a', 'b'] as const).map((p) => (
            <section key={p} aria-labelledby={`needs-of-${p}`}>
              <h3 id={`needs-of-${p}`}>{t('agreed.needsOf', { name: names[p] })}</h3>
              <ul className="plain">
                {needsOf(p).map((need) => (
                  <li key={need.id}>{needLine(need)}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </article>
      <div className="button-row no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('agreed.print')}
        </button>
        <button type="button" onClick={() => download('agreement.md', 'text/markdown', markdown)}>
          {t('agreed.downloadMd')}
        </button>
        <button type="button" onClick={() => download('agreement.json', 'application/json', json)}>
          {t('agreed.downloadJson')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('agreed.copy')}
        </button>
      </div>
      <p className="hint no-print" aria-live="polite">
        {copied === 'done' ? t('agreed.copied') : copied === 'failed' ? t('agreed.copyFailed') : ''}
      </p>
      <div className="button-row no-print">
        <button type="button" onClick={startOver}>
          {t('final.startOver')}
        </button>
      </div>
    </>
  );
}
