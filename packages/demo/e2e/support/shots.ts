import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Where screenshots go: e2e/screenshots/, one file per screen and width. */
export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/** Saves a full-page screenshot named for the screen and the viewport (`375` or `desktop`). */
export async function shot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // Let the last transition settle, so the picture shows the screen at rest.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}-${width <= 400 ? '375' : 'desktop'}.png`),
    fullPage: true,
  });
}
