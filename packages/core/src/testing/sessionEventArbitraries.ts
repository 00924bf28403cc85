// Random sessions for property tests: a driver that turns random choices into events that fit the step the session
// is in (so runs go deep: screened, needs named, understood, rated, proposed, agreed), mixed with well-formed events
// sent at random and malformed junk. Private text carries marker strings so a test can search a view for them.
// Not exported from the package.
import { fc } from '@fast-check/vitest';
import { machineStep } from '../machine/machineStep.js';
import type { SessionEvent } from '../schemas/events.js';
import type { PartnerId } from '../schemas/partner.js';
import { CLEAR_ANSWERS, MINUTE, malformedEventArb, T0, textArb, validEventArb } from './sessionArbitraries.js';

/** Texts the threat detector must catch; sent now and then in a text field of the step, each must stop the session. */
export const THREAT_TEXTS = [
  'I will hurt you if you leave',
  'I will kill myself',
  'You are dead meat',
  'He said he would hurt the kids',
] as const;

/** A marker planted in one partner's private text: `mka7z` for the seventh need label of partner `a`. */
export function marker(partner: PartnerId, n: number): string {
  return `mk${partner}${n}z`;
}

/** Whether a text carries any marker of `partner`. */
export function hasMarkerOf(text: string, partner: PartnerId): boolean {
  return new RegExp(`mk${partner}\\d+z`).test(text);
}

/** One random choice of the driver; see {@link SessionDriver.next}. */
export type DriverStep = {
  /** 0-99: below 6 sends junk, below 14 a random well-formed event, else an event that fits the step. */
  readonly mode: number;
  /** Picks among the events that fit. */
  readonly pick: number;
  /** A second choice, for values inside the event. */
  readonly twist: number;
  readonly partner: PartnerId;
  readonly text: string;
  readonly noise: SessionEvent;
  readonly junk: unknown;
  /** Minutes the host's clock moves on before this event. */
  readonly advance: number;
};

/** One step of a random session. */
export const driverStepArb: fc.Arbitrary<DriverStep> = fc.record({
  mode: fc.integer({ min: 0, max: 99 }),
  pick: fc.nat({ max: 1000 }),
  twist: fc.nat({ max: 1000 }),
  partner: fc.constantFrom<PartnerId>('a', 'b'),
  text: textArb,
  noise: validEventArb,
  junk: malformedEventArb,
  advance: fc.integer({ min: 0, max: 30 }),
});

/** A random session of up to `maxLength` steps (long enough by default to reach an agreement). */
export function driverStepsArb(maxLength = 160): fc.Arbitrary<DriverStep[]> {
  // `size: 'max'` lets the lengths spread up to maxLength; fast-check's default size keeps arrays near ten items.
  return fc.array(driverStepArb, { minLength: 1, maxLength, size: 'max' });
}

/** The parts of a session snapshot the driver reads. */
type DriverView = {
  readonly value: unknown;
  readonly context: {
    readonly names: unknown;
    readonly options: readonly { id: string; proposedBy: PartnerId | null }[];
    readonly understanding: Record<PartnerId, readonly { understood: string | null }[]>;
    readonly assessment: {
      options: readonly { id: string; coreUnmet: { a: readonly string[]; b: readonly string[] } }[];
      takeTurns: { kind: string } | null;
    } | null;
    readonly proposal: unknown;
    readonly pause: { earliestResumeAt: number } | null;
    readonly partners: Record<
      PartnerId,
      {
        readonly screened: boolean;
        readonly checkIn: unknown;
        readonly needs: readonly { id: string }[];
        readonly needsDone: boolean;
        readonly ratings: readonly { optionId: string; needId: string }[];
        readonly ratingsDone: boolean;
        readonly response: unknown;
        readonly breakProgress: { step: number } | null;
        readonly flags: readonly { id: string; dismissed: boolean }[];
      }
    >;
  };
};

/**
 * Junk as a host could send it: xstate itself fails on an event whose type is `'*'` or not text, before any guard
 * runs, so hosts pass what they receive through parseSessionEvent (which rejects those) and tests never send them.
 */
