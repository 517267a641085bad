// Z-Wave depth in the demo home, through the UI: secure inclusion with the PIN from the simulated box label,
// S0 only with consent, exclusion, SmartStart from the demo QR code, health check, controller backups.
import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir, type Hub } from './hub';

const SHOTS = 'e2e/output';
const deviceRow = (page: Page, name: string) => page.getByRole('table', { name: 'All devices' }).getByRole('row', { name: new RegExp(`^${name}`) });

async function openHub(page: Page): Promise<Hub> {
  const hub = await startHub(tempDataDir());
  await page.goto(hub.url);
  await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('article', { name: 'Floor Lamp' }).getByText('Online')).toBeVisible({ timeout: 60_000 });
  return hub;
}

async function openZWaveFlow(page: Page) {
  await page.getByRole('link', { name: 'Devices' }).click();
  await page.getByRole('button', { name: 'Add device' }).click();
  await page.getByRole('region', { name: 'Add a device' }).getByRole('button', { name: /^Z-Wave/ }).click();
  return page.getByRole('region', { name: 'Add a Z-Wave device' });
}

test('S2 inclusion with the PIN from the demo label shows "S2 Authenticated"', async ({ page }) => {
  const hub = await openHub(page);
  try {
    const flow = await openZWaveFlow(page);
    const labels = flow.getByRole('region', { name: 'Demo: simulated box labels' });
    await expect(labels).toContainText('not real devices');
    await expect(flow.getByRole('button', { name: /Add with security/ })).toContainText('Recommended');
    await page.screenshot({ path: `${SHOTS}/zwave-add-methods.png`, fullPage: true });

    // Secure inclusion: the S2 plug asks for its keys, then for the PIN printed on its (simulated) box.
    await flow.getByRole('button', { name: /Add with security/ }).click();
    const grant = page.getByRole('dialog', { name: 'Grant security' });
    await expect(grant).toBeVisible({ timeout: 30_000 });
    await expect(grant.getByRole('checkbox', { name: /S2 Authenticated/ })).toBeChecked();
    await expect(grant.getByRole('checkbox', { name: /S2 Unauthenticated/ })).toBeChecked();
    await page.screenshot({ path: `${SHOTS}/zwave-grant.png` });
    await grant.getByRole('button', { name: 'Grant' }).click();

    const pinDialog = page.getByRole('dialog', { name: "Enter the device's PIN" });
    await expect(pinDialog).toBeVisible({ timeout: 30_000 });
    const pinField = pinDialog.getByRole('textbox', { name: 'PIN (first 5 digits of the DSK)' });
    await expect(pinField).toBeFocused();
    // Validation: a short PIN is refused in place, with what to type.
    await pinField.fill('12');
    await pinDialog.getByRole('button', { name: 'Confirm PIN' }).click();
    await expect(pinDialog.getByRole('alert')).toContainText('Enter the 5 digits');
    const pin = (await pinDialog.getByRole('note', { name: /box label/ }).locator('strong').textContent())!.trim();
    expect(pin).toMatch(/^\d{5}$/);
    await pinField.fill(pin);
    await page.screenshot({ path: `${SHOTS}/zwave-pin.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/zwave-pin-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await pinDialog.getByRole('button', { name: 'Confirm PIN' }).click();

    const added = flow.getByRole('status', { name: 'Device added' });
    await expect(added).toBeVisible({ timeout: 60_000 });
    await expect(added.getByText('S2 Authenticated', { exact: true })).toBeVisible();
    await expect(added.getByRole('alert')).toHaveCount(0); // no security fall-back
    await added.getByRole('textbox', { name: 'Name' }).fill('Hall Plug');
    await added.getByRole('combobox', { name: 'Room' }).selectOption({ label: 'Hallway' });
    await added.getByRole('button', { name: 'Save' }).click();
    await expect(added.getByRole('status')).toContainText('Saved as Hall Plug');
    await page.screenshot({ path: `${SHOTS}/zwave-s2-added.png`, fullPage: true });
    await expect(deviceRow(page, 'Hall Plug')).toBeVisible();

  } finally {
    await hub.stop();
  }
});

test('an S0-only switch is only given S0 after asking; exclusion removes a device', async ({ page }) => {
  const hub = await openHub(page);
  try {
    const flow = await openZWaveFlow(page);
    // The first spare in the demo box (the S2 plug) is added without security, as chosen: no warning.
    await flow.getByRole('button', { name: /Without security/ }).click();
    const first = flow.getByRole('status', { name: 'Device added' });
    await expect(first).toBeVisible({ timeout: 60_000 });
    await expect(first.getByText('No security')).toBeVisible();
    await expect(first.getByRole('alert')).toHaveCount(0);
    await first.getByRole('textbox', { name: 'Name' }).fill('Hall Plug');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect(first.getByRole('status')).toContainText('Saved as Hall Plug');
    await first.getByRole('button', { name: 'Add another device' }).click();

    // The next device only speaks the older S0: Hearth asks before using it.
    await flow.getByRole('button', { name: /Add with security/ }).click();
    const consent = page.getByRole('alertdialog', { name: 'Use older S0 security?' });
    await expect(consent).toBeVisible({ timeout: 30_000 });
    await expect(consent).toContainText('This device only supports older S0 security, which is slower and less secure. Include it with S0?');
    await expect(consent.getByRole('button', { name: 'Include without security' })).toBeVisible();
    // Keyboard: focus starts inside the dialog and Tab cycles within it.
    await expect(consent.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(consent.getByRole('button', { name: 'Allow S0' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(consent.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/zwave-s0-consent.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/zwave-s0-consent-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await consent.getByRole('button', { name: 'Include without security' }).click();
    const plain = flow.getByRole('status', { name: 'Device added' });
    await expect(plain).toBeVisible({ timeout: 60_000 });
    await expect(plain.getByText('No security')).toBeVisible();
    await expect(plain.getByRole('alert')).toContainText('WITHOUT encryption');
    await page.screenshot({ path: `${SHOTS}/zwave-s0-declined.png`, fullPage: true });
    await plain.getByRole('textbox', { name: 'Name' }).fill('Garage Switch');
    await plain.getByRole('button', { name: 'Save' }).click();
    await expect(deviceRow(page, 'Garage Switch')).toBeVisible();

    // A device breaks (demo switch): its details offer "Replace", and a new device takes its place.
    await page.getByRole('button', { name: 'Close adding a device' }).click();
    await page.getByRole('button', { name: 'Details of Kettle Plug' }).click();
    const details = page.getByRole('complementary', { name: 'Kettle Plug' });
    await details.getByRole('button', { name: 'Simulate a breakdown' }).click();
    const failed = details.getByRole('group', { name: 'Failed device' });
    await expect(failed).toContainText('stopped answering', { timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/zwave-failed-node.png`, fullPage: true });
    // The demo's replacement is a plain switch: the user says it has no S2 security (no PIN on its label).
    await failed.getByRole('radio', { name: /has no S2 security/ }).check();
    await failed.getByRole('button', { name: 'Replace with a new device' }).click();
    // The new device joins in the old one's place (same node), keeping its name and room.
    const replaced = page.getByRole('complementary', { name: 'Kettle Plug' }).getByRole('group', { name: 'Failed device' }).getByRole('status', { name: 'Device added' });
    await expect(replaced).toBeVisible({ timeout: 60_000 });
    await expect(replaced.getByRole('alert')).toHaveCount(0); // no security fall-back: it was not asked for
    await expect(deviceRow(page, 'Kettle Plug')).toContainText('Online', { timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/zwave-replaced.png`, fullPage: true });
    await expect(page.getByRole('combobox', { name: 'Room of Kettle Plug' })).toHaveValue(/.+/);
    await expect(page.getByRole('combobox', { name: 'Room of Kettle Plug' }).locator('option:checked')).toHaveText('Kitchen');
    await replaced.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('complementary').getByRole('button', { name: 'Close details' }).click();

    // Exclusion: the device whose button is pressed leaves (in the demo: the one added last).
    const rows = page.getByRole('table', { name: 'All devices' }).getByRole('row');
    const before = await rows.count();
    await page.getByRole('button', { name: 'Add device' }).click();
    await page.getByRole('region', { name: 'Add a device' }).getByRole('button', { name: /^Z-Wave/ }).click();
    await flow.getByRole('button', { name: /Remove a device/ }).click();
    const removing = flow.getByRole('group', { name: 'Remove a Z-Wave device' });
    await expect(removing.getByRole('status')).toContainText('left the network', { timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/zwave-excluded.png`, fullPage: true });
    await expect(rows).toHaveCount(before - 1);
    await expect(deviceRow(page, 'Hall Plug')).toBeVisible();
  } finally {
    await hub.stop();
  }
});

