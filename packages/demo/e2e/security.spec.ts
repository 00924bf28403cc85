import { expect, test } from '@playwright/test';
import { watchDialogs, watchForeignRequests } from './support/guards.js';
import {
  agreeOnTheSuggestion,
  expectStep,
  nameNeeds,
  type Scenario,
  SUNDAYS,
  startFresh,
  submitSetup,
  takeDevice,
  walkToNeeds,
  walkToReview,
} from './support/walk.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_B = '"><script>alert(2)</script>';

const HOSTILE_SCENARIO: Scenario = {
  ...SUNDAYS,
  names: { a: HOSTILE, b: HOSTILE_B },
  topic: `<b>bold</b> ${HOSTILE}`,
  options: [
    { by: 'a', text: SUNDAYS.options[0]?.text ?? '' },
    { by: 'b', text: SUNDAYS.options[1]?.text ?? '' },
  ],
};

test.describe('security and privacy', () => {
  test('should render hostile names and text as typed, never as markup', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await startFresh(page);

    await submitSetup(page, HOSTILE_SCENARIO);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hand the device to ${HOSTILE}`);
    await takeDevice(page, HOSTILE);
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('main script')).toHaveCount(0);
    await expect(page.locator('main b')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('should keep hostile text inert all the way to the agreement and its files', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await startFresh(page);
    await walkToReview(page, HOSTILE_SCENARIO);
    await agreeOnTheSuggestion(page, HOSTILE_SCENARIO.names);

    await expectStep(page, 'agreed');
    await expect(page.locator('.agreement-summary')).toContainText(HOSTILE);
    await expect(page.locator('img, main script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('should send no request to any other origin during a whole session', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL ?? 'http://127.0.0.1:4173');
    await startFresh(page);

    await walkToReview(page, SUNDAYS);
    await agreeOnTheSuggestion(page, SUNDAYS.names);
    await page.getByRole('button', { name: 'Download as JSON' }).click();

    expect(foreign).toEqual([]);
  });

  test('should ship a Content-Security-Policy that forbids other origins', async ({ page }) => {
    await page.goto('/');

    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
      );
      try {
        await fetch('https://example.com/track');
      } catch {
        // Blocked, as it should be.
      }
      return violation;
    });
    expect(outcome).toBe('connect-src');
  });

  test('should never show one partner’s private needs to the other before both are done', async ({ page }) => {
    await startFresh(page);
    await walkToNeeds(page, SUNDAYS, { a: 2, b: 2 });

    await nameNeeds(page, 'Ana', SUNDAYS.needs.a);
    await takeDevice(page, 'Ben');

    await expect(page.getByText('Rest after a long week')).toHaveCount(0);
    await expect(page.getByText('Time together')).toHaveCount(0);
  });
});
