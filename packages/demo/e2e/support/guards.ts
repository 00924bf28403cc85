import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Records every request the page makes to an origin other than the app's own. */
export function watchForeignRequests(page: Page, baseURL: string): string[] {
  const own = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    // blob: and data: URLs are made on the device (downloads); they never leave it.
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== own) foreign.push(url);
  });
  return foreign;
}

/** Records the message of every alert, confirm or prompt the page opens, dismissing each one. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

/** Runs axe on the page as it is now and expects no violations (WCAG 2.x A and AA rules plus best practices). */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
