// Settings → Voice assistants (issue 15): in the demo home nothing is exposed at first; the person exposes one device to
// Alexa, and a forwarding relay holding a control token discovers exactly that device through
// POST /api/v1/assistants/alexa and switches it; then through POST /api/v1/assistants/google, and Settings shows the
// Google link's last SYNC, EXECUTE and error. Screenshots of the section, light and dark.
import { expect, test, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

async function shoot(page: Page, name: string) {
  const part = page.locator('section[aria-labelledby="assistants-title"]');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await part.screenshot({ path: `${SHOTS}/${name}${scheme === 'dark' ? '-dark' : ''}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const directive = (namespace: string, name: string, endpointId?: string) => ({
  directive: {
    header: { namespace, name, payloadVersion: '3', messageId: `m-${namespace}-${name}`, ...(endpointId ? { correlationToken: 'c-1' } : {}) },
    ...(endpointId ? { endpoint: { endpointId } } : {}),
    payload: endpointId ? {} : { scope: { type: 'BearerToken', token: 'from-alexa' } },
  },
});

interface ApiDevice {
  id: string;
  name: string;
  state: Record<string, unknown>;
  capabilities: { id: string; kind: string; writable: boolean }[];
}

/** The demo home's devices once they have all joined and been named (two reads a second apart agree). */
async function wholeHome(api: string, secret: string): Promise<ApiDevice[]> {
  let last = '';
  for (let i = 0; i < 120; i++) {
    const list = (await (await fetch(`${api}/devices`, { headers: { Authorization: `Bearer ${secret}` } })).json()) as ApiDevice[];
    const names = list.map((d) => d.name).join('|');
    if (list.length >= 8 && !/Unknown/.test(names) && names === last) return list;
    last = names;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the demo home did not settle: ${last}`);
}

test('a device exposed to Alexa in Settings is the one a relay discovers and switches', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    const api = `${hub.base}api/v1`;
    await page.goto(hub.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    const voice = page.getByRole('region', { name: 'Voice assistants' });
    const table = voice.getByRole('table', { name: 'Devices exposed to voice assistants' });
    await expect(table.getByRole('switch').first()).toBeVisible();

    // The API on, and a control token for the relay (Settings → API).
    const apiSection = page.getByRole('region', { name: 'API' });
    await apiSection.getByRole('switch', { name: 'Local API' }).click();
    await expect(apiSection.getByRole('status').first()).toContainText(`On at ${api}`);
    await apiSection.getByRole('textbox', { name: 'Name' }).fill('Alexa relay');
    await apiSection.getByRole('combobox', { name: 'Scope' }).selectOption('control');
    await apiSection.getByRole('button', { name: 'Create token' }).click();
    const secret = (await apiSection.getByLabel('New token', { exact: true }).and(page.locator('code')).textContent())!.trim();
    const relay = (body: unknown) => fetch(`${api}/assistants/alexa`, { method: 'POST', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

    const devices = await wholeHome(api, secret);
    await expect(table.getByRole('row')).toHaveCount(devices.length + 1);
    for (const s of await table.getByRole('switch').all()) await expect(s).toHaveAttribute('aria-checked', 'false');
    await shoot(page, 'assistants-settings-none');
    const before = (await (await relay(directive('Alexa.Discovery', 'Discover'))).json()) as { event: { payload: { endpoints: unknown[] } } };
    expect(before.event.payload.endpoints).toEqual([]);

    // Expose the first switchable device to Alexa.
    const lamp = devices.find((d) => d.capabilities.some((c) => c.kind === 'onOff' && c.writable))!;
    const onOff = lamp.capabilities.find((c) => c.kind === 'onOff' && c.writable)!.id;
    const toggle = table.getByRole('switch', { name: `${lamp.name}: Alexa` });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await shoot(page, 'assistants-settings');

    const after = (await (await relay(directive('Alexa.Discovery', 'Discover'))).json()) as { event: { payload: { endpoints: { endpointId: string; friendlyName: string }[] } } };
    expect(after.event.payload.endpoints.map((e) => e.friendlyName)).toEqual([lamp.name]);
    const endpointId = after.event.payload.endpoints[0]!.endpointId;
    const state = async () => ((await (await fetch(`${api}/devices/${encodeURIComponent(lamp.id)}`, { headers: { Authorization: `Bearer ${secret}` } })).json()) as ApiDevice).state[onOff];
    for (const [name, want] of [['TurnOff', false], ['TurnOn', true]] as const) {
      const r = (await (await relay(directive('Alexa.PowerController', name, endpointId))).json()) as { event: { header: { name: string } } };
      expect(r.event.header.name).toBe('Response');
      await expect.poll(state).toBe(want);
    }

    // Google Assistant: the same relay syncs and switches the lamp; the owner sees the link's activity in Settings.
    const google = voice.getByRole('region', { name: 'Google Assistant link' });
    await expect(google.getByRole('status')).toContainText('Not linked');
    await table.getByRole('switch', { name: `${lamp.name}: Google Assistant` }).click();
    const intent = (body: unknown) => fetch(`${api}/assistants/google`, { method: 'POST', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await intent({ requestId: 's-1', inputs: [{ intent: 'action.devices.SYNC' }] })).status).toBe(200);
    const execute = (id: string) => ({ requestId: 'e-1', inputs: [{ intent: 'action.devices.EXECUTE', payload: { commands: [{ devices: [{ id }], execution: [{ command: 'action.devices.commands.OnOff', params: { on: false } }] }] } }] });
    expect((await intent(execute(lamp.id))).status).toBe(200);
    await expect.poll(state).toBe(false);
    // Google still asks for a device not exposed to it: the owner sees that error.
    const other = devices.find((d) => d.id !== lamp.id)!;
    expect((await intent(execute(other.id))).status).toBe(200);
    await page.reload();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(google.getByRole('status')).toContainText('Linked: a relay');
    await expect(google).toContainText('1 device given to Google');
    await expect(google).toContainText(`EXECUTE: ${other.name}: deviceNotFound`);
    await google.scrollIntoViewIfNeeded();
    await google.screenshot({ path: `${SHOTS}/assistants-google-link.png` });
  } finally {
    await hub.stop();
  }
});

test('Apple Home: turned on in Settings, the bridge shows its setup code and QR, and counts the devices exposed to it', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    await page.goto(hub.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    const voice = page.getByRole('region', { name: 'Voice assistants' });
    const table = voice.getByRole('table', { name: 'Devices exposed to voice assistants' });
    await expect(table.getByRole('switch').first()).toBeVisible();
    const apple = voice.getByRole('region', { name: 'Apple Home (Siri)' });
    await expect(apple.getByRole('button', { name: 'Turn on Apple Home' })).toBeVisible();
    await expect(apple.getByText('This is the demo home')).toBeVisible();
    await apple.screenshot({ path: `${SHOTS}/assistants-apple-home-off.png` });

    // Expose the first device Apple Home can use, then turn the bridge on, on this computer's loopback.
    const toggle = table.getByRole('switch', { name: /: Apple Home \(Siri\)$/ }).and(page.locator(':not([disabled])')).first();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await apple.getByRole('checkbox', { name: 'lo', exact: true }).check();
    await apple.getByRole('button', { name: 'Turn on Apple Home' }).click();
    await expect(apple.getByRole('status').first()).toContainText('On, announced on lo (this computer only: the demo home). 1 device shared; not added to the Home app yet.');
    await expect(apple.getByRole('img', { name: 'QR code to scan with the Home app' })).toBeVisible();
    await expect(apple.getByLabel('Setup code', { exact: true })).toHaveText(/^\d{3}-\d{2}-\d{3}$/);
    await shoot(page, 'assistants-apple-home');

    await apple.getByRole('button', { name: 'Turn off Apple Home' }).click();
    await expect(apple.getByRole('button', { name: 'Turn on Apple Home' })).toBeVisible();
    await expect(apple.getByRole('img', { name: 'QR code to scan with the Home app' })).toHaveCount(0);
  } finally {
    await hub.stop();
  }
});
