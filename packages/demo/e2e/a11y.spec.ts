import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/guards.js';
import {
  addNeed,
  addOptions,
  answerScreening,
  checkIn,
  expectStep,
  passPrivateMoments,
  rate,
  respond,
  SUNDAYS,
  startFresh,
  submitSetup,
  takeDevice,
  understandEachOther,
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
      for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await answerScreening(page, 'Ben');

      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'check-in');
      await page.getByRole('radio', { name: '3', exact: true }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await checkIn(page, 'Ben', 2);

      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'needs (empty)');
      for (const need of s.needs.a) await addNeed(page, need);
      await expectNoAxeViolations(page, 'needs (two ovals)');
      await page.getByRole('button', { name: 'I have named my needs' }).click();
      await takeDevice(page, 'Ben');
      for (const need of s.needs.b) await addNeed(page, need);
      await page.getByRole('button', { name: 'I have named my needs' }).click();

      await expectNoAxeViolations(page, 'understanding');
      await understandEachOther(page, s.names);
      await expectNoAxeViolations(page, 'options');
      await addOptions(page, s.names, s.options);

      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'rating');
      for (const [option, byNeed] of Object.entries(s.ratings.a)) {
        for (const [need, value] of Object.entries(byNeed)) {
          await page.getByRole('group', { name: option, exact: true }).getByLabel(need).selectOption(String(value));
        }
      }
      await page.getByRole('button', { name: 'I have rated everything' }).click();
      await rate(page, 'Ben', s.ratings.b);
      await passPrivateMoments(page, s.names);

      await expectStep(page, 'review');
      await expectNoAxeViolations(page, 'review');
      await page.getByRole('button', { name: 'Show as a table' }).click();
      await expectNoAxeViolations(page, 'review with the table shown');

      await page
        .locator('.recommendation')
        .getByRole('button', { name: /^Propose/ })
        .click();
      await takeDevice(page, 'Ana');
      await expectNoAxeViolations(page, 'agreement');
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await expectNoAxeViolations(page, 'agreement with errors');
      await page.getByRole('group', { name: 'Do you accept it?' }).getByRole('radio', { name: 'Yes' }).check();
      await page
        .getByRole('group', { name: 'How much is this really your choice?' })
        .getByRole('radio', { name: '5' })
        .check();
      await page
        .getByRole('group', { name: 'Are your core needs respected by it?' })
        .getByRole('radio', { name: 'Yes' })
        .check();
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await respond(page, 'Ben', { accept: true, authenticity: 5, core: true });
      await expectStep(page, 'agreed');
      await expectNoAxeViolations(page, 'agreed');
    });

    test('should find no axe violations on the pause, the safety screens and the Spanish start', async ({ page }) => {
      await page.clock.install();
      await startFresh(page);
      await submitSetup(page, SUNDAYS);
      await answerScreening(page, 'Ana');
      await answerScreening(page, 'Ben');
      await checkIn(page, 'Ana', 9);
      await expectStep(page, 'pause');
      await expectNoAxeViolations(page, 'pause');
      await page.getByRole('button', { name: 'Ana’s break steps' }).click();
      await expectNoAxeViolations(page, 'pause with break steps');
      await page.getByRole('button', { name: 'Pause' }).isHidden();

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
