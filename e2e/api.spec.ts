// Settings → API (issue 15): in the demo home the person turns the local API on, makes a read token (shown once),
// and a program using it reads the devices but is refused a control call (403); revoked, the token opens nothing.
// Screenshots of the section, light and dark, with the token shown once.
import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

async function shoot(page: Page, name: string) {
  const part = page.locator('section[aria-labelledby="api-title"]');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await part.screenshot({ path: `${SHOTS}/${name}${scheme === 'dark' ? '-dark' : ''}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a read token made in Settings → API reads devices and is refused a control call', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    const api = `${hub.base}api/v1`;
    await page.goto(hub.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'API' });
    await expect(section.getByRole('status').first()).toContainText('Off');
    expect((await fetch(`${api}/devices`)).status).toBe(503);

    await section.getByRole('switch', { name: 'Local API' }).click();
    await expect(section.getByRole('status').first()).toContainText(`On at ${api}`);
    await section.getByRole('textbox', { name: 'Name' }).fill('Wall panel');
    await section.getByRole('combobox', { name: 'Scope' }).selectOption('read');
    await section.getByRole('button', { name: 'Create token' }).click();
    const secret = (await section.getByLabel('New token', { exact: true }).and(page.locator('code')).textContent())!.trim();
    expect(secret).toMatch(/^hearth_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    await expect(section.getByRole('table', { name: 'API tokens' })).toContainText('Wall panel');
    await shoot(page, 'api-settings-token-shown');

    const auth = { Authorization: `Bearer ${secret}` };
    const devices = await fetch(`${api}/devices`, { headers: auth });
    expect(devices.status).toBe(200);
    const list = (await devices.json()) as { id: string; name: string; capabilities: { id: string; kind: string; writable: boolean }[] }[];
    const lamp = list.find((d) => d.capabilities.some((c) => c.kind === 'onOff' && c.writable))!;
    const refused = await fetch(`${api}/devices/${lamp.id}/control`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ capabilityId: 'onOff', value: true }) });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/scope is read/);

    await section.getByRole('button', { name: 'I have saved it' }).click();
    await expect(section.locator('code')).toHaveCount(0);
    await section.getByRole('button', { name: 'Revoke Wall panel' }).click();
    await shoot(page, 'api-settings-revoke');
    await section.getByRole('button', { name: 'Revoke now' }).click();
    await expect(section).toContainText('No tokens yet.');
    expect((await fetch(`${api}/devices`, { headers: auth })).status).toBe(401);
    await shoot(page, 'api-settings');
  } finally {
    await hub.stop();
  }
});
