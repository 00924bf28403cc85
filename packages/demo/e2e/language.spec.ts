import { expect, test } from '@playwright/test';
import { SUNDAYS, startFresh, submitSetup, takeDevice } from './support/walk.js';

test.describe('languages', () => {
  test('should switch to Spanish at any step, for the demo and core’s words alike, and remember it', async ({
    page,
  }) => {
    await startFresh(page);
    await submitSetup(page, SUNDAYS);
    await takeDevice(page, 'Ana');
    await expect(page.getByRole('heading', { level: 1, name: 'Before you start: a private check' })).toBeVisible();

    await page.getByRole('button', { name: 'Language: Español' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar: una revisión privada' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Salida rápida' })).toBeVisible();
    await expect(page.getByText('Paso 1 de 8: Seguridad')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Pásale el dispositivo a Ana' })).toBeVisible();
    await page.getByRole('button', { name: 'Idioma: English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hand the device to Ana' })).toBeVisible();
  });

  test('should start in Spanish for a browser set to Spanish', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Resuelvan un desacuerdo, con justicia y con cuidado',
    );
    await context.close();
  });
});
