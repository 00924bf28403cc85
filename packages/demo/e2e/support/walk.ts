import { expect, type Page } from '@playwright/test';

// Walking helpers: each drives one step of a session the way a couple would, through labels and roles only,
// so the tests read as the walk they describe and break when the interface stops making sense.

/** A need as a partner names it. */
export type NeedSpec = { label: string; weight?: number; core?: boolean; minimum?: number };

/** One whole session's worth of choices. */
export type Scenario = {
  names: { a: string; b: string };
  topic: string;
  statusQuo?: string;
  needs: { a: NeedSpec[]; b: NeedSpec[] };
  /** Ideas besides the status quo, each with who proposes it. */
  options: { by: 'a' | 'b'; text: string }[];
  /** Ratings 0-10 by option text (the status quo under its setup words) then need label. */
  ratings: { a: Record<string, Record<string, number>>; b: Record<string, Record<string, number>> };
};

/** A couple who reach an agreement: the brunch idea is good for both, and it is what the review suggests. */
export const SUNDAYS: Scenario = {
  names: { a: 'Ana', b: 'Ben' },
  topic: 'How we spend Sundays',
  statusQuo: 'We stay home every Sunday',
  needs: {
    a: [
      { label: 'Rest after a long week', weight: 5, core: true, minimum: 6 },
      { label: 'Time together', weight: 3 },
    ],
    b: [
      { label: 'Time with friends', weight: 4 },
      { label: 'Fun', weight: 3 },
    ],
  },
  options: [
    { by: 'a', text: 'Brunch with friends, then a quiet afternoon' },
    { by: 'b', text: 'Alternate Sundays: one out, one at home' },
  ],
  ratings: {
    a: {
      'We stay home every Sunday': { 'Rest after a long week': 8, 'Time together': 5 },
      'Brunch with friends, then a quiet afternoon': { 'Rest after a long week': 7, 'Time together': 8 },
      'Alternate Sundays: one out, one at home': { 'Rest after a long week': 6, 'Time together': 6 },
    },
    b: {
      'We stay home every Sunday': { 'Time with friends': 1, Fun: 3 },
      'Brunch with friends, then a quiet afternoon': { 'Time with friends': 8, Fun: 7 },
      'Alternate Sundays: one out, one at home': { 'Time with friends': 7, Fun: 7 },
    },
  },
};

/** Opens the app with nothing saved on the device. */
export async function startFresh(page: Page): Promise<void> {
  // Clear storage from the neutral exit page, where no app runs: a running session (a pause's countdown, say) could
  // save itself again between the clearing and a reload.
  await page.goto('/exit.html');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The main landmark, where each step's content lives. */
export function main(page: Page) {
  return page.getByRole('main');
}

/** The step the app is showing, from `data-step` on the main landmark. */
export async function currentStep(page: Page): Promise<string | null> {
  return page.locator('main[data-step]').getAttribute('data-step');
}

/** Waits until the app shows `step`. */
export async function expectStep(page: Page, step: string): Promise<void> {
  await expect(page.locator('main')).toHaveAttribute('data-step', step);
}

/** Fills in the start screen and begins. */
export async function submitSetup(page: Page, s: Pick<Scenario, 'names' | 'topic' | 'statusQuo'>): Promise<void> {
  await page.getByLabel('First partner’s name').fill(s.names.a);
  await page.getByLabel('Second partner’s name').fill(s.names.b);
  await page.getByLabel('What is the disagreement about?').fill(s.topic);
  if (s.statusQuo !== undefined) await page.getByLabel(/What happens now, if nothing changes/).fill(s.statusQuo);
  await page.getByRole('button', { name: 'Begin' }).click();
}

/** On the pass-the-device screen, the named partner takes the device. */
export async function takeDevice(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: `Hand the device to ${name}` })).toBeVisible();
  await page.getByRole('button', { name: `I am ${name}: continue` }).click();
}

/** Answers to the safety questions by question index; any question left out is answered "No". */
export type ScreeningAnswers = Partial<Record<number, 'No' | 'Yes' | "I'm not sure">>;

/** Distress levels (0-10) each partner gives at the check-in. */
export type Distress = { a: number; b: number };

