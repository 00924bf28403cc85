import { assign, createMachine, type setup } from 'xstate';
import type { SessionEvent } from '../schemas/events.js';
import type { SessionInput } from '../schemas/sessionInput.js';
import type { SessionContext } from './context.js';
import * as session from './context.js';

// The conflict session as a state machine (docs/session-machine.md). It is pure: no invoke, no after, no clock,
// no randomness. Time arrives in events (`at`), ids come from events or counters, and every guard and action is a
// one-liner over a pure function of context.ts, so the flow can be tested with graph paths and restored from a
// snapshot without a pending timer to lose (grounding.md §5).
//
// The working steps live inside `flow`, so `pause` can return to exactly where the session was through `flow`'s
// deep history. A safety stop is asked for by writing `safetyStopRequested` in the context (a screening concern,
// `safety.raise`, a threat in any text, a check that could not run); `flow` and `pause` then move to `safetyStop`
// at once through one eventless transition.

/**
 * `setup(...).createMachine(...)` with setup's types, built with xstate's `createMachine(config, implementations)`,
 * which is all that setup's own `createMachine` does with guards and actions. `setup` also returns every action
 * creator (`assign`, `raise`, `sendTo`, `log` and more) beside `createMachine`, so any bundle that calls it keeps them
 * all, used or not: 0.8 kB gzip of the demo's 110 kB budget. Only `createMachine` is available on the result.
 */
const setupMachine = ((implementations: Parameters<typeof createMachine>[1]) => ({
  // createMachine reads `guards` and `actions` (and `actors`, `delays`) from this object and ignores setup's `types`.
  createMachine: (config: Parameters<typeof createMachine>[0]) => createMachine(config, implementations),
})) as unknown as typeof setup;

/**
 * The conflict-session machine: two partners, `a` and `b`, from setup and a private safety check through needs,
 * understanding, options and ratings to a fair, temporary agreement, with a self-compassion pause and a safety
 * stop available throughout. Start it with `createActor(sessionMachine, { input: {} })`.
 *
 * @example
 * const actor = createActor(sessionMachine, { input: { settings: { minBreakMinutes: 30 } } }).start();
 * actor.send({ type: 'setup.submit', names: { a: 'Ana', b: 'Bo' }, topic: 'Weekends' });
 * actor.getSnapshot().value; // { flow: 'safetyCheck' }
 */
