// Diagnostics › Support link in hub mode: the owner agrees (the button waits for the consent box), makes a
// read-only link that expires after 24 h by default, and sees it listed; a browser opening the link gets the
// support view (Diagnostics only: no sidebar, no command bar, no control), the link is out of its address bar,
// reloading the support view keeps it (the link's one-time token became the tab's support session), the same link
// opened in another browser is refused with the reason, the owner revokes the link and the support view says it
// has ended. Screenshots: e2e/output/support-*.png.
import { expect, test } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

test('a read-only support link opens Diagnostics only, and ends when revoked', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const hub = await startHub(tempDataDir());
  const staff = await browser.newContext();
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    const origin = new URL(hub.url).origin;
    await page.goto(`${origin}/#/diagnostics?tab=support`);
    await expect(page.getByRole('tab', { name: 'Support link' })).toHaveAttribute('aria-selected', 'true');

    const make = page.getByRole('button', { name: 'Create read-only support link' });
    await expect(make).toBeDisabled();
    await expect(page.getByLabel('Expires after')).toHaveValue('24');
    await page.getByLabel('I agree to let support staff read this home’s Diagnostics through this link.').check();
    await make.click();
    const address = await page.getByRole('textbox', { name: 'Support link' }).inputValue();
    expect(address).toMatch(new RegExp(`^${origin}/\\?support=[\\w-]{20,}$`));
    const row = page.getByTestId('support-link-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Not opened yet');
    await page.screenshot({ path: `${SHOTS}/support-link.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/support-link-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // Support staff open it: Diagnostics only.
    const view = await staff.newPage();
    await view.goto(address);
    await expect(view.getByText('Support view · read-only')).toBeVisible({ timeout: 30_000 });
    expect(view.url()).not.toContain('support=');
    await expect(view.getByRole('tab')).toHaveText(['Health', 'Device health', 'Alerts', 'Logs']);
    await expect(view.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(view.getByPlaceholder('Tell Hearth what to do…')).toHaveCount(0);
    await expect(view.getByTestId('health-radio-zwave')).toContainText('Connected', { timeout: 30_000 });
    await view.getByRole('tab', { name: 'Device health' }).click();
    await expect(view.locator('tr', { hasText: 'Kettle Plug' })).toBeVisible({ timeout: 30_000 });
    // A screen other than Diagnostics is not there to go to.
    await view.goto(`${origin}/#/devices`);
    await expect(view.getByRole('switch')).toHaveCount(0);
    // What the window reads in the background and the core refuses to a support session is not shown as an error.
    await expect(view.getByRole('alert')).toHaveCount(0);
    await view.screenshot({ path: `${SHOTS}/support-view.png`, fullPage: true });
    await view.emulateMedia({ colorScheme: 'dark' });
    await view.screenshot({ path: `${SHOTS}/support-view-dark.png`, fullPage: true });
    await view.emulateMedia({ colorScheme: 'light' });

    // A reload keeps the support view: the one-time token was exchanged for this tab's read-only session.
    await view.goto(`${origin}/#/diagnostics?tab=devices`);
    await view.reload();
    await expect(view.getByText('Support view · read-only')).toBeVisible({ timeout: 30_000 });
    await expect(view.locator('tr', { hasText: 'Kettle Plug' })).toBeVisible({ timeout: 30_000 });
    await expect(view.getByRole('alert')).toHaveCount(0);

    // The same link in another browser: refused, with the reason (a link opens one session only).
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(address);
    const refused = second.getByRole('alert');
    await expect(refused).toContainText('This support link cannot be opened');
    await expect(refused).toContainText('already opened in another browser window');
    await second.screenshot({ path: `${SHOTS}/support-link-refused.png`, fullPage: true });
    await second.emulateMedia({ colorScheme: 'dark' });
    await second.screenshot({ path: `${SHOTS}/support-link-refused-dark.png`, fullPage: true });
    await other.close();

    // The owner sees it opened, and revokes it: the support view ends.
    await page.reload();
    await expect(page.getByTestId('support-link-row')).toContainText('In use (opened)', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Revoke' }).click();
    await expect(page.getByTestId('support-link-row')).toContainText('Revoked');
    await view.getByRole('tab', { name: 'Logs' }).click();
    await expect(view.getByRole('alert').filter({ hasText: 'This support link has ended' })).toBeVisible({ timeout: 30_000 });
    await view.screenshot({ path: `${SHOTS}/support-view-ended.png`, fullPage: true });
  } finally {
    await staff.close();
    await hub.stop();
  }
});
