import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

async function waitOnline(page: Page, names: string[]) {
  for (const name of names) {
    await expect(page.getByRole('article', { name }).getByText('Online')).toBeVisible({ timeout: 60_000 });
  }
}

test('the demo home shows Zigbee and Z-Wave devices together, and a new Zigbee bulb is added by permit join', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    // Zigbee (emulated Z-Stack) and Z-Wave (zwave-js mock) devices side by side, in their rooms.
    await waitOnline(page, ['Bedside Lamp', 'Bathroom Climate', 'Desk Plug', 'Front Door', 'Floor Lamp', 'Ceiling Light', 'Thermostat', 'Kettle Plug']);
    for (const room of ['Bedroom', 'Bathroom', 'Office', 'Hallway', 'Living Room', 'Kitchen']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(room) })).toBeVisible();
    }
    const hallway = page.getByRole('region', { name: /Hallway/ });
    await expect(hallway.getByRole('article', { name: 'Front Door' })).toBeVisible();
    await expect(hallway.getByRole('article', { name: 'Thermostat' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Bathroom Climate' }).getByText(/°C/)).toBeVisible();

    // A Zigbee bulb follows the switch: checked only once the bulb itself reported it.
    const lamp = page.getByRole('switch', { name: 'Bedside Lamp', exact: true });
    await expect(lamp).toHaveAttribute('aria-checked', 'false');
    await lamp.click();
    await expect(lamp).toHaveAttribute('aria-checked', 'true');
    await page.screenshot({ path: `${SHOTS}/zigbee-home.png`, fullPage: true });

    // Add a device: Zigbee → open the network; the demo's spare bulb joins while it is open.
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('button', { name: 'Add device' }).click();
    const add = page.getByRole('region', { name: 'Add a device' });
    await expect(add.getByRole('button', { name: /Matter/ })).toBeEnabled();
    await add.getByRole('button', { name: /^Zigbee/ }).click();
    const flow = page.getByRole('region', { name: 'Add a Zigbee device' });
    await flow.getByRole('button', { name: 'Open the network for 3 minutes' }).click();
    await expect(flow.getByRole('timer')).toHaveText(/^[23]:\d\d left$/);
    await expect(flow.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/zigbee-join-open.png`, fullPage: true });

    const joining = flow.getByRole('listitem', { name: /0x000d6ffffe1a0002/ });
    await expect(joining).toBeVisible({ timeout: 20_000 });
    await expect(joining.getByRole('listitem').filter({ hasText: 'Joined the network' })).toContainText('(done)');
    // Live progress: each step is shown as it happens (the step list only moves forward).
    await page.screenshot({ path: `${SHOTS}/zigbee-join-interviewing.png`, fullPage: true });
    await expect(joining.getByRole('listitem').filter({ hasText: 'Ready' })).toContainText('(done)', { timeout: 20_000 });
    await expect(joining.getByText('IKEA LED1545G12')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/zigbee-join-interviewed.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/zigbee-join-interviewed-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await joining.getByRole('textbox', { name: 'Name' }).fill('Reading Lamp');
    await joining.getByRole('combobox', { name: 'Room' }).selectOption({ label: 'Office' });
    await joining.getByRole('button', { name: 'Save' }).click();
    await expect(joining.getByRole('status')).toContainText('Saved as Reading Lamp');
    await flow.getByRole('button', { name: 'Stop' }).click();
    await expect(flow.getByRole('button', { name: 'Open the network for 3 minutes' })).toBeVisible();

    // The next device, a battery contact sensor, dozes off while it is asked: a readable reason and Retry.
    await flow.getByRole('button', { name: 'Open the network for 3 minutes' }).click();
    const sensor = flow.getByRole('listitem', { name: /0x00124b002a3b4c5e/ });
    await expect(sensor.getByRole('alert')).toContainText('did not list its functions', { timeout: 20_000 });
    await expect(sensor.getByRole('alert')).toContainText('press its button');
    await expect(sensor.getByRole('listitem').filter({ hasText: 'Telling Hearth what it is' })).toContainText('(failed)');
    await page.screenshot({ path: `${SHOTS}/zigbee-join-failed.png`, fullPage: true });
    await sensor.getByRole('button', { name: 'Retry' }).click();
    await expect(sensor.getByRole('listitem').filter({ hasText: 'Ready' })).toContainText('(done)', { timeout: 30_000 });
    await expect(sensor.getByText('SONOFF SNZB-04')).toBeVisible();
    await sensor.getByRole('textbox', { name: 'Name' }).fill('Back Door');
    await sensor.getByRole('combobox', { name: 'Room' }).selectOption({ label: 'Kitchen' });
    await sensor.getByRole('button', { name: 'Save' }).click();
    await expect(sensor.getByRole('status')).toContainText('Saved as Back Door');
    await flow.getByRole('button', { name: 'Stop' }).click();

    // Details of the new bulb.
    await page.getByRole('button', { name: 'Details of Reading Lamp' }).click();
    const details = page.getByRole('complementary', { name: 'Reading Lamp' });
    await expect(details.getByText('IKEA', { exact: true })).toBeVisible();
    await expect(details.getByText('2.3.093')).toBeVisible();
    await expect(details.getByText(/genOnOff/)).toBeVisible();
    await expect(details.getByRole('list', { name: 'Features' })).toContainText('brightness');
    await page.screenshot({ path: `${SHOTS}/zigbee-details.png`, fullPage: true });

    // It is on Home, in the room it was given, and it works.
    await details.getByRole('button', { name: 'Close details' }).click();
    await page.getByRole('link', { name: 'See it on Home' }).click();
    const office = page.getByRole('region', { name: /Office/ });
    await expect(office.getByRole('article', { name: 'Reading Lamp' })).toBeVisible();
    const reading = page.getByRole('switch', { name: 'Reading Lamp', exact: true });
    await reading.click();
    await expect(reading).toHaveAttribute('aria-checked', 'true');

    // Remove it again: it is asked to leave the network and disappears.
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('button', { name: 'Details of Reading Lamp' }).click();
    const panel = page.getByRole('complementary', { name: 'Reading Lamp' });
    await panel.getByRole('button', { name: 'Remove Reading Lamp' }).click();
    await expect(panel.getByRole('alertdialog')).toContainText('asked to leave the network');
    await panel.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByRole('cell', { name: /^Reading Lamp/ })).toHaveCount(0);
    await expect(page.getByRole('cell', { name: /^Bedside Lamp/ })).toBeVisible();
  } finally {
    await hub.stop();
  }
});

test('radios: coordinator backups and the network map', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await waitOnline(page, ['Bedside Lamp', 'Desk Plug', 'Front Door', 'Bathroom Climate']);
    await page.getByRole('link', { name: 'Radios' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Radios' })).toBeVisible();
    const backups = page.getByRole('region', { name: 'Zigbee coordinator backups' });
    await expect(backups.getByRole('cell', { name: 'At start' })).toBeVisible({ timeout: 30_000 });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('cell', { name: 'By you' })).toBeVisible();

    const map = page.getByRole('region', { name: 'Network map' });
    await map.getByRole('button', { name: 'Scan the network' }).click();
    await expect(map.getByRole('img', { name: /Network map: 5 devices/ })).toBeVisible({ timeout: 30_000 });
    await expect(map.getByText('Desk Plug')).toBeVisible();

    // Choose and test another stick: a missing port says what to do; the running stick is not disturbed.
    const zigbeeRadio = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zigbee' }) });
    await zigbeeRadio.getByRole('button', { name: 'Use another stick…' }).click();
    const typed = zigbeeRadio.getByRole('textbox', { name: 'Or type its port' });
    await typed.fill('/dev/ttyHEARTHmissing');
    await zigbeeRadio.getByRole('button', { name: 'Test this stick' }).click();
    await expect(zigbeeRadio.getByRole('alert')).toContainText('There is no stick at /dev/ttyHEARTHmissing. Check that it is plugged in');
    const port = (await zigbeeRadio.locator('dd.mono').first().textContent())!;
    await typed.fill(port);
    await zigbeeRadio.getByRole('button', { name: 'Test this stick' }).click();
    await expect(zigbeeRadio.getByText(/own Zigbee radio is using/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/zigbee-stick-test.png`, fullPage: true });
    await zigbeeRadio.getByRole('button', { name: 'Cancel' }).click();
    await expect(map.getByText('Desk Plug')).toBeVisible(); // the radio kept working

    await backups.getByRole('button', { name: 'Restore…' }).first().click();
    await expect(backups.getByRole('note')).toContainText('unplug the old stick');
    // The stick picker lists what is plugged in, or says why it cannot.
    await expect(backups.getByText(/No USB stick found|udev|Recognised|Unknown stick|Best guess/).first()).toBeVisible();
    await expect(backups.getByRole('button', { name: 'Restore this backup' })).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/zigbee-radios.png`, fullPage: true });
  } finally {
    await hub.stop();
  }
});