function sendable(junk: unknown): unknown {
  const type = (junk as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type !== '*' ? junk : { ...(junk as object), type: 'not.an.event' };
}

const ENDS_SESSION: ReadonlySet<string> = new Set(['safety.answer', 'safety.raise', 'session.exit', 'session.park']);

const other = (partner: PartnerId): PartnerId => (partner === 'a' ? 'b' : 'a');

/**
 * Turns random steps into events, one at a time, reading the session's snapshot so most events fit the step the
 * session is in. It keeps the host's clock and counts the markers it planted; it never reads a real clock.
 */
export class SessionDriver {
  /** The host's clock, in epoch ms. */
  now = T0;
  /** How many need labels each partner has been given (the markers `mk<partner>1z` … `mk<partner><n>z`). */
  readonly planted = { a: 0, b: 0 };

  /** The next event for this step of the run. */
  next(snapshot: DriverView, step: DriverStep): unknown {
    this.now += step.advance * MINUTE;
    if (step.mode < 6) return sendable(step.junk);
    // Random events that end a session are kept rare, or few runs would get past the first steps.
    if (step.mode < 14 && (!ENDS_SESSION.has(step.noise.type) || step.twist % 10 === 0)) return step.noise;
    const candidates = this.fitting(snapshot, step);
    // Now and then, anywhere: a note, a pause, a flag dismissed, a threat, the quick exit, raising safety.
    const anywhere = this.anywhere(snapshot, step);
    const pool = step.mode >= 96 ? anywhere : candidates.length > 0 ? candidates : anywhere;
    return pool[step.pick % pool.length];
  }

  private text(step: DriverStep): string {
    return step.twist % 25 === 0 ? (THREAT_TEXTS[step.twist % THREAT_TEXTS.length] as string) : step.text;
  }

  private anywhere(snapshot: DriverView, step: DriverStep): SessionEvent[] {
    const { partner } = step;
    const flag = snapshot.context.partners[partner].flags.find((candidate) => !candidate.dismissed);
    const rare: SessionEvent[] =
      step.twist % 40 === 0
        ? [{ type: 'safety.raise', partner }]
        : step.twist % 41 === 0
          ? [{ type: 'session.exit' }]
          : [];
    return [
      { type: 'note.say', partner, text: this.text(step) },
      { type: 'pause.request', partner, at: this.now },
      ...(flag === undefined ? [] : [{ type: 'flag.dismiss', partner, flagId: flag.id } as const]),
      ...rare,
    ];
  }

  /** Events that fit the step the session is in, from the partner the step names (or the one whose turn it is). */
  private fitting(snapshot: DriverView, step: DriverStep): SessionEvent[] {
    const { context } = snapshot;
    const partner = step.partner;
    const slice = context.partners[partner];
    const { twist } = step;
    switch (machineStep(snapshot.value)) {
      case 'setup':
        return [
          {
            type: 'setup.submit',
            names: twist % 2 === 0 ? { a: 'Ana', b: 'Bo' } : { a: 'Kim', b: 'Lee' },
            topic: twist % 30 === 0 ? this.text(step) : 'Weekends',
          },
        ];
      case 'safetyCheck': {
        const answers = twist % 15 === 0 ? { ...CLEAR_ANSWERS, afraid: 'unsure' as const } : CLEAR_ANSWERS;
        const unscreened = (['a', 'b'] as const).filter((p) => !context.partners[p].screened);
        return unscreened.map(
          (p): SessionEvent => ({ type: 'safety.answer', partner: p, concern: twist % 31 === 0, answers }),
        );
      }
      case 'checkIn': {
        const waiting = (['a', 'b'] as const).filter((p) => context.partners[p].checkIn === null);
        return waiting.map(
          (p): SessionEvent => ({
            type: 'checkIn.submit',
            partner: p,
            at: this.now,
            distress: twist % 9 === 0 ? 9 : twist % 6,
            ...(twist % 4 === 0 ? { heartRate: 60 + (twist % 50), restingHeartRate: 60 } : {}),
          }),
        );
      }
      case 'pause': {
        const earliest = context.pause?.earliestResumeAt ?? this.now;
        // Mostly after the shortest break, sometimes too early (which the machine must refuse).
        const at = twist % 5 === 0 ? Math.max(T0, earliest - MINUTE) : Math.max(this.now, earliest);
        if (at > this.now) this.now = at;
        const progress = slice.breakProgress;
        return [
          { type: 'pause.resume', partner, at },
          { type: 'pause.resume', partner, at },
          ...(progress === null
            ? []
            : [
                { type: 'break.next', partner } as const,
                { type: 'break.choose', partner, mode: twist % 2 === 0 ? 'tender' : 'fierce' } as const,
              ]),
        ];
      }
      case 'needs': {
        const events: SessionEvent[] = [];
        // The partner still naming needs takes the turn when the step's partner is done.
        const partner: PartnerId = context.partners[step.partner].needsDone ? other(step.partner) : step.partner;
        const slice = context.partners[partner];
        if (!slice.needsDone) {
          const n = this.planted[partner] + 1;
          const label = `${step.text.slice(0, 40)} ${marker(partner, n)}`.trim();
          this.planted[partner] = n;
          events.push({
            type: 'need.add',
            partner,
            need: {
              id: `${partner}-n${n}`,
              label,
              weight: 1 + (twist % 5),
              core: twist % 3 === 0,
              minimum: twist % 7,
              category: `cat ${marker(partner, n)}`,
            },
          });
          const first = slice.needs[0];
          if (first !== undefined && twist % 7 === 0) events.push({ type: 'need.remove', partner, needId: first.id });
          if (first !== undefined && twist % 11 === 0) {
            events.push({
              type: 'need.update',
              partner,
              need: {
                id: first.id,
                label: `${this.text(step).slice(0, 40)} ${marker(partner, n)}`,
                weight: 3,
                core: false,
              },
            });
          }
          if (slice.needs.length > 0) events.push({ type: 'needs.done', partner }, { type: 'needs.done', partner });
        }
        return events;
      }
      case 'understanding': {
        const events: SessionEvent[] = [];
        for (const speaker of ['a', 'b'] as const) {
          const last = context.understanding[speaker].at(-1);
          if (last?.understood === 'yes') continue;
          if (last !== undefined && last.understood === null) {
            events.push({
              type: 'reflection.confirm',
              partner: speaker,
              understood: twist % 4 === 0 ? 'partly' : 'yes',
            });
          } else {
            events.push({ type: 'reflection.submit', partner: other(speaker), text: this.text(step) });
          }
        }
        return events;
      }
      case 'options': {
        const own = context.options.filter((option) => option.proposedBy === partner);
        const proposed = context.options.filter((option) => option.proposedBy !== null).length;
        return [
          { type: 'option.add', partner, text: this.text(step).slice(0, 60) },
          ...(proposed >= 2
            ? [{ type: 'options.done', partner } as const, { type: 'options.done', partner } as const]
            : []),
          ...(own[0] !== undefined && twist % 9 === 0
            ? [{ type: 'option.remove', partner, optionId: own[0].id } as const]
            : []),
        ];
      }
      case 'rating': {
        const events: SessionEvent[] = [];
        for (const p of ['a', 'b'] as const) {
          const s = context.partners[p];
          if (s.ratingsDone) continue;
          const missing = context.options.flatMap((option) =>
            s.needs
              .filter((need) => !s.ratings.some((r) => r.optionId === option.id && r.needId === need.id))
              .map((need) => ({ option, need })),
          );
          const first = missing[twist % Math.max(1, missing.length)];
          if (first !== undefined)
            events.push({
              type: 'rating.set',
              partner: p,
              optionId: first.option.id,
              needId: first.need.id,
              value: twist % 11,
            });
          else events.push({ type: 'ratings.done', partner: p });
        }
        return events;
      }
      case 'review': {
        const assessment = context.assessment;
        const fair =
          assessment?.options.filter((option) => option.coreUnmet.a.length === 0 && option.coreUnmet.b.length === 0) ??
          [];
        const proposals: SessionEvent[] = fair.map((option) => ({
          type: 'agreement.propose',
          partner,
          proposal: { kind: 'option', optionId: option.id },
        }));
        if (assessment?.takeTurns?.kind === 'turns')
          proposals.push({ type: 'agreement.propose', partner, proposal: { kind: 'takeTurns' } });
        const leave: SessionEvent[] =
          twist % 6 === 0
            ? [{ type: 'revise.options', partner }]
            : twist % 7 === 0
              ? [{ type: 'revise.needs', partner }]
              : twist % 13 === 0 || proposals.length === 0
                ? [
                    { type: 'session.park', partner, at: this.now },
                    { type: 'revise.options', partner },
                  ]
                : [];
        return [...proposals, ...proposals, ...leave];
      }
      case 'agreement': {
        const waiting = (['a', 'b'] as const).filter((p) => context.partners[p].response === null);
        return waiting.map(
          (p): SessionEvent => ({
            type: 'agreement.respond',
            partner: p,
            at: this.now,
            accept: twist % 8 !== 0,
            authenticity: twist % 10 === 0 ? 2 : 4 + (twist % 2),
            coreNeedsRespected: twist % 12 !== 0,
          }),
        );
      }
      default:
        return [];
    }
  }
}

/** The text fields of an event that the machine checks for threats, with the text in each. */
export function checkedTexts(event: unknown): string[] {
  if (typeof event !== 'object' || event === null) return [];
  const e = event as { type?: unknown; text?: unknown; topic?: unknown; need?: { label?: unknown } };
  const texts: unknown[] = [];
  if (e.type === 'note.say' || e.type === 'option.add' || e.type === 'reflection.submit') texts.push(e.text);
  if (e.type === 'need.add' || e.type === 'need.update') texts.push(e.need?.label);
  if (e.type === 'setup.submit') texts.push(e.topic);
  return texts.filter((text): text is string => typeof text === 'string');
}

/** Whether an event carries one of the {@link THREAT_TEXTS} in a field the machine checks. */
export function carriesThreat(event: unknown): boolean {
  return checkedTexts(event).some((text) => THREAT_TEXTS.some((threat) => text.includes(threat)));
}

const swapId = (value: unknown): unknown => (value === 'a' ? 'b' : value === 'b' ? 'a' : value);

/**
 * The same event sent by the other partner: `partner` swapped when it is `a` or `b`, and setup's names swapped.
 * Anything else, junk included, stays exactly as it was (a junk `partner: 'c'` must stay junk).
 */
export function mirrorAnyEvent(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event;
  const mirrored: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  if ('partner' in mirrored) mirrored.partner = swapId(mirrored.partner);
  const names = mirrored.names;
  if (mirrored.type === 'setup.submit' && typeof names === 'object' && names !== null && !Array.isArray(names)) {
    const { a, b, ...rest } = names as Record<string, unknown>;
    mirrored.names = { ...rest, ...(b === undefined ? {} : { a: b }), ...(a === undefined ? {} : { b: a }) };
  }
  return mirrored;
}

const PARTNER_VALUED_KEYS: ReadonlySet<string> = new Set(['partner', 'proposedBy']);

/**
 * A stored session as the other partner would have it: every `{ a, b }` pair swapped, every partner id swapped
 * (`partner`, `proposedBy`, `subordinated`). Plain JSON in, plain JSON out.
 */
export function mirrorStored(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    return key === 'subordinated' ? value.map(swapId).sort() : value.map((item) => mirrorStored(item));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 2 && 'a' in value && 'b' in value)
      return { a: mirrorStored(value.b, 'a'), b: mirrorStored(value.a, 'b') };
    return Object.fromEntries(
      entries.map(([k, v]) => [k, PARTNER_VALUED_KEYS.has(k) ? swapId(v) : mirrorStored(v, k)]),
    );
  }
  return value;
}
