// Plays one whole Common Ground session through the public API, with no UI: the proof that core is a library a
// host can drive from anywhere. The host owns the clock and stamps `at` on timed events; the machine never reads one.
// It saves the session halfway, restores it into a new actor and carries on. Exits non-zero unless the session ends
// in an agreement.
import {
  en,
  formatMessage,
  type Message,
  type NeedInput,
  type PartnerId,
  parseSessionEvent,
  restoreSession,
  SCREENING_QUESTIONS,
  type SessionEvent,
  selectView,
  serializeSession,
  sessionMachine,
  type Viewer,
} from '@common-ground/core';
import { type Actor, createActor } from 'xstate';

const names = { a: 'Ana', b: 'Bo' } as const;

// The host's clock: Saturday 9:00 UTC. Real hosts use Date.now(); a fixed clock keeps the output the same every run.
let now = Date.UTC(2026, 10, 28, 9, 0);
const minutes = (m: number): number => m * 60_000;
const time = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

let actor: Actor<typeof sessionMachine> = createActor(sessionMachine, { input: { settings: { minBreakMinutes: 20 } } });
actor.start();

/** Sends an event; says so when the machine would ignore it (it then leaves the snapshot as it was). */
function send(event: SessionEvent): void {
  if (!actor.getSnapshot().can(event)) console.log(`  (not accepted now: ${event.type})`);
  actor.send(event);
}

const view = (viewer: Viewer = 'shared') => selectView(actor.getSnapshot(), viewer);

/** Renders a message in English, with the partner's name where core says `a` or `b`. */
function say(msg: Message): string {
  const partner = msg.params?.partner;
  if (partner !== 'a' && partner !== 'b') return formatMessage(msg, en);
  return formatMessage({ ...msg, params: { ...msg.params, partner: names[partner] } }, en);
}

function heading(title: string): void {
  console.log(`\n== ${title} (step: ${view().step})`);
}

// ---------------------------------------------------------------------------------------------------------------
heading('Setup');
send({ type: 'setup.submit', names, topic: 'How we spend Saturdays', statusQuo: 'Bo sees friends, Ana stays home' });

heading('Private safety check');
// Each partner answers alone. Any "yes" or "unsure" would end the session in `safetyStop` with resources.
const clear = Object.fromEntries(SCREENING_QUESTIONS.map((question) => [question, 'no' as const]));
for (const partner of ['a', 'b'] as const) send({ type: 'safety.answer', partner, concern: false, answers: clear });

heading('Check-in');
send({ type: 'checkIn.submit', partner: 'a', at: now, distress: 3 });
send({ type: 'checkIn.submit', partner: 'b', at: now, distress: 4 });

heading('Needs');
const needs: Record<PartnerId, NeedInput[]> = {
  a: [
    { id: 'rest', label: 'Rest after a long week', weight: 5, core: true, minimum: 6 },
    { id: 'together', label: 'Unhurried time together', weight: 3, core: false },
  ],
  b: [
    { id: 'friends', label: 'Seeing my friends', weight: 4, core: true, minimum: 5 },
    { id: 'outdoors', label: 'Being outdoors', weight: 3, core: false },
  ],
};
for (const need of needs.a) send({ type: 'need.add', partner: 'a', need });
send({ type: 'needs.done', partner: 'a' });
for (const need of needs.b) send({ type: 'need.add', partner: 'b', need });
// Privacy: until both are done, each partner sees only their own needs.
console.log(`Ana sees Bo's needs? ${view('a').needs.b === null ? 'not yet' : 'yes'}`);

now += minutes(20);
console.log(`${time(now)}: Bo asks for a pause.`);
send({ type: 'pause.request', partner: 'b', at: now });
const pause = view().pause;
console.log(`Step: ${view().step}; joint work may resume from ${pause ? time(pause.endsAt) : '?'}.`);
now += minutes(10);
console.log(`${time(now)}: Bo tries to come back early.`);
send({ type: 'pause.resume', partner: 'b', at: now });
now += minutes(12);
console.log(`${time(now)}: Bo comes back.`);
send({ type: 'pause.resume', partner: 'b', at: now });
console.log(`Back at: ${view().step}`);

send({ type: 'needs.done', partner: 'b' });
console.log(`Ana sees Bo's needs now? ${view('a').needs.b === null ? 'no' : 'yes'}`);

heading('Understanding (each restates the other until they say "yes")');
send({
  type: 'reflection.submit',
  partner: 'b',
  text: 'You need real rest after your week, and time with me that is not rushed.',
});
send({ type: 'reflection.confirm', partner: 'a', understood: 'yes' });
send({ type: 'reflection.submit', partner: 'a', text: 'You want to see your friends.' });
send({ type: 'reflection.confirm', partner: 'b', understood: 'partly' });
send({
  type: 'reflection.submit',
  partner: 'a',
  text: 'Seeing your friends matters a lot to you, and so does getting outside.',
});
send({ type: 'reflection.confirm', partner: 'b', understood: 'yes' });

