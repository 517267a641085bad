import { expect, test } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

test('rename a device, move it to another room, and work a switch from the keyboard', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('article', { name: 'Kettle Plug' }).getByText('Online')).toBeVisible({ timeout: 60_000 });

    await page.getByRole('link', { name: 'Devices' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
    await page.getByRole('button', { name: 'Rename Kettle Plug' }).click();
    const input = page.getByRole('textbox', { name: 'New name for Kettle Plug' });
    await input.fill('Coffee Machine');
    await input.press('Enter');
    await expect(page.getByRole('cell', { name: /^Coffee Machine/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Room of Coffee Machine' }).selectOption({ label: 'Living Room' });
    await page.screenshot({ path: 'e2e/output/devices.png', fullPage: true });

    await page.getByRole('link', { name: 'Home' }).click();
    const living = page.getByRole('region', { name: /Living Room/ });
    await expect(living.getByRole('article', { name: 'Coffee Machine' })).toBeVisible();

    // Keyboard only: Tab to the switch and press Space.
    const sw = page.getByRole('switch', { name: 'Coffee Machine', exact: true });
    await sw.focus();
    await page.keyboard.press('Space');
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    // The plug now draws power, reported by its meter.
    await expect(living.getByRole('article', { name: 'Coffee Machine' }).getByLabel('Coffee Machine Power')).toHaveText(/1,?850 W/);
  } finally {
    await hub.stop();
  }
});
