// What the plan preview, Radios and Devices look like, checked where a person would notice: the steps table's
// header row sits above its rows; each radio card counts the devices that are really on it (the Matter card once
// said "0 Matter device(s)" beside five Matter devices); the Zigbee card's "Use another stick…" no longer runs
// into the Extended PAN id row; Device details sit beside the list, not over it; no error notice on the way.
// Screenshots in light and dark: e2e/output/layout-*.png.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** Both colour schemes, from the top of the page (a scrolled page would draw the sticky top bar mid-shot). */
async function shots(page: Page, name: string, target?: Locator) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate('window.scrollTo(0, 0)');
    const path = `${SHOTS}/layout-${name}${scheme === 'dark' ? '-dark' : ''}.png`;
    if (target) await target.screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('plan preview, Radios and Devices: header above the steps, live device counts, the stick button apart, details beside the list', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: 'Status: Z-Wave, Zigbee, Matter ready' })).toBeVisible({ timeout: 60_000 });
    const everyDevice = ['Desk Lamp', 'Pendant Light', 'Porch Light', 'Radiator', 'Patio Door', 'Floor Lamp', 'Ceiling Light', 'Thermostat', 'Kettle Plug', 'Desk Plug', 'Bedside Lamp'];
    for (const name of everyDevice) {
      await expect(page.getByRole('article', { name, exact: true }).getByText('Online')).toBeVisible({ timeout: 60_000 });
    }
    const notices = page.getByRole('region', { name: 'Notifications' });

    // Plan preview: the header row is above the first step, in the same columns.
    const bar = page.getByRole('combobox', { name: 'Tell Hearth what to do' });
    await bar.fill('turn on the floor lamp and the kettle');
    await bar.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'turn on the floor lamp and the kettle' });
    const header = dialog.getByRole('row').first();
    const firstStep = dialog.getByRole('row').nth(1);
    await expect(firstStep).toContainText('Turn on Floor Lamp');
    const [h, r] = [await box(header), await box(firstStep)];
    expect(h.y + h.height).toBeLessThanOrEqual(r.y + 1);
    expect(Math.abs(h.x - r.x)).toBeLessThan(2);
    const [when, at] = [await box(dialog.getByRole('columnheader', { name: 'When' })), await box(firstStep.getByRole('cell').first())];
    expect(Math.abs(when.x - at.x)).toBeLessThan(2);
    await shots(page, 'plan-preview', dialog);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);

    // Devices: how many each radio has, as the list shows them.
    await page.getByRole('link', { name: 'Devices' }).click();
    const table = page.getByRole('table', { name: 'All devices' });
    const onRadio = (label: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
    await expect(onRadio('Matter')).toHaveCount(5);
    const counts = { 'Z-Wave': await onRadio('Z-Wave').count(), Zigbee: await onRadio('Zigbee').count(), Matter: 5 };

    // Details open beside the list: the list ends before the panel starts, and its rows keep their Details buttons.
    await page.getByRole('button', { name: 'Details of Desk Lamp' }).click();
    const details = page.getByRole('complementary', { name: 'Desk Lamp' });
    await expect(details.getByRole('region', { name: 'Matter' }).getByText('Connected by')).toBeVisible({ timeout: 30_000 });
    const [list, panel] = [await box(table), await box(details)];
    expect(list.x + list.width).toBeLessThanOrEqual(panel.x);
    const other = await box(page.getByRole('button', { name: 'Details of Thermostat' }));
    expect(other.x + other.width).toBeLessThanOrEqual(panel.x);
    await shots(page, 'devices');

    // Radios: each card counts its devices as the list does; the stick button sits below the network facts.
    await page.getByRole('link', { name: 'Radios' }).click();
    const card = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
    for (const [label, n] of Object.entries(counts)) await expect(card(label)).toContainText(`${n} devices`);
    const zigbee = card('Zigbee');
    const [pan, stick] = [await box(zigbee.locator('dd').last()), await box(zigbee.getByRole('button', { name: 'Use another stick…' }))];
    expect(stick.y).toBeGreaterThanOrEqual(pan.y + pan.height + 8);
    await expect(page.getByRole('region', { name: 'Zigbee coordinator backups' }).getByRole('cell', { name: 'At start' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Z-Wave controller backups' })).toBeVisible();
    await shots(page, 'radios');

    await expect(notices.getByRole('alert')).toHaveCount(0);
  } finally {
    await hub.stop();
  }
});
