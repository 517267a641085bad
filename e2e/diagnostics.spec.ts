// Diagnostics › Health, Device health, Alerts and History in hub mode with the demo home. A device is made to
// fail with the demo's breakdown switch (Z-Wave simulator: the node stops answering); it shows in Device health
// as offline with its reason, and an alert with a link to the fix appears (and the sidebar badge counts it); the guided
// check finds it, a support bundle downloads (the device named only by its hash) and a ticket is created with it.
// Screenshots: e2e/output/diagnostics-*.png.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

test('a device that breaks shows in Diagnostics with its reason, and an alert shows', async ({ page }) => {
  test.setTimeout(240_000);
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    const origin = new URL(hub.url).origin;

    // Health: the radios and this computer's figures, from the core.
    await page.goto(`${origin}/#/diagnostics?tab=health`);
    await expect(page.getByRole('tab', { name: 'Health', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('health-radio-zwave')).toContainText('Connected');
    await expect(page.getByText(/free of/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/diagnostics-health.png`, fullPage: true });

    // The Kettle Plug breaks (the demo's switch in its details).
    await page.goto(`${origin}/#/devices`);
    await page.getByRole('button', { name: 'Details of Kettle Plug' }).click();
    const details = page.getByRole('complementary', { name: 'Kettle Plug' });
    await details.getByRole('button', { name: 'Simulate a breakdown' }).click();
    await expect(details.getByRole('group', { name: 'Failed device' })).toContainText('stopped answering', { timeout: 30_000 });
    // Someone tries to switch it on: it does not answer.
    await page.goto(`${origin}/#/`);
    await page.getByRole('switch', { name: 'Kettle Plug', exact: true }).click();
    // The error names the help article that explains it, and links to it.
    const read = page.getByRole('alert').getByRole('link', { name: 'Read: A device is offline or unavailable' });
    await expect(read).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/diagnostics-error-article.png` });

    await page.goto(`${origin}/#/diagnostics?tab=devices`);
    const row = page.locator('tr', { hasText: 'Kettle Plug' });
    await expect(row).toContainText('Offline', { timeout: 30_000 });
    await expect(row).toContainText(/Offline: (last heard .* ago|not heard from since Hearth started)\./);
    // How well the radios hear the devices: the Zigbee lamp's LQI from its frames, a Z-Wave node's RSSI and route.
    await expect(page.locator('tr', { hasText: 'Bedside Lamp' }).getByTestId('health-link')).toHaveText(/^LQI \d+$/);
    await expect(page.locator('tr', { hasText: 'Floor Lamp' }).getByTestId('health-link')).toContainText(/-\d+ dBm\s*direct/);
    await page.screenshot({ path: `${SHOTS}/diagnostics-devices.png`, fullPage: true });

    // The alert (looked for every minute), with its fix, and the badge beside Diagnostics.
    await page.getByRole('tab', { name: 'Alerts' }).click();
    const alert = page.getByTestId('alert-device.offline');
    await expect(alert).toContainText('Kettle Plug is offline', { timeout: 90_000 });
    await expect(page.getByRole('navigation', { name: 'Main' }).getByLabel(/\d+ alerts?/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/diagnostics-alerts.png`, fullPage: true });
    await alert.getByRole('button', { name: 'Snooze for a day' }).click();
    await expect(page.getByTestId('alert-device.offline')).toHaveCount(0);

    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.locator('.history-chart').first()).toBeVisible();
    await page.getByLabel('Device').selectOption({ label: 'Bedside Lamp' });
    await expect(page.getByTestId('chart-link').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('chart-link')).toContainText('Link quality (LQI, 0–255)');
    await page.screenshot({ path: `${SHOTS}/diagnostics-history.png`, fullPage: true });

    // The guided check for "a device is offline" finds the Kettle Plug's problem in the live state.
    await page.getByRole('tab', { name: 'Troubleshoot', exact: true }).click();
    await page.getByLabel('What is wrong?').selectOption('deviceOffline');
    await page.getByLabel('Device', { exact: true }).selectOption({ label: 'Kettle Plug (offline)' });
    await page.getByRole('button', { name: 'Run the checks' }).click();
    const checks = page.getByRole('list', { name: 'Checks' });
    await expect(checks.getByRole('listitem').filter({ hasText: 'Is the Z-Wave radio working?' })).toBeVisible({ timeout: 30_000 });
    await expect(checks.getByRole('listitem').filter({ hasText: 'Has Kettle Plug been heard from lately?' })).toContainText('Kettle Plug is marked offline');
    await expect(checks.getByRole('listitem').filter({ hasText: 'Does the Z-Wave network still reach Kettle Plug?' })).toContainText('could not reach Kettle Plug');
    await page.screenshot({ path: `${SHOTS}/diagnostics-troubleshoot.png`, fullPage: true });

    // The support bundle downloads: a zip in which the broken device is named only by its hash.
    await page.getByRole('tab', { name: 'Logs', exact: true }).click();
    const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download support bundle' }).click()]);
    expect(bundle.suggestedFilename()).toMatch(/^hearth-support-.*\.zip$/);
    const zip = unzipSync(readFileSync(await bundle.path()));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['devices.json', 'health.json', 'logs/hearth.jsonl']));
    const all = Object.values(zip).map((b) => strFromU8(b)).join('\n');
    expect(all).not.toContain('Kettle Plug');

    // A ticket, with the bundle attached, kept on this computer.
    await page.getByRole('tab', { name: 'Tickets', exact: true }).click();
    await page.getByLabel('Title').fill('Kettle plug stopped answering');
    await page.getByLabel('Description').fill('It went offline this morning; the check says the stick cannot reach it.');
    await page.getByRole('button', { name: 'Create ticket' }).click();
    const tickets = page.getByRole('table', { name: 'Your tickets' });
    const ticket = tickets.locator('tr', { hasText: 'Kettle plug stopped answering' });
    await expect(ticket).toBeVisible({ timeout: 60_000 });
    await expect(ticket).toContainText(/\d+ KB/);
    await page.screenshot({ path: `${SHOTS}/diagnostics-ticket.png`, fullPage: true });

    // Every tab in dark mode, to look at.
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const tab of ['Health', 'Device health', 'Alerts', 'History', 'Logs', 'Troubleshoot', 'Help', 'Tickets']) {
      const t = page.getByRole('tab', { name: tab, exact: true });
      await t.click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/diagnostics-${tab.toLowerCase().replace(' ', '-')}-dark.png`, fullPage: true });
    }
  } finally {
    await hub.stop();
  }
});
