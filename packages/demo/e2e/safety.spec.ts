import { expect, type Page, test } from '@playwright/test';
import {
  answerScreening,
  expectStep,
  SUNDAYS,
  startFresh,
  submitSetup,
  takeDevice,
  walkToNeeds,
  walkToOptions,
} from './support/walk.js';

/** Nothing of the joint work may be on the page: no suggestion, no ideas, no proposal. */
async function expectNoCompromise(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^Propose/ })).toHaveCount(0);
  await expect(page.getByText('The suggestion')).toHaveCount(0);
  await expect(page.getByText('Compromise map')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
}

test.describe('safety', () => {
  test('should stop at the safety screen with resources when a partner shares a concern privately', async ({
    page,
  }) => {
    await startFresh(page);
    await submitSetup(page, SUNDAYS);
    await answerScreening(page, 'Ana');

    await answerScreening(page, 'Ben', { 0: 'Yes' });

    await expectStep(page, 'safetyStop');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Let’s stop the joint work here'.replace('’', "'") }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Help you can reach now' })).toBeVisible();
    await expect(page.getByRole('link', { name: /800-799-SAFE/ })).toHaveAttribute('href', 'tel:+18007997233');
    await expectNoCompromise(page);
  });

  test('should treat "I\'m not sure" as a concern', async ({ page }) => {
    await startFresh(page);
    await submitSetup(page, SUNDAYS);

    await answerScreening(page, 'Ana', { 3: "I'm not sure" });

    await expectStep(page, 'safetyStop');
    await expectNoCompromise(page);
  });

  test('should show the other partner only a neutral pause after a safety stop', async ({ page }) => {
    await startFresh(page);
    await submitSetup(page, SUNDAYS);
    await answerScreening(page, 'Ana', { 2: 'Yes' });
    await expectStep(page, 'safetyStop');

    // Handing the device on (a reload forgets who holds it) shows only the neutral screen, naming no one and no reason.
    await page.reload();

    await expectStep(page, 'onHold');
    await expect(page.getByRole('heading', { level: 1, name: 'This session is paused for now.' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Ana');
    await expect(page.getByRole('main')).not.toContainText('safe');
    await expectNoCompromise(page);
  });

  test('should stop at the safety screen when a threat is typed, and offer no compromise', async ({ page }) => {
    await startFresh(page);
    await walkToNeeds(page, SUNDAYS);
    await takeDevice(page, 'Ana');

    await page.getByLabel('The need, in your own words').fill('If you go out again I will hurt you');
    await page.getByRole('button', { name: 'Add this need' }).click();

    await expectStep(page, 'safetyStop');
    await expect(page.getByRole('heading', { name: 'Help you can reach now' })).toBeVisible();
    await expect(page.getByText('If you go out again I will hurt you')).toHaveCount(0);
    await expectNoCompromise(page);
  });

  test('should stop for a threat typed on a shared screen, too', async ({ page }) => {
    await startFresh(page);
    await walkToOptions(page, SUNDAYS);

    await page.getByRole('group', { name: 'Whose idea is it?' }).getByRole('radio', { name: 'Ben' }).check();
    await page.getByLabel('The idea', { exact: true }).fill('Do it or I will hurt you');
    await page.getByRole('button', { name: 'Add the idea' }).click();

    await expect(page.locator('main')).toHaveAttribute('data-step', /^(safetyStop|onHold)$/);
    await expect(page.getByText('Do it or I will hurt you')).toHaveCount(0);
    await expectNoCompromise(page);
  });

  test('should leave at once for a neutral page that replaces this one in the history', async ({ page }) => {
    await startFresh(page);
    await submitSetup(page, SUNDAYS);
    await takeDevice(page, 'Ana');

    await page.getByRole('button', { name: "It's not safe to answer right now" }).click();

    await expect(page).toHaveURL(/\/exit\.html$/);
    await expect(page.getByRole('heading', { name: 'Simple lentil soup' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('common-ground.session'))).toBeNull();
    // Back skips the replaced entry: the app's page is no longer in this tab's history.
    await page.goBack();
    await expect(page).not.toHaveURL(/127\.0\.0\.1:4173\/$/);
  });

  test('should put Quick exit first in keyboard order and leave with it from any screen', async ({ page }) => {
    await startFresh(page);
    await submitSetup(page, SUNDAYS);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hand the device to Ana' })).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/exit\.html$/);
  });
});