heading('Options');
send({ type: 'option.add', partner: 'a', text: 'A lazy morning together, friends in the afternoon' });
send({ type: 'option.add', partner: 'b', text: 'A day hike with friends' });
send({ type: 'option.add', partner: 'a', text: 'Friends over for dinner at ours' });
send({ type: 'options.done', partner: 'b' });
for (const option of view().options)
  console.log(`  ${option.id}: ${option.label ?? formatMessage({ id: 'session.option.statusQuo' }, en)}`);

heading('Save and restore');
// The stored text holds both partners' private entries: keep it on the device, or encrypt it (docs/integration.md).
const saved = serializeSession(actor.getSnapshot());
actor.stop();
const restored = restoreSession(saved);
if (!restored.ok) throw new Error(`could not restore: ${restored.error.message}`);
actor = createActor(sessionMachine, { snapshot: restored.snapshot });
actor.start();
console.log(`Saved ${saved.length} characters; a new actor carries on at: ${view().step}`);

heading('Ratings (private until both are done)');
// An event that arrives as JSON from a form or another device is checked before it is sent.
const fromTheWire: unknown = JSON.parse(
  '{ "type": "rating.set", "partner": "a", "optionId": "option-1", "needId": "rest", "value": 11 }',
);
const parsed = parseSessionEvent(fromTheWire);
if (!parsed.ok) for (const issue of parsed.issues) console.log(`  rejected: ${issue.path} ${issue.message}`);

// Each partner rates every option, the status quo included, against each of their own needs (0-10).
const ratings: Record<PartnerId, Record<string, Record<string, number>>> = {
  a: {
    'status-quo': { rest: 7, together: 1 },
    'option-1': { rest: 8, together: 7 },
    'option-2': { rest: 3, together: 5 },
    'option-3': { rest: 6, together: 6 },
  },
  b: {
    'status-quo': { friends: 7, outdoors: 2 },
    'option-1': { friends: 8, outdoors: 6 },
    'option-2': { friends: 9, outdoors: 10 },
    'option-3': { friends: 8, outdoors: 1 },
  },
};
for (const partner of ['a', 'b'] as const) {
  for (const [optionId, byNeed] of Object.entries(ratings[partner])) {
    for (const [needId, value] of Object.entries(byNeed))
      send({ type: 'rating.set', partner, optionId, needId, value });
  }
  send({ type: 'ratings.done', partner });
}

heading('Review');
const assessment = view().assessment;
if (assessment === null) throw new Error('the review should carry an assessment');
for (const option of assessment.options) {
  const kind = formatMessage({ id: `fairness.class.${option.class.kind}` }, en);
  const label = option.statusQuo ? `${option.label} (now)` : option.label;
  console.log(
    `  ${label.padEnd(52)} Ana ${Math.round(100 * option.satisfaction.a)}%, Bo ${Math.round(100 * option.satisfaction.b)}%: ${kind}`,
  );
}
for (const why of assessment.recommendationWhy) console.log(`  - ${say(why)}`);

heading('Agreement');
const recommendation = assessment.recommendation;
if (recommendation.kind === 'option') {
  send({ type: 'agreement.propose', partner: 'a', proposal: { kind: 'option', optionId: recommendation.id } });
} else if (recommendation.kind === 'turns') {
  send({ type: 'agreement.propose', partner: 'a', proposal: { kind: 'takeTurns' } });
}
now += minutes(5);
// Answers are private: each says whether they accept, how authentic it feels (1-5) and whether their core needs hold.
send({ type: 'agreement.respond', partner: 'a', at: now, accept: true, authenticity: 5, coreNeedsRespected: true });
send({ type: 'agreement.respond', partner: 'b', at: now, accept: true, authenticity: 4, coreNeedsRespected: true });

const final = view();
const agreement = final.agreement;
console.log(`\nThe session ended in: ${final.step}`);
if (final.step !== 'agreed' || agreement === null) {
  console.error('Expected an agreement.');
  process.exit(1);
}
const { proposal, turns } = agreement;
const agreed =
  proposal.kind === 'option'
    ? final.options.find((option) => option.id === proposal.optionId)?.label
    : (turns ?? []).map((part) => `${part.id} ${Math.round(100 * part.share)}% of the time`).join(', ');
console.log(`Agreed, for now: "${agreed}" (proposed by ${names[agreement.proposedBy]}).`);
console.log(
  `It is a ${agreement.kind} compromise, agreed ${time(agreement.agreedAt)}, to review on ${time(agreement.reviewAt).slice(0, 10)}.`,
);
