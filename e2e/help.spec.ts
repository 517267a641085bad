// Diagnostics › Troubleshoot, Help and Tickets in hub mode over the demo home: a guided check runs against the
// live radios, the help is searched and an article read, a ticket is created with the bundle and exported.
// Screenshots: e2e/output/help-*.png.
import { expect, test } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

test('Troubleshoot, Help and Tickets tabs', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    const origin = new URL(hub.url).origin;

    await page.goto(`${origin}/#/diagnostics?tab=troubleshoot`);
    await page.getByRole('tab', { name: 'Troubleshoot' }).click();
    await page.getByLabel('What is wrong?').selectOption('slowResponse');
    await page.getByRole('button', { name: 'Run the checks' }).click();
    const checks = page.getByRole('list', { name: 'Checks' });
    await expect(checks.locator('li').first()).toBeVisible({ timeout: 20_000 });
    await expect(checks).toContainText('Is the Z-Wave radio working?');
    await page.screenshot({ path: `${SHOTS}/help-troubleshoot.png` });

    await page.getByRole('tab', { name: 'Help' }).click();
    await page.getByLabel('Search the help').fill('dialout');
    const results = page.getByRole('list', { name: 'Articles' });
    await expect(results.locator('mark').first()).toHaveText(/dialout/i);
    await results.getByRole('button').first().click();
    await expect(page.getByRole('article', { name: 'Article' })).toContainText('sudo usermod -aG dialout');
    await page.screenshot({ path: `${SHOTS}/help-article.png` });

    await page.getByRole('tab', { name: 'Tickets' }).click();
    await page.getByLabel('Title').fill('Kitchen sensor drops out');
    await page.getByLabel('Description').fill('Every night around 2 am.');
    await page.getByRole('button', { name: 'Create ticket' }).click();
    const list = page.getByRole('table', { name: 'Your tickets' });
    await expect(list).toContainText('Kitchen sensor drops out', { timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Export' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^hearth-ticket-.*\.json$/);
    await page.screenshot({ path: `${SHOTS}/help-tickets.png` });
  } finally {
    await hub.stop();
  }
});