/** Answers the safety questions on screen (the partner already holds the device) and sends them. */
export async function sendScreeningAnswers(page: Page, answers: ScreeningAnswers = {}): Promise<void> {
  const questions = page.getByRole('group').filter({ has: page.getByRole('radio') });
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    await questions
      .nth(i)
      .getByRole('radio', { name: answers[i] ?? 'No', exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

/** Answers the private safety screen: "no" to everything unless told otherwise. */
export async function answerScreening(page: Page, name: string, answers: ScreeningAnswers = {}): Promise<void> {
  await takeDevice(page, name);
  await sendScreeningAnswers(page, answers);
}

/** Gives a distress level on the check-in screen (the partner already holds the device) and continues. */
export async function sendCheckIn(page: Page, distress: number): Promise<void> {
  await page.getByRole('radio', { name: String(distress), exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A partner's private check-in with a distress level. */
export async function checkIn(page: Page, name: string, distress: number): Promise<void> {
  await takeDevice(page, name);
  await sendCheckIn(page, distress);
}

/** Adds one need on the needs screen (the partner already holds the device). */
export async function addNeed(page: Page, need: NeedSpec): Promise<void> {
  await page.getByLabel('The need, in your own words').fill(need.label);
  await page
    .getByRole('group', { name: 'How important is it to you?' })
    .getByRole('radio', { name: String(need.weight ?? 3), exact: true })
    .check();
  if (need.core === true) {
    await page.getByRole('radio', { name: /^Core: I cannot give this up/ }).check();
    if (need.minimum !== undefined)
      await page.getByLabel(/The least an option must give/).selectOption(String(need.minimum));
  } else {
    await page.getByRole('radio', { name: /^Flexible: I am open/ }).check();
  }
  await page.getByRole('button', { name: 'Add this need' }).click();
  await expect(page.locator('.need-label', { hasText: need.label }).first()).toBeVisible();
}

/** Adds every need on the needs screen (the partner already holds the device) and finishes. */
export async function sendNeeds(page: Page, needs: readonly NeedSpec[]): Promise<void> {
  for (const need of needs) await addNeed(page, need);
  await page.getByRole('button', { name: 'I have named my needs' }).click();
}

/** One partner names all their needs and finishes. */
export async function nameNeeds(page: Page, name: string, needs: readonly NeedSpec[]): Promise<void> {
  await takeDevice(page, name);
  await sendNeeds(page, needs);
}

/** The Rapoport loop, both ways, each understood at the first try. */
export async function understandEachOther(page: Page, names: { a: string; b: string }): Promise<void> {
  for (const [speaker, listener] of [
    [names.a, names.b],
    [names.b, names.a],
  ] as const) {
    await expect(page.getByRole('heading', { name: `${speaker} speaks, ${listener} listens` })).toBeVisible();
    await page
      .getByLabel(`${listener}, say back what ${speaker} needs`)
      .fill(`It makes sense that you need this, ${speaker}, because it matters to you.`);
    await page.getByRole('button', { name: 'Share it' }).click();
    await page.getByRole('button', { name: 'Yes, I feel understood' }).click();
  }
}

/** Adds the ideas together, each by its proposer, and finishes. */
export async function addOptions(
  page: Page,
  names: { a: string; b: string },
  options: Scenario['options'],
): Promise<void> {
  for (const option of options) {
    await page.getByRole('group', { name: 'Whose idea is it?' }).getByRole('radio', { name: names[option.by] }).check();
    await page.getByLabel('The idea', { exact: true }).fill(option.text);
    await page.getByRole('button', { name: 'Add the idea' }).click();
    await expect(page.locator('.option-label', { hasText: option.text })).toBeVisible();
  }
  await page.getByRole('button', { name: 'We have our ideas' }).click();
}

/** Rates every idea against each need on the rating screen (the partner already holds the device) and finishes. */
export async function sendRatings(page: Page, ratings: Record<string, Record<string, number>>): Promise<void> {
  for (const [option, byNeed] of Object.entries(ratings)) {
    const group = page.getByRole('group', { name: option, exact: true });
    for (const [need, value] of Object.entries(byNeed)) {
      await group.getByLabel(need).selectOption(String(value));
    }
  }
  await page.getByRole('button', { name: 'I have rated everything' }).click();
}

/** One partner rates every idea against each of their needs. */
export async function rate(page: Page, name: string, ratings: Record<string, Record<string, number>>): Promise<void> {
  await takeDevice(page, name);
  await sendRatings(page, ratings);
}

/** Goes through any private moments before the review (flags, the fierce prompt) for whoever has one. */
export async function passPrivateMoments(page: Page, names: { a: string; b: string }): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const handoff = page.getByRole('heading', { level: 1, name: /^Hand the device to / });
    if (!(await handoff.isVisible())) return;
    const text = (await handoff.textContent()) ?? '';
    const name = text.replace('Hand the device to ', '').trim();
    await takeDevice(page, name === names.a ? names.a : names.b);
    await page.getByRole('button', { name: 'Continue to the review' }).click();
  }
}

/** A partner's answer to a proposal: whether they accept, how freely (1-5), and whether their core needs hold. */
export type ProposalAnswer = { accept: boolean; authenticity: number; core: boolean };

/** Answers the proposal on screen (the partner already holds the device) and sends the answer. */
export async function sendResponse(page: Page, answer: ProposalAnswer): Promise<void> {
  await page
    .getByRole('group', { name: 'Do you accept it?' })
    .getByRole('radio', { name: answer.accept ? 'Yes' : 'No' })
    .check();
  await page
    .getByRole('group', { name: 'How much is this really your choice?' })
    .getByRole('radio', { name: String(answer.authenticity), exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Are your core needs respected by it?' })
    .getByRole('radio', { name: answer.core ? 'Yes' : 'No' })
    .check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
}

/** One partner's private answer to the proposal. */
export async function respond(page: Page, name: string, answer: ProposalAnswer): Promise<void> {
  await takeDevice(page, name);
  await sendResponse(page, answer);
}

/** On the review, proposes the idea the review recommends. */
export async function proposeTheSuggestion(page: Page): Promise<void> {
  await page
    .locator('.recommendation')
    .getByRole('button', { name: /^Propose/ })
    .click();
}

/** Proposes the recommended idea and both partners accept it freely (5 of 5), core needs respected. */
export async function agreeOnTheSuggestion(page: Page, names: { a: string; b: string }): Promise<void> {
  await proposeTheSuggestion(page);
  await respond(page, names.a, { accept: true, authenticity: 5, core: true });
  await respond(page, names.b, { accept: true, authenticity: 5, core: true });
}

/** Walks from the start screen through both private safety checks ("no" to everything) to the check-in. */
export async function walkToCheckIn(page: Page, s: Scenario): Promise<void> {
  await submitSetup(page, s);
  await answerScreening(page, s.names.a);
  await answerScreening(page, s.names.b);
}

/** Walks through both safety checks, then the first partner's check-in at high `distress`, which opens the pause. */
export async function walkToPause(page: Page, s: Scenario, distress = 9): Promise<void> {
  await walkToCheckIn(page, s);
  await checkIn(page, s.names.a, distress);
  await expectStep(page, 'pause');
}

/** Walks from the start screen through both check-ins to the needs step, where the first partner is handed the device. */
export async function walkToNeeds(page: Page, s: Scenario, distress: Distress = { a: 3, b: 3 }): Promise<void> {
  await walkToCheckIn(page, s);
  await checkIn(page, s.names.a, distress.a);
  await checkIn(page, s.names.b, distress.b);
}

/** Walks from the start screen through both partners' needs and the understanding loop to the shared ideas step. */
export async function walkToOptions(page: Page, s: Scenario, distress: Distress = { a: 3, b: 3 }): Promise<void> {
  await walkToNeeds(page, s, distress);
  await nameNeeds(page, s.names.a, s.needs.a);
  await nameNeeds(page, s.names.b, s.needs.b);
  await understandEachOther(page, s.names);
}

/** Walks from the start screen to the review with `s`. */
export async function walkToReview(page: Page, s: Scenario): Promise<void> {
  await walkToOptions(page, s, { a: 3, b: 2 });
  await addOptions(page, s.names, s.options);
  await rate(page, s.names.a, s.ratings.a);
  await rate(page, s.names.b, s.ratings.b);
  await passPrivateMoments(page, s.names);
  await expectStep(page, 'review');
}
