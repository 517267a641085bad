// MQTT as the desktop app gets it, without command-line flags: a broker saved through the contract (Settings →
// Integrations → MQTT), the password sealed and never sent back; the saved broker makes the next start run the real
// home, with the demo home's devices kept apart (and back when the person switches to the demo again); adoption
// held to the Free plan's 5 devices, from Settings and from --mqtt-adopt all; a broker that is down at start is
// retried until it answers. Real mosquitto on 127.0.0.1, started by the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { esphomeLight, freePort, MOSQUITTO, type Mosquitto, type MqttDeviceSimulator, startMosquitto, startMqttSimulator, tasmotaPlug } from '../../../protocols/mqtt';
import { startApp, type RunningApp } from '../../app';
import { quietLog, tempDir } from '../../test/temp';
import { waitFor } from '../../test/wait';

const ctx = { actor: 'test' };

async function call(app: RunningApp, method: string, params: unknown = {}) {
  return app.core.dispatch(method as never, params, ctx);
}

describe.skipIf(!MOSQUITTO)('MQTT set up from Settings', () => {
  let broker: Mosquitto;
  let sim: MqttDeviceSimulator;
  beforeAll(async () => {
    broker = await startMosquitto();
    sim = await startMqttSimulator(broker.url);
    await sim.add(tasmotaPlug('A1B2C3', { name: 'Hall Plug' }));
    await sim.add(esphomeLight('desk', { name: 'Desk Lamp' }));
  });
  afterAll(async () => {
    await sim?.stop();
    await broker?.stop();
  });

  it('a broker saved in Settings runs the real home at the next start; the demo home’s devices stay apart and come back', async () => {
    const dataDir = tempDir();
    // Three starts of a whole home: if this ever runs out of time, say where it went.
    const t0 = Date.now();
    const phases: string[] = [];
    const mark = (what: string) => phases.push(`${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);
    onTestFailed(() => console.log(`phases: ${phases.join('; ')}`));
    // First start: nothing set up, the demo home.
    let app = await startApp({ dataDir, host: 'hub', log: quietLog, matter: false });
    mark('demo started');
    let demoDevices: string[];
    try {
      await app.radiosStarted;
      mark('demo radios');
      expect(app.core.info().demo).toBe(true);
      // The whole demo home (4 Z-Wave + 4 Zigbee devices; Zigbee ones join one by one): a partial count here
      // would make the count compared after the switch depend on timing.
      demoDevices = (
        await waitFor(() => {
          const list = app.core.devices.list();
          return list.length === 8 && list.every((d) => d.health === 'online') ? list : undefined;
        }, 60_000)
      ).map((d) => d.id);
      mark('demo devices');
      const bad = await call(app, 'mqtt.broker.save', { url: 'http://example.org' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('mqtt://') } });
      const inUrl = await call(app, 'mqtt.broker.save', { url: 'mqtt://me:secret@127.0.0.1:1883' });
      expect(inUrl).toMatchObject({ ok: false, error: { message: expect.stringContaining('their own fields') } });
      const wrongPort = await call(app, 'mqtt.broker.test', { url: `mqtt://127.0.0.1:${await freePort()}` });
      expect(wrongPort).toMatchObject({ ok: false, error: { message: expect.stringContaining('Nothing accepts connections') } });
      expect(await call(app, 'mqtt.broker.test', { url: broker.url })).toMatchObject({ ok: true, result: { message: expect.stringContaining('connected') } });
      const saved = await call(app, 'mqtt.broker.save', { url: broker.url, username: 'hearth', password: 'pa55word' });
      expect(saved).toMatchObject({ ok: true, result: { restartRequired: true, message: expect.stringContaining('leave the demo home') } });
      // The password is sealed in the secret store, never in the settings and never sent back.
      const view = await call(app, 'mqtt.broker.get');
      expect(view).toMatchObject({ ok: true, result: { url: broker.url, username: 'hearth', hasPassword: true, source: 'settings', state: 'notRunning' } });
      expect(JSON.stringify(view)).not.toContain('pa55word');
      expect(JSON.stringify(await call(app, 'settings.list'))).not.toContain('pa55word');
      expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).not.toContain('pa55word');
      expect(await call(app, 'homes.get')).toMatchObject({ ok: true, result: { running: 'demo', next: 'real', configured: ['MQTT'] } });
    } finally {
      await app.stop();
      mark('demo stopped');
    }

    // Second start: the real home, on the saved broker (mosquitto takes anonymous clients; the name is sent anyway).
    app = await startApp({ dataDir, host: 'hub', log: quietLog, matter: false });
    try {
      await app.radiosStarted;
      mark('real home started');
      expect(app.core.info().demo).toBe(false);
      expect(app.core.devices.list()).toEqual([]);
      const found = await waitFor(() => {
        const r = app.core.integrations.service('mqtt');
        return r && app.core.info().adapters.find((a) => a.protocol === 'mqtt' && a.state === 'ready') ? r : undefined;
      }, 15_000);
      expect(found).toBeTruthy();
      let devices = (await call(app, 'mqtt.devices.list')) as { ok: true; result: { devices: { nativeId: string; name: string; state: string }[] } };
      for (let i = 0; i < 100 && devices.result.devices.length < 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        devices = (await call(app, 'mqtt.devices.list')) as typeof devices;
      }
      expect(devices.result.devices.map((d) => [d.name, d.state])).toEqual([
        ['desk', 'discovered'],
        ['Hall Plug', 'discovered'],
      ]);
      const plug = devices.result.devices.find((d) => d.name === 'Hall Plug')!;
      expect(await call(app, 'mqtt.devices.adopt', { nativeId: plug.nativeId })).toEqual({ ok: true, result: { ok: true } });
      await waitFor(() => app.core.devices.list().find((d) => d.name === 'Hall Plug'));
      expect(app.core.devices.list().map((d) => d.name)).toEqual(['Hall Plug']);
      expect(await call(app, 'homes.get')).toMatchObject({ ok: true, result: { running: 'real', devices: { demo: demoDevices.length, real: 1 } } });
      expect(await call(app, 'homes.choose', { home: 'demo' })).toMatchObject({ ok: true, result: { restartRequired: true, homes: { next: 'demo' } } });
    } finally {
      await app.stop();
      mark('real home stopped');
    }

    // Third start: the demo home again, with its own devices; the adopted plug waits in the real home.
    app = await startApp({ dataDir, host: 'hub', log: quietLog, matter: false });
    try {
      await app.radiosStarted;
      mark('demo again');
      expect(app.core.info().demo).toBe(true);
      expect(app.core.devices.list().map((d) => d.id).sort()).toEqual([...demoDevices].sort());
      expect(await call(app, 'homes.get')).toMatchObject({ ok: true, result: { running: 'demo', chosen: 'demo', devices: { real: 1 } } });
    } finally {
      await app.stop();
    }
  }, 180_000);

  it('on the Free plan the 6th adoption is refused with the way to upgrade; --mqtt-adopt all adopts 5 and says why the rest wait', async () => {
    const plugs = ['F00001', 'F00002', 'F00003', 'F00004', 'F00005', 'F00006', 'F00007'].map((id, i) => tasmotaPlug(id, { name: `Plug ${i + 1}` }));
    for (const p of plugs) await sim.add(p);
    const warnings: string[] = [];
    const log = { ...quietLog, warn: (m: string) => warnings.push(m) };
    const app = await startApp({ dataDir: tempDir(), host: 'hub', log, matter: false, mqtt: { url: broker.url, adopt: 'all' } });
    try {
      await app.radiosStarted;
      await waitFor(() => (app.core.devices.list().length >= 5 ? true : undefined), 15_000);
      // Every announcement has arrived (9 devices on the broker), and still only 5 are Hearth devices.
      await waitFor(() => {
        const s = app.core.integrations.service('mqtt') as unknown as { list(): { devices: unknown[] } };
        return s.list().devices.length >= 9 ? true : undefined;
      }, 15_000);
      expect(app.core.devices.list()).toHaveLength(5);
      const list = (await call(app, 'mqtt.devices.list')) as { ok: true; result: { devices: { nativeId: string; state: string; waiting: string | null }[] } };
      const waiting = list.result.devices.filter((d) => d.state === 'discovered');
      expect(waiting).toHaveLength(4);
      for (const w of waiting) expect(w.waiting).toMatch(/Free allows 5 devices.*Upgrade in Subscription/);
      expect(warnings.filter((w) => /was not adopted: Free allows 5 devices/.test(w))).toHaveLength(4);
      const refused = await call(app, 'mqtt.devices.adopt', { nativeId: waiting[0]!.nativeId });
      expect(refused).toMatchObject({ ok: false, error: { code: 'PLAN_LIMIT', message: 'Free allows 5 devices, and this home has 5.', next: expect.stringContaining('Upgrade in Subscription') } });
      expect(app.core.devices.list()).toHaveLength(5);
    } finally {
      await app.stop();
      for (const p of plugs) await sim.withdraw(p);
    }
  }, 90_000);

  it('a broker that is down when Hearth starts is retried until it answers, its state shown meanwhile', async () => {
    const port = await freePort();
    const app = await startApp({ dataDir: tempDir(), host: 'hub', log: quietLog, matter: false, mqtt: { url: `mqtt://127.0.0.1:${port}`, adopt: 'all' } });
    let late: Mosquitto | undefined;
    try {
      await app.radiosStarted;
      const failed = app.core.info().adapters.find((a) => a.protocol === 'mqtt');
      expect(failed).toMatchObject({ state: expect.stringMatching(/failed|starting/) });
      const view = (await call(app, 'mqtt.broker.get')) as { ok: true; result: { source: string } };
      expect(view.result.source).toBe('commandLine');
      await waitFor(() => app.core.info().adapters.find((a) => a.protocol === 'mqtt' && a.state === 'failed'), 10_000);
      expect(app.core.info().adapters.find((a) => a.protocol === 'mqtt')!.message).toMatch(/Nothing accepts connections/);
      late = await startMosquitto({ port });
      await waitFor(() => app.core.info().adapters.find((a) => a.protocol === 'mqtt' && a.state === 'ready'), 20_000, 'the MQTT radio to be ready');
    } finally {
      await app.stop();
      await late?.stop();
    }
  }, 60_000);
});
