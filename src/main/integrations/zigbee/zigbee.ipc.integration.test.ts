// Through the core's dispatcher, as the UI does: pairing.start → a virtual bulb joins during permit
// join → interview progress events → devices.command → state from the bulb's own report; a sensor
// reading; a failed interview with a readable reason and a retry; details, backup, map, removal.
// Real zigbee-herdsman zstack adapter ↔ Z-Stack emulator over loopback TCP. Nothing is stubbed.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/contract';
import { createZigbeeIntegration, ZStackEmulator, aqaraWeather, ikeaBulb, sonoffContact } from '../../../protocols/zigbee';
import { buildCore, type Core } from '../../app';
import { BusLog } from '../../test/event-log';
import { quietLog, tempDir } from '../../test/temp';
import { ZigbeeService } from './service';
import { savedZigbeeStick } from './settings';

const dataDir = tempDir('hearth-zigbee-ipc-');
const network = { panId: 0x2b7e, extendedPanId: randomBytes(8), channel: 20, networkKey: randomBytes(16) };
const bulb = ikeaBulb();
const weather = aqaraWeather({ tickMs: 0 });
const contact = sonoffContact();
let emu: ZStackEmulator;
let core: Core;
let log: BusLog;

async function call<T = unknown>(method: RequestName, params: unknown = {}): Promise<T> {
  const reply = await core.dispatch(method, params, { actor: 'test' });
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
  return reply.result as T;
}

beforeAll(async () => {
  emu = await ZStackEmulator.start({ network });
  for (const d of [bulb, weather, contact]) emu.addDevice(d);
  core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, listPorts: async () => [] });
  log = new BusLog(core.bus);
  const zigbeeDir = join(dataDir, 'zigbee');
  // A local firmware index (zigbee-OTA format) with a newer image for the bulb.
  const otaIndexPath = join(dataDir, 'ota-index.json');
  writeFileSync(otaIndexPath, JSON.stringify([{ fileVersion: 0x23094631, fileSize: 1024, manufacturerCode: 0x117c, imageType: 0x2101, sha512: '00', url: join(dataDir, 'bulb.ota'), modelId: 'TRADFRI bulb E27 WS opal 980lm' }]));
  const adapter = createZigbeeIntegration({ serialPath: emu.path, adapterType: 'zstack', ...network, dataDir: zigbeeDir, readBackAfterMs: 60_000, otaIndexPath });
  core.integrations.use('zigbee', new ZigbeeService({ integration: adapter, bus: core.bus, devices: core.devices, log: quietLog, backupsDir: join(zigbeeDir, 'backups') }));
  await core.startAdapters([adapter]);
});

afterAll(async () => {
  await core?.stop();
  await emu?.stop();
});

const bulbId = `zigbee:${bulb.ieee}`;

