import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'never reached with Tab').toBeFocused();
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs to a radio button and checks it with Space. */
export async function choose(page: Page, radio: Locator): Promise<void> {
  await tabTo(page, radio);
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/**
 * Reaches a radio button with the keyboard: Tab into its group, then the arrow keys, which move the choice
 * (the way radio groups work for keyboard users; Tab alone only visits the group once).
 */
export async function chooseInGroup(page: Page, group: Locator, radio: Locator): Promise<void> {
  const first = group.getByRole('radio').first();
  const radios = group.getByRole('radio');
  const count = await radios.count();
  // Tab lands on the checked radio of the group, or on its first when none is checked.
  let entry = first;
  for (let i = 0; i < count; i++) {
    if (await radios.nth(i).isChecked()) entry = radios.nth(i);
  }
  await tabTo(page, entry);
  for (let i = 0; i < count + 1; i++) {
    if (await radio.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowRight');
  }
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}
