// Matter over loopback, the slower half (runs in parallel with matter.integration.test.ts): QR commissioning of a
// thermostat, ambiguous manual codes, controller restart from storage, and automatic re-subscription after the
// device loses power. Skips itself outside a loopback-only network namespace, like its sibling.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../shared/integration';
import type { MatterEvent } from './facets';
import { MatterAdapter } from './adapter';
import { checkLoopbackOnlyNamespace } from './loopback-namespace';
import { Logger, LogLevel } from './matterjs';
import { VirtualMatterDevice } from './simulator/virtual-device';
import { startVirtualHome, stopVirtualHome } from './simulator/virtual-home';

const ns = checkLoopbackOnlyNamespace();
const SKIP_REASON = ns.ok ? '' : `skipped: not inside a loopback-only network namespace (${ns.reason}); run "npm run test:matter"`;
if (!ns.ok) console.warn(`[matter.reconnect.integration] ${SKIP_REASON}`);

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

describe.skipIf(!ns.ok)(`Matter over loopback: thermostat, restarts and reconnects ${SKIP_REASON}`, () => {
  let dir: string;
  let thermostat: VirtualMatterDevice;
  let lamp: VirtualMatterDevice;
  let twin: VirtualMatterDevice;
  let hearth: MatterAdapter;
  const events: IntegrationEvent<MatterEvent>[] = [];
  let thermostatId = '';

  const startHearth = async () => {
    hearth = new MatterAdapter({ dataDir: join(dir, 'hearth') });
    hearth.subscribe((e) => events.push(e));
    await hearth.start();
  };

  beforeAll(async () => {
    Logger.level = LogLevel.FATAL;
    dir = await mkdtemp(join(tmpdir(), 'hearth-matter-rc-'));
    // Reports at least every 3 s, so a controller notices within seconds (plus MRP margins) that it went away.
    thermostat = await VirtualMatterDevice.start({
      kind: 'thermostat',
      id: 'thermostat',
      storage: join(dir, 'thermostat'),
      discriminator: 0x300,
      passcode: 20202053,
      network: 'thread',
      subscriptionMaxIntervalSeconds: 3,
    });
    // Two lamps whose 11-digit codes share the discriminator bits (upper 4 bits 10, unused by the default kinds):
    // the code must still reach the right one.
    lamp = await VirtualMatterDevice.start({ kind: 'onOffLight', id: 'lamp', storage: join(dir, 'lamp'), discriminator: 2560 });
    twin = await VirtualMatterDevice.start({
      kind: 'onOffLight',
      id: 'twin',
      storage: join(dir, 'twin'),
      discriminator: 2561,
      passcode: 20202031,
    });
    await startHearth();
  });

  afterAll(async () => {
    for (const d of [thermostat, lamp, twin]) await d?.stop();
    await hearth?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('boots every virtual device kind of the demo home and maps each to Hearth capabilities', async () => {
    const home = await startVirtualHome(join(dir, 'demo-home'));
    const demo = new MatterAdapter({ dataDir: join(dir, 'demo-hearth') });
    try {
      await demo.start();
      const added: Record<string, string[]> = {};
      for (const d of home) {
        // By address: the parallel test file runs devices with overlapping default codes on the same loopback.
        const device = await demo.commission({ code: d.pairing.manualPairingCode, address: d.address });
        added[d.id] = device.capabilities.map((c) => c.id);
      }
      expect(added).toEqual({
        'living-lamp': ['onOff', 'level'],
        'kitchen-light': ['onOff', 'level', 'colorTemp'],
        'porch-light': ['onOff'],
        'hall-thermostat': ['setpoint', 'sensor.temperature'],
        'front-door': ['sensor.contact'],
      });
      const lamp = demo.devices().find((d) => d.suggestedName === 'Floor lamp')!;
      expect(await demo.networkInfo(lamp.nativeId)).toMatchObject({ transport: 'wifi', wifi: { rssi: -52, security: 'WPA2' } });
      const kitchen = demo.devices().find((d) => d.suggestedName === 'Kitchen ceiling')!;
      expect(kitchen.state.colorTemp).toBe(2703); // 370 mireds
      await demo.command(kitchen.nativeId, 'colorTemp', 4000);
      expect(home.find((d) => d.id === 'kitchen-light')!.device.read().colorTemperatureMireds).toBe(250);
    } finally {
      // Devices first: a device closing while its controller is gone waits out retransmissions to it.
      await stopVirtualHome(home);
      await demo.stop();
    }
  }, 60_000);

  it('commissions a thermostat from its QR payload and controls the setpoint', async () => {
    const device = await hearth.commission({ code: thermostat.pairing.qrPairingCode });
    thermostatId = device.nativeId;
    expect(device.capabilities.map((c) => c.id)).toEqual(['setpoint', 'sensor.temperature']);
    expect(device.capabilities[0]).toMatchObject({ kind: 'setpoint', unit: '°C', min: 7, max: 30, writable: true });
    expect(device.state).toEqual({ setpoint: 20, 'sensor.temperature': 20.5 });

    await hearth.command(thermostatId, 'setpoint', 22.5);
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'setpoint' && e.value === 22.5, 10_000, 'setpoint 22.5');
    expect(thermostat.read().heatingSetpoint).toBe(22.5);

    await thermostat.simulate({ localTemperature: 19.25 });
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'sensor.temperature' && e.value === 19.25, 10_000, 'temperature 19.25');

    const net = await hearth.networkInfo(thermostatId);
    expect(net.transport).toBe('thread');
    expect(net.thread).toMatchObject({ networkName: 'HearthDemo', channel: 15, panId: 0x1a2b, extendedPanId: 'dead00beef00cafe', routingRole: 'end device' });
  }, 60_000);

  it('finds the right device when two share the discriminator bits of an 11-digit code', async () => {
    expect(lamp.pairing.manualPairingCode.slice(0, 1)).toBe(twin.pairing.manualPairingCode.slice(0, 1));
    const device = await hearth.commission({ code: twin.pairing.manualPairingCode });
    expect(twin.read().commissioned).toBe(true);
    expect(lamp.read().commissioned).toBe(false);
    await hearth.remove(device.nativeId);
  }, 90_000);

  it('restores devices from its storage folder after a controller restart', async () => {
    await hearth.stop();
    events.length = 0;
    await startHearth();
    expect(hearth.devices().map((d) => d.nativeId)).toEqual([thermostatId]);
    expect(hearth.devices()[0]!.state.setpoint).toBe(22.5);
    await eventually(events, (e) => e.type === 'health' && e.health === 'online', 15_000, 'online after restart');
    await hearth.command(thermostatId, 'setpoint', 21);
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'setpoint' && e.value === 21, 10_000, 'setpoint 21');
    // The new subscription is live: a change made at the device arrives (not just the echo of our own write).
    await thermostat.simulate({ localTemperature: 21.75 });
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'sensor.temperature' && e.value === 21.75, 15_000, 'report after restart');
  }, 60_000);

  it('marks a device offline when it loses power and re-subscribes by itself when it is back', async () => {
    // Let the last report's 2 s minimum interval pass, so the device can still send its ShutDown event report.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    events.length = 0;
    // Hearth knows it hears the device live (what the demo's power switch waits for before pulling the plug).
    expect(hearth.connection(thermostatId)).toMatchObject({ subscribed: true, lastHeard: expect.any(Number) });
    await thermostat.powerCycle(2_000);
    await eventually(events, (e) => e.type === 'health' && e.health === 'offline', 90_000, 'offline');
    await eventually(events, (e) => e.type === 'health' && e.health === 'online', 90_000, 'online again');
    await thermostat.simulate({ localTemperature: 23 });
    await eventually(events, (e) => e.type === 'state' && e.capabilityId === 'sensor.temperature' && e.value === 23, 15_000, 'fresh report');
  }, 150_000);
});
