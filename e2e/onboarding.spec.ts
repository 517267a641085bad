// First-run setup from start to finish in Chromium, as a new user meets it: resumable after a restart,
// each step's choices kept, and the Privacy screen showing (and erasing) what was entered.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/onboarding-${name}.png`, fullPage: true });

test('first run: setup wizard start to finish, resumed after a restart; then privacy: export and erase', async ({ page }) => {
  const dataDir = tempDataDir();
  let hub = await startHub(dataDir, [], { onboarding: true });
  try {
    await page.goto(hub.url);
    const panel = page.getByRole('main', { name: /^Setup:/ });

    // 1. Welcome
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Hearth' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Setup progress' }).getByRole('listitem').filter({ hasText: 'Welcome' })).toHaveAttribute('aria-current', 'step');
    await expect(panel.getByText('Offline by default.')).toBeVisible();
    await shot(page, '1-welcome');
    await page.getByRole('button', { name: 'Start setup' }).click();

    // 2. Radio: the sticks plugged in (none on a test machine; e2e/onboarding-sticks.spec.ts plugs fake ones in),
    // or the demo home, chosen unless a stick is picked.
    await expect(page.getByRole('heading', { level: 1, name: 'Connect a radio' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'USB sticks on this computer' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'USB sticks on this computer' }).getByText(/No USB stick found|cannot look for USB sticks/)).toBeVisible();
    await expect(page.getByRole('radio', { name: /Try the demo home/ })).toBeChecked();
    await shot(page, '2-radio');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 3. Consents: all off but the strictly necessary one; turning one on is recorded.
    await expect(page.getByRole('heading', { level: 1, name: 'Your privacy choices' })).toBeVisible();
    const necessary = page.getByRole('switch', { name: 'Running your home on this computer' });
    await expect(necessary).toBeChecked();
    await expect(necessary).toBeDisabled();
    for (const name of ['Share diagnostics when you ask for help', 'Usage statistics', 'Link a voice assistant', 'Online services (weather, calendar)']) {
      await expect(page.getByRole('switch', { name })).not.toBeChecked();
    }
    await page.getByRole('switch', { name: 'Share diagnostics when you ask for help' }).click();
    await expect(page.getByRole('switch', { name: 'Share diagnostics when you ask for help' })).toBeChecked();
    await shot(page, '3-consent');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 4. Preferences: name, typed location (bad coordinates are explained), units, rooms and floors.
    await expect(page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Home name' }).fill('Maple Cottage');
    await page.getByRole('radio', { name: 'Coordinates' }).check();
    await page.getByRole('textbox', { name: 'Latitude' }).fill('123');
    await page.getByRole('textbox', { name: 'Longitude' }).fill('5.32');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toHaveText('Latitude is a number from -90 to 90.');
    await page.getByRole('radio', { name: 'City or town' }).check();
    await page.getByRole('textbox', { name: 'City or town' }).fill('Bergen');
    await page.getByRole('radio', { name: '°F' }).check();
    await page.getByRole('radio', { name: '12-hour' }).check();
    await page.getByRole('textbox', { name: 'New room name' }).fill('Sewing Room');
    await page.getByRole('textbox', { name: 'New room floor' }).fill('Attic');
    await page.getByRole('button', { name: 'Add room' }).click();
    await expect(page.getByRole('textbox', { name: 'Floor of Sewing Room' })).toHaveValue('Attic');
    await shot(page, '4-preferences');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 5. Tutorial: the real command bar and plan preview.
    await expect(page.getByRole('heading', { level: 1, name: 'Your first command' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Show me with “turn (on|off) the / })).toBeVisible({ timeout: 60_000 });
    await shot(page, '5-tutorial');

    // Progress survives a restart: stop Hearth here and start it again on the same data folder.
    await hub.stop();
    hub = await startHub(dataDir, [], { onboarding: true });
    await page.goto(hub.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Your first command' })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('textbox', { name: 'Home name' })).toHaveValue('Maple Cottage');
    await expect(page.getByRole('textbox', { name: 'City or town' })).toHaveValue('Bergen');
    await page.getByRole('button', { name: 'Continue' }).click();
    // Once a device is online the step suggests a first command; we type it into the real command bar.
    await expect(page.getByRole('status', { name: /Status: .*Z-Wave.* ready/ })).toBeVisible({ timeout: 60_000 });
    const tryIt = page.getByRole('button', { name: /^Show me with / });
    await expect(tryIt).toBeVisible({ timeout: 60_000 });
    const sentence = /“(.+)”/.exec((await tryIt.textContent()) ?? '')![1]!;
    const bar = page.getByRole('combobox', { name: 'Tell Hearth what to do' });
    await bar.fill(sentence);
    await bar.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('cell', { name: /^Turn (on|off) / })).toBeVisible();
    await shot(page, '5-tutorial-preview');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Done: “${sentence}”` })).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await shot(page, '5-tutorial-done');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 6. Done: a summary of what was chosen, then the home.
    await expect(page.getByRole('heading', { level: 1, name: /all set/ })).toBeVisible();
    const summary = page.getByRole('definition');
    await expect(summary.filter({ hasText: 'Maple Cottage' })).toHaveCount(1);
    await expect(summary.filter({ hasText: 'Bergen' })).toHaveCount(1);
    await expect(summary.filter({ hasText: '°F, 12-hour clock' })).toHaveCount(1);
    await expect(summary.filter({ hasText: 'Sewing Room (Attic)' })).toHaveCount(1);
    await expect(summary.filter({ hasText: 'Share diagnostics when you ask for help' })).toHaveCount(1);
    await shot(page, '6-done');
    await page.getByRole('button', { name: 'Go to my home' }).click();
    await expect(page.getByRole('article', { name: 'Kettle Plug' })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.home-name')).toHaveText('Maple Cottage');

    // Privacy: what is stored, consents with history, download, erase.
    await page.getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy and your data' })).toBeVisible();
    const stored = page.getByRole('table', { name: 'What Hearth stores about you' });
    await expect(stored.getByRole('rowheader', { name: /Device history/ })).toBeVisible();
    await expect(stored.getByRole('combobox', { name: 'Keep device history for' })).toHaveValue('365');
    await expect(page.getByText(/gave consent to Diagnostics/)).toBeAttached();
    await expect(page.getByRole('status').filter({ hasText: /^Intact/ })).toBeVisible();
    await shot(page, '7-privacy');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const file = await (await download).path();
    const zip = unzipSync(readFileSync(file));
    expect(strFromU8(zip['data/settings.json']!)).toContain('Maple Cottage');
    expect(strFromU8(zip['data/areas.json']!)).toContain('Sewing Room');

    await page.getByRole('button', { name: 'Erase my data…' }).click();
    const erase = page.getByRole('button', { name: 'Erase everything' });
    await expect(erase).toBeDisabled();
    await page.getByRole('textbox', { name: /Type ERASE/ }).fill('ERASE');
    await shot(page, '8-erase');
    await erase.click();
    // Back to first run.
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Hearth' })).toBeVisible();
    await expect(page.locator('.home-name')).toHaveCount(0);
  } finally {
    await hub.stop();
  }
});

test('"Skip for now" closes setup, and Settings opens it again', async ({ page }) => {
  const hub = await startHub(tempDataDir(), [], { onboarding: true });
  try {
    await page.goto(hub.url);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByRole('article', { name: 'Floor Lamp' })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('switch', { name: 'Encrypt the database' })).not.toBeChecked();
    await page.getByRole('switch', { name: 'Encrypt the database' }).click();
    await expect(page.getByRole('switch', { name: 'Encrypt the database' })).toBeChecked();
    await expect(page.getByText(/^Encrypted · key set/)).toBeVisible();
    await shot(page, '9-settings');
    await page.getByRole('button', { name: 'Run setup again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Hearth' })).toBeVisible();
  } finally {
    await hub.stop();
  }
});
