// Matter through the core's dispatcher, as the UI does it: matter.commission by pairing code (mDNS discovery on
// loopback) with matter.commissioning.progress events → devices.command on / level 50 % → the new state arriving
// from the device's own subscription report → details and network info → a pairing window another controller
// uses (fabric list) → decommission. A real matter.js virtual light and Hearth's real controller, its fabric
// encrypted at rest. Runs only inside a loopback-only network namespace (npm run test:matter); skips elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload, RequestName } from '../../../shared/contract';
import {
  checkLoopbackOnlyNamespace,
  createMatterIntegration,
  manualCodeFor,
  parsePairingCode,
  setMatterLogLevel,
  VirtualMatterDevice,
  type MatterIntegration,
} from '../../../protocols/matter';
import { buildCore, type Core } from '../../app';
import { matterVaultCipher } from '../../radio-keys';
import { BusLog } from '../../test/event-log';
import { quietLog, tempDir } from '../../test/temp';
import { MatterService } from './service';
import { matterControllerVault } from './vault';

const ns = checkLoopbackOnlyNamespace();
const SKIP_REASON = ns.ok ? '' : `skipped: not inside a loopback-only network namespace (${ns.reason}); run "npm run test:matter"`;
if (!ns.ok) console.warn(`[matter.ipc.integration] ${SKIP_REASON}`);

type Progress = EventPayload<'matter.commissioning.progress'>;

