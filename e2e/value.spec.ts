// Value in hub mode with the demo home: the Kettle Plug (Z-Wave simulator, 1850 W load, energy counter every
// 15 s) runs for half a minute, then an automation made from a sentence switches it off when run by hand. The
// Value screen draws its four plots (uPlot canvases) with that data: the plug's energy stays within what
// 1850 W for that time can be, the run counts a minute saved, and the switch-off says why it is not estimated
// (no baseline nights yet). Screenshots light and dark: e2e/output/value-*.png.
import { expect, test } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

/** "18.4 Wh" / "1.20 kWh" as Wh. */
const wh = (text: string) => {
  const m = /([\d.,]+)\s*(k?Wh)/.exec(text);
  if (!m) throw new Error(`no energy in “${text}”`);
  const n = Number(m[1]!.replace(',', '.'));
  return m[2] === 'kWh' ? n * 1000 : n;
};

test('Value draws energy per day, savings per automation, time saved and cost against value from the demo home', async ({ page }) => {
  test.setTimeout(300_000);
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: /Status: .*Z-Wave.* ready/ })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('article', { name: 'Kettle Plug' }).getByText('Online')).toBeVisible({ timeout: 60_000 });

    const on = Date.now();
    await page.getByRole('switch', { name: 'Kettle Plug', exact: true }).click();
    await expect(page.getByRole('switch', { name: 'Kettle Plug', exact: true })).toHaveAttribute('aria-checked', 'true');

    await page.getByRole('link', { name: 'Automations' }).click();
    await page.getByLabel('Describe an automation').fill('every day at 23 turn off the kettle');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^every day at 23 turn off the kettle$/i });
    await dialog.getByRole('button', { name: 'Save automation' }).click();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    const rule = page.getByRole('list', { name: 'Automations' }).getByRole('listitem', { name: 'Every day at 23 turn off the kettle' });
    // Half a minute at 1850 W: the simulated meter reports power and its counter every 15 s.
    await page.waitForTimeout(Math.max(0, on + 32_000 - Date.now()));
    await rule.getByRole('button', { name: 'Run Every day at 23 turn off the kettle now' }).click();
    const off = Date.now();
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('switch', { name: 'Kettle Plug', exact: true })).toHaveAttribute('aria-checked', 'false');

    await page.getByRole('link', { name: 'Value' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Value' })).toBeVisible();
    for (const chart of ['chart-energy', 'chart-automations', 'chart-time', 'chart-return']) {
      await expect(page.getByTestId(chart).locator('canvas').first(), chart).toBeVisible();
    }

    // The plug's energy: more than nothing, at most 1850 W for the time it was on (+ one 10 Wh step of its counter).
    const kettle = page.getByTestId('energy-Kettle Plug');
    await expect(kettle.getByTestId('power-now')).toHaveText('0 W');
    await expect(kettle).toContainText(/energy counter/);
    const kettleWh = wh(await kettle.getByTestId('energy').innerText());
    expect(kettleWh).toBeGreaterThan(0);
    expect(kettleWh).toBeLessThanOrEqual((1850 * (off - on + 2000)) / 3_600_000 + 10);
    // Energy per day: the total shown is at least the plug's.
    expect(wh(await page.getByTestId('figure-energy').innerText())).toBeGreaterThanOrEqual(kettleWh - 0.05);

    // Time saved: one run at the default minute; the switch-off is explained, not guessed.
    const row = page.getByTestId('automation-Every day at 23 turn off the kettle');
    await expect(row).toContainText('1 run × 1 minute a run');
    await expect(page.getByTestId('figure-time')).toContainText('1 min');
    await expect(page.getByRole('list', { name: 'Devices switched off by automations' })).toContainText(
      'Not estimated: Kettle Plug was switched off without an automation on 0 of the 28 days before',
    );
    // The demo home costs nothing.
    await expect(page.getByText('The demo home costs nothing.')).toBeVisible();

    // A better estimate for the automation: 4 minutes a run.
    await row.getByLabel('Minutes Every day at 23 turn off the kettle saves per run').fill('4');
    await row.getByLabel('Minutes Every day at 23 turn off the kettle saves per run').press('Enter');
    await expect(page.getByTestId('figure-time')).toContainText('4 min');
    await expect(row).toContainText('your estimate');

    // A tariff that makes no sense is refused with the reason; nothing changes.
    await page.getByLabel('Price per kWh').fill('-3');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toHaveText('A price cannot be negative.');
    // A real one is kept, and the figures are priced with it.
    await page.getByLabel('Price per kWh').fill('0.4');
    await page.getByLabel('Currency').fill('eur');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('at your tariff of 0.4 EUR per kWh')).toBeVisible();
    await expect(page.getByText(/the subscription in USD: they are set side by side without an exchange rate/)).toBeVisible();

    await page.screenshot({ path: `${SHOTS}/value-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.getByTestId('chart-energy').locator('canvas').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/value-dark.png`, fullPage: true });
  } finally {
    await hub.stop();
  }
});
