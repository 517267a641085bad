import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir, type Hub } from './hub';

const SHOTS = 'e2e/output';

async function openAutomations(page: Page, hub: Hub) {
  await page.goto(hub.url);
  await expect(page.getByRole('status', { name: /Status: .*Z-Wave.* ready/ })).toBeVisible({ timeout: 60_000 });
  for (const name of ['Ceiling Light', 'Floor Lamp', 'Thermostat', 'Kettle Plug']) {
    await expect(page.getByRole('article', { name }).getByText('Online')).toBeVisible({ timeout: 60_000 });
  }
  await page.getByRole('link', { name: 'Automations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Automations' })).toBeVisible();
}

async function fromSentence(page: Page, text: string) {
  await page.getByLabel('Describe an automation').fill(text);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  return page.getByRole('dialog', { name: new RegExp(`^${text}$`, 'i') });
}

test('make an automation from a sentence, see it in the list, turn it off and on; a second one that fights it is explained', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await openAutomations(page, hub);
    const dialog = await fromSentence(page, 'every weekday at 7 turn on the kettle');
    await expect(dialog.getByText('New automation')).toBeVisible();
    await expect(dialog.getByText(/Runs every weekday at 07:00; next on \w+ at 07:00\./)).toBeVisible();
    await expect(dialog.getByRole('img', { name: /^Timeline:/ })).toHaveAttribute('aria-label', 'Timeline: 07:00: Turn on Kettle Plug');
    await dialog.screenshot({ path: `${SHOTS}/automation-preview.png` });
    await dialog.getByRole('button', { name: 'Save automation' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Saved as the automation “Every weekday at 7 turn on the kettle”.');
    await dialog.getByRole('button', { name: 'Close' }).last().click();

    const list = page.getByRole('list', { name: 'Automations' });
    const rule = list.getByRole('listitem', { name: 'Every weekday at 7 turn on the kettle' });
    await expect(rule).toContainText('When every weekday at 07:00 — Turn on Kettle Plug');
    const enabled = rule.getByRole('switch', { name: 'Enable Every weekday at 7 turn on the kettle' });
    await expect(enabled).toHaveAttribute('aria-checked', 'true');
    await enabled.click();
    await expect(enabled).toHaveAttribute('aria-checked', 'false');
    await enabled.click();
    await expect(enabled).toHaveAttribute('aria-checked', 'true');

    // A second rule that turns the kettle off at the same time: the preview explains the fight.
    const second = await fromSentence(page, 'every weekday at 7 turn off the kettle');
    const why = '“Every weekday at 7 turn on the kettle” sets Kettle Plug to on and “Every weekday at 7 turn off the kettle” sets it to off, both at 07:00: they fight over Kettle Plug.';
    await expect(second.getByRole('list', { name: 'Conflicts' })).toContainText(why);
    await second.screenshot({ path: `${SHOTS}/automation-conflict.png` });
    await second.getByRole('button', { name: 'Save automation' }).click();
    await second.getByRole('button', { name: 'Close' }).last().click();
    await expect(page.getByRole('list', { name: 'Conflicts between automations' })).toContainText(why);
    await expect(list.getByRole('listitem', { name: 'Every weekday at 7 turn off the kettle' })).toContainText('1 conflict');
    // Turning one off ends the conflict.
    await list.getByRole('switch', { name: 'Enable Every weekday at 7 turn off the kettle' }).click();
    await expect(page.getByText('No conflicts between your automations.')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/automations.png`, fullPage: true });
  } finally {
    await hub.stop();
  }
});

test('the form makes a rule; running it by hand shows why it did or didn’t run', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await openAutomations(page, hub);
    await page.getByRole('button', { name: 'Use the form instead' }).click();
    const form = page.getByRole('form', { name: 'New automation' });
    await form.getByLabel('Name').fill('Kettle when the lamp is on');
    await form.getByLabel('When 1: kind').selectOption('start');
    await form.getByRole('group', { name: 'Only if' }).getByRole('button', { name: 'Add' }).click();
    await form.getByLabel('Condition 1: device').selectOption({ label: 'Floor Lamp' });
    await form.getByLabel('Action 1: device').selectOption({ label: 'Kettle Plug' });
    await form.getByRole('button', { name: 'Save automation' }).click();
    await expect(form).toHaveCount(0);

    const rule = page.getByRole('listitem', { name: 'Kettle when the lamp is on' });
    await expect(rule).toContainText('When when Hearth starts if Floor Lamp is on — Turn on Kettle Plug');
    await rule.getByRole('button', { name: 'Run Kettle when the lamp is on now' }).click();
    const runs = page.getByRole('list', { name: 'Runs' });
    await expect(runs.getByRole('listitem').first()).toContainText('Didn’t run');
    await expect(runs.getByRole('listitem').first()).toContainText('but “Floor Lamp is on” was not true (it was off)');

    // Turn the lamp on from the command bar, then run again: it runs, and the kettle turns on.
    const bar = page.getByRole('combobox', { name: 'Tell Hearth what to do' });
    await bar.fill('turn on the floor lamp');
    await bar.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^Done/);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await rule.getByRole('button', { name: 'Run Kettle when the lamp is on now' }).click();
    const ran = runs.getByRole('listitem').filter({ hasText: 'Ran' }).first();
    await expect(ran).toContainText('Done: 1 change.');
    await ran.locator('summary').click();
    await expect(ran).toContainText('Floor Lamp is on');
    await expect(ran).toContainText('Turn on Kettle Plug — done');

    // Scenes: capture how things are now (lamp and kettle on), switch them off, apply the scene again.
    await page.getByLabel('Scene name').fill('Evening');
    await page.getByRole('button', { name: 'Capture how everything is now' }).click();
    await bar.fill('turn off the floor lamp and the kettle');
    await bar.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^Done/);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('button', { name: 'Apply Evening' }).click();
    const scene = page.getByRole('dialog', { name: 'Scene “Evening”' });
    await expect(scene.getByRole('row', { name: /Turn on Kettle Plug/ })).toContainText('off → on');
    await scene.getByRole('button', { name: 'Approve' }).click();
    await expect(scene.getByRole('status')).toHaveText(/^Done/);
    await scene.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('switch', { name: 'Kettle Plug', exact: true })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('switch', { name: 'Floor Lamp', exact: true })).toHaveAttribute('aria-checked', 'true');
  } finally {
    await hub.stop();
  }
});
