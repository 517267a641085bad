// End to end over real Matter on loopback UDP: virtual matter.js devices, Hearth's MatterAdapter as controller.
// Runs only inside a loopback-only network namespace (npm run test:matter); anywhere else it skips itself so a
// plain `vitest run` can never send Matter traffic (mDNS multicast) onto a real network.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../shared/integration';
import type { MatterEvent } from './facets';
import { HearthError } from '../../shared/errors';
import { MatterAdapter } from './adapter';
import type { CommissioningEvent } from './facets';
import { checkLoopbackOnlyNamespace } from './loopback-namespace';
import { Logger, LogLevel, ManualPairingCodeCodec } from './matterjs';
import { parsePairingCode } from './pairing-code';
import { VirtualMatterDevice } from './simulator/virtual-device';

const ns = checkLoopbackOnlyNamespace();
const SKIP_REASON = ns.ok ? '' : `skipped: not inside a loopback-only network namespace (${ns.reason}); run "npm run test:matter"`;
if (!ns.ok) console.warn(`[matter.integration] ${SKIP_REASON}`);

/** Resolves with the first event matching `match` (already seen ones included), or fails after `ms`. */
function eventually<T>(events: T[], match: (e: T) => boolean, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const hit = events.find(match);
      if (hit) return resolve(hit);
      if (Date.now() - started > ms) return reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      setTimeout(poll, 20);
    };
    poll();
  });
}

