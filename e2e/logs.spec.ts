// Diagnostics › Logs in hub mode: the demo home's log lines (written by pino to <data>/logs) are listed,
// filtered by part and words, and the support bundle downloads as a zip in which no device or room name is
// found. Screenshots: e2e/output/logs-*.png.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

test('Logs tab: filter the log, download a redacted support bundle', async ({ page }) => {
  const hub = await startHub(tempDataDir(), [], { env: { HEARTH_LOG: 'info' } });
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    await page.goto(`${new URL(hub.url).origin}/#/diagnostics?tab=logs`);
    await expect(page.getByRole('tab', { name: 'Logs' })).toBeVisible();
    await page.getByRole('tab', { name: 'Logs' }).click();
    const table = page.locator('.logs-table');
    await expect(table).toBeVisible({ timeout: 20_000 });
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/logs-tab.png`, fullPage: false });

    // Only Matter lines once the part is chosen.
    await page.getByLabel('Part').selectOption('matter');
    // The list is replaced when the filtered page arrives: wait until every line shown is a Matter line.
    await expect.poll(async () => [...new Set(await table.locator('.log-subsystem').allTextContents())], { timeout: 20_000 }).toEqual(['Matter']);
    await page.screenshot({ path: `${SHOTS}/logs-matter.png`, fullPage: false });

    // The bundle downloads; its files name no device or room.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download support bundle' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^hearth-support-.*\.zip$/);
    const files = unzipSync(readFileSync(await download.path()));
    const text = Object.values(files).map((b) => strFromU8(b)).join('\n').toLowerCase();
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['devices.json', 'logs/hearth.jsonl', 'versions.json']));
    for (const name of ['floor lamp', 'kettle plug', 'living room', 'kitchen', 'desk lamp']) expect(text.includes(name), name).toBe(false);
    await expect(page.getByTestId('bundle-made')).toContainText('Downloaded hearth-support-');
    await page.screenshot({ path: `${SHOTS}/logs-bundle.png`, fullPage: false });
    await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('alert')).toHaveCount(0);
  } finally {
    await hub.stop();
  }
});
