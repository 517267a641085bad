import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir, type Hub } from './hub';

const SHOTS = 'e2e/output';

const DEMO_DEVICES = ['Ceiling Light', 'Floor Lamp', 'Thermostat', 'Kettle Plug'];

async function openHome(page: Page, hub: Hub) {
  await page.goto(hub.url);
  // The sign-in code is taken out of the address bar once used.
  await expect(page).not.toHaveURL(/code=/);
  await expect(page.getByRole('status', { name: /Status: Z-Wave, Zigbee, Matter ready/ })).toBeVisible({ timeout: 60_000 });
  // Wait until every demo device has answered, so cards no longer move while we click.
  for (const name of DEMO_DEVICES) {
    await expect(page.getByRole('article', { name }).getByText('Online')).toBeVisible({ timeout: 60_000 });
  }
}

test('the demo home: see devices by room, switch a lamp, dim a light, and find it all after a restart', async ({ page }) => {
  const dataDir = tempDataDir();
  let hub = await startHub(dataDir);
  try {
    await openHome(page, hub);
    for (const room of ['Living Room', 'Kitchen', 'Hallway']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(room) })).toBeVisible();
    }
    const lamp = page.getByRole('switch', { name: 'Floor Lamp', exact: true });
    const lampCard = page.getByRole('article', { name: 'Floor Lamp' });
    await expect(lamp).toHaveAttribute('aria-checked', 'false');

    await lamp.click();
    // Checked only once the device reported it (no optimistic UI): the card says On.
    await expect(lamp).toHaveAttribute('aria-checked', 'true');
    await expect(lampCard.getByText('On', { exact: true })).toBeVisible();

    const dimmerCard = page.getByRole('article', { name: 'Ceiling Light' });
    const slider = dimmerCard.getByRole('slider', { name: 'Ceiling Light brightness' });
    const track = dimmerCard.locator('.slider');
    const box = (await track.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.4, box.y + box.height / 2);
    await expect(slider).toHaveAttribute('aria-valuenow', '40');
    await expect(dimmerCard.getByText('40 %')).toBeVisible();
    await expect(dimmerCard.getByText('Sending…')).toHaveCount(0);

    await page.screenshot({ path: `${SHOTS}/home-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/home-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // Restart the core on the same data folder: the state is still there.
    await hub.stop();
    await expect(page.getByRole('status', { name: /Reconnecting/ })).toBeVisible();
    hub = await startHub(dataDir);
    await openHome(page, hub);
    await expect(page.getByRole('switch', { name: 'Floor Lamp', exact: true })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('slider', { name: 'Ceiling Light brightness' })).toHaveAttribute('aria-valuenow', '40');
  } finally {
    await hub.stop();
  }
});

test('a page without the token is not let in and says how to get in', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.base);
    await expect(page.getByRole('heading', { name: 'Open Hearth from the address it printed' })).toBeVisible();
  } finally {
    await hub.stop();
  }
});
