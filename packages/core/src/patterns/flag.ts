import type { MessageId, MessageParams } from '../i18n/index.js';
import type { PartnerId } from '../schemas/partner.js';

/** The patterns Common Ground notices. A flag describes words or steps, never the person. */
export type FlagKind = 'subordination' | 'myWayOrElse' | 'selfCriticism' | 'flooding' | 'threat';

/** Where a piece of free text was typed. */
export type TextSource = 'need' | 'reflection' | 'option' | 'note';

/** What a flag rests on: a span of text a partner typed, or the steps of the session behind it. */
export type FlagEvidence =
  | { kind: 'text'; source: TextSource; text: string; start: number; end: number }
  | { kind: 'process'; rule: string; refs: readonly string[] }
  | { kind: 'outcome'; rule: string; optionId: string }
  | { kind: 'checkIn'; distress: number; heartRate?: number; restingHeartRate?: number }
  | { kind: 'authenticity'; score: number };

/**
 * A pattern noticed in what a partner wrote or did, shown only to that partner.
 * `messageId` explains it kindly; `dismissed` is set when the partner it concerns sets it aside.
 */
export type Flag = {
  id: string;
  kind: FlagKind;
  partner: PartnerId;
  evidence: FlagEvidence;
  messageId: MessageId;
  params?: MessageParams;
  dismissed: boolean;
};