describe.skipIf(!ns.ok)(`Matter through the IPC contract ${SKIP_REASON}`, () => {
  const dir = ns.ok ? tempDir('hearth-matter-ipc-') : '';
  const controllerDir = join(dir, 'matter');
  let core: Core;
  let log: BusLog;
  let light: VirtualMatterDevice;
  let other: MatterIntegration;
  let lightId = '';
  /** The light in the other app (multi-admin). */
  let otherId = '';

  async function call<T = unknown>(method: RequestName, params: unknown = {}): Promise<T> {
    const reply = await core.dispatch(method, params, { actor: 'test' });
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    return reply.result as T;
  }

  /** Starts commissioning and waits for its last progress event; returns every step of the attempt. */
  async function commission(code: string, attemptId: string): Promise<Progress[]> {
    const since = log.mark;
    expect(await call('matter.commission', { code, attemptId })).toEqual({ attemptId });
    await log.waitFor('matter.commissioning.progress', (p) => p.attemptId === attemptId && (p.step === 'done' || p.step === 'failed'), since, 60_000);
    return log.of('matter.commissioning.progress', since).filter((p) => p.attemptId === attemptId);
  }

  beforeAll(async () => {
    setMatterLogLevel('fatal'); // the light logs the rejected code as an error; the test asserts instead
    light = await VirtualMatterDevice.start({
      kind: 'dimmableLight',
      id: 'ipc-light',
      storage: join(dir, 'light'),
      discriminator: 0x0b7, // an 11-digit code's discriminator bits no other Matter test uses
      passcode: 20202061,
      network: 'wifi',
    });
    core = buildCore({ dataDir: dir, host: 'hub', version: 'test', log: quietLog, listPorts: async () => [] });
    log = new BusLog(core.bus);
    // Network diagnostics read every second (5 min in use): a weakening link shows within seconds.
    const adapter = createMatterIntegration({ vault: matterControllerVault(controllerDir, core.secrets), linkReadEveryMs: 1_000 });
    core.integrations.use('matter', new MatterService({ integration: adapter, bus: core.bus, devices: core.devices, log: quietLog }));
    await core.startAdapters([adapter]);
    other = createMatterIntegration({ dataDir: join(dir, 'other-app'), fabricLabel: 'Other app' });
    await other.start();
  });

  afterAll(async () => {
    // Devices first: a device closing while its controller is gone waits out retransmissions to it.
    await light?.stop();
    await core?.stop();
    await other?.stop();
  });

  it('lists the Matter controller with what it can do', async () => {
    const radios = await call<Array<Record<string, unknown>>>('radios.list');
    expect(radios).toEqual([
      expect.objectContaining({ protocol: 'matter', state: 'ready', features: ['commissioning', 'remove', 'details', 'multiAdmin', 'networkInfo', 'linkQuality'], devices: 0, matter: { demoPairingCode: null } }),
    ]);
  });

  it('says so, readably, when the pairing code does not match the device', async () => {
    const wrong = manualCodeFor({ discriminator: light.pairing.discriminator, passcode: 12121212 });
    const steps = await commission(wrong, 'wrong-code-1');
    expect(steps.map((p) => p.step)).toEqual(['discover', 'connect', 'failed']);
    expect(steps.at(-1)!.error).toEqual({
      code: 'UNAUTHORIZED',
      message: 'The device rejected the pairing code: it does not match this device.',
      next: expect.stringMatching(/Check the code printed on the device/),
    });
    expect(light.read().commissioned).toBe(false);
  }, 60_000);

  it('commissions the light by its 11-digit code, step by step, and it becomes a Hearth device', async () => {
    const since = log.mark;
    const started = Date.now();
    const steps = await commission(light.pairing.manualPairingCode, 'light-attempt-1');
    const done = steps.at(-1)!;
    expect(done).toMatchObject({ step: 'done', message: 'Added Virtual Dimmable Light', deviceId: expect.stringMatching(/^matter:/) });
    lightId = done.deviceId!;
    const order = [...new Set(steps.map((p) => p.step))];
    expect(order).toEqual(['discover', 'connect', 'configure', 'interview', 'done']);
    expect(steps.filter((p) => p.step === 'configure').map((p) => p.message)).toEqual(
      expect.arrayContaining(["Installing Hearth's credentials on the device", 'Giving Hearth control of the device', 'Finishing setup']),
    );
    const added = await log.waitFor('device.added', (d) => d.id === lightId, since);
    expect(added).toMatchObject({ protocol: 'matter', name: 'Virtual Dimmable Light', manufacturer: 'Hearth Virtual Devices', state: { onOff: false, level: 100 } });
    expect(added.capabilities.map((c) => c.id)).toEqual(['onOff', 'level']);
    expect(light.read()).toMatchObject({ commissioned: true, fabrics: 1 });
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('turns it on and sets 50 %: the new state comes from the device through the subscription', async () => {
    await log.waitFor('device.health', (h) => h.deviceId === lightId && h.health === 'online', 0, 15_000).catch(() => undefined);
    expect(core.devices.get(lightId).health).toBe('online');
    const since = log.mark;
    await call('devices.command', { deviceId: lightId, capabilityId: 'onOff', value: true });
    await call('devices.command', { deviceId: lightId, capabilityId: 'level', value: 50 });
    await log.waitFor('device.state', (s) => s.deviceId === lightId && s.capabilityId === 'onOff' && s.value === true, since);
    await log.waitFor('device.state', (s) => s.deviceId === lightId && s.capabilityId === 'level' && s.value === 50, since);
    expect(light.read()).toMatchObject({ onOff: true, level: 127 }); // 50 % of 254
    expect((await call<Array<{ id: string; state: unknown }>>('devices.list')).find((d) => d.id === lightId)!.state).toEqual({ onOff: true, level: 50 });

    // Someone flips the switch at the lamp itself: Hearth hears it from the subscription, not by asking.
    const flipped = log.mark;
    await light.simulate({ onOff: false });
    await log.waitFor('device.state', (s) => s.deviceId === lightId && s.capabilityId === 'onOff' && s.value === false, flipped);
  }, 30_000);

  it('describes the device and how it is connected', async () => {
    const details = await call<Record<string, unknown>>('devices.details', { deviceId: lightId });
    expect(details).toMatchObject({
      protocol: 'matter',
      address: expect.stringMatching(/^Node 0x[0-9A-F]{16}$/),
      manufacturer: 'Hearth Virtual Devices',
      model: 'Virtual Dimmable Light',
      modelId: 'Vendor 0xfff1, product 0x8002',
      description: 'DimmableLight (0x0101)',
      firmware: '1.0.0-virtual',
      interview: 'done',
      features: [expect.objectContaining({ name: 'onOff', writable: true }), expect.objectContaining({ name: 'level', unit: '%' })],
    });
    const endpoints = details.endpoints as Array<{ id: number; inputs: string[] }>;
    expect(endpoints.find((e) => e.id === 1)!.inputs).toEqual(expect.arrayContaining(['OnOff', 'LevelControl', 'Descriptor']));
    expect(endpoints.find((e) => e.id === 0)!.inputs).toEqual(expect.arrayContaining(['BasicInformation', 'WiFiNetworkDiagnostics']));

    const net = await call('matter.network', { deviceId: lightId });
    expect(net).toMatchObject({ transport: 'wifi', address: light.address, wifi: { rssi: -52, security: 'WPA2', channel: 6 } });
  });

  it('shows its Wi-Fi link in Diagnostics, from its own network diagnostics', async () => {
    type Row = { deviceId: string; link: { rssi: number | null; lqi: number | null; route: string | null; at: number } | null };
    const row = (await call<Row[]>('health.devices')).find((r) => r.deviceId === lightId);
    expect(row?.link).toMatchObject({ rssi: -52, lqi: null, route: 'Wi-Fi, channel 6' });
    const history = await call<Array<{ rssi: number | null }>>('health.link', { deviceId: lightId });
    expect(history.map((s) => s.rssi)).toContain(-52);
  });

  it('sees the link weaken within seconds (its RSSI is read, not reported) and says the light is likely to drop', async () => {
    type Row = { deviceId: string; link: { rssi: number | null; route: string | null } | null; risk: { level: string; reasons: string[] } };
    // Moved away from its access point: the RSSI changes on the device, and no report says so.
    const moved = Date.now();
    await light.simulateLink({ rssi: -91 });
    let row: Row | undefined;
    const end = Date.now() + 10_000;
    while (Date.now() < end) {
      // Each look at device health also keeps the newest measurement in the link history.
      row = (await call<Row[]>('health.devices')).find((r) => r.deviceId === lightId);
      if (row?.link?.rssi === -91 && row.risk.level === 'likely') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(row?.link).toMatchObject({ rssi: -91, route: 'Wi-Fi, channel 6' });
    expect(row?.risk.level).toBe('likely');
    expect(row?.risk.reasons).toContainEqual(expect.stringMatching(/^Link getting worse: signal fell from -\d+ dBm to -\d+ dBm \(route: Wi-Fi, channel 6\), near the edge of what the radio still hears/));
    expect(Date.now() - moved).toBeLessThan(10_000);
    const history = await call<Array<{ at: number; rssi: number | null }>>('health.link', { deviceId: lightId });
    expect(history.map((s) => s.rssi)).toEqual(expect.arrayContaining([-52, -91]));
    expect(history.findIndex((s) => s.rssi === -91)).toBeGreaterThan(history.findIndex((s) => s.rssi === -52));
    await light.simulateLink({ rssi: -52 });
  }, 30_000);

  it('can be cancelled while it looks for a device', async () => {
    const nobody = manualCodeFor({ discriminator: 0x0c0, passcode: 20202062 }); // no device in pairing mode has it
    const since = log.mark;
    await call('matter.commission', { code: nobody, attemptId: 'cancel-me-1' });
    await log.waitFor('matter.commissioning.progress', (p) => p.attemptId === 'cancel-me-1' && p.step === 'discover', since);
    await call('matter.commission.cancel', { attemptId: 'cancel-me-1' });
    const failed = await log.waitFor('matter.commissioning.progress', (p) => p.attemptId === 'cancel-me-1' && p.step === 'failed', since);
    expect(failed.error).toMatchObject({ code: 'CANCELLED', message: 'Adding the device was cancelled.' });
  }, 30_000);

  it('opens a pairing window for another app, which then shows in the fabric list', async () => {
    const window = await call<{ manualPairingCode: string; qrPairingCode: string; expiresAt: number }>('matter.openWindow', { deviceId: lightId, minutes: 3 });
    expect(window.manualPairingCode).toMatch(/^\d{11}$/);
    expect(window.qrPairingCode).toMatch(/^MT:/);
    expect(parsePairingCode(window.qrPairingCode).passcode).toBe(parsePairingCode(window.manualPairingCode).passcode);
    expect(window.expiresAt).toBeGreaterThan(Date.now() + 170_000);

    // Closed again, the code no longer works; a new window gives a new code.
    await call('matter.closeWindow', { deviceId: lightId });
    await expect(other.facets.commissioning.commission({ code: window.manualPairingCode, discoveryTimeoutMs: 1_500 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    const again = await call<{ manualPairingCode: string }>('matter.openWindow', { deviceId: lightId, minutes: 3 });
    expect(again.manualPairingCode).not.toBe(window.manualPairingCode);

    const joined = await other.facets.commissioning.commission({ code: again.manualPairingCode });
    otherId = joined.nativeId;
    const fabrics = await call<{ fabrics: Array<{ label: string; isHearth: boolean }>; commissionedFabrics: number }>('matter.fabrics', { deviceId: lightId });
    expect(fabrics.commissionedFabrics).toBe(2);
    expect(fabrics.fabrics.map((f) => [f.label, f.isHearth])).toEqual(expect.arrayContaining([['Hearth', true], ['Other app', false]]));
  }, 60_000);

  it('says why the shared light went offline, in Matter\'s words, and what to check for it', async () => {
    type Connection = { transport: string; fabrics: number | null; reachability: { online: boolean; reason: string; at: number } | null };
    type Report = { checks: Array<{ id: string; result: string; detail: string; fix?: string; article?: string }> };
    const reach = async () => (await call<Report>('help.troubleshoot', { flow: 'deviceOffline', deviceId: lightId })).checks.find((c) => c.id === 'reach')!;
    // Online, and (from the subscription) in two apps now: Hearth's and the other app's.
    await expect.poll(async () => (await call<Connection>('matter.connection', { deviceId: lightId })).fabrics, { timeout: 15_000 }).toBe(2);
    expect(await reach()).toMatchObject({ result: 'ok', detail: expect.stringMatching(/reaches Virtual Dimmable Light over Wi-Fi\. It is also in another app\./) });

    // Unplugged: it says it is powering down, and Hearth says so wherever the light is offline.
    const since = log.mark;
    await light.powerOff();
    const off = await log.waitFor('matter.device.reachability', (r) => r.deviceId === lightId && !r.online, since, 30_000);
    expect(off.reason).toBe('The device said it is restarting or powering down.');
    expect(await call<Connection>('matter.connection', { deviceId: lightId })).toEqual({ transport: 'wifi', fabrics: 2, reachability: { online: false, reason: off.reason, at: off.at } });
    const row = (await call<Array<{ deviceId: string; risk: { reasons: string[] } }>>('health.devices')).find((r) => r.deviceId === lightId)!;
    expect(row.risk.reasons[0]).toMatch(/^Offline: last heard .+ ago\. The device said it is restarting or powering down\.$/);
    const check = await reach();
    expect(check).toMatchObject({ result: 'problem', article: 'matter-offline' });
    expect(check.detail).toBe("Hearth's Matter controller cannot reach Virtual Dimmable Light, which is connected over Wi-Fi. The device said it is restarting or powering down.");
    expect(check.fix).toMatch(/^Check that Virtual Dimmable Light has power, and that your Wi-Fi router is on .+ It is also in another app \(Apple Home, Google Home, Alexa…\): check that it is still there; a factory reset in any app removes it from Hearth too/);

    // Plugged in again and switched on from Hearth: the light answers, and is back with the reason why.
    const back = log.mark;
    await light.powerOn();
    await call('devices.command', { deviceId: lightId, capabilityId: 'onOff', value: true });
    const on = await log.waitFor('matter.device.reachability', (r) => r.deviceId === lightId && r.online, back, 30_000);
    expect(on.reason).toMatch(/^(The device answered Hearth again|Connected again|The device reported again)/);
    expect((await call<Connection>('matter.connection', { deviceId: lightId })).reachability).toMatchObject({ online: true });
    // Subscribed again at once (not at matter.js's next retry): the light confirms it is on, and a switch flipped at
    // the lamp reaches Hearth.
    await log.waitFor('device.state', (x) => x.deviceId === lightId && x.capabilityId === 'onOff' && x.value === true, back, 15_000);
    const flipped = log.mark;
    await light.simulate({ onOff: false });
    await log.waitFor('device.state', (x) => x.deviceId === lightId && x.capabilityId === 'onOff' && x.value === false, flipped, 15_000);
    await other.facets.remove.remove(otherId, { force: false });
  }, 120_000);

  it('keeps the fabric encrypted at rest: no label, key or certificate in the files on disk', async () => {
    // A write may be under way (the store is written to a temporary file, then renamed over it): the temporary file is
    // checked like the store if it is still there when read.
    const all = readdirSync(controllerDir);
    const files = all.filter((f) => !/\.\d+\.tmp$/.test(f));
    expect(files).toEqual(['hearth-controller.matter']);
    const temporary = all.filter((f) => !files.includes(f)).flatMap((f) => {
      try {
        return [readFileSync(join(controllerDir, f)).toString('latin1')];
      } catch {
        return []; // renamed meanwhile
      }
    });
    const raw = readFileSync(join(controllerDir, files[0]!));
    const plain = Buffer.from(matterVaultCipher(core.secrets).decrypt(raw)).toString('utf8');
    // The decrypted document is matter.js's storage: the fabric with its label and keys, the device cache.
    expect(plain).toContain('"Hearth"');
    const secrets = [...plain.matchAll(/\\"__value__\\":\\"([0-9a-f]{64,})\\"/g)].map((m) => m[1]!);
    expect(secrets.length).toBeGreaterThan(3); // root key pair, certificates, IPK...
    const text = raw.toString('latin1');
    for (const t of [text, ...temporary]) for (const word of ['Hearth', 'fabric', '__object__', 'Virtual Dimmable Light']) expect(t).not.toContain(word);
    for (const hex of secrets) {
      expect(text).not.toContain(hex);
      expect(raw.includes(Buffer.from(hex, 'hex'))).toBe(false);
    }
  });

  it('decommissions it: the light forgets Hearth and Hearth forgets the light', async () => {
    const since = log.mark;
    await call('devices.remove', { deviceId: lightId });
    await log.waitFor('device.removed', (r) => r.deviceId === lightId, since);
    expect(light.read()).toMatchObject({ commissioned: false, fabrics: 0 });
    expect((await call<Array<{ id: string }>>('devices.list')).map((d) => d.id)).not.toContain(lightId);
    const reply = await core.dispatch('matter.openWindow', { deviceId: lightId }, { actor: 'test' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }, 30_000);
});
