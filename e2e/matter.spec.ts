import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';
const MATTER_DEVICES = ['Desk Lamp', 'Pendant Light', 'Porch Light', 'Radiator', 'Patio Door'];

async function waitOnline(page: Page, names: string[]) {
  for (const name of names) {
    await expect(page.getByRole('article', { name, exact: true }).getByText('Online')).toBeVisible({ timeout: 60_000 });
  }
}

test('the demo home shows Matter devices beside Zigbee and Z-Wave; the spare Matter bulb is added by its code, controlled, shared and removed', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    // Matter (virtual matter.js devices on loopback) next to Zigbee and Z-Wave devices, in shared rooms.
    await waitOnline(page, [...MATTER_DEVICES, 'Desk Plug', 'Front Door', 'Floor Lamp', 'Thermostat']);
    const office = page.getByRole('region', { name: /Office/ });
    await expect(office.getByRole('article', { name: 'Desk Lamp' })).toBeVisible();
    await expect(office.getByRole('article', { name: 'Desk Plug' })).toBeVisible();
    const hallway = page.getByRole('region', { name: /Hallway/ });
    for (const name of ['Porch Light', 'Front Door', 'Thermostat']) await expect(hallway.getByRole('article', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Radiator' }).getByText(/20(\.0)? ?°C/).first()).toBeVisible();

    // A Matter lamp follows the switch once the lamp itself reported it (subscription).
    const lamp = page.getByRole('switch', { name: 'Desk Lamp', exact: true });
    await expect(lamp).toHaveAttribute('aria-checked', 'false');
    await lamp.click();
    await expect(lamp).toHaveAttribute('aria-checked', 'true');
    await page.screenshot({ path: `${SHOTS}/matter-home.png`, fullPage: true });

    // Add device → Matter: type the code from the spare bulb's label.
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('button', { name: 'Add device' }).click();
    await page.getByRole('region', { name: 'Add a device' }).getByRole('button', { name: /^Matter/ }).click();
    const flow = page.getByRole('region', { name: 'Add a Matter device' });
    const note = flow.getByRole('note');
    await expect(note).toContainText('a spare Matter bulb is waiting in pairing mode');
    const code = /(\d{4}-\d{3}-\d{4})/.exec((await note.textContent()) ?? '')![1]!;
    const field = flow.getByRole('textbox', { name: 'Pairing code' });

    // A typo: the code's check digit says so at once, with what to do; Retry and "Change the code" are offered.
    const typo = `${code.slice(0, -1)}${(Number(code.at(-1)) + 1) % 10}`;
    await field.fill(typo);
    await page.screenshot({ path: `${SHOTS}/matter-add-code.png`, fullPage: true });
    await flow.getByRole('button', { name: 'Add the device' }).click();
    const failure = flow.getByRole('alert');
    await expect(failure).toContainText("The pairing code's last digit does not match the others, so there is probably a typo.");
    await expect(failure.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/matter-add-failed.png`, fullPage: true });
    await failure.getByRole('button', { name: 'Change the code' }).click();
    await expect(field).toHaveValue(typo);

    // The right code: each commissioning step is shown as it happens, then the bulb is ready to be named.
    await field.fill(code);
    await flow.getByRole('button', { name: 'Add the device' }).click();
    const adding = flow.getByRole('region', { name: `Adding the Matter device with code ${code}` });
    const steps = adding.getByRole('list', { name: 'Commissioning steps' });
    await expect(steps.getByRole('listitem').filter({ hasText: 'Finding the device' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/matter-add-steps.png`, fullPage: true });
    await expect(steps.getByRole('listitem').filter({ hasText: 'Ready' })).toContainText('(done)', { timeout: 30_000 });
    for (const step of ['Finding the device', 'Checking the pairing code', 'Setting it up', 'Reading what it can do']) {
      await expect(steps.getByRole('listitem').filter({ hasText: step })).toContainText('(done)');
    }
    const setup = adding.getByRole('list', { name: 'Setup on the device' });
    await expect(setup).toContainText("Installing Hearth's credentials on the device");
    await expect(setup).toContainText('Finishing setup');
    await expect(adding.getByText('Added Virtual Dimmable Light')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/matter-add-done.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/matter-add-done-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await adding.getByRole('textbox', { name: 'Name' }).fill('Landing Light');
    await adding.getByRole('combobox', { name: 'Room' }).selectOption({ label: 'Hallway' });
    await adding.getByRole('button', { name: 'Save' }).click();
    await expect(adding.getByRole('status')).toContainText('Saved as Landing Light');

    // It works from Home, in its room.
    await adding.getByRole('link', { name: 'See it on Home' }).click();
    const landing = page.getByRole('region', { name: /Hallway/ }).getByRole('article', { name: 'Landing Light' });
    await expect(landing.getByText('Online')).toBeVisible({ timeout: 20_000 });
    const bulb = page.getByRole('switch', { name: 'Landing Light', exact: true });
    await bulb.click();
    await expect(bulb).toHaveAttribute('aria-checked', 'true');

    // Details: Thread diagnostics, share with another app (code + QR + countdown), the apps it is in.
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('button', { name: 'Details of Landing Light' }).click();
    const details = page.getByRole('complementary', { name: 'Landing Light' });
    const matter = details.getByRole('region', { name: 'Matter' });
    await expect(matter.getByText('Thread', { exact: true })).toBeVisible();
    await expect(matter.getByText('HearthDemo')).toBeVisible();
    await details.screenshot({ path: `${SHOTS}/matter-details.png` });
    const apps = matter.getByRole('list', { name: 'Connected apps' });
    await expect(apps.getByRole('listitem')).toHaveCount(1);
    await expect(apps).toContainText('this is Hearth');
    await matter.getByRole('button', { name: 'Share with another app' }).click();
    const share = matter.getByRole('group', { name: 'Pairing window for another app' });
    await expect(share.getByRole('img', { name: 'QR code to add Landing Light to another app' })).toBeVisible();
    await expect(share.getByText(/^\d{4}-\d{3}-\d{4}$/)).toBeVisible();
    await expect(share.getByRole('timer')).toHaveText(/^Open for (14:[0-5]\d|15:00)$/);
    await share.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/matter-share.png` });
    await share.screenshot({ path: `${SHOTS}/matter-share-window.png` });
    await share.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(matter.getByRole('button', { name: 'Share with another app' })).toBeVisible();

    // Remove it: Hearth leaves the bulb's fabric list and forgets it.
    await details.getByRole('button', { name: 'Remove Landing Light' }).click();
    await details.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByRole('cell', { name: /^Landing Light/ })).toHaveCount(0);
    await expect(page.getByRole('cell', { name: /^Desk Lamp/ })).toBeVisible();
  } finally {
    await hub.stop();
  }
});
