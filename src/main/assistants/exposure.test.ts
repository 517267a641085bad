// Exposure as a person meets it: nothing is exposed until chosen, per device and per assistant; the choice survives a
// restart; a removed device drops out; Free refuses with the way to upgrade; a member may read it, not change it.
import { afterEach, describe, expect, it } from 'vitest';
import { buildCore } from '../app';
import { quietLog, tempDir } from '../test/temp';
import { assistantHome, type AssistantHome } from './test-home';

const dir = tempDir('hearth-exposure-');
let home: AssistantHome | undefined;
afterEach(async () => {
  await home?.core.stop();
  home = undefined;
});

describe('voice assistant exposure', () => {
  it('exposes nothing by default, then exactly the devices chosen for each assistant', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    const list = await h.call('assistants.exposure.list', {});
    expect(list.ok).toBe(true);
    const before = list.result as { allowed: boolean; devices: { name: string; assistants: string[] }[] };
    expect(before.allowed).toBe(true);
    expect(before.devices.length).toBe(7);
    expect(before.devices.every((d) => d.assistants.length === 0)).toBe(true);
    expect(h.core.exposure.exposedDevices('alexa')).toEqual([]);

    const set = await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: true });
    expect(set).toMatchObject({ ok: true, result: { name: 'Floor Lamp', assistants: ['alexa'] } });
    await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id('Back Door'), exposed: true });
    expect(h.core.exposure.exposedDevices('alexa').map((d) => d.name)).toEqual(['Floor Lamp']);
    expect(h.core.exposure.exposedDevices('google').map((d) => d.name)).toEqual(['Back Door']);
    expect(h.core.exposure.isExposed('alexa', h.id('Back Door'))).toBe(false);
    expect(h.core.exposure.isExposed('homekit', h.id('Floor Lamp'))).toBe(false);

    await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: false });
    expect(h.core.exposure.exposedDevices('alexa')).toEqual([]);
    // The change is in the audit log, with who did it.
    const audit = h.core.db.prepare("SELECT actor, target, detail FROM audit_log WHERE action = 'assistants.exposure.set'").all() as { actor: string; target: string; detail: string }[];
    expect(audit.length).toBe(3);
    expect(audit[0]).toMatchObject({ actor: 'test', target: h.id('Floor Lamp') });
  });

  it('tells listeners of each change, and of a removed device dropping out', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    const heard: unknown[] = [];
    h.core.exposure.onChange('test', (c) => heard.push(c));
    const lamp = h.id('Floor Lamp');
    await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: lamp, exposed: true });
    await h.call('assistants.exposure.set', { assistant: 'homekit', deviceId: lamp, exposed: true });
    await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: lamp, exposed: true }); // already: no event
    h.radio.emit({ type: 'deviceRemoved', nativeId: '2' });
    expect(heard).toEqual([
      { assistant: 'alexa', deviceId: lamp, exposed: true },
      { assistant: 'homekit', deviceId: lamp, exposed: true },
      { assistant: 'alexa', deviceId: lamp, exposed: false },
      { assistant: 'homekit', deviceId: lamp, exposed: false },
    ]);
    expect(h.core.exposure.exposedDevices('alexa')).toEqual([]);
    expect(h.core.db.prepare('SELECT COUNT(*) AS n FROM assistant_exposure').get()).toEqual({ n: 0 });
    // The same device joining again is not exposed again by itself.
    h.radio.emit({ type: 'device', device: { nativeId: '2', suggestedName: 'Floor Lamp', suggestedArea: 'Living Room', manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }], state: { onOff: false } } });
    expect(h.core.exposure.isExposed('alexa', h.id('Floor Lamp'))).toBe(false);
  });

  it('keeps the choice across a restart', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id('Thermostat'), exposed: true });
    const dataDir = h.core.info().dataDir;
    await h.core.stop();
    home = undefined;
    const again = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, env: { HEARTH_TEST_LICENCES: '1' } });
    try {
      const rows = again.db.prepare('SELECT assistant, device_id AS deviceId FROM assistant_exposure').all();
      expect(rows).toEqual([{ assistant: 'google', deviceId: expect.stringMatching(/:4$/) }]);
      expect(again.exposure.list().devices.find((d) => d.name === 'Thermostat')?.assistants).toEqual(['google']);
    } finally {
      await again.stop();
    }
  });

  it('refuses on Free with the way to upgrade, and exposes nothing there', async () => {
    const h = (home = await assistantHome(dir, { tier: 'free' }));
    const r = await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: true });
    expect(r.ok).toBe(false);
    expect(r.error).toMatchObject({ code: 'PLAN_LIMIT', message: expect.stringMatching(/Premium.*this home is on Free/), next: expect.stringMatching(/Upgrade in Subscription/) });
    const list = (await h.call('assistants.exposure.list', {})).result as { allowed: boolean; problem: string };
    expect(list).toMatchObject({ allowed: false, problem: expect.stringMatching(/Upgrade in Subscription/) });
    expect(h.core.exposure.exposedDevices('alexa')).toEqual([]);
  });

  it('a downgrade keeps the choice but exposes nothing until the tier allows it again', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: true });
    h.core.subscription.deactivate();
    expect(h.core.exposure.isExposed('alexa', h.id('Floor Lamp'))).toBe(false);
    expect(h.core.exposure.list().devices.find((d) => d.name === 'Floor Lamp')?.assistants).toEqual(['alexa']);
    // Stopping exposure is never refused.
    expect((await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: false })).ok).toBe(true);
  });

  it('the demo home is exempt from the tier', async () => {
    const h = (home = await assistantHome(dir, { tier: 'free', demo: true }));
    expect((await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: true })).ok).toBe(true);
    expect(h.core.exposure.exposedDevices('alexa').map((d) => d.name)).toEqual(['Floor Lamp']);
  });

  it('says which assistants can use each device, and refuses to expose one to an assistant that cannot', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    h.radio.emit({
      type: 'device',
      device: {
        nativeId: '9', suggestedName: 'Bath Humidity', suggestedArea: 'Bathroom', manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online',
        capabilities: [{ id: 'sensor.humidity', kind: 'sensor', writable: false, unit: '%', measure: 'humidity' }, { id: 'battery', kind: 'battery', writable: false, unit: '%' }],
        state: { 'sensor.humidity': 55, battery: 90 },
      },
    });
    const list = h.core.exposure.list();
    expect(list.devices.find((d) => d.name === 'Colour Bulb')?.supported).toEqual(['alexa', 'google', 'homekit']);
    // Alexa has nothing for a humidity sensor (Hearth's Alexa handler declares what it maps).
    expect(list.devices.find((d) => d.name === 'Bath Humidity')?.supported).not.toContain('alexa');
    const r = await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Bath Humidity'), exposed: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringMatching(/Alexa can do nothing with Bath Humidity/) } });
    expect(h.core.exposure.isExposed('alexa', h.id('Bath Humidity'))).toBe(false);
  });

  it('setting is for the owner (admin); reading needs read; a bad assistant or device is a clear error', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    const member = { actor: 'api:member', grant: { role: 'member' as const, scope: 'control' as const, rooms: [] } };
    const set = await h.core.dispatch('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: true }, member);
    expect(set).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const reader = { actor: 'api:reader', grant: { role: 'owner' as const, scope: 'read' as const, rooms: [] } };
    expect((await h.core.dispatch('assistants.exposure.list', {}, reader)).ok).toBe(true);
    expect(await h.core.dispatch('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: true }, reader)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call('assistants.exposure.set', { assistant: 'cortana', deviceId: h.id('Floor Lamp'), exposed: true })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/assistant/) } });
    expect(await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: 'zwave:404', exposed: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
