import { expect, test } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

test('the demo home asks before Matter looks on the home network, offers no LAN address to type, and explains the share path', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: /Matter ready/ })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('button', { name: 'Add device' }).click();
    await page.getByRole('region', { name: 'Add a device' }).getByRole('button', { name: /^Matter/ }).click();
    const flow = page.getByRole('region', { name: 'Add a Matter device' });
    const ask = flow.getByRole('region', { name: 'Matter on your home network' });
    await expect(ask.getByRole('heading', { name: 'Look for Matter devices on your home network' })).toBeVisible();
    await expect(ask).toContainText("The demo home's Matter devices live on this computer only");
    await expect(ask).toContainText('nothing goes to the internet');
    // This test's network namespace has only loopback: nothing to pick, and it says so.
    await expect(ask).toContainText('This computer has no network connection other than itself.');
    // No invitation to type a LAN address in the demo home.
    await expect(flow.getByRole('textbox', { name: 'IP address' })).toHaveCount(0);
    await expect(flow.getByText('192.168.1.20')).toHaveCount(0);
    await ask.getByText('Thread devices, and devices already in another app').click();
    await expect(ask).toContainText('Share it from that app');
    await expect(ask).toContainText('no Bluetooth');
    await page.screenshot({ path: `${SHOTS}/matter-home-network.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/matter-home-network-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // The same question in Settings → Integrations.
    await page.getByRole('link', { name: 'Settings' }).click();
    // Settings titles the part with the same words; the question is the innermost region.
    const settings = page.getByRole('region', { name: 'Matter on your home network' }).last();
    await expect(settings).toContainText('nothing goes to the internet');
    await settings.scrollIntoViewIfNeeded();
    await settings.screenshot({ path: `${SHOTS}/matter-home-network-settings.png` });
  } finally {
    await hub.stop();
  }
});
