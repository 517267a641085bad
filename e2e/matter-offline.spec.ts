// A Matter device that loses power says why, wherever it shows as offline: the demo's power switch pulls the
// Pendant Light's plug (a virtual matter.js light on Thread); it announces it is powering down, and Hearth shows that
// reason on its card, in its details (with what to check for a Thread device and the Matter article), in
// Diagnostics › Device health and in Troubleshoot › A device is offline (Matter's advice, no stick or Zigbee words).
// Plugged back in, it is online again. Screenshots, light and dark: e2e/output/matter-offline-*.png.
import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';
const REASON = 'The device said it is restarting or powering down.';

async function shoot(page: Page, name: string, target?: { screenshot(o: { path: string }): Promise<unknown> }) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(200);
    const path = `${SHOTS}/matter-offline-${name}${scheme === 'dark' ? '-dark' : ''}.png`;
    await (target ?? page).screenshot({ path, ...(target ? {} : { fullPage: true }) } as { path: string });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a Matter device that lost power shows why on its card, in its details, in Device health and in Troubleshoot', async ({ page }) => {
  test.setTimeout(240_000);
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    const origin = new URL(hub.url).origin;
    const card = page.getByRole('article', { name: 'Pendant Light', exact: true });
    await expect(card.getByText('Online')).toBeVisible({ timeout: 60_000 });

    // Devices → Pendant Light → the demo's switch: a power cut.
    await page.goto(`${origin}/#/devices`);
    await page.getByRole('button', { name: 'Details of Pendant Light' }).click();
    const details = page.getByRole('complementary', { name: 'Pendant Light' });
    await details.getByRole('button', { name: 'Simulate a power cut' }).click();
    const why = details.getByRole('group', { name: 'Why it is offline' });
    await expect(why).toContainText(REASON, { timeout: 30_000 });
    await expect(why).toContainText(/^Offline since \d{1,2}:\d\d( [AP]M)?\. /);
    await expect(why).toContainText('Thread border router');
    await expect(why.getByRole('link', { name: 'Read: A Matter device is offline (Wi-Fi, Thread, another app)' })).toBeVisible();
    await expect(details.getByRole('button', { name: 'Plug it back in' })).toBeVisible();
    await shoot(page, 'details', details);

    // Its card says it too.
    await page.goto(`${origin}/#/`);
    await expect(card.getByText('Not responding')).toBeVisible();
    await expect(card.getByTestId('offline-reason')).toHaveText(REASON);
    await card.scrollIntoViewIfNeeded();
    await shoot(page, 'card', page.getByRole('region', { name: /Kitchen/ }));

    // Diagnostics › Device health: offline, with the reason in words.
    await page.goto(`${origin}/#/diagnostics?tab=devices`);
    const row = page.locator('tr', { hasText: 'Pendant Light' });
    await expect(row).toContainText(new RegExp(`Offline: last heard .+ ago\\. ${REASON.replace(/\./g, '\\.')}`), { timeout: 30_000 });
    await shoot(page, 'device-health');

    // Troubleshoot › A device is offline: Matter's checks and advice.
    await page.getByRole('tab', { name: 'Troubleshoot', exact: true }).click();
    await page.getByLabel('Device', { exact: true }).selectOption({ label: 'Pendant Light (offline)' });
    await page.getByRole('button', { name: 'Run the checks' }).click();
    const checks = page.getByRole('list', { name: 'Checks' });
    const reach = checks.getByRole('listitem').filter({ hasText: 'Does the Matter network still reach Pendant Light?' });
    await expect(reach).toContainText(`Hearth's Matter controller cannot reach Pendant Light, which is connected over Thread. ${REASON}`);
    await expect(reach).toContainText('Thread border router');
    await expect(checks).not.toContainText(/USB|Zigbee|stick|repeater/);
    await shoot(page, 'troubleshoot');

    // Plugged back in: online again, and the reason goes.
    await page.goto(`${origin}/#/devices`);
    await page.getByRole('button', { name: 'Details of Pendant Light' }).click();
    await details.getByRole('button', { name: 'Plug it back in' }).click();
    await page.goto(`${origin}/#/`);
    await expect(card.getByText('Online')).toBeVisible({ timeout: 90_000 });
    await expect(card.getByTestId('offline-reason')).toHaveCount(0);
    // And it does as it is told again, confirmed by its own report.
    const light = page.getByRole('switch', { name: 'Pendant Light', exact: true });
    const was = await light.getAttribute('aria-checked');
    await light.click();
    await expect(light).toHaveAttribute('aria-checked', was === 'true' ? 'false' : 'true', { timeout: 30_000 });
    await expect(card.getByText('Sending…')).toHaveCount(0);
  } finally {
    await hub.stop();
  }
});
