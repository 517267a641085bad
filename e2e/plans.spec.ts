import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir, type Hub } from './hub';

const SHOTS = 'e2e/output';
const DEMO_DEVICES = ['Ceiling Light', 'Floor Lamp', 'Thermostat', 'Kettle Plug'];

async function openHome(page: Page, hub: Hub) {
  await page.goto(hub.url);
  await expect(page.getByRole('status', { name: /Status: .*Z-Wave.* ready/ })).toBeVisible({ timeout: 60_000 });
  for (const name of DEMO_DEVICES) await expect(page.getByRole('article', { name }).getByText('Online')).toBeVisible({ timeout: 60_000 });
}

test('say "turn on the living room lights and dim them to 50%", see the plan, approve it, see the devices change, undo it', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await openHome(page, hub);
    const lamp = page.getByRole('switch', { name: 'Floor Lamp', exact: true });
    const slider = page.getByRole('slider', { name: 'Ceiling Light brightness' });
    await expect(lamp).toHaveAttribute('aria-checked', 'false');

    const bar = page.getByRole('combobox', { name: 'Tell Hearth what to do' });
    // Hearth asks back rather than guessing which device "it" is.
    await bar.fill('turn it off');
    await bar.press('Enter');
    const question = page.locator('#command-reply');
    await expect(question).toContainText('Which device do you mean: Bedside Lamp, Ceiling Light, Desk Lamp, Desk Plug, Floor Lamp or one of 3 others?');
    await question.getByRole('button', { name: 'Kettle Plug' }).click();
    await expect(page.getByRole('dialog', { name: 'turn the Kettle Plug off' })).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await bar.fill('turn on the living room lights and dim them to 50%');
    await bar.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'turn on the living room lights and dim them to 50%' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(/Preview — nothing has changed yet/);
    const timeline = dialog.getByRole('img', { name: /^Timeline:/ });
    await expect(timeline).toHaveAttribute('aria-label', 'Timeline: Now: Turn on Ceiling Light; Now: Turn on Floor Lamp; Now: Set Ceiling Light brightness to 50 %');
    const rows = dialog.getByRole('row');
    await expect(rows.nth(1)).toContainText('Turn on Ceiling Light');
    await expect(rows.nth(1)).toContainText('off → on');
    await expect(rows.nth(3)).toContainText('0 % → 50 %');
    // Nothing moved before approval.
    await expect(lamp).toHaveAttribute('aria-checked', 'false');
    await dialog.screenshot({ path: `${SHOTS}/plan-preview.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/plan-preview-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Done: 3 changes\./);
    await expect(lamp).toHaveAttribute('aria-checked', 'true');
    await expect(slider).toHaveAttribute('aria-valuenow', '50');
    await dialog.screenshot({ path: `${SHOTS}/plan-done.png` });

    await dialog.getByRole('button', { name: 'Undo' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Undone/);
    await expect(lamp).toHaveAttribute('aria-checked', 'false');
    await expect(slider).toHaveAttribute('aria-valuenow', '0');
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toHaveCount(0);

    // The command bar keeps a history (↑), asks back instead of guessing, and answers questions.
    await bar.press('ArrowUp');
    await expect(bar).toHaveValue('turn on the living room lights and dim them to 50%');
    // "them" carries over from the last command.
    await bar.fill('turn them off');
    await bar.press('Enter');
    await expect(page.getByRole('dialog').getByRole('img', { name: /^Timeline:/ })).toHaveAttribute('aria-label', 'Timeline: Now: Turn off Ceiling Light; Now: Turn off Floor Lamp');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    const reply = page.locator('#command-reply');
    await bar.fill('is the floor lamp on?');
    await bar.press('Enter');
    await expect(reply).toContainText('No');
    // After a reload the history comes back from the core.
    await page.reload();
    await expect(page.getByRole('status', { name: /Status: .*Z-Wave.* ready/ })).toBeVisible();
    await bar.press('ArrowUp');
    await expect(bar).toHaveValue('is the floor lamp on?');
  } finally {
    await hub.stop();
  }
});

test('a timed plan previews its timeline, and an impossible value blocks approval until edited', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await openHome(page, hub);
    await page.getByRole('link', { name: 'Devices' }).click();
    const bar = page.getByRole('combobox', { name: 'Tell Hearth what to do' });
    await bar.fill('turn on the kettle and the floor lamp, set the thermostat to 35 °C, then turn off the kettle in 10 minutes');
    await bar.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('list', { name: 'Conflicts' })).toContainText('Thermostat can’t be set to 35 °C. It can be set between');
    await expect(dialog.getByRole('button', { name: 'Approve' })).toBeDisabled();
    await expect(dialog.getByRole('img', { name: /Timeline:/ })).toHaveAttribute('aria-label', /\+10 min · \d\d:\d\d: Turn off Kettle Plug/);
    await dialog.screenshot({ path: `${SHOTS}/plan-conflict.png` });

    await dialog.getByRole('button', { name: 'Edit' }).click();
    const value = dialog.getByRole('spinbutton', { name: 'New value for “Set Thermostat to 35 °C”' });
    await value.fill('21');
    await value.press('Enter');
    await expect(dialog.getByRole('list', { name: 'Conflicts' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Done editing' }).click();
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Running…/);
    await expect(dialog.getByRole('row', { name: /Turn off Kettle Plug/ })).toContainText('Waiting');
    await dialog.screenshot({ path: `${SHOTS}/plan-running.png` });
    await dialog.getByRole('button', { name: 'Stop remaining steps' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Cancelled/);
  } finally {
    await hub.stop();
  }
});

test('Undo after someone changed a device since: Hearth says what changed and the user chooses', async ({ page, context }) => {
  const hub = await startHub(tempDataDir());
  try {
    await openHome(page, hub);
    const bar = page.getByRole('combobox', { name: 'Tell Hearth what to do' });
    await bar.fill('turn on the floor lamp and set the ceiling light to 50%');
    await bar.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Done: 2 changes\./);

    // Meanwhile, in another window, someone sets the ceiling light to 80 %.
    const other = await context.newPage();
    await openHome(other, hub);
    const card = other.getByRole('article', { name: 'Ceiling Light' });
    const track = card.locator('.slider');
    await track.scrollIntoViewIfNeeded();
    const box = (await track.boundingBox())!;
    await other.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    await expect(card.getByRole('slider', { name: 'Ceiling Light brightness' })).toHaveAttribute('aria-valuenow', '80');
    await other.close();

    await dialog.getByRole('button', { name: 'Undo' }).click();
    const choice = dialog.getByRole('group', { name: 'Changed since this plan ran' });
    await expect(choice).toContainText('Ceiling Light was changed since this plan ran: it is now 80 % (the plan set 50 %).');
    await expect(choice.getByRole('list', { name: 'Changed since' })).toContainText('Ceiling Light: now 80 %');
    await dialog.screenshot({ path: `${SHOTS}/plan-undo-choice.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await dialog.screenshot({ path: `${SHOTS}/plan-undo-choice-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await choice.getByRole('button', { name: 'Keep Ceiling Light, put back only Floor Lamp' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Undone: Floor Lamp back to off. Ceiling Light was kept at 80 %.');
    await expect(page.getByRole('switch', { name: 'Floor Lamp', exact: true })).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByRole('slider', { name: 'Ceiling Light brightness' })).toHaveAttribute('aria-valuenow', '80');
    await expect(dialog.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  } finally {
    await hub.stop();
  }
});
