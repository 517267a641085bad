// Google Assistant declares which devices it can use (exposure's declareSupport): one with no Google type — a humidity
// sensor — is shown as not usable by Google in Settings and cannot be exposed to it, while lights, plugs, blinds can.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';

const dir = tempDir('hearth-google-support-');
let home: AssistantHome | undefined;
afterEach(async () => {
  await home?.core.stop();
  home = undefined;
});

describe('Google Assistant: which devices it can use', () => {
  it('a sensor Google can do nothing with is shown so and refused in words; what it can use is exposed and synced', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    h.radio.emit({
      type: 'device',
      device: {
        nativeId: '9', suggestedName: 'Bath Humidity', suggestedArea: 'Bathroom', manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online',
        capabilities: [{ id: 'sensor.humidity', kind: 'sensor', writable: false, unit: '%', measure: 'humidity' }],
        state: { 'sensor.humidity': 55 },
      },
    });
    const list = h.core.exposure.list();
    const supported = (name: string) => list.devices.find((d) => d.name === name)?.supported ?? [];
    expect(supported('Bath Humidity')).not.toContain('google');
    for (const name of ['Kettle Plug', 'Colour Bulb', 'Bedroom Blind', 'Thermostat']) expect(supported(name), name).toContain('google');
    const r = await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id('Bath Humidity'), exposed: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringMatching(/^Google Assistant can do nothing with Bath Humidity/) } });
    expect(h.core.exposure.isExposed('google', h.id('Bath Humidity'))).toBe(false);
    expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id('Kettle Plug'), exposed: true })).ok).toBe(true);
    const sync = await h.call('assistants.google.fulfill', { requestId: 'r1', inputs: [{ intent: 'action.devices.SYNC' }] });
    expect((sync.result as { payload: { devices: { name: { name: string } }[] } }).payload.devices.map((d) => d.name.name)).toEqual(['Kettle Plug']);
  });
});
