import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { SessionEvent } from '../schemas/events.js';
import { InputError, issuesFromZod } from '../schemas/inputError.js';
import { type SessionInput, SessionInputSchema } from '../schemas/sessionInput.js';
import { CLEAR_ANSWERS, MINUTE, PATH_TO, SCRIPT_NEEDS, script, T0 } from '../testing/sessionArbitraries.js';
import { createInitialContext, type SessionContext, STATUS_QUO_ID } from './context.js';
import { SessionContextSchema } from './contextSchema.js';
import { machineStep } from './machineStep.js';
import { sessionMachine } from './sessionMachine.js';
import { DEFAULT_SESSION_SETTINGS } from './settings.js';

function run(events: readonly unknown[], input: SessionInput = {}) {
  const actor = createActor(sessionMachine, { input }).start();
  for (const event of events) actor.send(event as SessionEvent);
  return actor;
}

function contextAfter(events: readonly unknown[], input: SessionInput = {}): SessionContext {
  return run(events, input).getSnapshot().context;
}

/** Sends `event` after `events` and checks that neither the state nor the context changed. */
function expectIgnored(events: readonly unknown[], event: unknown): void {
  const actor = run(events);
  const before = actor.getSnapshot();
  actor.send(event as SessionEvent);
  const after = actor.getSnapshot();
  expect(after.value).toEqual(before.value);
  expect(after.context).toEqual(before.context);
}

/** Every working step the scripts reach, in the order of the session. */
const WORKING_STEPS = Object.keys(PATH_TO) as (keyof typeof PATH_TO)[];