test('SmartStart: the code from the demo QR label is checked, provisioned, and the dimmer joins by itself', async ({ page }) => {
  const hub = await openHub(page);
  try {
    const flow = await openZWaveFlow(page);
    await flow.getByRole('button', { name: /SmartStart code/ }).click();
    const label = flow.getByRole('listitem', { name: /Label of Porch Dimmer/ });
    const qr = (await label.locator('.qr').textContent())!.trim();
    expect(qr).toMatch(/^90\d+$/);
    const code = flow.getByRole('textbox', { name: /SmartStart code/ });
    await code.fill('9001 not a code');
    await flow.getByRole('button', { name: 'Check code' }).click();
    await expect(flow.getByRole('alert')).toContainText('SmartStart code');
    await code.fill(qr);
    await flow.getByRole('button', { name: 'Check code' }).click();
    const preview = flow.getByRole('form', { name: 'What the code says' });
    await expect(preview.getByRole('checkbox', { name: /S2 Authenticated/ })).toBeChecked();
    await preview.getByRole('textbox', { name: 'Name' }).fill('Porch Dimmer');
    await preview.getByRole('combobox', { name: 'Room' }).selectOption({ label: 'Hallway' });
    await page.screenshot({ path: `${SHOTS}/zwave-smartstart-preview.png`, fullPage: true });
    await preview.getByRole('button', { name: 'Add to SmartStart list' }).click();
    await expect(flow.getByText(/is on the SmartStart list/)).toBeVisible();
    const row = flow.getByRole('row', { name: /Porch Dimmer/ });
    await expect(row).toBeVisible();
    await expect(row.getByText(/Joined \(node \d+\)/)).toBeVisible({ timeout: 60_000 });
    await expect(deviceRow(page, 'Porch Dimmer')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/zwave-smartstart-joined.png`, fullPage: true });
    // Taking it off the list (it stays in the network; it just would not re-join by itself after a reset).
    await row.getByRole('button', { name: /Remove Porch Dimmer from the list/ }).click();
    await expect(flow.getByRole('row', { name: /Porch Dimmer/ })).toHaveCount(0);
  } finally {
    await hub.stop();
  }
});

test('device details: health check rating and a firmware update; Radios: an NVM backup appears in the list, routes rebuild', async ({ page }) => {
  const hub = await openHub(page);
  try {
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('button', { name: 'Details of Floor Lamp' }).click();
    const details = page.getByRole('complementary', { name: 'Floor Lamp' });
    const zwave = details.getByRole('region', { name: 'Z-Wave' });
    await expect(zwave.getByText(/Node/)).toBeVisible();
    await zwave.getByRole('button', { name: 'Check health' }).click();
    await expect(zwave.getByRole('status', { name: 'Health rating' })).toContainText(/\d+\/10/, { timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/zwave-health.png`, fullPage: true });
    await details.getByRole('button', { name: 'Close details' }).click();

    // Firmware update of the dimmer: pick the file, progress, the new version afterwards.
    await page.getByRole('button', { name: 'Details of Ceiling Light' }).click();
    const dimmer = page.getByRole('complementary', { name: 'Ceiling Light' }).getByRole('group', { name: 'Firmware update' });
    const image = Buffer.alloc(600, 0xab);
    image.write('HEARTH-SIM-FW 2.31', 100, 'latin1');
    await dimmer.getByLabel(/Firmware file/).setInputFiles({ name: 'zen77-2.31.bin', mimeType: 'application/octet-stream', buffer: image });
    await dimmer.getByRole('button', { name: 'Update firmware' }).click();
    await expect(dimmer.getByRole('status')).toContainText('The firmware was installed', { timeout: 60_000 });
    // Once it answers again, the panel shows the new version.
    await expect(page.getByRole('complementary', { name: 'Ceiling Light' }).getByRole('region', { name: 'Z-Wave' })).toContainText('firmware 2.31', { timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/zwave-firmware.png`, fullPage: true });

    await page.getByRole('link', { name: 'Radios' }).click();
    const backups = page.getByRole('region', { name: 'Z-Wave controller backups' });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('row')).toHaveCount(2, { timeout: 30_000 }); // header + the new backup
    const routes = page.getByRole('region', { name: 'Z-Wave routes' });
    await routes.getByRole('button', { name: 'Rebuild all routes' }).click();
    await expect(routes.getByRole('status')).toContainText(/Done: \d+ of \d+ devices/, { timeout: 60_000 });
    await backups.getByRole('button', { name: 'Restore…' }).first().click();
    await expect(backups.getByRole('note')).toContainText('700 series');
    await expect(backups.getByRole('button', { name: 'Restore this backup' })).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/zwave-radios.png`, fullPage: true });
    // Restore needs the explicit confirmation; same stick generation, so no conversion question.
    await backups.getByRole('checkbox', { name: /I understand: overwrite the stick/ }).check();
    await backups.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(backups.getByRole('status').filter({ hasText: 'The stick now holds the network' })).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/zwave-restored.png`, fullPage: true });
  } finally {
    await hub.stop();
  }
});
