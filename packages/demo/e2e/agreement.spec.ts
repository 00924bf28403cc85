import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  agreeOnTheSuggestion,
  expectStep,
  respond,
  type Scenario,
  SUNDAYS,
  startFresh,
  walkToReview,
} from './support/walk.js';

/** Two ideas, each good for one of them and hard on the other: taking turns does better for both than either. */
const TURNS: Scenario = {
  ...SUNDAYS,
  needs: { a: [{ label: 'Rest', weight: 3 }], b: [{ label: 'Friends', weight: 3 }] },
  options: [
    { by: 'a', text: 'A quiet Sunday at home' },
    { by: 'b', text: 'A Sunday out with friends' },
  ],
  ratings: {
    a: {
      'We stay home every Sunday': { Rest: 4 },
      'A quiet Sunday at home': { Rest: 10 },
      'A Sunday out with friends': { Rest: 2 },
    },
    b: {
      'We stay home every Sunday': { Friends: 4 },
      'A quiet Sunday at home': { Friends: 2 },
      'A Sunday out with friends': { Friends: 10 },
    },
  },
};

test.describe('a couple reaching an agreement', () => {
  test('should walk from the start screen to a summary they can download, print and copy', async ({ page }) => {
    // Arrange
    await startFresh(page);

    // Act
    await walkToReview(page, SUNDAYS);
    await expect(page.getByRole('heading', { name: 'The suggestion' })).toBeVisible();
    await page.getByRole('group', { name: 'Who is proposing?' }).getByRole('radio', { name: 'Ana' }).check();
    await page
      .locator('.recommendation')
      .getByRole('button', { name: 'Propose “Brunch with friends, then a quiet afternoon”' })
      .click();
    await respond(page, 'Ana', { accept: true, authenticity: 5, core: true });
    await respond(page, 'Ben', { accept: true, authenticity: 4, core: true });

    // Assert
    await expectStep(page, 'agreed');
    const summary = page.locator('.agreement-summary');
    await expect(summary).toContainText('Brunch with friends, then a quiet afternoon');
    await expect(summary).toContainText('temporary compromise');
    await expect(summary).toContainText('Rest after a long week');
    await expect(summary).toContainText('Time with friends');

    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe('agreement.md');
    const md = await readFile(await markdown.path(), 'utf8');
    expect(md).toContain('# Our agreement: How we spend Sundays');
    expect(md).toContain('Brunch with friends, then a quiet afternoon');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as JSON' }).click(),
    ]);
    const data = JSON.parse(await readFile(await json.path(), 'utf8')) as {
      agreement: { kind: string; reviewAt: string; proposal: unknown };
      names: unknown;
    };
    expect(data.names).toEqual({ a: 'Ana', b: 'Ben' });
    expect(data.agreement.kind).toBe('temporary');
    expect(Date.parse(data.agreement.reviewAt)).toBeGreaterThan(Date.now());
  });

  test('should agree on taking turns, drawn on the map and written out in the summary', async ({ page }) => {
    await startFresh(page);
    await walkToReview(page, TURNS);

    await expect(page.locator('.map-turns')).toBeVisible();
    await expect(page.locator('.map')).toContainText('Taking turns');
    await page.getByRole('button', { name: 'Propose taking turns' }).click();
    await respond(page, 'Ana', { accept: true, authenticity: 4, core: true });
    await respond(page, 'Ben', { accept: true, authenticity: 4, core: true });

    await expectStep(page, 'agreed');
    await expect(page.locator('.agreed-text')).toHaveText(
      /^Take turns: “A (quiet Sunday at home|Sunday out with friends)” about \d+% of the time and “A (quiet Sunday at home|Sunday out with friends)” about \d+% of the time$/,
    );
  });

  test('should copy the agreement as text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await startFresh(page);
    await walkToReview(page, SUNDAYS);
    await agreeOnTheSuggestion(page, SUNDAYS.names);

    await page.getByRole('button', { name: 'Copy as text' }).click();

    await expect(page.getByText('Copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Brunch with friends, then a quiet afternoon');
  });

  test('should print only the agreement, without the app around it', async ({ page }) => {
    await startFresh(page);
    await walkToReview(page, SUNDAYS);
    await agreeOnTheSuggestion(page, SUNDAYS.names);

    await page.emulateMedia({ media: 'print' });

    await expect(page.locator('.agreement-summary')).toBeVisible();
    await expect(page.locator('header.bar')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  });
});
