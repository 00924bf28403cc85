import { expect, test } from '@playwright/test';
import {
  addOptions,
  checkIn,
  expectStep,
  SUNDAYS,
  startFresh,
  walkToCheckIn,
  walkToOptions,
  walkToPause,
} from './support/walk.js';

test.describe('the self-compassion pause', () => {
  test.beforeEach(async ({ page }) => {
    // The app's clock is the page's: installing a fake one lets a 20-minute break pass in a moment.
    await page.clock.install({ time: new Date('2026-03-14T10:00:00') });
  });

  test('should go to the pause on high distress at check-in, and resume at the same step once the break is over', async ({
    page,
  }) => {
    await startFresh(page);
    await walkToCheckIn(page, SUNDAYS);

    await checkIn(page, 'Ana', 9);

    await expectStep(page, 'pause');
    await expect(page.getByText(/You agreed to come back at 10:20/)).toBeVisible();
    await expect(page.locator('.setting')).toContainText('20 minutes');
    const resume = page.getByRole('button', { name: 'I am ready to go back' });
    await expect(resume).toBeDisabled();
    await page.clock.runFor(19 * 60_000);
    await expect(resume).toBeDisabled();

    await page.clock.runFor(61_000);
    await expect(resume).toBeEnabled();
    await resume.click();

    // Back where the session was: the check-in, which both partners now take again.
    await expectStep(page, 'checkIn');
    await checkIn(page, 'Ana', 4);
    await checkIn(page, 'Ben', 3);
    await expectStep(page, 'needs');
  });

  test('should pause from the bar at any step, walk the break steps one at a time, and come back with nothing lost', async ({
    page,
  }) => {
    await startFresh(page);
    await walkToOptions(page, SUNDAYS);
    await page.getByLabel('The idea', { exact: true }).fill('Brunch with friends, then a quiet afternoon');
    await page.getByRole('button', { name: 'Add the idea' }).click();
    await page.getByLabel('The idea', { exact: true }).fill('A half-typed idea');

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Pause for Ben' }).click();

    await expectStep(page, 'pause');
    await page.getByRole('button', { name: 'Ben’s break steps' }).click();
    await expect(page.getByText('Ben: step 1 of 4')).toBeVisible();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByText('Ben: step 2 of 4')).toBeVisible();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(page.getByText('Ben: step 3 of 4')).toBeVisible();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByRole('heading', { name: 'What do I need right now?' })).toBeVisible();
    await page.locator('.mode-choice').first().click();
    await expect(page.locator('.mode-choice').first()).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.prompts li').first()).toBeVisible();

    await page.clock.runFor(20 * 60_000 + 1000);
    await page.getByRole('button', { name: 'I am ready to go back' }).click();

    await expectStep(page, 'options');
    await expect(
      page.locator('.option-label', { hasText: 'Brunch with friends, then a quiet afternoon' }),
    ).toBeVisible();
    await expect(page.getByLabel('The idea', { exact: true })).toHaveValue('A half-typed idea');
    await addOptions(page, SUNDAYS.names, SUNDAYS.options.slice(1));
    await expectStep(page, 'rating');
  });

  test('should honour a longer shortest break chosen on the start screen', async ({ page }) => {
    await startFresh(page);
    await page.getByLabel('Shortest break').selectOption('30');

    await walkToPause(page, SUNDAYS, 10);

    await expect(page.locator('.setting')).toContainText('30 minutes');
    await page.clock.runFor(21 * 60_000);
    await expect(page.getByRole('button', { name: 'I am ready to go back' })).toBeDisabled();
    await page.clock.runFor(9 * 60_000);
    await expect(page.getByRole('button', { name: 'I am ready to go back' })).toBeEnabled();
  });

  test('should keep the breathing guide still under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await startFresh(page);
    await walkToPause(page, SUNDAYS);

    await expect(page.locator('.breathing-cue')).toBeHidden();
    await expect(page.locator('.breathing-circle')).toBeHidden();
    await expect(page.locator('.breathing-still')).toBeVisible();
    const still = await page
      .locator('.breathing-stage')
      .evaluate((el) => getComputedStyle(el, '::before').borderTopStyle);
    expect(still).toBe('solid');
  });
});
