// Onboarding step 2 with USB sticks, on a machine that has none: the hub's test seam
// (src/main/sticks/test-seam.ts, HEARTH_TEST_FAKE_STICKS) lists ports from a file in the throwaway data
// folder and opens them through serialport's MockBinding. Writing the file is "plugging a stick in".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/onboarding-sticks-${name}.png`, fullPage: true });

const sonoff = {
  path: '/dev/ttyUSB7', vendorId: '10c4', productId: 'ea60', manufacturer: 'ITEAD', serialNumber: '4c004e4b',
  pnpId: 'usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_4c004e4b-if00-port0', behaviour: 'silent',
};
const aeotec = { path: '/dev/ttyACM3', vendorId: '0658', productId: '0200', manufacturer: 'Aeotec', behaviour: 'permission' };

test('radio step: a stick plugged in shows up, is recognised, tested with progress, and saved for the next start', async ({ page }) => {
  const dataDir = tempDataDir();
  const sticks = join(dataDir, 'fake-sticks.json');
  const plug = (ports: object[]) => writeFileSync(sticks, JSON.stringify({ ports }));
  plug([]);
  const hub = await startHub(dataDir, [], { onboarding: true, env: { HEARTH_TEST_FAKE_STICKS: sticks } });
  try {
    expect(hub.output.join('')).toContain('TEST SEAM: USB sticks are fake');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(hub.url);
    await page.getByRole('button', { name: 'Start setup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect a radio' })).toBeVisible();
    const list = page.getByRole('group', { name: 'USB sticks on this computer' });
    await expect(list.getByText('No USB stick found. Plug one in: it shows up here by itself.')).toBeVisible();

    // Plugged in while the step is open: it shows within 2 s (the core polls every second), recognised,
    // with what it needs.
    plug([sonoff]);
    const sonoffRadio = list.getByRole('radio', { name: /SONOFF Zigbee 3\.0 USB Dongle Plus \(ZBDongle-P\)/ });
    await expect(sonoffRadio).toBeVisible({ timeout: 2_000 });
    await expect(list.getByText(/\/dev\/ttyUSB7 · Zigbee · zstack adapter · Recognised/)).toBeVisible();
    plug([sonoff, aeotec]);
    const aeotecRadio = list.getByRole('radio', { name: /Aeotec Z-Stick 7/ });
    await expect(aeotecRadio).toBeVisible({ timeout: 2_000 });
    await expect(list.getByText(/\/dev\/ttyACM3 · Z-Wave · zwave-js driver/)).toBeVisible();
    await shot(page, '1-found');

    // Test-open the Zigbee stick: progress while it asks, then a readable "not a coordinator".
    await sonoffRadio.check();
    await expect(page.getByRole('radio', { name: /Try the demo home/ })).not.toBeChecked();
    await expect(page.getByRole('note')).toContainText('from its next start: restart Hearth after setup');
    await page.getByRole('button', { name: 'Test this stick' }).click();
    const progress = page.getByRole('status').filter({ has: page.getByRole('progressbar', { name: 'Testing the stick' }) });
    await expect(progress).toContainText('Pinging the Z-Stack coordinator…');
    await shot(page, '2-testing');
    const failed = page.getByRole('alert');
    await expect(failed).toContainText('opened, but nothing answered like a Zigbee coordinator.', { timeout: 10_000 });
    await expect(failed).toContainText('flash coordinator firmware');
    await expect(progress).toHaveCount(0);
    await shot(page, '3-not-coordinator');

    // The Z-Wave stick the user may not open: what happened and the fix.
    await aeotecRadio.check();
    await page.getByRole('button', { name: 'Test this stick' }).click();
    await expect(failed).toContainText('Hearth is not allowed to open /dev/ttyACM3.');
    await expect(failed).toContainText('dialout group');
    await expect(failed).toContainText('udev rule');
    await shot(page, '4-permission');

    // Unplugged: it leaves the list by itself.
    plug([sonoff]);
    await expect(aeotecRadio).toHaveCount(0, { timeout: 2_000 });

    // Choose the Zigbee stick: saved for the next start, and setup goes on.
    await sonoffRadio.check();
    await page.getByRole('button', { name: 'Use this stick and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your privacy choices' })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect a radio' })).toBeVisible();
    // "No stick? Try the demo home" stays one click away.
    await page.getByRole('radio', { name: /Try the demo home/ }).check();
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeEnabled();
  } finally {
    await hub.stop();
  }
});
