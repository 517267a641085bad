// The demo home's Matter part through the whole app (startApp, as `npm start` runs it): virtual matter.js devices
// on loopback, commissioned the first time by their QR payload over loopback mDNS, in their rooms beside the Z-Wave
// and Zigbee devices; after a restart they come back from the stored (encrypted) fabric, without commissioning
// again, and keep their state. Skips itself outside a loopback-only network namespace (npm run test:matter).
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { checkLoopbackOnlyNamespace, parsePairingCode } from '../../../protocols/matter';
import { startApp, type RunningApp } from '../../app';
import { tempDir } from '../../test/temp';

const ns = checkLoopbackOnlyNamespace();
const SKIP_REASON = ns.ok ? '' : `skipped: not inside a loopback-only network namespace (${ns.reason}); run "npm run test:matter"`;
if (!ns.ok) console.warn(`[matter-demo.integration] ${SKIP_REASON}`);

async function waitFor<T>(pick: () => T | undefined, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = pick();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const MATTER_HOME = [
  ['Desk Lamp', 'Office'],
  ['Patio Door', 'Living Room'],
  ['Pendant Light', 'Kitchen'],
  ['Porch Light', 'Hallway'],
  ['Radiator', 'Bedroom'],
];

describe.skipIf(!ns.ok)(`the demo home's Matter devices ${SKIP_REASON}`, () => {
  const dataDir = ns.ok ? tempDir('hearth-matter-demo-') : '';
  const errors: string[] = [];
  const log = { info() {}, warn() {}, error: (msg: string) => errors.push(msg) };
  const timings: Record<string, number> = {};

  const start = async (label: string) => {
    const t0 = Date.now();
    const app = await startApp({ dataDir, host: 'hub', log, skipOnboarding: true });
    timings[`${label}: app started`] = Date.now() - t0;
    const progress: EventPayload<'matter.commissioning.progress'>[] = [];
    app.core.bus.on('matter.commissioning.progress', 'test', (p) => progress.push(p));
    await app.radiosStarted;
    timings[`${label}: radios started`] = Date.now() - t0;
    const matterOnline = () => {
      const m = app.core.devices.list().filter((d) => d.protocol === 'matter');
      return m.length === MATTER_HOME.length && m.every((d) => d.health === 'online') ? m : undefined;
    };
    await waitFor(matterOnline, 60_000, 'the Matter devices online');
    timings[`${label}: Matter devices online`] = Date.now() - t0;
    return { app, progress };
  };

  const rooms = (app: RunningApp) => {
    const areas = new Map(app.core.devices.areas().map((a) => [a.id, a.name]));
    return app.core.devices
      .list()
      .filter((d) => d.protocol === 'matter')
      .map((d) => [d.name, areas.get(d.areaId ?? '')]);
  };

  it('commissions them on the first run, in their rooms beside Z-Wave and Zigbee, and brings them back after a restart', async () => {
    let { app, progress } = await start('first run');
    try {
      expect(rooms(app)).toEqual(MATTER_HOME);
      // Each went through real commissioning, found by mDNS discovery on loopback.
      const attempts = new Set(progress.map((p) => p.attemptId));
      expect([...attempts].sort()).toEqual(['demo-desk-lamp', 'demo-patio-door', 'demo-pendant-light', 'demo-porch-light', 'demo-radiator']);
      for (const id of attempts) {
        expect([...new Set(progress.filter((p) => p.attemptId === id).map((p) => p.step))]).toEqual(['discover', 'connect', 'configure', 'interview', 'done']);
      }
      const all = await waitFor(() => {
        const list = app.core.devices.list();
        return list.length === 13 && list.every((d) => d.health === 'online') ? list : undefined;
      }, 90_000, 'the whole demo home online');
      expect(new Set(all.map((d) => d.protocol))).toEqual(new Set(['zwave', 'zigbee', 'matter']));
      expect(app.core.info().adapters.map((a) => [a.protocol, a.state])).toEqual([['zwave', 'ready'], ['zigbee', 'ready'], ['matter', 'ready']]);

      // The spare bulb waits in pairing mode; the Add-device flow shows its code.
      const radios = await app.core.dispatch('radios.list', {}, { actor: 'test' });
      const matter = radios.ok ? (radios.result as Array<{ protocol: string; features: string[]; matter?: { demoPairingCode: string | null } }>).find((r) => r.protocol === 'matter') : undefined;
      expect(matter?.features).toContain('commissioning');
      expect(parsePairingCode(matter!.matter!.demoPairingCode!).passcode).toBe(22360679);

      const lamp = app.core.devices.list().find((d) => d.name === 'Desk Lamp')!;
      const since = Date.now();
      await app.core.dispatch('devices.command', { deviceId: lamp.id, capabilityId: 'level', value: 30 }, { actor: 'test' });
      await waitFor(() => (app.core.devices.get(lamp.id).state.level === 30 && app.core.devices.get(lamp.id).stateAt.level! >= since ? true : undefined), 10_000, 'level 30');
      const stopped = Date.now();
      await app.stop();
      timings['stop'] = Date.now() - stopped;

      ({ app, progress } = await start('restart'));
      expect(rooms(app)).toEqual(MATTER_HOME);
      expect(progress).toEqual([]); // nothing commissioned again: the stored fabric reaches them
      // The lamp kept its level itself: the live subscription reported it, the database alone did not decide.
      expect(app.core.devices.get(lamp.id).state).toMatchObject({ level: 30 });
      const states: EventPayload<'device.state'>[] = [];
      app.core.bus.on('device.state', 'test', (s) => states.push(s));
      await app.core.dispatch('devices.command', { deviceId: lamp.id, capabilityId: 'onOff', value: true }, { actor: 'test' });
      await waitFor(() => states.find((s) => s.deviceId === lamp.id && s.capabilityId === 'onOff' && s.value === true), 10_000, 'lamp on after the restart');
      expect(app.core.devices.get(lamp.id).state.level).toBe(30);

      // The demo's power switch: the Pendant Light (on Thread) loses power; it says so, and Hearth says why it is
      // offline. Plugged back in, it is connected again by itself when Hearth renews its subscription.
      const pendant = app.core.devices.list().find((d) => d.name === 'Pendant Light')!;
      const reachability: EventPayload<'matter.device.reachability'>[] = [];
      app.core.bus.on('matter.device.reachability', 'test', (r) => reachability.push(r));
      expect(await app.core.dispatch('matter.demo.power', { deviceId: pendant.id, on: false }, { actor: 'test' })).toMatchObject({ ok: true });
      const off = await waitFor(() => reachability.find((r) => r.deviceId === pendant.id && !r.online), 15_000, 'the pendant offline');
      expect(off.reason).toBe('The device said it is restarting or powering down.');
      expect(app.core.devices.get(pendant.id).health).toBe('offline');
      expect(await app.core.dispatch('matter.connection', { deviceId: pendant.id }, { actor: 'test' })).toMatchObject({ ok: true, result: { transport: 'thread', fabrics: 1, reachability: { online: false, reason: off.reason } } });
      const plugged = Date.now();
      await app.core.dispatch('matter.demo.power', { deviceId: pendant.id, on: true }, { actor: 'test' });
      const back = await waitFor(() => reachability.find((r) => r.deviceId === pendant.id && r.online), 90_000, 'the pendant connected again');
      timings['pendant connected again after power'] = Date.now() - plugged;
      expect(back.reason).toMatch(/^(Connected again|The device reported again)/);
      expect(errors.filter((e) => /matter/i.test(e))).toEqual([]);
    } finally {
      await app.stop();
      console.info(`[matter-demo.integration] timings (ms): ${JSON.stringify(timings)}`);
    }
  }, 240_000);
});