describe('sessionMachine', () => {
  describe('start and settings', () => {
    it('should start in setup with the status quo option and the default settings', () => {
      const snapshot = run([]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('setup');
      expect(snapshot.context.options).toEqual([{ id: STATUS_QUO_ID, label: null, statusQuo: true, proposedBy: null }]);
      expect(snapshot.context.settings).toEqual(DEFAULT_SESSION_SETTINGS);
    });

    it('should take settings from the input and fill in the rest with defaults', () => {
      const { settings } = contextAfter([], { settings: { minBreakMinutes: 30, authenticityThreshold: 5 } });

      expect(settings.minBreakMinutes).toBe(30);
      expect(settings.authenticityThreshold).toBe(5);
      expect(settings.maxBreakMinutes).toBe(DEFAULT_SESSION_SETTINGS.maxBreakMinutes);
    });

    it('should document the defaults the issue asks for', () => {
      expect(DEFAULT_SESSION_SETTINGS).toMatchObject({
        minBreakMinutes: 20,
        maxBreakMinutes: 1440,
        floodingHeartRate: 100,
        floodingAboveRestingPercent: 10,
        distressThreshold: 8,
        coreMinimum: 6,
        authenticityThreshold: 4,
        reviewAfterDays: 14,
        locale: 'en',
      });
    });

    it('should reject invalid settings with one InputError naming every problem', () => {
      const act = () => createInitialContext({ settings: { minBreakMinutes: 0, distressThreshold: 11 } });

      expect(act).toThrow(InputError);
      expect(act).toThrowErrorMatchingInlineSnapshot(
        `[InputError: sessionMachine input: settings.minBreakMinutes: the shortest break must be at least 1 minute; settings.distressThreshold: the distress threshold must be at most 10]`,
      );
    });

    it('should reject a shortest break longer than the longest break', () => {
      const act = () => createInitialContext({ settings: { minBreakMinutes: 60, maxBreakMinutes: 30 } });

      expect(act).toThrowErrorMatchingInlineSnapshot(
        `[InputError: sessionMachine input: settings.minBreakMinutes: the shortest break must not be longer than the longest break]`,
      );
    });

    describe('with invalid settings on a live actor (docs/session-machine.md)', () => {
      const invalid = { settings: { minBreakMinutes: 0, distressThreshold: 11 } };

      it('should throw from neither createActor nor start, and hand the InputError to error observers', () => {
        const actor = createActor(sessionMachine, { input: invalid });
        const created = actor.getSnapshot();
        const observed: unknown[] = [];
        actor.subscribe({ error: (error) => observed.push(error) });

        expect(() => actor.start()).not.toThrow();
        expect(created.status).toBe('error');
        expect(created.error).toBeInstanceOf(InputError);
        expect((created.error as InputError).issues.map((issue) => issue.path)).toEqual([
          'settings.minBreakMinutes',
          'settings.distressThreshold',
        ]);
        expect(actor.getSnapshot().status).toBe('error');
        expect(observed).toEqual([created.error]);
      });

      it('should rethrow the InputError later on a timer, outside the caller, when nothing observes errors', () => {
        vi.useFakeTimers();
        try {
          const actor = createActor(sessionMachine, { input: invalid });

          expect(() => actor.start()).not.toThrow();
          expect(() => vi.runAllTimers()).toThrow(InputError);
        } finally {
          vi.useRealTimers();
        }
      });

      it('should let a host find the same problems first with SessionInputSchema.safeParse', () => {
        const checked = SessionInputSchema.safeParse(invalid);
        const created = createActor(sessionMachine, { input: invalid }).getSnapshot();

        expect(checked.success).toBe(false);
        expect(issuesFromZod(checked.error?.issues ?? [])).toEqual((created.error as InputError).issues);
      });
    });

    it('should keep a context that matches its schema and survives JSON', () => {
      const context = contextAfter(PATH_TO.review());

      expect(SessionContextSchema.safeParse(context).success).toBe(true);
      expect(JSON.parse(JSON.stringify(context))).toEqual(context);
    });
  });

  describe('setup', () => {
    it('should record names and topic and move to safetyCheck', () => {
      const snapshot = run(script.setup()).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('safetyCheck');
      expect(snapshot.context.names).toEqual({ a: 'Ana', b: 'Bo' });
      expect(snapshot.context.topic).toBe('How we spend Saturdays');
    });

    it('should give the status quo the description setup provides', () => {
      const context = contextAfter([{ ...script.setup()[0], statusQuo: 'Each of us does our own thing' }]);

      expect(context.options[0]?.label).toBe('Each of us does our own thing');
    });

    it('should ignore a setup without a topic', () => {
      expectIgnored([], { type: 'setup.submit', names: { a: 'Ana', b: 'Bo' } });
    });

    it('should ignore a setup whose name is only spaces', () => {
      expectIgnored([], { type: 'setup.submit', names: { a: '   ', b: 'Bo' }, topic: 'Saturdays' });
    });

    it('should ignore a second setup once the session has moved on', () => {
      expectIgnored(PATH_TO.safetyCheck(), script.setup()[0]);
    });
  });

  describe('safetyCheck', () => {
    it('should move to checkIn once both partners clear the screen', () => {
      expect(machineStep(run(PATH_TO.checkIn()).getSnapshot().value)).toBe('checkIn');
    });

    it('should wait in safetyCheck while only one partner has answered', () => {
      const snapshot = run([...script.setup(), script.clearScreens()[0]]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('safetyCheck');
      expect(snapshot.context.partners.a.screened).toBe(true);
      expect(snapshot.context.partners.b.screened).toBe(false);
    });

    it("should stop for safety on a stated concern, recording it only in that partner's slice", () => {
      const snapshot = run([
        ...script.setup(),
        { type: 'safety.answer', partner: 'b', concern: true, answers: CLEAR_ANSWERS },
      ]).getSnapshot();

      expect(snapshot.value).toBe('safetyStop');
      expect(snapshot.status).toBe('done');
      expect(snapshot.context.partners.b.safetyStop).toEqual({ reason: 'screening' });
      expect(snapshot.context.partners.a.safetyStop).toBeNull();
    });

    it.each(['yes', 'unsure'] as const)('should stop for safety when an answer is "%s"', (answer) => {
      const snapshot = run([
        ...script.setup(),
        { type: 'safety.answer', partner: 'a', concern: false, answers: { ...CLEAR_ANSWERS, money: answer } },
      ]).getSnapshot();

      expect(snapshot.value).toBe('safetyStop');
      expect(snapshot.context.partners.a.safetyStop).toEqual({ reason: 'screening' });
    });

    it('should stop for safety when questions are left unanswered (the screen fails closed)', () => {
      const snapshot = run([
        ...script.setup(),
        { type: 'safety.answer', partner: 'a', concern: false, answers: { afraid: 'no' } },
      ]).getSnapshot();

      expect(snapshot.value).toBe('safetyStop');
    });

    it('should never store the screening answers', () => {
      const context = contextAfter([
        ...script.setup(),
        { type: 'safety.answer', partner: 'a', concern: false, answers: { ...CLEAR_ANSWERS } },
      ]);

      expect(JSON.stringify(context)).not.toContain('afraid');
    });

    it('should ignore a second answer from a partner who already answered', () => {
      expectIgnored([...script.setup(), script.clearScreens()[0]], {
        type: 'safety.answer',
        partner: 'a',
        concern: true,
        answers: CLEAR_ANSWERS,
      });
    });

    it('should ignore an answer from an unknown partner', () => {
      expectIgnored(script.setup(), { type: 'safety.answer', partner: 'c', concern: true, answers: CLEAR_ANSWERS });
    });

    it('should ignore a screening answer outside safetyCheck', () => {
      expectIgnored(PATH_TO.needs(), { type: 'safety.answer', partner: 'a', concern: true, answers: CLEAR_ANSWERS });
    });
  });

  describe('checkIn', () => {
    it('should move to needs when both partners check in calm', () => {
      const snapshot = run(PATH_TO.needs()).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('needs');
      expect(snapshot.context.partners.b.checkIn).toEqual({
        at: T0,
        distress: 4,
        heartRate: 72,
        restingHeartRate: 70,
        flooded: false,
      });
    });

    it.each([
      ['a distress at the threshold', { distress: 8 }],
      ['a heart rate of 100 (the limit itself counts)', { distress: 2, heartRate: 100 }],
      ['a heart rate 10% over resting', { distress: 2, heartRate: 77, restingHeartRate: 70 }],
    ])('should pause first on %s, with a flooding flag only for that partner', (_name, reading) => {
      const snapshot = run([
        ...PATH_TO.checkIn(),
        { type: 'checkIn.submit', partner: 'a', at: T0, ...reading },
      ]).getSnapshot();

      expect(snapshot.value).toBe('pause');
      expect(snapshot.context.pause?.startedAt).toBe(T0);
      expect(snapshot.context.partners.a.flags.map((flag) => flag.kind)).toEqual(['flooding']);
      expect(snapshot.context.partners.b.flags).toEqual([]);
    });

    it('should not pause at 99 bpm or at 9% over resting', () => {
      const snapshot = run([
        ...PATH_TO.checkIn(),
        { type: 'checkIn.submit', partner: 'a', at: T0, distress: 2, heartRate: 99 },
        { type: 'checkIn.submit', partner: 'b', at: T0, distress: 2, heartRate: 76, restingHeartRate: 70 },
      ]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('needs');
    });

    it('should return to checkIn after a flooding pause, with both partners checking in again', () => {
      const snapshot = run([
        ...PATH_TO.checkIn(),
        { type: 'checkIn.submit', partner: 'a', at: T0, distress: 3 },
        { type: 'checkIn.submit', partner: 'b', at: T0 + MINUTE, distress: 9 },
        { type: 'pause.resume', partner: 'b', at: T0 + 21 * MINUTE },
      ]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('checkIn');
      expect(snapshot.context.partners.a.checkIn).toBeNull();
      expect(snapshot.context.partners.b.checkIn).toBeNull();
    });

    it('should ignore a second check-in from the same partner', () => {
      expectIgnored([...PATH_TO.checkIn(), script.calmCheckIns()[0]], {
        type: 'checkIn.submit',
        partner: 'a',
        at: T0,
        distress: 9,
      });
    });

    it('should ignore a distress outside 0-10', () => {
      expectIgnored(PATH_TO.checkIn(), { type: 'checkIn.submit', partner: 'a', at: T0, distress: 11 });
    });

    it('should ignore a check-in without a time', () => {
      expectIgnored(PATH_TO.checkIn(), { type: 'checkIn.submit', partner: 'a', distress: 3 });
    });
  });

  describe('needs', () => {
    const rest = SCRIPT_NEEDS.a[0];

    it("should add a need to its partner's own slice only, with the default minimum", () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: { id: 'x', label: 'Quiet', weight: 2, core: false } },
      ]);

      expect(context.partners.a.needs).toEqual([{ id: 'x', label: 'Quiet', weight: 2, core: false, minimum: 6 }]);
      expect(context.partners.b.needs).toEqual([]);
    });

    it("should give a need without a minimum the session's core minimum", () => {
      const context = contextAfter(
        [
          ...PATH_TO.needs(),
          { type: 'need.add', partner: 'a', need: { id: 'x', label: 'Quiet', weight: 2, core: true } },
        ],
        {
          settings: { coreMinimum: 8 },
        },
      );

      expect(context.partners.a.needs[0]?.minimum).toBe(8);
    });

    it('should keep a minimum the partner set', () => {
      const context = contextAfter(
        [
          ...PATH_TO.needs(),
          { type: 'need.add', partner: 'a', need: { id: 'x', label: 'Quiet', weight: 2, core: true, minimum: 3 } },
        ],
        {
          settings: { coreMinimum: 8 },
        },
      );

      expect(context.partners.a.needs[0]?.minimum).toBe(3);
    });

    it('should let both partners use the same need id', () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: { id: 'x', label: 'Quiet', weight: 2, core: false } },
        { type: 'need.add', partner: 'b', need: { id: 'x', label: 'Music', weight: 3, core: false } },
      ]);

      expect(context.partners.b.needs.map((need) => need.label)).toEqual(['Music']);
    });

    it('should ignore a need whose id the partner already uses', () => {
      expectIgnored([...PATH_TO.needs(), { type: 'need.add', partner: 'a', need: rest }], {
        type: 'need.add',
        partner: 'a',
        need: { ...rest, label: 'Other' },
      });
    });

    it('should ignore a need with a weight outside 1-5', () => {
      expectIgnored(PATH_TO.needs(), { type: 'need.add', partner: 'a', need: { ...rest, weight: 6 } });
    });

    it('should ignore a 21st need', () => {
      const twenty = Array.from(
        { length: 20 },
        (_, i): SessionEvent => ({
          type: 'need.add',
          partner: 'a',
          need: { id: `n${i}`, label: `Need ${i}`, weight: 1, core: false },
        }),
      );

      expectIgnored([...PATH_TO.needs(), ...twenty], {
        type: 'need.add',
        partner: 'a',
        need: { id: 'n20', label: 'One more', weight: 1, core: false },
      });
    });

    it("should update a partner's own need", () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: rest },
        { type: 'need.update', partner: 'a', need: { ...rest, weight: 1, core: false } },
      ]);

      expect(context.partners.a.needs[0]).toMatchObject({ id: 'rest', weight: 1, core: false });
    });

    it("should ignore an update of the other partner's need", () => {
      expectIgnored([...PATH_TO.needs(), { type: 'need.add', partner: 'a', need: rest }], {
        type: 'need.update',
        partner: 'b',
        need: rest,
      });
    });

    it("should remove a partner's own need", () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: rest },
        { type: 'need.remove', partner: 'a', needId: 'rest' },
      ]);

      expect(context.partners.a.needs).toEqual([]);
    });

    it('should ignore removing a need the partner does not have', () => {
      expectIgnored([...PATH_TO.needs(), { type: 'need.add', partner: 'a', need: rest }], {
        type: 'need.remove',
        partner: 'b',
        needId: 'rest',
      });
    });

    it('should ignore needs.done from a partner with no needs', () => {
      expectIgnored(PATH_TO.needs(), { type: 'needs.done', partner: 'a' });
    });

    it('should ignore changes to needs after the partner is done', () => {
      const done = [
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: rest } as const,
        { type: 'needs.done', partner: 'a' } as const,
      ];

      expectIgnored(done, {
        type: 'need.add',
        partner: 'a',
        need: { id: 'late', label: 'Late', weight: 1, core: false },
      });
      expectIgnored(done, { type: 'need.remove', partner: 'a', needId: 'rest' });
      expectIgnored(done, { type: 'needs.done', partner: 'a' });
    });

    it('should stay in needs until both partners are done, then move to understanding', () => {
      const events = [...PATH_TO.needs(), ...script.needs()];

      expect(machineStep(run(events.slice(0, -1)).getSnapshot().value)).toBe('needs');
      expect(machineStep(run(events).getSnapshot().value)).toBe('understanding');
    });

    it('should ignore need events outside needs', () => {
      expectIgnored(PATH_TO.understanding(), {
        type: 'need.add',
        partner: 'a',
        need: { id: 'late', label: 'Late', weight: 1, core: false },
      });
    });
  });

  describe('understanding', () => {
    const reflectA = { type: 'reflection.submit', partner: 'b', text: 'You need rest.' } as const;

    it('should file a reflection under the speaker whose needs it restates', () => {
      const context = contextAfter([...PATH_TO.understanding(), reflectA]);

      expect(context.understanding.a).toEqual([{ text: 'You need rest.', understood: null }]);
      expect(context.understanding.b).toEqual([]);
    });

    it('should ask the listener again when the speaker answers "partly"', () => {
      const context = contextAfter([
        ...PATH_TO.understanding(),
        reflectA,
        { type: 'reflection.confirm', partner: 'a', understood: 'partly' },
        { type: 'reflection.submit', partner: 'b', text: 'You need rest, and adventure.' },
      ]);

      expect(context.understanding.a.map((reflection) => reflection.understood)).toEqual(['partly', null]);
    });

    it('should ignore a second reflection while one awaits an answer', () => {
      expectIgnored([...PATH_TO.understanding(), reflectA], { ...reflectA, text: 'Again' });
    });

    it('should ignore a confirmation from the listener', () => {
      expectIgnored([...PATH_TO.understanding(), reflectA], {
        type: 'reflection.confirm',
        partner: 'b',
        understood: 'yes',
      });
    });

    it('should ignore a confirmation when no reflection awaits one', () => {
      expectIgnored(PATH_TO.understanding(), { type: 'reflection.confirm', partner: 'a', understood: 'yes' });
    });

    it('should ignore a reflection once the speaker feels understood', () => {
      expectIgnored(
        [...PATH_TO.understanding(), reflectA, { type: 'reflection.confirm', partner: 'a', understood: 'yes' }],
        reflectA,
      );
    });

    it('should ignore an answer other than yes, partly or no', () => {
      expectIgnored([...PATH_TO.understanding(), reflectA], {
        type: 'reflection.confirm',
        partner: 'a',
        understood: 'maybe',
      });
    });

    it('should stay in understanding until both partners feel understood', () => {
      const events = [...PATH_TO.understanding(), ...script.understanding()];

      expect(machineStep(run(events.slice(0, -1)).getSnapshot().value)).toBe('understanding');
      expect(machineStep(run(events).getSnapshot().value)).toBe('options');
    });
  });

  describe('options', () => {
    it('should number options from a counter, keeping the status quo first', () => {
      const context = contextAfter([...PATH_TO.options(), ...script.options().slice(0, 2)]);

      expect(context.options.map((option) => [option.id, option.proposedBy])).toEqual([
        ['status-quo', null],
        ['option-1', 'a'],
        ['option-2', 'b'],
      ]);
    });

    it('should ignore options.done with fewer than two options besides the status quo', () => {
      expectIgnored([...PATH_TO.options(), script.options()[0]], { type: 'options.done', partner: 'a' });
    });

    it('should move to rating with two options besides the status quo', () => {
      expect(machineStep(run(PATH_TO.rating()).getSnapshot().value)).toBe('rating');
    });

    it('should let the proposer withdraw an option', () => {
      const context = contextAfter([
        ...PATH_TO.options(),
        script.options()[0],
        { type: 'option.remove', partner: 'a', optionId: 'option-1' },
      ]);

      expect(context.options.map((option) => option.id)).toEqual(['status-quo']);
    });

    it("should ignore withdrawing the other partner's option", () => {
      expectIgnored([...PATH_TO.options(), script.options()[0]], {
        type: 'option.remove',
        partner: 'b',
        optionId: 'option-1',
      });
    });

    it('should ignore withdrawing the status quo', () => {
      expectIgnored(PATH_TO.options(), { type: 'option.remove', partner: 'a', optionId: STATUS_QUO_ID });
    });

    it('should ignore an option with no words', () => {
      expectIgnored(PATH_TO.options(), { type: 'option.add', partner: 'a', text: '  ' });
    });
  });

  describe('rating', () => {
    it("should record a rating of a partner's own need", () => {
      const context = contextAfter([
        ...PATH_TO.rating(),
        { type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'rest', value: 7 },
      ]);

      expect(context.partners.a.ratings).toEqual([{ optionId: 'option-1', needId: 'rest', value: 7 }]);
    });

    it('should replace an earlier rating of the same option and need', () => {
      const context = contextAfter([
        ...PATH_TO.rating(),
        { type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'rest', value: 7 },
        { type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'rest', value: 2 },
      ]);

      expect(context.partners.a.ratings).toEqual([{ optionId: 'option-1', needId: 'rest', value: 2 }]);
    });

    it("should ignore a rating of the other partner's need", () => {
      expectIgnored(PATH_TO.rating(), {
        type: 'rating.set',
        partner: 'a',
        optionId: 'option-1',
        needId: 'closeness',
        value: 7,
      });
    });

    it('should ignore a rating of an unknown option', () => {
      expectIgnored(PATH_TO.rating(), {
        type: 'rating.set',
        partner: 'a',
        optionId: 'option-9',
        needId: 'rest',
        value: 7,
      });
    });

    it('should ignore a rating outside 0-10', () => {
      expectIgnored(PATH_TO.rating(), {
        type: 'rating.set',
        partner: 'a',
        optionId: 'option-1',
        needId: 'rest',
        value: 11,
      });
    });

    it('should ignore ratings.done before every option is rated', () => {
      expectIgnored(
        [
          ...PATH_TO.rating(),
          { type: 'rating.set', partner: 'b', optionId: 'option-1', needId: 'closeness', value: 7 },
        ],
        {
          type: 'ratings.done',
          partner: 'b',
        },
      );
    });

    it('should move to review once both partners finish rating', () => {
      const events = PATH_TO.review();

      expect(machineStep(run(events.slice(0, -1)).getSnapshot().value)).toBe('rating');
      expect(machineStep(run(events).getSnapshot().value)).toBe('review');
    });
  });

  describe('review', () => {
    const propose = (optionId: string, partner: 'a' | 'b' = 'a'): SessionEvent => ({
      type: 'agreement.propose',
      partner,
      proposal: { kind: 'option', optionId },
    });

    it('should hold the assessment, recommending the option that honours both core needs', () => {
      const { assessment } = contextAfter(PATH_TO.review());

      expect(assessment?.recommendation).toMatchObject({ kind: 'option', id: 'option-1' });
      expect(assessment?.options.find((option) => option.id === 'option-2')?.coreUnmet.b).toEqual(['closeness']);
    });

    it("should give the status quo the catalog's words in the session's language", () => {
      const inSpanish = contextAfter(PATH_TO.review(), { settings: { locale: 'es' } });

      expect(inSpanish.assessment?.options.find((option) => option.statusQuo)?.label).toBe(
        'Dejar las cosas como están',
      );
    });

    it('should put a proposal that honours both core needs on the table', () => {
      const snapshot = run([...PATH_TO.review(), propose('option-1', 'b')]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('agreement');
      expect(snapshot.context.proposal).toEqual({
        id: 'proposal-1',
        proposal: { kind: 'option', optionId: 'option-1' },
        proposedBy: 'b',
      });
    });

    it.each(['option-2', 'status-quo', 'option-9'])(
      'should ignore a proposal of %s, which leaves a core need unmet or does not exist',
      (optionId) => {
        expectIgnored(PATH_TO.review(), propose(optionId));
      },
    );

    it('should ignore a take-turns proposal when the review offers no plan', () => {
      expectIgnored(PATH_TO.review(), { type: 'agreement.propose', partner: 'a', proposal: { kind: 'takeTurns' } });
    });

    it('should ignore a proposal before the review', () => {
      expectIgnored(PATH_TO.rating(), propose('option-1'));
    });

    it('should go back to needs on revise.needs, keeping the needs but asking for understanding again', () => {
      const snapshot = run([...PATH_TO.review(), { type: 'revise.needs', partner: 'b' }]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('needs');
      expect(snapshot.context.partners.a.needs).toHaveLength(2);
      expect(snapshot.context.partners.a.needsDone).toBe(false);
      expect(snapshot.context.understanding).toEqual({ a: [], b: [] });
      expect(snapshot.context.assessment).toBeNull();
    });

    it('should walk from revised needs through understanding and rating back to review', () => {
      const snapshot = run([
        ...PATH_TO.review(),
        { type: 'revise.needs', partner: 'b' },
        { type: 'needs.done', partner: 'a' },
        { type: 'needs.done', partner: 'b' },
        ...script.understanding(),
        { type: 'options.done', partner: 'a' },
        { type: 'ratings.done', partner: 'a' },
        { type: 'ratings.done', partner: 'b' },
      ]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('review');
      expect(snapshot.context.assessment?.recommendation).toMatchObject({ id: 'option-1' });
    });

    it('should go back to options on revise.options, keeping the ratings given so far', () => {
      const snapshot = run([...PATH_TO.review(), { type: 'revise.options', partner: 'a' }]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('options');
      expect(snapshot.context.partners.a.ratings).toHaveLength(6);
      expect(snapshot.context.partners.a.ratingsDone).toBe(false);
    });

    it('should drop the ratings of an option withdrawn after a revision', () => {
      const context = contextAfter([
        ...PATH_TO.review(),
        { type: 'revise.options', partner: 'a' },
        { type: 'option.remove', partner: 'b', optionId: 'option-2' },
      ]);

      expect(context.partners.a.ratings.map((rating) => rating.optionId)).not.toContain('option-2');
      expect(context.partners.b.ratings.map((rating) => rating.optionId)).not.toContain('option-2');
    });

    it('should park the topic to revisit later', () => {
      const snapshot = run([...PATH_TO.review(), { type: 'session.park', partner: 'a', at: T0 + 5 }]).getSnapshot();

      expect(snapshot.value).toBe('parked');
      expect(snapshot.status).toBe('done');
      expect(snapshot.context.parkedAt).toBe(T0 + 5);
    });

    it('should ignore parking without a time', () => {
      expectIgnored(PATH_TO.review(), { type: 'session.park', partner: 'a' });
    });
  });

  describe('agreement', () => {
    const onTable = [
      ...PATH_TO.review(),
      { type: 'agreement.propose', partner: 'a', proposal: { kind: 'option', optionId: 'option-1' } } as const,
    ];
    const respond = (
      partner: 'a' | 'b',
      at: number,
      authenticity = 5,
      accept = true,
      coreNeedsRespected = true,
    ): SessionEvent => ({
      type: 'agreement.respond',
      partner,
      at,
      accept,
      authenticity,
      coreNeedsRespected,
    });

    it('should agree when both accept wholeheartedly, as a temporary compromise reviewed 14 days after the later answer', () => {
      const snapshot = run([...onTable, respond('a', T0 + 5), respond('b', T0 + 9, 4)]).getSnapshot();

      expect(snapshot.value).toBe('agreed');
      expect(snapshot.context.agreement).toEqual({
        proposal: { kind: 'option', optionId: 'option-1' },
        proposedBy: 'a',
        turns: null,
        kind: 'temporary',
        agreedAt: T0 + 9,
        reviewAt: T0 + 9 + 14 * 24 * 60 * MINUTE,
      });
    });

    it('should take the review period from the settings', () => {
      const context = contextAfter([...onTable, respond('a', T0), respond('b', T0)], {
        settings: { reviewAfterDays: 7 },
      });

      expect(context.agreement?.reviewAt).toBe(T0 + 7 * 24 * 60 * MINUTE);
    });

    it('should wait in agreement until both have answered, keeping each answer in its own slice', () => {
      const snapshot = run([...onTable, respond('a', T0)]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('agreement');
      expect(snapshot.context.partners.a.response).toEqual({
        at: T0,
        accept: true,
        authenticity: 5,
        coreNeedsRespected: true,
      });
      expect(snapshot.context.partners.b.response).toBeNull();
    });

    it('should return to review when one partner accepts with low authenticity, offering only them the fierce prompt', () => {
      const snapshot = run([...onTable, respond('a', T0), respond('b', T0, 3)]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('review');
      expect(snapshot.context.proposal).toBeNull();
      expect(snapshot.context.partners.b.fiercePromptOffered).toBe(true);
      expect(snapshot.context.partners.a.fiercePromptOffered).toBe(false);
      expect(snapshot.context.partners.b.flags.map((flag) => [flag.kind, flag.evidence, flag.messageId])).toEqual([
        ['subordination', { kind: 'authenticity', score: 3 }, 'patterns.authenticity.low'],
      ]);
      expect(snapshot.context.partners.a.flags).toEqual([]);
    });

    it('should return to review when a partner says a core need was given up', () => {
      const snapshot = run([...onTable, respond('a', T0, 5, true, false), respond('b', T0)]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('review');
      expect(snapshot.context.partners.a.fiercePromptOffered).toBe(true);
    });

    it('should return to review when a partner declines, clearing both answers', () => {
      const snapshot = run([...onTable, respond('a', T0, 5, false), respond('b', T0)]).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('review');
      expect(snapshot.context.partners.a.response).toBeNull();
      expect(snapshot.context.partners.b.response).toBeNull();
    });

    it('should take the authenticity threshold from the settings', () => {
      const snapshot = run([...onTable, respond('a', T0), respond('b', T0, 4)], {
        settings: { authenticityThreshold: 5 },
      }).getSnapshot();

      expect(machineStep(snapshot.value)).toBe('review');
    });

    it('should ignore a second answer from the same partner', () => {
      expectIgnored([...onTable, respond('a', T0, 2)], respond('a', T0, 5));
    });

    it('should ignore an authenticity outside 1-5', () => {
      expectIgnored(onTable, respond('a', T0, 6));
    });

    it('should agree on a take-turns plan when the review offers one', () => {
      const ratings: SessionEvent[] = [
        { type: 'rating.set', partner: 'a', optionId: 'status-quo', needId: 'rest', value: 2 },
        { type: 'rating.set', partner: 'a', optionId: 'status-quo', needId: 'fun', value: 2 },
        { type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'rest', value: 10 },
        { type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'fun', value: 10 },
        { type: 'rating.set', partner: 'a', optionId: 'option-2', needId: 'rest', value: 6 },
        { type: 'rating.set', partner: 'a', optionId: 'option-2', needId: 'fun', value: 3 },
        { type: 'rating.set', partner: 'b', optionId: 'status-quo', needId: 'closeness', value: 2 },
        { type: 'rating.set', partner: 'b', optionId: 'option-1', needId: 'closeness', value: 6 },
        { type: 'rating.set', partner: 'b', optionId: 'option-2', needId: 'closeness', value: 10 },
        { type: 'ratings.done', partner: 'a' },
        { type: 'ratings.done', partner: 'b' },
      ];
      const review = [...PATH_TO.rating(), ...ratings];
      const plan = contextAfter(review).assessment?.takeTurns;
      expect(plan?.kind).toBe('turns');

      const context = contextAfter([
        ...review,
        { type: 'agreement.propose', partner: 'b', proposal: { kind: 'takeTurns' } },
        respond('a', T0),
        respond('b', T0),
      ]);

      expect(context.agreement?.proposal).toEqual({ kind: 'takeTurns' });
      expect(context.agreement?.turns).toEqual(plan?.kind === 'turns' ? plan.parts : null);
    });
  });

  describe('pause', () => {
    it.each(WORKING_STEPS)('should pause from %s and resume exactly there after the shortest break', (step) => {
      const events = PATH_TO[step]();
      const before = run(events).getSnapshot();

      const paused = run([...events, { type: 'pause.request', partner: 'a', at: T0 }]).getSnapshot();
      const resumed = run([
        ...events,
        { type: 'pause.request', partner: 'a', at: T0 },
        { type: 'pause.resume', partner: 'b', at: T0 + 20 * MINUTE },
      ]).getSnapshot();

      expect(paused.value).toBe('pause');
      expect(resumed.value).toEqual(before.value);
      expect(resumed.context.pauses).toHaveLength(1);
    });

    it('should ignore a resume before the shortest break is over', () => {
      expectIgnored([...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 }], {
        type: 'pause.resume',
        partner: 'a',
        at: T0 + 20 * MINUTE - 1,
      });
    });

    it('should take the shortest break from the settings', () => {
      const actor = run([...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 }], {
        settings: { minBreakMinutes: 30 },
      });
      actor.send({ type: 'pause.resume', partner: 'a', at: T0 + 25 * MINUTE });

      expect(actor.getSnapshot().value).toBe('pause');
    });

    it('should note a return past the longest break as overdue', () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'pause.request', partner: 'a', at: T0 },
        { type: 'pause.resume', partner: 'a', at: T0 + 24 * 60 * MINUTE + 1 },
      ]);

      expect(context.pauses[0]).toMatchObject({ overdue: true, resumedAt: T0 + 24 * 60 * MINUTE + 1 });
    });

    it("should record who asked for the pause only in that partner's slice", () => {
      const context = contextAfter([...PATH_TO.needs(), { type: 'pause.request', partner: 'b', at: T0 }]);

      expect(context.partners.b.breakProgress).toEqual({ requested: true, step: 0, mode: null });
      expect(context.partners.a.breakProgress).toEqual({ requested: false, step: 0, mode: null });
      expect(context.pause).toEqual({
        startedAt: T0,
        earliestResumeAt: T0 + 20 * MINUTE,
        latestResumeAt: T0 + 1440 * MINUTE,
        resumedAt: null,
        overdue: false,
      });
    });

    it('should walk a partner through the break steps and stop at the last', () => {
      const paused = [...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 } as const];
      const next = { type: 'break.next', partner: 'a' } as const;

      expect(contextAfter([...paused, next, next]).partners.a.breakProgress?.step).toBe(2);
      expectIgnored([...paused, next, next, next], next);
    });

    it('should record a tender or fierce choice and move to the last step', () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'pause.request', partner: 'a', at: T0 },
        { type: 'break.choose', partner: 'b', mode: 'fierce' },
      ]);

      expect(context.partners.b.breakProgress).toEqual({ requested: false, step: 3, mode: 'fierce' });
    });

    it('should clear the break progress on resume', () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'pause.request', partner: 'a', at: T0 },
        { type: 'break.choose', partner: 'a', mode: 'tender' },
        { type: 'pause.resume', partner: 'a', at: T0 + 20 * MINUTE },
      ]);

      expect(context.partners.a.breakProgress).toBeNull();
    });

    it('should ignore break events outside a pause', () => {
      expectIgnored(PATH_TO.needs(), { type: 'break.next', partner: 'a' });
      expectIgnored(PATH_TO.needs(), { type: 'break.choose', partner: 'a', mode: 'tender' });
    });

    it('should ignore a second pause request during a pause', () => {
      expectIgnored([...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 }], {
        type: 'pause.request',
        partner: 'b',
        at: T0 + MINUTE,
      });
    });

    it('should ignore a pause request without a time', () => {
      expectIgnored(PATH_TO.needs(), { type: 'pause.request', partner: 'a' });
    });

    it('should ignore working events during a pause', () => {
      expectIgnored([...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 }], {
        type: 'need.add',
        partner: 'a',
        need: SCRIPT_NEEDS.a[0],
      });
    });

    it('should return to the exact step of the Rapoport loop after a pause', () => {
      const events = [...PATH_TO.understanding(), script.understanding()[0]];
      const context = contextAfter([
        ...events,
        { type: 'pause.request', partner: 'a', at: T0 },
        { type: 'pause.resume', partner: 'a', at: T0 + 20 * MINUTE },
      ]);

      expect(context.understanding).toEqual(contextAfter(events).understanding);
    });
  });

  describe('anywhere', () => {
    it.each([...WORKING_STEPS, 'pause'] as const)(
      "should stop for safety from %s on safety.raise, telling only that partner's slice",
      (step) => {
        const events =
          step === 'pause'
            ? [...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 } as const]
            : PATH_TO[step]();
        const snapshot = run([...events, { type: 'safety.raise', partner: 'a' }]).getSnapshot();

        expect(snapshot.value).toBe('safetyStop');
        expect(snapshot.context.partners.a.safetyStop).toEqual({ reason: 'raised' });
        expect(snapshot.context.partners.b.safetyStop).toBeNull();
      },
    );

    it.each([...WORKING_STEPS, 'pause'] as const)(
      'should exit from %s and keep nothing either partner entered',
      (step) => {
        const events =
          step === 'pause'
            ? [...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 } as const]
            : PATH_TO[step]();
        const snapshot = run([...events, { type: 'session.exit' }]).getSnapshot();

        expect(snapshot.value).toBe('exited');
        expect(snapshot.context).toEqual(createInitialContext({}));
      },
    );

    it('should ignore a quick exit naming an unknown partner', () => {
      expectIgnored(PATH_TO.needs(), { type: 'session.exit', partner: 'c' });
    });

    it.each([...WORKING_STEPS, 'pause'] as const)('should record a note in %s with the next note id', (step) => {
      const events =
        step === 'pause'
          ? [...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 } as const]
          : PATH_TO[step]();
      const context = contextAfter([
        ...events,
        { type: 'note.say', partner: 'b', text: 'I am glad we are doing this.' },
      ]);

      expect(context.notes).toEqual([{ id: 'note-1', partner: 'b', text: 'I am glad we are doing this.' }]);
    });

    it('should ignore an empty note', () => {
      expectIgnored(PATH_TO.needs(), { type: 'note.say', partner: 'a', text: '   ' });
    });

    it('should ignore events of unknown types and values that are not events', () => {
      expectIgnored(PATH_TO.needs(), { type: 'need.explode', partner: 'a' });
      expectIgnored(PATH_TO.needs(), { type: 'needs.done' });
    });
  });

  describe('language flags and threats', () => {
    it("should flag a partner's own words privately, keeping the span, and still record the need", () => {
      const label = 'Fine, I give up. Whatever you want.';
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: { id: 'x', label, weight: 1, core: false } },
      ]);

      expect(context.partners.a.needs.map((need) => need.label)).toEqual([label]);
      expect(context.partners.a.flags.map((flag) => [flag.kind, flag.evidence])).toEqual([
        ['subordination', { kind: 'text', source: 'need', text: label, start: 0, end: 15 }],
        ['subordination', { kind: 'text', source: 'need', text: label, start: 17, end: 34 }],
      ]);
      expect(context.partners.b.flags).toEqual([]);
    });

    it('should not flag a negated phrase', () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        {
          type: 'need.add',
          partner: 'a',
          need: { id: 'x', label: "I'm not saying whatever you want", weight: 1, core: false },
        },
      ]);

      expect(context.partners.a.flags).toEqual([]);
    });

    it("should flag a reflection in the listener's slice", () => {
      const context = contextAfter([
        ...PATH_TO.understanding(),
        { type: 'reflection.submit', partner: 'b', text: 'I am such an idiot, you need rest.' },
      ]);

      expect(
        context.partners.b.flags.map((flag) => [
          flag.kind,
          flag.evidence.kind === 'text' ? flag.evidence.source : null,
        ]),
      ).toEqual([['selfCriticism', 'reflection']]);
      expect(context.partners.a.flags).toEqual([]);
    });

    it("should flag an option in the proposer's slice and still add it", () => {
      const context = contextAfter([
        ...PATH_TO.options(),
        { type: 'option.add', partner: 'b', text: 'We go to the lake, take it or leave it' },
      ]);

      expect(context.options).toHaveLength(2);
      expect(context.partners.b.flags.map((flag) => flag.kind)).toEqual(['myWayOrElse']);
    });

    it('should not flag the same words twice', () => {
      const note = { type: 'note.say', partner: 'a', text: 'Whatever you want.' } as const;
      const context = contextAfter([...PATH_TO.needs(), note, note]);

      expect(context.notes).toHaveLength(2);
      expect(context.partners.a.flags).toHaveLength(1);
    });

    it.each([...WORKING_STEPS, 'pause'] as const)(
      'should stop for safety from %s on a threat in a note, without keeping the note',
      (step) => {
        const events =
          step === 'pause'
            ? [...PATH_TO.needs(), { type: 'pause.request', partner: 'a', at: T0 } as const]
            : PATH_TO[step]();
        const snapshot = run([
          ...events,
          { type: 'note.say', partner: 'b', text: 'I will hurt you if you leave' },
        ]).getSnapshot();

        expect(snapshot.value).toBe('safetyStop');
        expect(snapshot.context.notes).toEqual([]);
        expect(snapshot.context.partners.b.safetyStop).toEqual({ reason: 'threat' });
        expect(snapshot.context.partners.b.flags.map((flag) => flag.kind)).toEqual(['threat']);
        expect(snapshot.context.partners.a.safetyStop).toBeNull();
        expect(JSON.stringify(snapshot.context.partners.a)).not.toContain('hurt');
      },
    );

    it('should stop for safety on a threat in a need, keeping the need out of the list', () => {
      const snapshot = run([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: { id: 'x', label: 'You will regret this', weight: 1, core: false } },
      ]).getSnapshot();

      expect(snapshot.value).toBe('safetyStop');
      expect(snapshot.context.partners.a.needs).toEqual([]);
    });

    it('should stop for safety on a reported threat (threats fail closed)', () => {
      const snapshot = run([
        ...PATH_TO.understanding(),
        { type: 'reflection.submit', partner: 'a', text: 'You said "I will hurt you" last night.' },
      ]).getSnapshot();

      expect(snapshot.value).toBe('safetyStop');
    });

    it('should stop for safety on a threat in the topic, naming nobody', () => {
      const snapshot = run([
        { type: 'setup.submit', names: { a: 'Ana', b: 'Bo' }, topic: 'You will regret this' },
      ]).getSnapshot();

      expect(snapshot.value).toBe('safetyStop');
      expect(snapshot.context.topic).toBeNull();
      expect([snapshot.context.partners.a.safetyStop, snapshot.context.partners.b.safetyStop]).toEqual([null, null]);
    });
  });

  describe('hints and process flags', () => {
    it('should hint, privately, when a need reads as a demand on the partner, and drop the hint when it is reworded', () => {
      const demand = { id: 'x', label: 'You need to call me every day', weight: 3, core: false };
      const hinted = [...PATH_TO.needs(), { type: 'need.add', partner: 'a', need: demand } as const];

      expect(contextAfter(hinted).partners.a.needHints).toEqual([
        { needId: 'x', messageId: 'patterns.needHint.demand' },
      ]);
      expect(contextAfter(hinted).partners.b.needHints).toEqual([]);
      expect(
        contextAfter([
          ...hinted,
          { type: 'need.update', partner: 'a', need: { ...demand, label: 'Feeling connected' } },
        ]).partners.a.needHints,
      ).toEqual([]);
    });

    it("should keep each partner's needs as a private baseline when they are first shared", () => {
      const context = contextAfter(PATH_TO.understanding());

      expect(context.partners.a.needsBaseline).toEqual(context.partners.a.needs);
      expect(context.partners.a.ratingsBaseline).toBeNull();
    });

    it('should flag, only to that partner, having no core need while the other has several', () => {
      const context = contextAfter([
        ...PATH_TO.needs(),
        { type: 'need.add', partner: 'a', need: { id: 'x', label: 'Quiet', weight: 2, core: false } },
        { type: 'need.add', partner: 'b', need: { id: 'y', label: 'Closeness', weight: 5, core: true } },
        { type: 'need.add', partner: 'b', need: { id: 'z', label: 'Fun', weight: 4, core: true } },
        { type: 'needs.done', partner: 'a' },
        { type: 'needs.done', partner: 'b' },
      ]);

      expect(context.partners.a.flags.map((flag) => flag.messageId)).toEqual(['patterns.process.noCoreNeeds']);
      expect(context.partners.b.flags).toEqual([]);
    });

    it('should flag a partner who turns down every proposed compromise', () => {
      const decline = (at: number): SessionEvent[] => [
        { type: 'agreement.propose', partner: 'b', proposal: { kind: 'option', optionId: 'option-1' } },
        { type: 'agreement.respond', partner: 'a', at, accept: false, authenticity: 5, coreNeedsRespected: true },
        { type: 'agreement.respond', partner: 'b', at, accept: true, authenticity: 5, coreNeedsRespected: true },
      ];

      const once = contextAfter([...PATH_TO.review(), ...decline(T0)]);
      const twice = contextAfter([...PATH_TO.review(), ...decline(T0), ...decline(T0 + 1)]);

      expect(once.partners.a.flags).toEqual([]);
      expect(twice.partners.a.compromiseResponses).toEqual([
        { proposalId: 'proposal-1', accept: false },
        { proposalId: 'proposal-2', accept: false },
      ]);
      expect(twice.partners.a.flags.map((flag) => [flag.kind, flag.messageId])).toEqual([
        ['myWayOrElse', 'patterns.process.compromisesRejected'],
      ]);
      expect(twice.partners.b.flags).toEqual([]);
    });

    it('should flag, to the partner it would leave worse off, a proposal that is one-sided against them', () => {
      // a is comfortable with things as they are; option-1 meets both core needs but leaves a worse off.
      const ratings: SessionEvent[] = [
        { type: 'rating.set', partner: 'a', optionId: 'status-quo', needId: 'rest', value: 10 },
        { type: 'rating.set', partner: 'a', optionId: 'status-quo', needId: 'fun', value: 10 },
        { type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'rest', value: 6 },
        { type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'fun', value: 0 },
        { type: 'rating.set', partner: 'a', optionId: 'option-2', needId: 'rest', value: 6 },
        { type: 'rating.set', partner: 'a', optionId: 'option-2', needId: 'fun', value: 0 },
        { type: 'rating.set', partner: 'b', optionId: 'status-quo', needId: 'closeness', value: 2 },
        { type: 'rating.set', partner: 'b', optionId: 'option-1', needId: 'closeness', value: 9 },
        { type: 'rating.set', partner: 'b', optionId: 'option-2', needId: 'closeness', value: 9 },
        { type: 'ratings.done', partner: 'a' },
        { type: 'ratings.done', partner: 'b' },
      ];

      const context = contextAfter([
        ...PATH_TO.rating(),
        ...ratings,
        { type: 'agreement.propose', partner: 'b', proposal: { kind: 'option', optionId: 'option-1' } },
      ]);

      expect(context.partners.a.flags.map((flag) => [flag.messageId, flag.evidence])).toEqual([
        ['patterns.outcome.oneSided', { kind: 'outcome', rule: 'outcome.oneSided', optionId: 'option-1' }],
      ]);
      expect(context.partners.b.flags).toEqual([]);
    });
  });

  describe('flags', () => {
    const flooded = [...PATH_TO.checkIn(), { type: 'checkIn.submit', partner: 'a', at: T0, distress: 9 } as const];

    it('should let the partner a flag concerns dismiss it', () => {
      const context = contextAfter([...flooded, { type: 'flag.dismiss', partner: 'a', flagId: 'flag-1' }]);

      expect(context.partners.a.flags[0]?.dismissed).toBe(true);
    });

    it('should ignore a dismissal by the other partner', () => {
      expectIgnored(flooded, { type: 'flag.dismiss', partner: 'b', flagId: 'flag-1' });
    });

    it('should ignore dismissing a flag twice or an unknown flag', () => {
      expectIgnored([...flooded, { type: 'flag.dismiss', partner: 'a', flagId: 'flag-1' }], {
        type: 'flag.dismiss',
        partner: 'a',
        flagId: 'flag-1',
      });
      expectIgnored(flooded, { type: 'flag.dismiss', partner: 'a', flagId: 'flag-9' });
    });
  });
});
