import { expect, type Page, test } from '@playwright/test';
import {
  addNeed,
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
  startFresh,
  submitSetup,
  takeDevice,
  walkToPause,
} from './support/walk.js';

/** Reloads and checks the app comes back at `step`, with nothing lost. */
async function reloadAt(page: Page, step: string): Promise<void> {
  await page.reload();
  await expectStep(page, step);
}

test.describe('persistence on this device', () => {
  test('should resume exactly where the session was after a reload at every step', async ({ page }) => {
    const s = SUNDAYS;
    await startFresh(page);
    await reloadAt(page, 'setup');
    await submitSetup(page, s);
    await reloadAt(page, 'safetyCheck');
    // A reload always begins a private step with the hand-off, so nobody's answers are left on screen.
    await answerScreening(page, 'Ana');
    await reloadAt(page, 'safetyCheck');
    await answerScreening(page, 'Ben');
    await reloadAt(page, 'checkIn');
    await checkIn(page, 'Ana', 3);
    await reloadAt(page, 'checkIn');
    await checkIn(page, 'Ben', 2);
    await reloadAt(page, 'needs');

    await takeDevice(page, 'Ana');
    await addNeed(page, s.needs.a[0] ?? { label: 'Rest' });
    await reloadAt(page, 'needs');
    await takeDevice(page, 'Ana');
    await expect(page.locator('.need-label', { hasText: 'Rest after a long week' })).toBeVisible();
    await addNeed(page, s.needs.a[1] ?? { label: 'Time together' });
    await page.getByRole('button', { name: 'I have named my needs' }).click();
    await nameNeeds(page, 'Ben', s.needs.b);
    await reloadAt(page, 'understanding');

    await page.getByLabel('Ben, say back what Ana needs').fill('You need rest after your week.');
    await page.getByRole('button', { name: 'Share it' }).click();
    await reloadAt(page, 'understanding');
    await expect(page.getByText('You need rest after your week.')).toBeVisible();
    await page.getByRole('button', { name: 'Yes, I feel understood' }).click();
    await page.getByLabel('Ana, say back what Ben needs').fill('You need time with friends and fun.');
    await page.getByRole('button', { name: 'Share it' }).click();
    await page.getByRole('button', { name: 'Yes, I feel understood' }).click();
    await reloadAt(page, 'options');

    await page.getByLabel('The idea', { exact: true }).fill(s.options[0]?.text ?? '');
    await page.getByRole('button', { name: 'Add the idea' }).click();
    await reloadAt(page, 'options');
    await expect(page.locator('.option-label', { hasText: s.options[0]?.text ?? '' })).toBeVisible();
    await page.getByRole('group', { name: 'Whose idea is it?' }).getByRole('radio', { name: 'Ben' }).check();
    await page.getByLabel('The idea', { exact: true }).fill(s.options[1]?.text ?? '');
    await page.getByRole('button', { name: 'Add the idea' }).click();
    await page.getByRole('button', { name: 'We have our ideas' }).click();
    await reloadAt(page, 'rating');

    await takeDevice(page, 'Ana');
    const first = page
      .getByRole('group', { name: 'We stay home every Sunday', exact: true })
      .getByLabel('Rest after a long week');
    await first.selectOption('8');
    await reloadAt(page, 'rating');
    await takeDevice(page, 'Ana');
    await expect(first).toHaveValue('8');
    await page.getByRole('button', { name: 'I have rated everything' }).isDisabled();
    await sendRatings(page, s.ratings.a);
    await rate(page, 'Ben', s.ratings.b);
    await reloadAt(page, 'review');
    await passPrivateMoments(page, s.names);
    await expect(page.getByRole('heading', { name: 'The suggestion' })).toBeVisible();

    await proposeTheSuggestion(page);
    await reloadAt(page, 'agreement');
    await respond(page, 'Ana', { accept: true, authenticity: 5, core: true });
    await reloadAt(page, 'agreement');
    await expect(page.getByRole('heading', { level: 1, name: 'Hand the device to Ben' })).toBeVisible();
    await respond(page, 'Ben', { accept: true, authenticity: 5, core: true });
    await reloadAt(page, 'agreed');
    await expect(page.locator('.agreement-summary')).toContainText('Brunch with friends, then a quiet afternoon');
  });

  test('should resume a pause with the same return time after a reload', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-14T18:30:00') });
    await startFresh(page);
    await walkToPause(page, SUNDAYS);
    await expect(page.getByText(/You agreed to come back at 6:50/)).toBeVisible();
    await page.clock.runFor(5 * 60_000);

    await reloadAt(page, 'pause');

    await expect(page.getByText(/You agreed to come back at 6:50/)).toBeVisible();
    await expect(page.locator('.breathing-remaining')).toContainText(/14:5\d|15:00/);
  });

  for (const [what, stored] of [
    ['text that is not JSON', '{this is not json'],
    ['a format from a newer version', JSON.stringify({ format: 'common-ground/session', version: 999, snapshot: {} })],
    [
      'a snapshot in an impossible state',
      JSON.stringify({
        format: 'common-ground/session',
        version: 1,
        snapshot: { status: 'active', value: { flow: 'nowhere' }, context: {} },
      }),
    ],
  ] as const) {
    test(`should recover from ${what} with a friendly message and a fresh start`, async ({ page }) => {
      await startFresh(page);
      await page.evaluate((text) => localStorage.setItem('common-ground.session', text), stored);

      await page.reload();

      await expectStep(page, 'setup');
      await expect(page.getByRole('status')).toContainText('We could not read the session saved on this device');
      await expect(page.getByLabel('First partner’s name')).toBeVisible();
      await page.getByRole('button', { name: 'OK' }).click();
      await expect(page.getByRole('status')).toHaveCount(0);
    });
  }

  test('should delete everything from this device when asked', async ({ page }) => {
    await startFresh(page);
    await submitSetup(page, SUNDAYS);
    await answerScreening(page, 'Ana');
    expect(await page.evaluate(() => localStorage.getItem('common-ground.session'))).not.toBeNull();

    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();

    await expectStep(page, 'setup');
    await expect(page.getByRole('status')).toContainText('deleted from this device');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('common-ground.')))).toEqual(
      [],
    );
    await page.reload();
    await expectStep(page, 'setup');
    await expect(page.getByLabel('First partner’s name')).toHaveValue('');
  });

  test('should keep working, and say so, when the browser refuses to save', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/');

    await submitSetup(page, SUNDAYS);

    await expectStep(page, 'safetyCheck');
    await expect(page.getByRole('status')).toContainText('This browser is not letting us save');
  });
});