describe('Zigbee through the IPC contract', () => {
  it('lists the radio with what it can do', async () => {
    const radios = await call<Array<Record<string, unknown>>>('radios.list');
    expect(radios).toEqual([
      expect.objectContaining({ protocol: 'zigbee', state: 'ready', features: ['pairing', 'remove', 'details', 'firmwareCheck', 'backups', 'networkMap', 'linkQuality'], devices: 0, zigbee: expect.objectContaining({ channel: 20, panId: 0x2b7e, adapter: 'zstack' }) }),
    ]);
    // A backup was taken when the radio came up.
    await log.waitFor('zigbee.backups.changed', (b) => b.backups.some((x) => x.reason === 'start'));
  });

  it('pairs a bulb: permit join, live interview steps, then it is a device with controls', async () => {
    const since = log.mark;
    const status = await call<{ open: boolean; endsAt: number }>('pairing.start', { protocol: 'zigbee', seconds: 60 });
    expect(status.open).toBe(true);
    expect(status.endsAt).toBeGreaterThan(Date.now() + 50_000);
    await log.waitFor('pairing.window', (w) => w.open, since);

    await emu.joinWhenPermitted(bulb);
    const ready = await log.waitFor('pairing.progress', (p) => p.nativeId === bulb.ieee && p.step === 'ready', since);
    expect(ready.steps.map((s) => s.step)).toEqual(['joined', 'interviewing', 'configuring', 'ready']);
    expect(ready).toMatchObject({ deviceId: bulbId, canRetry: false });
    expect(log.of('pairing.progress', since).map((p) => p.step)).toEqual(['joined', 'interviewing', 'configuring', 'ready']);

    const devices = await call<Array<{ id: string; model: string; capabilities: Array<{ id: string }> }>>('devices.list');
    const device = devices.find((d) => d.id === bulbId)!;
    expect(device.model).toBe('LED1545G12');
    expect(device.capabilities.map((c) => c.id)).toEqual(['onOff', 'level', 'colorTemp']);
    const st = await call<{ devices: Array<{ nativeId: string; step: string }> }>('pairing.status', { protocol: 'zigbee' });
    expect(st.devices).toEqual([expect.objectContaining({ nativeId: bulb.ieee, step: 'ready' })]);
  });

  it('turns the bulb on and sets brightness; the bulb changes and its report updates Hearth', async () => {
    let since = log.mark;
    await call('devices.command', { deviceId: bulbId, capabilityId: 'onOff', value: true });
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(1);
    await log.waitFor('device.state', (s) => s.deviceId === bulbId && s.capabilityId === 'onOff' && s.value === true, since);

    since = log.mark;
    await call('devices.command', { deviceId: bulbId, capabilityId: 'level', value: 40 });
    expect(bulb.get(1, 'genLevelCtrl', 'currentLevel')).toBe(102);
    await log.waitFor('device.state', (s) => s.deviceId === bulbId && s.capabilityId === 'level' && s.value === 40, since);
    expect(core.devices.get(bulbId).state).toMatchObject({ onOff: true, level: 40 });
  });

  it('a sensor joins in the same window and its report arrives as a capability reading', async () => {
    const since = log.mark;
    await emu.joinWhenPermitted(weather);
    await log.waitFor('pairing.progress', (p) => p.nativeId === weather.ieee && p.step === 'ready', since);
    const mark = log.mark;
    weather.set(1, 'msTemperatureMeasurement', 'measuredValue', 2345);
    const reading = await log.waitFor('device.state', (s) => s.deviceId === `zigbee:${weather.ieee}` && s.capabilityId === 'sensor.temperature', mark);
    expect(reading.value).toBe(23.45);
  });

  it('a failed interview says why in plain words and can be retried', async () => {
    const since = log.mark;
    emu.failZdo(contact, 'activeEndpoints', 2); // herdsman asks twice, then gives up
    await emu.joinWhenPermitted(contact);
    const failed = await log.waitFor('pairing.progress', (p) => p.nativeId === contact.ieee && p.step === 'failed', since);
    expect(failed.canRetry).toBe(true);
    expect(failed.message).toMatch(/did not list its functions/);
    expect(failed.message).toMatch(/press its button/);

    const mark = log.mark;
    await call('pairing.retry', { deviceId: `zigbee:${contact.ieee}` });
    const ok = await log.waitFor('pairing.progress', (p) => p.nativeId === contact.ieee && p.step === 'ready', mark, 30_000);
    expect(ok.steps.map((s) => s.step)).toEqual(['joined', 'interviewing', 'failed', 'interviewing', 'configuring', 'ready']);
    expect(core.devices.get(`zigbee:${contact.ieee}`).capabilities.map((c) => c.id)).toContain('sensor.contact');
  }, 40_000);

  it('shows device details: vendor, model, firmware, endpoints and exposes', async () => {
    const d = await call<Record<string, unknown> & { endpoints: Array<{ inputs: string[] }>; features: Array<{ name: string; writable: boolean }> }>('devices.details', { deviceId: bulbId });
    expect(d).toMatchObject({ manufacturer: 'IKEA', model: 'LED1545G12', modelId: 'TRADFRI bulb E27 WS opal 980lm', firmware: '2.3.093', role: 'router', interview: 'done', supportsFirmwareUpdate: true });
    expect(d.endpoints[0]!.inputs).toEqual(expect.arrayContaining(['genOnOff', 'genLevelCtrl', 'lightingColorCtrl']));
    expect(d.features).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'brightness', writable: true })]));
  });

  it('checks for a firmware update over the air against the local index', async () => {
    const check = await call<{ updateAvailable: boolean; current: string; available: string; message: string }>('zigbee.ota.check', { deviceId: bulbId });
    expect(check).toEqual({ updateAvailable: true, current: '0x23093631', available: '0x23094631', message: 'Firmware 0x23094631 is available (running 0x23093631).' });
    expect(bulb.received.map((r) => r.command)).toEqual(expect.arrayContaining(['imageNotify', 'queryNextImageResponse']));
    const sensor = await core.dispatch('zigbee.ota.check', { deviceId: `zigbee:${weather.ieee}` }, { actor: 'test' });
    expect(sensor).toMatchObject({ ok: true, result: { updateAvailable: false, message: expect.stringMatching(/does not get firmware updates|does not offer/) } });
  });

  it('makes a coordinator backup on demand (Open Coordinator Backup JSON) and lists it', async () => {
    const b = await call<{ id: string; devices: number; panId: number }>('zigbee.backups.create');
    expect(b).toMatchObject({ devices: 3, panId: 0x2b7e });
    const list = await call<Array<{ id: string }>>('zigbee.backups.list');
    expect(list[0]!.id).toBe(b.id);
    const json = JSON.parse(readFileSync(join(dataDir, 'zigbee', 'backups', b.id), 'utf8'));
    expect(json.metadata.format).toBe('zigpy/open-coordinator-backup');
    expect(json.network_key.key).toBe(network.networkKey.toString('hex'));
  });

  it('scans the network map as a long operation with progress, and a cancelled scan says so', async () => {
    type MapOp = { id: string; state: string; result?: { nodes: Array<{ name: string; role: string }>; links: unknown[]; partial: boolean; cancelled: boolean } };
    const ended = (id: string, since: number) => log.waitFor('operation.progress', (o) => o.id === id && o.state !== 'running', since, 30_000) as Promise<MapOp>;
    const since = log.mark;
    const op = await call<MapOp>('zigbee.networkMap.scan', { timeoutSeconds: 30 });
    expect(op.state).toBe('running');
    const done = await ended(op.id, since);
    expect(done.state).toBe('done');
    const map = done.result!;
    expect(map.partial).toBe(false);
    expect(map.nodes).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Zigbee stick', role: 'coordinator' }), expect.objectContaining({ name: 'IKEA LED1545G12', role: 'router' })]));
    expect(map.links.length).toBeGreaterThan(0);
    expect(log.of('zigbee.networkMap.progress', since).length).toBeGreaterThan(0);

    emu.setDelay(400); // a slow network: the scan is still running when it is cancelled
    const mark = log.mark;
    const scan = await call<MapOp>('zigbee.networkMap.scan', { timeoutSeconds: 30 });
    await log.waitFor('zigbee.networkMap.progress', () => true, mark);
    await call('zigbee.networkMap.cancel');
    const cancelled = await ended(scan.id, mark);
    emu.setDelay(0);
    expect(cancelled).toMatchObject({ state: 'cancelled', result: { partial: true, cancelled: true } });
  });

  it('remembers a chosen stick for the next start', async () => {
    const r = await call<{ message: string }>('radios.configure', { protocol: 'zigbee', port: '/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0', adapter: 'zstack' });
    expect(r.message).toMatch(/next start/);
    expect(savedZigbeeStick(core.settings)).toEqual({ port: '/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0', adapter: 'zstack' });
    const bad = await core.dispatch('radios.configure', { protocol: 'zigbee', port: '/dev/ttyUSB0', adapter: 'ezsp' }, { actor: 'test' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('closes the network and removes a device (it leaves the emulated network)', async () => {
    const stopped = await call<{ open: boolean }>('pairing.stop', { protocol: 'zigbee' });
    expect(stopped.open).toBe(false);
    expect(emu.permitJoinOpen).toBe(false);
    const since = log.mark;
    await call('devices.remove', { deviceId: `zigbee:${weather.ieee}`, force: true });
    await log.waitFor('device.removed', (r) => r.deviceId === `zigbee:${weather.ieee}`, since);
    await call('devices.remove', { deviceId: bulbId });
    await log.waitFor('device.removed', (r) => r.deviceId === bulbId, since);
    const deadline = Date.now() + 2_000;
    while (bulb.online && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(bulb.online).toBe(false); // the emulated bulb really left
  });
});
