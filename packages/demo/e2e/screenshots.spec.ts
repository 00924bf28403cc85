import { expect, test } from '@playwright/test';
import { shot } from './support/shots.js';
import {
  addNeed,
  addOptions,
  answerScreening,
  checkIn,
  expectStep,
  nameNeeds,
  passPrivateMoments,
  proposeTheSuggestion,
  rate,
  respond,
  SUNDAYS,
  sendRatings,
  sendResponse,
  sendScreeningAnswers,
  startFresh,
  submitSetup,
  takeDevice,
  understandEachOther,
  walkToPause,
} from './support/walk.js';

// One walk per width, saving a picture of every screen on the way (e2e/screenshots/<screen>-<375|desktop>.png).
for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
]) {
  test.describe(`screenshots at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('should capture every screen of a session', async ({ page }) => {
      const s = SUNDAYS;
      await startFresh(page);
      await shot(page, '01-start');

      await submitSetup(page, s);
      await expect(page.getByRole('heading', { name: 'Hand the device to Ana' })).toBeVisible();
      await shot(page, '02-handoff');
      await takeDevice(page, 'Ana');
      await shot(page, '03-safety-check');
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await shot(page, '03b-safety-check-unanswered');
      await sendScreeningAnswers(page);
      await answerScreening(page, 'Ben');

      await takeDevice(page, 'Ana');
      await page.getByRole('radio', { name: '3', exact: true }).check();
      await shot(page, '04-check-in');
      await page.getByRole('button', { name: 'Continue' }).click();
      await checkIn(page, 'Ben', 2);

      await takeDevice(page, 'Ana');
      for (const need of s.needs.a) await addNeed(page, need);
      await page.getByLabel('Search the list of needs').fill('rest');
      await shot(page, '05-needs');
      await page.getByLabel('Search the list of needs').fill('');
      await page.getByRole('button', { name: 'I have named my needs' }).click();
      await nameNeeds(page, 'Ben', s.needs.b);

      await shot(page, '06-understanding');
      await understandEachOther(page, s.names);

      await page.getByLabel('The idea', { exact: true }).fill('Brunch with friends, then a quiet afternoon');
      await page.getByRole('button', { name: 'Add the idea' }).click();
      await shot(page, '07-options');
      await addOptions(page, s.names, s.options.slice(1));

      await takeDevice(page, 'Ana');
      await shot(page, '08-rating');
      await page.getByRole('button', { name: 'I have rated everything' }).isDisabled();
      await sendRatings(page, s.ratings.a);
      await rate(page, 'Ben', s.ratings.b);
      await passPrivateMoments(page, s.names);

      await expectStep(page, 'review');
      await shot(page, '09-review');
      await page
        .locator('.map')
        .screenshot({ path: `e2e/screenshots/09b-compromise-map-${viewport.width <= 400 ? '375' : 'desktop'}.png` });

      await proposeTheSuggestion(page);
      await takeDevice(page, 'Ana');
      await shot(page, '10-agreement');
      await sendResponse(page, { accept: true, authenticity: 5, core: true });
      await respond(page, 'Ben', { accept: true, authenticity: 5, core: true });
      await expectStep(page, 'agreed');
      await shot(page, '11-agreed');
    });

    test('should capture the pause, the safety screens and Spanish', async ({ page }) => {
      await page.clock.install();
      await startFresh(page);
      await walkToPause(page, SUNDAYS);
      await page.clock.runFor(3000);
      await shot(page, '12-pause');
      await page.getByRole('button', { name: 'Ana’s break steps' }).click();
      await page.getByRole('button', { name: 'Next step' }).click();
      await shot(page, '12b-pause-break-step');

      await startFresh(page);
      await submitSetup(page, SUNDAYS);
      await answerScreening(page, 'Ana', { 0: 'Yes' });
      await shot(page, '13-safety-stop');
      await page.reload();
      await shot(page, '14-on-hold');

      await startFresh(page);
      await page.getByRole('button', { name: /Español/ }).click();
      await shot(page, '15-start-es');
      await page.getByRole('button', { name: /English/ }).click();
    });
  });
}
