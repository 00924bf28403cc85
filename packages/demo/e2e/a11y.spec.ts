import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/guards.js';
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
  sendCheckIn,
  sendRatings,
  sendResponse,
  sendScreeningAnswers,
  startFresh,
  submitSetup,
  takeDevice,
  understandEachOther,
  walkToPause,
} from './support/walk.js';

// axe on every screen a couple meets, in light and dark, at phone width and on a desktop.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('should find no axe violations on any screen of a whole session', async ({ page }) => {
      const s = SUNDAYS;
      await startFresh(page);
      await expectNoAxeViolations(page, 'start');
      await page.getByRole('button', { name: 'Begin' }).click();
      await expectNoAxeViolations(page, 'start with errors');

      await submitSetup(page, s);
      await expectNoAxeViolations(page, 'hand-off');
      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'safety check');
      await sendScreeningAnswers(page);
      await answerScreening(page, 'Ben');

      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'check-in');
      await sendCheckIn(page, 3);
      await checkIn(page, 'Ben', 2);

      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'needs (empty)');
      for (const need of s.needs.a) await addNeed(page, need);
      await expectNoAxeViolations(page, 'needs (two ovals)');
      await page.getByRole('button', { name: 'I have named my needs' }).click();
      await nameNeeds(page, 'Ben', s.needs.b);

      await expectNoAxeViolations(page, 'understanding');
      await understandEachOther(page, s.names);
      await expectNoAxeViolations(page, 'options');
      await addOptions(page, s.names, s.options);

      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'rating');
      await sendRatings(page, s.ratings.a);
      await rate(page, 'Ben', s.ratings.b);
      await passPrivateMoments(page, s.names);

      await expectStep(page, 'review');
      await expectNoAxeViolations(page, 'review');
      await page.getByRole('button', { name: 'Show as a table' }).click();
      await expectNoAxeViolations(page, 'review with the table shown');

      await proposeTheSuggestion(page);
      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'agreement');
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await expectNoAxeViolations(page, 'agreement with errors');
      await sendResponse(page, { accept: true, authenticity: 5, core: true });
      await respond(page, 'Ben', { accept: true, authenticity: 5, core: true });
      await expectStep(page, 'agreed');
      await expectNoAxeViolations(page, 'agreed');
    });

    test('should find no axe violations on the pause, the safety screens and the Spanish start', async ({ page }) => {
      await page.clock.install();
      await startFresh(page);
      await walkToPause(page, SUNDAYS);
      await expectNoAxeViolations(page, 'pause');
      await page.getByRole('button', { name: 'Ana’s break steps' }).click();
      await expectNoAxeViolations(page, 'pause with break steps');

      await startFresh(page);
      await submitSetup(page, SUNDAYS);
      await answerScreening(page, 'Ana', { 1: 'Yes' });
      await expectStep(page, 'safetyStop');
      await expectNoAxeViolations(page, 'safety stop');
      await page.reload();
      await expectStep(page, 'onHold');
      await expectNoAxeViolations(page, 'on hold');

      await startFresh(page);
      await page.getByRole('button', { name: /Español/ }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expectNoAxeViolations(page, 'start in Spanish');
    });
  });
}