export const sessionMachine = setupMachine({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    // The assertion is what types the input: xstate reads the declared type of this value, not the value.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    input: {} as SessionInput | undefined,
  },
  guards: {
    isSafetyStopRequested: ({ context }) => session.isSafetyStopRequested(context),
    canSubmitSetup: ({ context, event }) => session.canSubmitSetup(context, event),
    canAnswerSafety: ({ context, event }) => session.canAnswerSafety(context, event),
    isScreeningClear: ({ context }) => session.isScreeningClear(context),
    canRaiseSafety: ({ context, event }) => session.canRaiseSafety(context, event),
    canCheckIn: ({ context, event }) => session.canCheckIn(context, event),
    isAnyoneFlooded: ({ context }) => session.isAnyoneFlooded(context),
    areBothCheckedIn: ({ context }) => session.areBothCheckedIn(context),
    canAddNeed: ({ context, event }) => session.canAddNeed(context, event),
    canUpdateNeed: ({ context, event }) => session.canUpdateNeed(context, event),
    canRemoveNeed: ({ context, event }) => session.canRemoveNeed(context, event),
    canFinishNeeds: ({ context, event }) => session.canFinishNeeds(context, event),
    canShareNeeds: ({ context }) => session.canShareNeeds(context),
    canReflect: ({ context, event }) => session.canReflect(context, event),
    canConfirmReflection: ({ context, event }) => session.canConfirmReflection(context, event),
    isUnderstoodBothWays: ({ context }) => session.isUnderstoodBothWays(context),
    canAddOption: ({ context, event }) => session.canAddOption(context, event),
    canRemoveOption: ({ context, event }) => session.canRemoveOption(context, event),
    canFinishOptions: ({ context, event }) => session.canFinishOptions(context, event),
    canRate: ({ context, event }) => session.canRate(context, event),
    canFinishRatings: ({ context, event }) => session.canFinishRatings(context, event),
    canReview: ({ context }) => session.canReview(context),
    canPropose: ({ context, event }) => session.canPropose(context, event),
    canRespond: ({ context, event }) => session.canRespond(context, event),
    isAgreementReached: ({ context }) => session.isAgreementReached(context),
    isAgreementDeclined: ({ context }) => session.isAgreementDeclined(context),
    canReviseNeeds: ({ context, event }) => session.canLeaveReview(context, event, 'revise.needs'),
    canReviseOptions: ({ context, event }) => session.canLeaveReview(context, event, 'revise.options'),
    canPark: ({ context, event }) => session.canLeaveReview(context, event, 'session.park'),
    canRequestPause: ({ context, event }) => session.canRequestPause(context, event),
    isPauseOver: ({ context, event }) => session.isPauseOver(context, event),
    canAdvanceBreak: ({ context, event }) => session.canAdvanceBreak(context, event),
    canChooseBreakMode: ({ context, event }) => session.canChooseBreakMode(context, event),
    canSayNote: ({ context, event }) => session.canSayNote(context, event),
    canDismissFlag: ({ context, event }) => session.canDismissFlag(context, event),
    canExit: ({ context, event }) => session.canExit(context, event),
  },
  actions: {
    recordSetup: assign(({ context, event }) => session.recordSetup(context, event)),
    recordSafetyAnswer: assign(({ context, event }) => session.recordSafetyAnswer(context, event)),
    recordSafetyRaise: assign(({ context, event }) => session.recordSafetyRaise(context, event)),
    recordCheckIn: assign(({ context, event }) => session.recordCheckIn(context, event)),
    startFloodingPause: assign(({ context }) => session.startFloodingPause(context)),
    addNeed: assign(({ context, event }) => session.addNeed(context, event)),
    updateNeed: assign(({ context, event }) => session.updateNeed(context, event)),
    removeNeed: assign(({ context, event }) => session.removeNeed(context, event)),
    finishNeeds: assign(({ context, event }) => session.finishNeeds(context, event)),
    detectProcessPatterns: assign(({ context }) => session.detectProcessPatterns(context)),
    recordReflection: assign(({ context, event }) => session.recordReflection(context, event)),
    recordConfirmation: assign(({ context, event }) => session.recordConfirmation(context, event)),
    addOption: assign(({ context, event }) => session.addOption(context, event)),
    removeOption: assign(({ context, event }) => session.removeOption(context, event)),
    recordRating: assign(({ context, event }) => session.recordRating(context, event)),
    finishRatings: assign(({ context, event }) => session.finishRatings(context, event)),
    assessSession: assign(({ context }) => session.assessSession(context)),
    recordProposal: assign(({ context, event }) => session.recordProposal(context, event)),
    recordResponse: assign(({ context, event }) => session.recordResponse(context, event)),
    recordAgreement: assign(({ context }) => session.recordAgreement(context)),
    closeProposal: assign(({ context }) => session.closeProposal(context)),
    reopenNeeds: assign(({ context }) => session.reopenNeeds(context)),
    reopenOptions: assign(({ context }) => session.reopenOptions(context)),
    recordPark: assign(({ context, event }) => session.recordPark(context, event)),
    startPause: assign(({ context, event }) => session.startPause(context, event)),
    endPause: assign(({ context, event }) => session.endPause(context, event)),
    advanceBreak: assign(({ context, event }) => session.advanceBreak(context, event)),
    chooseBreakMode: assign(({ context, event }) => session.chooseBreakMode(context, event)),
    recordNote: assign(({ context, event }) => session.recordNote(context, event)),
    dismissFlag: assign(({ context, event }) => session.dismissFlag(context, event)),
    clearSession: assign(({ context }) => session.clearSession(context)),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => session.createInitialContext(input),
  initial: 'flow',
  // Root handlers apply in every non-final state, the pause included.
  on: {
    'session.exit': { guard: 'canExit', target: '.exited', actions: 'clearSession' },
    'safety.raise': { guard: 'canRaiseSafety', actions: 'recordSafetyRaise' },
    'note.say': { guard: 'canSayNote', actions: 'recordNote' },
    'flag.dismiss': { guard: 'canDismissFlag', actions: 'dismissFlag' },
  },
  states: {
    flow: {
      initial: 'setup',
      always: { guard: 'isSafetyStopRequested', target: '#session.safetyStop' },
      on: {
        'pause.request': { guard: 'canRequestPause', target: '#session.pause', actions: 'startPause' },
      },
      states: {
        setup: {
          on: { 'setup.submit': { guard: 'canSubmitSetup', target: 'safetyCheck', actions: 'recordSetup' } },
        },
        safetyCheck: {
          always: { guard: 'isScreeningClear', target: 'checkIn' },
          on: { 'safety.answer': { guard: 'canAnswerSafety', actions: 'recordSafetyAnswer' } },
        },
        checkIn: {
          always: [
            { guard: 'isAnyoneFlooded', target: '#session.pause', actions: 'startFloodingPause' },
            { guard: 'areBothCheckedIn', target: 'needs' },
          ],
          on: { 'checkIn.submit': { guard: 'canCheckIn', actions: 'recordCheckIn' } },
        },
        needs: {
          always: { guard: 'canShareNeeds', target: 'understanding', actions: 'detectProcessPatterns' },
          on: {
            'need.add': { guard: 'canAddNeed', actions: 'addNeed' },
            'need.update': { guard: 'canUpdateNeed', actions: 'updateNeed' },
            'need.remove': { guard: 'canRemoveNeed', actions: 'removeNeed' },
            'needs.done': { guard: 'canFinishNeeds', actions: 'finishNeeds' },
          },
        },
        understanding: {
          always: { guard: 'isUnderstoodBothWays', target: 'options' },
          on: {
            'reflection.submit': { guard: 'canReflect', actions: 'recordReflection' },
            'reflection.confirm': { guard: 'canConfirmReflection', actions: 'recordConfirmation' },
          },
        },
        options: {
          on: {
            'option.add': { guard: 'canAddOption', actions: 'addOption' },
            'option.remove': { guard: 'canRemoveOption', actions: 'removeOption' },
            'options.done': { guard: 'canFinishOptions', target: 'rating' },
          },
        },
        rating: {
          always: { guard: 'canReview', target: 'review', actions: ['assessSession', 'detectProcessPatterns'] },
          on: {
            'rating.set': { guard: 'canRate', actions: 'recordRating' },
            'ratings.done': { guard: 'canFinishRatings', actions: 'finishRatings' },
          },
        },
        review: {
          on: {
            'agreement.propose': { guard: 'canPropose', target: 'agreement', actions: 'recordProposal' },
            'revise.needs': { guard: 'canReviseNeeds', target: 'needs', actions: 'reopenNeeds' },
            'revise.options': { guard: 'canReviseOptions', target: 'options', actions: 'reopenOptions' },
            'session.park': { guard: 'canPark', target: '#session.parked', actions: 'recordPark' },
          },
        },
        agreement: {
          always: [
            { guard: 'isAgreementReached', target: '#session.agreed', actions: 'recordAgreement' },
            { guard: 'isAgreementDeclined', target: 'review', actions: 'closeProposal' },
          ],
          on: { 'agreement.respond': { guard: 'canRespond', actions: 'recordResponse' } },
        },
        history: { type: 'history', history: 'deep' },
      },
    },
    pause: {
      always: { guard: 'isSafetyStopRequested', target: 'safetyStop' },
      on: {
        'pause.resume': { guard: 'isPauseOver', target: 'flow.history', actions: 'endPause' },
        'break.next': { guard: 'canAdvanceBreak', actions: 'advanceBreak' },
        'break.choose': { guard: 'canChooseBreakMode', actions: 'chooseBreakMode' },
      },
    },
    agreed: { type: 'final' },
    parked: { type: 'final' },
    safetyStop: { type: 'final' },
    exited: { type: 'final' },
  },
});
