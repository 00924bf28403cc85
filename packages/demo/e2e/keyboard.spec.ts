import { expect, type Page, test } from '@playwright/test';
import { activate, chooseInGroup, tabTo, typeInto } from './support/keyboard.js';
import { expectStep, SUNDAYS, startFresh } from './support/walk.js';

/** On a pass-the-device screen, the partner takes the device with the keyboard. */
async function takeDevice(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name: `Hand the device to ${name}` })).toBeVisible();
  await activate(page, page.getByRole('button', { name: `I am ${name}: continue` }));
}

test('should walk from the start screen to an agreement with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const s = SUNDAYS;
  await startFresh(page);

  // Start
  await typeInto(page, page.getByLabel('First partner’s name'), s.names.a);
  await typeInto(page, page.getByLabel('Second partner’s name'), s.names.b);
  await typeInto(page, page.getByLabel('What is the disagreement about?'), s.topic);
  await typeInto(page, page.getByLabel(/What happens now, if nothing changes/), s.statusQuo ?? '');
  await activate(page, page.getByRole('button', { name: 'Begin' }));

  // Safety check, each partner privately
  for (const name of [s.names.a, s.names.b]) {
    await takeDevice(page, name);
    const questions = page.locator('fieldset.question');
    for (let i = 0; i < (await questions.count()); i++) {
      const group = questions.nth(i);
      await chooseInGroup(page, group, group.getByRole('radio', { name: 'No', exact: true }));
    }
    await activate(page, page.getByRole('button', { name: 'Send my answers' }));
  }

  // Check-in
  for (const name of [s.names.a, s.names.b]) {
    await takeDevice(page, name);
    const scale = page.getByRole('group', { name: /How stressed or upset/ });
    await chooseInGroup(page, scale, scale.getByRole('radio', { name: '2', exact: true }));
    await activate(page, page.getByRole('button', { name: 'Continue' }));
  }

  // Needs
  for (const p of ['a', 'b'] as const) {
    await takeDevice(page, s.names[p]);
    for (const need of s.needs[p]) {
      await typeInto(page, page.getByLabel('The need, in your own words'), need.label);
      const importance = page.getByRole('group', { name: 'How important is it to you?' });
      await chooseInGroup(
        page,
        importance,
        importance.getByRole('radio', { name: String(need.weight ?? 3), exact: true }),
      );
      if (need.core === true) {
        const oval = page.getByRole('group', { name: 'Core or flexible?' });
        await chooseInGroup(page, oval, oval.getByRole('radio', { name: /^Core/ }));
      }
      await activate(page, page.getByRole('button', { name: 'Add this need' }));
      await expect(page.locator('.need-label', { hasText: need.label })).toBeVisible();
    }
    await activate(page, page.getByRole('button', { name: 'I have named my needs' }));
  }

  // Understanding, both ways
  for (const [speaker, listener] of [
    [s.names.a, s.names.b],
    [s.names.b, s.names.a],
  ] as const) {
    await typeInto(page, page.getByLabel(`${listener}, say back what ${speaker} needs`), `You need this, ${speaker}.`);
    await activate(page, page.getByRole('button', { name: 'Share it' }));
    await activate(page, page.getByRole('button', { name: 'Yes, I feel understood' }));
  }

  // Ideas
  for (const option of s.options) {
    const who = page.getByRole('group', { name: 'Whose idea is it?' });
    await chooseInGroup(page, who, who.getByRole('radio', { name: s.names[option.by] }));
    await typeInto(page, page.getByLabel('The idea', { exact: true }), option.text);
    await activate(page, page.getByRole('button', { name: 'Add the idea' }));
  }
  await activate(page, page.getByRole('button', { name: 'We have our ideas' }));

  // Rating
  for (const p of ['a', 'b'] as const) {
    await takeDevice(page, s.names[p]);
    for (const [option, byNeed] of Object.entries(s.ratings[p])) {
      for (const [need, value] of Object.entries(byNeed)) {
        const select = page.getByRole('group', { name: option, exact: true }).getByLabel(need);
        await tabTo(page, select);
        // A closed select takes type-ahead: the first option starting with the typed value.
        await page.keyboard.type(String(value));
        await expect(select).toHaveValue(String(value));
      }
    }
    await activate(page, page.getByRole('button', { name: 'I have rated everything' }));
  }

  // Review
  await expectStep(page, 'review');
  await activate(page, page.locator('.recommendation').getByRole('button', { name: /^Propose/ }));

  // Agreement, each privately
  for (const name of [s.names.a, s.names.b]) {
    await takeDevice(page, name);
    const accept = page.getByRole('group', { name: 'Do you accept it?' });
    await chooseInGroup(page, accept, accept.getByRole('radio', { name: 'Yes' }));
    const authenticity = page.getByRole('group', { name: 'How much is this really your choice?' });
    await chooseInGroup(page, authenticity, authenticity.getByRole('radio', { name: '5' }));
    const core = page.getByRole('group', { name: 'Are your core needs respected by it?' });
    await chooseInGroup(page, core, core.getByRole('radio', { name: 'Yes' }));
    await activate(page, page.getByRole('button', { name: 'Send my answer' }));
  }

  await expectStep(page, 'agreed');
  await expect(page.locator('.agreement-summary')).toContainText('Brunch with friends, then a quiet afternoon');
});

test('should show a clear focus ring on every control it reaches', async ({ page }) => {
  await startFresh(page);
  const quickExit = page.getByRole('button', { name: 'Quick exit' });
  await tabTo(page, quickExit);
  const outline = await quickExit.evaluate(
    (el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`,
  );
  expect(outline).toBe('solid 3px');
  await tabTo(page, page.getByLabel('First partner’s name'));
  const fieldOutline = await page
    .getByLabel('First partner’s name')
    .evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(fieldOutline).toBe('3px');
});
