// Issue 14, "Also": the plan preview says in one sentence what Hearth understood (above the timeline), a
// correction ("no, I meant …") revises the previous plan, and the command bar's history runs a past command
// again or puts it in the field to edit.
import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir, type Hub } from './hub';

const SHOTS = 'e2e/output';
const DEMO_DEVICES = ['Ceiling Light', 'Floor Lamp', 'Thermostat', 'Kettle Plug'];

async function openHome(page: Page, hub: Hub) {
  await page.goto(hub.url);
  await expect(page.getByRole('status', { name: /Status: .*Z-Wave.* ready/ })).toBeVisible({ timeout: 60_000 });
  for (const name of DEMO_DEVICES) await expect(page.getByRole('article', { name }).getByText('Online')).toBeVisible({ timeout: 60_000 });
}

test('the preview says what it understood; "no, I meant …" corrects it; history runs a command again or edits it', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await openHome(page, hub);
    const bar = page.getByRole('combobox', { name: 'Tell Hearth what to do' });
    const lamp = page.getByRole('switch', { name: 'Floor Lamp', exact: true });

    const first = 'turn on the floor lamp and set the ceiling light to 40%';
    await bar.fill(first);
    await bar.press('Enter');
    const dialog = page.getByRole('dialog', { name: first });
    await expect(dialog).toBeVisible();
    const summary = dialog.getByLabel('What Hearth understood');
    await expect(summary).toHaveText('Turn on Floor Lamp and set Ceiling Light brightness to 40 %, now.');
    // Above the timeline.
    const timeline = dialog.getByRole('img', { name: /^Timeline:/ });
    expect((await summary.boundingBox())!.y).toBeLessThan((await timeline.boundingBox())!.y);
    await dialog.screenshot({ path: `${SHOTS}/plan-summary.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // A correction of that command: the floor lamp was right, the ceiling light was meant to be the desk lamp.
    await bar.fill('turn on the floor lamp');
    await bar.press('Enter');
    await page.getByRole('dialog', { name: 'turn on the floor lamp' }).getByRole('button', { name: 'Cancel' }).click();
    await bar.fill('no, I meant the desk lamp');
    await bar.press('Enter');
    const fixed = page.getByRole('dialog', { name: 'turn on the desk lamp' });
    await expect(fixed.getByLabel('What Hearth understood')).toHaveText('Turn on Desk Lamp, now.');
    await expect(fixed.getByRole('listitem').first()).toHaveText('Corrects “turn on the floor lamp”, which was not run.');
    await fixed.screenshot({ path: `${SHOTS}/plan-correction.png` });
    await fixed.getByRole('button', { name: 'Cancel' }).click();

    // History: run the first command again, unchanged.
    await page.getByRole('button', { name: 'Command history' }).click();
    const history = page.getByRole('region', { name: 'Command history' });
    await expect(history.getByRole('listitem').first()).toHaveText('turn on the desk lamp');
    await expect(history.getByRole('listitem')).toHaveCount(3);
    await page.screenshot({ path: `${SHOTS}/command-history.png` });
    await history.getByRole('button', { name: `Run again: ${first}` }).click();
    const again = page.getByRole('dialog', { name: first });
    await expect(again.getByLabel('What Hearth understood')).toHaveText(/^Turn on Floor Lamp and set Ceiling Light brightness to 40 %, now\.$/);
    await again.getByRole('button', { name: 'Approve' }).click();
    await expect(again.getByRole('status')).toHaveText(/^Done/);
    await expect(lamp).toHaveAttribute('aria-checked', 'true');
    await again.locator('footer').getByRole('button', { name: 'Close' }).click();

    // History: edit a past command before running it.
    await page.getByRole('button', { name: 'Command history' }).click();
    await history.getByRole('button', { name: 'Edit: turn on the desk lamp' }).click();
    await expect(bar).toHaveValue('turn on the desk lamp');
    await expect(bar).toBeFocused();
    await bar.fill('turn on the desk lamp in 10 minutes');
    await bar.press('Enter');
    const edited = page.getByRole('dialog', { name: 'turn on the desk lamp in 10 minutes' });
    await expect(edited.getByLabel('What Hearth understood')).toHaveText('Turn on Desk Lamp in 10 minutes.');
    await edited.getByRole('button', { name: 'Cancel' }).click();
  } finally {
    await hub.stop();
  }
});
