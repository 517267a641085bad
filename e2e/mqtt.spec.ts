// MQTT devices from Settings (issue 12): a real mosquitto on 127.0.0.1 started by the test, with a simulated
// Tasmota-style plug and an ESPHome-style light announcing themselves. The person enters the broker in Settings →
// Integrations → MQTT (a wrong port first: the answer says so in plain words), tests it, saves it; Hearth, restarted,
// runs their home instead of the demo; they adopt both devices and switch them from Home, and the devices
// themselves received the commands.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { esphomeLight, freePort, MOSQUITTO, startMosquitto, startMqttSimulator, tasmotaPlug } from '../src/protocols/mqtt';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Settings is long: its "Demo home or your home" and "Integrations" sections, light and dark. */
async function shootSettings(page: Page, name: string) {
  const part = (id: string): Locator => page.locator(`section[aria-labelledby="${id}"]`);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const suffix = scheme === 'dark' ? '-dark' : '';
    await part('integrations-title').screenshot({ path: `${SHOTS}/${name}${suffix}.png` });
  }
  await part('which-home-title').screenshot({ path: `${SHOTS}/${name}-home-choice-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await part('which-home-title').screenshot({ path: `${SHOTS}/${name}-home-choice.png` });
}

async function until(check: () => boolean, what: string) {
  const end = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test.skip(!MOSQUITTO, 'needs Debian mosquitto');

test('a broker entered in Settings brings a Tasmota plug and an ESPHome light to Home', async ({ page }) => {
  test.setTimeout(240_000);
  const broker = await startMosquitto();
  const sim = await startMqttSimulator(broker.url);
  const plug = tasmotaPlug('E2E0A1', { name: 'Hall Plug' });
  const light = esphomeLight('desk');
  await sim.add(plug);
  await sim.add(light);
  const dataDir = tempDataDir();
  let hub = await startHub(dataDir);
  try {
    // A first start: the demo home. Settings → Integrations → MQTT.
    await page.goto(hub.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('region', { name: 'Demo home or your home' })).toContainText('Hearth is running the demo home');
    const mqtt = page.getByRole('region', { name: 'MQTT' });
    await expect(mqtt.getByRole('status').first()).toContainText('Not connected');
    const address = mqtt.getByRole('textbox', { name: 'Broker address' });

    // Bad input is refused with what to write instead; a wrong port gets the broker's answer in plain words.
    await address.fill('http://127.0.0.1');
    await mqtt.getByRole('button', { name: 'Test connection' }).click();
    await expect(mqtt.getByText(/must start with mqtt:\/\/ \(plain\) or mqtts:\/\/ \(TLS\)/)).toBeVisible();
    await address.fill(`mqtt://127.0.0.1:${await freePort()}`);
    await mqtt.getByRole('button', { name: 'Test connection' }).click();
    await expect(mqtt.getByText(/Nothing accepts connections at mqtt:\/\/127\.0\.0\.1:\d+/)).toBeVisible();
    await expect(mqtt.getByText(/Check that the broker is running/)).toBeVisible();
    // mqtts:// offers the choice of which certificates to trust.
    await address.fill('mqtts://127.0.0.1:8883');
    await expect(mqtt.getByRole('group', { name: 'Which certificates to trust' })).toBeVisible();
    await mqtt.getByRole('radio', { name: /This certificate/ }).check();
    await expect(mqtt.getByRole('textbox', { name: 'Certificate' })).toBeVisible();
    await shootSettings(page, 'mqtt-settings-tls');

    await address.fill(broker.url);
    await mqtt.getByRole('textbox', { name: 'User name' }).fill('hearth');
    await mqtt.getByLabel('Password').fill('not-shown-again');
    await mqtt.getByRole('button', { name: 'Test connection' }).click();
    await expect(mqtt.getByText(`Hearth connected to the broker at ${broker.url} as hearth.`)).toBeVisible();
    await mqtt.getByRole('button', { name: 'Save' }).click();
    await expect(mqtt.getByText(/Saved\. Restart Hearth to leave the demo home and run your home with this broker/)).toBeVisible();
    await expect(mqtt.getByLabel('Password')).toHaveValue('');
    await expect(mqtt.getByLabel('Password')).toHaveAttribute('placeholder', 'Saved (type to replace it)');
    await expect(page.getByRole('region', { name: 'Demo home or your home' })).toContainText('runs your home from its next start');
    await shootSettings(page, 'mqtt-settings-saved');

    // Restarted (as the desktop app would be): the real home, on the saved broker, without the demo's devices.
    await hub.stop();
    hub = await startHub(dataDir);
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: /^Status: .*MQTT.*ready/ })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('article', { name: 'Desk Plug' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('region', { name: 'Demo home or your home' })).toContainText('Hearth is running your home');
    const settings = page.getByRole('region', { name: 'MQTT' });
    await expect(settings.getByRole('status').first()).toContainText('Connected');
    const devices = settings.getByRole('table', { name: 'Devices announced on the broker' });
    await expect(devices.getByRole('row', { name: /Hall Plug/ })).toContainText('Found');
    await expect(devices.getByRole('row', { name: /desk/ })).toContainText('Found');
    await shootSettings(page, 'mqtt-settings-found');
    await devices.getByRole('button', { name: 'Adopt Hall Plug' }).click();
    await expect(devices.getByRole('row', { name: /Hall Plug/ })).toContainText('Adopted');
    await devices.getByRole('button', { name: 'Adopt desk' }).click();
    await expect(devices.getByRole('row', { name: /desk/ })).toContainText('Adopted');
    await expect(devices.getByRole('row', { name: /desk/ })).toContainText('Brightness');
    await shootSettings(page, 'mqtt-settings-adopted');

    // Home: both devices, switched from their cards; the devices themselves got the commands.
    await page.getByRole('link', { name: 'Home' }).click();
    const plugSwitch = page.getByRole('switch', { name: 'Hall Plug', exact: true });
    await expect(plugSwitch).toHaveAttribute('aria-checked', 'false');
    await plugSwitch.click();
    await expect(plugSwitch).toHaveAttribute('aria-checked', 'true');
    await until(() => plug.holds('E2E0A1_RL_1') === true, 'the plug to be on');
    const lightSwitch = page.getByRole('switch', { name: 'desk', exact: true });
    await expect(lightSwitch).toHaveAttribute('aria-checked', 'false');
    await lightSwitch.click();
    await expect(lightSwitch).toHaveAttribute('aria-checked', 'true');
    await until(() => light.holds('desk_lamp') === true, 'the light to be on');
    // A device switched by hand (the plug's button) shows on Home too.
    await sim.act(plug);
    await expect(plugSwitch).toHaveAttribute('aria-checked', 'false');
    await shoot(page, 'mqtt-home');
  } finally {
    await hub.stop();
    await sim.stop();
    await broker.stop();
  }
});

test('first-run setup: a broker can be given on the radio step instead of a stick', async ({ page }) => {
  test.setTimeout(120_000);
  const broker = await startMosquitto();
  const hub = await startHub(tempDataDir(), [], { onboarding: true });
  try {
    await page.goto(hub.url);
    await page.getByRole('button', { name: 'Start setup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect a radio' })).toBeVisible();
    await page.getByText(/Wi-Fi devices on an MQTT broker/).click();
    const form = page.getByRole('form', { name: 'MQTT broker' });
    await form.getByRole('textbox', { name: 'Broker address' }).fill(broker.url);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByText(`Hearth connected to the broker at ${broker.url}.`)).toBeVisible();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText(/Restart Hearth to leave the demo home/)).toBeVisible();
    await shoot(page, 'mqtt-onboarding');
  } finally {
    await hub.stop();
    await broker.stop();
  }
});
