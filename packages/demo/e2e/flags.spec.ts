import { expect, test } from '@playwright/test';
import {
  addNeed,
  expectStep,
  proposeTheSuggestion,
  respond,
  type Scenario,
  SUNDAYS,
  startFresh,
  takeDevice,
  walkToNeeds,
  walkToReview,
} from './support/walk.js';

/** Ben gives way everywhere: no core needs, "whatever you want", and an agreement he does not believe in. */
const GIVING_IN: Scenario = {
  ...SUNDAYS,
  needs: {
    a: SUNDAYS.needs.a,
    b: [
      { label: 'Whatever you want is fine with me', weight: 1 },
      { label: 'Time with friends', weight: 2 },
    ],
  },
  ratings: {
    a: SUNDAYS.ratings.a,
    b: {
      'We stay home every Sunday': { 'Whatever you want is fine with me': 5, 'Time with friends': 1 },
      'Brunch with friends, then a quiet afternoon': { 'Whatever you want is fine with me': 6, 'Time with friends': 8 },
      'Alternate Sundays: one out, one at home': { 'Whatever you want is fine with me': 6, 'Time with friends': 7 },
    },
  },
};

test.describe('flags, shown kindly and privately', () => {
  test('should flag giving in and send a half-hearted agreement back to the review, with the fierce prompt', async ({
    page,
  }) => {
    await startFresh(page);
    await walkToReview(page, GIVING_IN);
    await proposeTheSuggestion(page);

    await respond(page, 'Ana', { accept: true, authenticity: 5, core: true });
    await respond(page, 'Ben', { accept: true, authenticity: 2, core: true });

    // Back to the review, by way of a private moment for Ben only.
    await expect(page.getByRole('heading', { level: 1, name: 'Hand the device to Ben' })).toBeVisible();
    await takeDevice(page, 'Ben');
    await expect(page.getByRole('heading', { name: 'Your needs matter too' })).toBeVisible();
    const flags = page.locator('.flag');
    await expect(flags.filter({ hasText: 'Your own needs' }).first()).toBeVisible();
    await expect(page.getByText('Your answer: 2 of 5 for how much this is your choice.')).toBeVisible();
    await flags.first().getByRole('button', { name: 'Set this aside' }).click();
    await page.getByRole('button', { name: 'Continue to the review' }).click();
    await expectStep(page, 'review');
    await expect(page.locator('.flag')).toHaveCount(0);
  });

  test('should show a language flag with its evidence only in the private turn of the partner who wrote it', async ({
    page,
  }) => {
    await startFresh(page);
    await walkToNeeds(page, SUNDAYS);
    await takeDevice(page, 'Ana');

    await addNeed(page, { label: 'Whatever you want is fine with me', weight: 2 });

    const flag = page.locator('.flag').filter({ hasText: 'Your own needs' });
    await expect(flag).toBeVisible();
    await expect(flag.locator('mark')).toHaveText(/whatever you want/i);
    await page.getByRole('button', { name: 'I have named my needs' }).click();
    await takeDevice(page, 'Ben');
    await expect(page.locator('.flag')).toHaveCount(0);
  });

  test('should flag my-way-or-else for a partner who closes every door', async ({ page }) => {
    await startFresh(page);
    await walkToNeeds(page, SUNDAYS);
    await takeDevice(page, 'Ana');

    await addNeed(page, { label: 'We stay home, take it or leave it', weight: 5, core: true, minimum: 10 });

    const flag = page.locator('.flag').filter({ hasText: 'Room for both of you' });
    await expect(flag).toBeVisible();
    await expect(flag.locator('mark')).toHaveText(/take it or leave it/i);
  });

  test('should answer self-criticism with a reframe to say aloud', async ({ page }) => {
    await startFresh(page);
    await walkToNeeds(page, SUNDAYS);
    await takeDevice(page, 'Ana');

    await addNeed(page, { label: 'I am such an idiot about weekends', weight: 2 });

    const flag = page.locator('.flag').filter({ hasText: 'Being kind to yourself' });
    await expect(flag).toBeVisible();
    await expect(flag.locator('.reframe-lines p')).toHaveCount(3);
  });

  test('should give an inline hint when a need reads as a strategy', async ({ page }) => {
    await startFresh(page);
    await walkToNeeds(page, SUNDAYS);
    await takeDevice(page, 'Ana');

    await addNeed(page, { label: 'You to call me every evening', weight: 3 });

    await expect(page.locator('.need-hint')).toBeVisible();
    await expectStep(page, 'needs');
  });
});
