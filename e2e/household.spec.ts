// Household roles (issue 15): the owner invites a guest for one room in Settings → Household; in a second browser the
// guest opens the one-time address, sees only that room's devices and a sidebar without Diagnostics or Settings, and
// switches a device there. Removed by the owner, the guest's open page says it is signed out. Screenshots of both.
import { expect, test } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

test('a guest invited for the Kitchen sees and switches only the Kitchen, and is signed out when removed', async ({ page, browser }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('article', { name: 'Kettle Plug' }).getByText('Online')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('article', { name: 'Floor Lamp' })).toBeVisible();

    // Settings → Household: a guest with one room.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const household = page.getByRole('region', { name: 'Household' });
    await expect(household.getByText('Nobody else yet.')).toBeVisible();
    await household.getByRole('textbox', { name: 'Name' }).fill('Robin');
    await household.getByRole('combobox', { name: 'Role' }).selectOption('guest');
    await household.getByRole('checkbox', { name: 'Kitchen' }).check();
    await household.getByRole('button', { name: 'Make a sign-in address' }).click();
    const address = (await household.getByLabel('Sign-in address').textContent())!.trim();
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=/);
    await expect(household.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(household.getByRole('table', { name: 'Household' })).toContainText('Guest: Kitchen');
    await household.scrollIntoViewIfNeeded();
    await household.screenshot({ path: `${SHOTS}/household-invite.png` });
    await household.getByRole('button', { name: 'Done' }).click();

    // The guest, in a browser of its own.
    const guestContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const guest = await guestContext.newPage();
    await guest.goto(address);
    await expect(guest).not.toHaveURL(/code=/);
    const plug = guest.getByRole('article', { name: 'Kettle Plug' });
    await expect(plug.getByText('Online')).toBeVisible({ timeout: 60_000 });
    await expect(guest.getByText('Robin · guest')).toBeVisible();
    // Only the Kitchen: no other room's devices, and none of the owner's screens.
    await expect(guest.getByRole('article', { name: 'Floor Lamp' })).toHaveCount(0);
    await expect(guest.getByRole('article', { name: 'Thermostat' })).toHaveCount(0);
    const nav = guest.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    for (const hidden of ['Diagnostics', 'Privacy', 'Settings', 'Devices', 'Automations']) await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);
    // Nothing was refused on the way in (the window asks only for what a guest may see).
    await expect(guest.getByRole('alert')).toHaveCount(0);

    // Switching the Kitchen's plug works, confirmed by the device, and the owner sees it too.
    const toggle = guest.getByRole('switch', { name: 'Kettle Plug', exact: true });
    const before = await toggle.getAttribute('aria-checked');
    const after = before === 'true' ? 'false' : 'true';
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', after, { timeout: 15_000 });
    await guest.screenshot({ path: `${SHOTS}/household-guest.png`, fullPage: true });
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('switch', { name: 'Kettle Plug', exact: true })).toHaveAttribute('aria-checked', after);

    // The owner removes the guest: the guest's open page is signed out at once.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const row = household.getByRole('row', { name: /Robin/ });
    await expect(row).toContainText('signed in');
    await row.getByRole('button', { name: 'Remove Robin' }).click();
    await row.getByRole('button', { name: 'Remove now' }).click();
    await expect(household.getByText('Nobody else yet.')).toBeVisible();
    await expect(guest.getByText('You are signed out of this Hearth.')).toBeVisible({ timeout: 15_000 });
    await guest.screenshot({ path: `${SHOTS}/household-guest-removed.png` });
    await guestContext.close();
  } finally {
    await hub.stop();
  }
});