describe.skipIf(!ns.ok)(`Matter over loopback: commission, control, multi-admin, remove ${SKIP_REASON}`, () => {
  let dir: string;
  let light: VirtualMatterDevice;
  let sensor: VirtualMatterDevice;
  let hearth: MatterAdapter;
  let other: MatterAdapter; // a second controller ("another app") for multi-admin
  const events: IntegrationEvent<MatterEvent>[] = [];
  const progress: CommissioningEvent[] = [];
  let lightId = '';

  beforeAll(async () => {
    Logger.level = LogLevel.FATAL; // the devices log rejected PASE attempts as errors; the test asserts instead
    dir = await mkdtemp(join(tmpdir(), 'hearth-matter-it-'));
    // Pairing data of their own (the kinds' defaults are used by the demo home the sibling test file starts).
    light = await VirtualMatterDevice.start({
      kind: 'dimmableLight',
      id: 'light',
      storage: join(dir, 'light'),
      discriminator: 0x100,
      passcode: 20202051,
      network: 'ethernet',
    });
    sensor = await VirtualMatterDevice.start({
      kind: 'contactSensor',
      id: 'door',
      storage: join(dir, 'door'),
      discriminator: 0x200,
      passcode: 20202052,
      supportedFabrics: 5, // Matter's minimum
    });
    hearth = new MatterAdapter({ dataDir: join(dir, 'hearth') });
    hearth.subscribe((e) => {
      events.push(e);
      if (e.type === 'stack' && e.event.type === 'commissioning') progress.push(e.event);
    });
    await hearth.start();
    other = new MatterAdapter({ dataDir: join(dir, 'other-app'), fabricLabel: 'Other app' });
    await other.start();
  });

  afterAll(async () => {
    // Devices first: a device closing while its controller is gone waits out retransmissions to it.
    await light?.stop();
    await sensor?.stop();
    await hearth?.stop();
    await other?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lists devices waiting in pairing mode on the (loopback) network', async () => {
    const found = await hearth.discoverCommissionable({ timeoutMs: 2_000 });
    const light0 = found.find((d) => d.discriminator === 0x100);
    expect(light0).toMatchObject({ vendorId: 0xfff1, productId: 0x8002, deviceType: 0x0101 });
    expect(light0!.addresses).toContainEqual(light.address);
    expect(found.some((d) => d.discriminator === 0x200)).toBe(true);
  });

  it('says when no device with the code is found, and can be cancelled', async () => {
    const nobody = ManualPairingCodeCodec.encode({ discriminator: 0x500, passcode: 20202099 });
    await expect(hearth.commission({ code: nobody, discoveryTimeoutMs: 1_500 })).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: 'Hearth could not find a device with this pairing code on the network.',
    });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 300);
    await expect(hearth.commission({ code: nobody, signal: abort.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('rejects a wrong pairing code with a readable error', async () => {
    progress.length = 0;
    const { discriminator } = light.pairing;
    const wrong = ManualPairingCodeCodec.encode({ discriminator, passcode: 12121212 }); // valid code, wrong passcode
    const err = await hearth.commission({ code: wrong }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HearthError);
    expect(err).toMatchObject({ code: 'UNAUTHORIZED', message: 'The device rejected the pairing code: it does not match this device.' });
    expect((err as HearthError).next).toMatch(/Check the code printed on the device/);
    const failed = progress.find((p) => p.step === 'failed');
    expect(failed?.error?.code).toBe('UNAUTHORIZED');
    expect(progress.map((p) => p.step)).toEqual(['discover', 'connect', 'failed']);
    expect(light.read().commissioned).toBe(false);
  }, 60_000);

  it('commissions the virtual dimmable light by manual pairing code, reporting each step', async () => {
    progress.length = 0;
    const device = await hearth.commission({ code: light.pairing.manualPairingCode });
    lightId = device.nativeId;

    expect(device).toMatchObject({ manufacturer: 'Hearth Virtual Devices', model: 'Virtual Dimmable Light', firmware: '1.0.0-virtual' });
    expect(device.capabilities.map((c) => c.id)).toEqual(['onOff', 'level']);
    expect(device.state).toEqual({ onOff: false, level: 100 });
    expect(light.read()).toMatchObject({ commissioned: true, fabrics: 1 });
    expect(hearth.devices().map((d) => d.nativeId)).toEqual([lightId]);
    expect(events.some((e) => e.type === 'device' && e.device.nativeId === lightId)).toBe(true);

    const steps = progress.map((p) => p.step);
    expect(steps[0]).toBe('discover');
    expect(steps.slice(-2)).toEqual(['interview', 'done']);
    const matterSteps = progress.filter((p) => p.step === 'configure').map((p) => p.matterStep);
    expect(matterSteps).toEqual(expect.arrayContaining(['OperationalCredentials.Certificates', 'AccessControl', 'GeneralCommissioning.Complete']));
    expect(new Set(progress.map((p) => p.attemptId)).size).toBe(1);
  }, 60_000);

  it('turns the light on, sets level 50 % and sees both come back through the subscription', async () => {
    await eventually(events, (e) => e.type === 'health' && e.nativeId === lightId && e.health === 'online', 10_000, 'light online');
    events.length = 0;
    await hearth.command(lightId, 'onOff', true);
    await hearth.command(lightId, 'level', 50);
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'onOff' && e.value === true, 10_000, 'onOff=true');
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'level' && e.value === 50, 10_000, 'level=50');
    expect(light.read()).toMatchObject({ onOff: true, level: 127 }); // 50 % of 254
    expect(hearth.devices()[0]!.state).toEqual({ onOff: true, level: 50 });

    // A change made at the device itself (someone flips the switch) arrives as a state event too.
    events.length = 0;
    await light.simulate({ onOff: false });
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'onOff' && e.value === false, 10_000, 'onOff=false from the device');
  }, 30_000);

  it('refuses values outside a capability and read-only capabilities with clear errors', async () => {
    await expect(hearth.command(lightId, 'level', 150)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(hearth.command(lightId, 'colorTemp', 3000)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports how the device is connected', async () => {
    const info = await hearth.networkInfo(lightId);
    expect(info.address).toEqual(light.address);
    expect(info.transport).toBe('ethernet');
    expect(info.ethernet).toEqual({ phyRateMbps: 1000, fullDuplex: true });
    expect(info.thread).toBeUndefined();
    expect(info.wifi).toBeUndefined();
  });

  it('opens a commissioning window whose new code lets another controller join (multi-admin)', async () => {
    const window = await hearth.openCommissioningWindow(lightId, { timeoutSeconds: 180 });
    const parsed = parsePairingCode(window.manualPairingCode);
    expect(parsed.passcode).toBe(window.passcode);
    expect(parsed.passcode).not.toBe(light.pairing.passcode);
    expect(parsePairingCode(window.qrPairingCode)).toMatchObject({ passcode: window.passcode, discriminator: { long: window.discriminator } });
    expect(window.expiresAt).toBeGreaterThan(Date.now() + 170_000);

    const joined = await other.commission({ code: window.manualPairingCode });
    expect(joined.capabilities.map((c) => c.id)).toEqual(['onOff', 'level']);
    const { fabrics, commissionedFabrics } = await hearth.listFabrics(lightId);
    expect(commissionedFabrics).toBe(2);
    expect(fabrics.map((f) => [f.label, f.isHearth])).toEqual(
      expect.arrayContaining([['Hearth', true], ['Other app', false]]),
    );
    await other.remove(joined.nativeId);
    expect((await hearth.listFabrics(lightId)).commissionedFabrics).toBe(1);
  }, 60_000);

  it('explains when a device has no room for another controller (too many fabrics)', async () => {
    const door = await hearth.commission({ code: sensor.pairing.manualPairingCode, address: sensor.address });
    expect(door.capabilities).toEqual([expect.objectContaining({ id: 'sensor.contact', kind: 'sensor', measure: 'contact' })]);
    expect(door.state).toEqual({ 'sensor.contact': false }); // closed

    events.length = 0;
    await sensor.simulate({ contact: false });
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'sensor.contact' && e.value === true, 10_000, 'door opened');

    // Four more apps join through pairing windows Hearth opens; the fifth finds the fabric table full.
    const apps: { app: MatterAdapter; id?: string }[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const app = new MatterAdapter({ dataDir: join(dir, `app-${i}`), fabricLabel: `App ${i}` });
        apps.push({ app });
        await app.start();
        const window = await hearth.openCommissioningWindow(door.nativeId);
        const attempt = app.commission({ code: window.manualPairingCode, address: sensor.address });
        if (i < 4) {
          apps[i]!.id = (await attempt).nativeId;
          continue;
        }
        const err = await attempt.catch((e: unknown) => e);
        expect(err).toMatchObject({
          code: 'CONFLICT',
          message: 'This device is already connected to as many apps and hubs (Matter fabrics) as it supports.',
        });
      }
      expect(sensor.read().fabrics).toBe(5);
      expect((await hearth.listFabrics(door.nativeId)).fabrics).toHaveLength(5);
    } finally {
      for (const { app, id } of apps) {
        if (id) await app.remove(id);
        await app.stop();
      }
    }
    expect(sensor.read().fabrics).toBe(1);
    await hearth.remove(door.nativeId);
  }, 60_000);

  it('decommissions the light cleanly: the device forgets Hearth and is ready to pair again', async () => {
    events.length = 0;
    await hearth.remove(lightId);
    expect(events).toContainEqual({ type: 'deviceRemoved', nativeId: lightId });
    expect(hearth.devices()).toEqual([]);
    expect(light.read()).toMatchObject({ commissioned: false, fabrics: 0 });
    await expect(hearth.command(lightId, 'onOff', true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 30_000);
});
