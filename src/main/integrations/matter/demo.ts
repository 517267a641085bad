// The demo home's Matter part: virtual matter.js devices (loopback only, always) and Hearth's real Matter controller
// with its fabric encrypted at rest. The first time, the home's devices are commissioned by their QR payload over
// loopback mDNS discovery, exactly as a user scanning the code on the box would; a spare one stays in pairing mode.
// Devices keep their fabric, port and state across restarts (<data-dir>/demo/matter-devices).
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import demoHomeJson from '../../../../assets/demo-home.json';
import { HearthError } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import { createMatterIntegration, VirtualMatterDevice, type MatterIntegration, type VirtualDevicePairing } from '../../../protocols/matter';
import type { SecretStore } from '../../secrets';
import type { MatterSeed } from './service';
import { matterControllerVault } from './vault';

const Kind = z.enum(['onOffLight', 'dimmableLight', 'colorTemperatureLight', 'thermostat', 'contactSensor']);
const common = {
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  kind: Kind,
  network: z.enum(['thread', 'wifi', 'ethernet']).optional(),
  passcode: z.number().int().min(1).max(99_999_998),
  discriminator: z.number().int().min(0).max(4095),
};
const DemoMatter = z.object({
  devices: z.array(
    z.union([
      z.object({ ...common, name: z.string().min(1), location: z.string().min(1), spare: z.literal(false).optional() }),
      z.object({ ...common, spare: z.literal(true) }),
    ]),
  ),
});
export type DemoMatterDevice = z.infer<typeof DemoMatter>['devices'][number];
export const demoMatterDevices: DemoMatterDevice[] = DemoMatter.parse(demoHomeJson.matter).devices;

export interface DemoMatter {
  integration: MatterIntegration;
  /** The spare device's pairing data (what its label would show). */
  spare: VirtualDevicePairing | null;
  seed: MatterSeed;
  /** Pulls the plug of the virtual device Hearth knows as `nativeId`, or plugs it back in. */
  power(nativeId: string, on: boolean): Promise<void>;
  /** Stops the virtual devices. */
  close(): Promise<void>;
}

const CONTROLLER_FILE = 'hearth-controller.matter';

function readPorts(file: string): Record<string, number> {
  try {
    return z.record(z.string(), z.number().int().min(1).max(65535)).parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return {};
  }
}

/** Starts on the port it had last time (so the controller finds it where it left it), else on any free port. */
async function startDevice(spec: DemoMatterDevice, dir: string, port: number | undefined): Promise<VirtualMatterDevice> {
  const options = {
    kind: spec.kind,
    id: spec.id,
    storage: join(dir, spec.id),
    passcode: spec.passcode,
    discriminator: spec.discriminator,
    ...(spec.spare ? {} : { label: spec.name }),
    ...(spec.network ? { network: spec.network } : {}),
    // Reports at least every minute: a device whose plug was pulled and put back (power()) is connected again
    // within about a minute, as Hearth renews its subscription.
    subscriptionMaxIntervalSeconds: 60,
  };
  if (port) {
    try {
      return await VirtualMatterDevice.start({ ...options, port });
    } catch {
      // taken by something else since: any free port will do
    }
  }
  return VirtualMatterDevice.start({ ...options, port: 0 });
}

export async function startDemoMatter(dataDir: string, secrets: SecretStore, log: Logger): Promise<DemoMatter> {
  const t0 = Date.now();
  const controllerDir = join(dataDir, 'demo', 'matter');
  const devicesDir = join(dataDir, 'demo', 'matter-devices');
  // First: it takes matter.js's log lines, the virtual devices' too.
  const integration = createMatterIntegration({ vault: matterControllerVault(controllerDir, secrets), label: 'Demo home (virtual Matter devices on this computer)', log });
  // Devices that still hold a fabric whose controller is gone could never be reached again: start them fresh.
  if (!existsSync(join(controllerDir, CONTROLLER_FILE))) rmSync(devicesDir, { recursive: true, force: true });
  mkdirSync(devicesDir, { recursive: true, mode: 0o700 });
  const portsFile = join(devicesDir, 'ports.json');
  const ports = readPorts(portsFile);
  const running: Array<{ spec: DemoMatterDevice; device: VirtualMatterDevice }> = [];
  const close = async () => {
    await Promise.allSettled(running.map((r) => r.device.stop()));
  };
  const started = await Promise.allSettled(demoMatterDevices.map((spec) => startDevice(spec, devicesDir, ports[spec.id])));
  started.forEach((r, i) => r.status === 'fulfilled' && running.push({ spec: demoMatterDevices[i]!, device: r.value }));
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  writeFileSync(portsFile, JSON.stringify(Object.fromEntries(running.map((r) => [r.spec.id, r.device.address.port]))), { mode: 0o600 });
  const spare = running.find((r) => r.spec.spare)?.device.pairing ?? null;
  log.info(`demo: ${running.length} virtual Matter devices started in ${Date.now() - t0} ms`);
  if (spare) log.info(`demo: a spare Matter bulb waits in pairing mode; its pairing code is ${spare.manualPairingCode}`);

  const seed: MatterSeed = async () => {
    const placed: Array<{ nativeId: string; area: string }> = [];
    for (const { spec, device } of running) {
      if (spec.spare || device.read().commissioned) continue;
      try {
        const added = await integration.facets.commissioning.commission({ code: device.pairing.qrPairingCode, attemptId: `demo-${spec.id}`, discoveryTimeoutMs: 30_000 });
        placed.push({ nativeId: added.nativeId, area: spec.location });
      } catch (err) {
        log.warn(`demo: could not add the Matter device "${spec.name}"`, err);
      }
    }
    return placed;
  };
  const power = async (nativeId: string, on: boolean) => {
    // A demo device is the one whose label (its Matter NodeLabel) the controller read when it added it.
    const label = integration.devices().find((d) => d.nativeId === nativeId)?.suggestedName;
    const r = running.find((x) => !x.spec.spare && x.spec.name === label);
    if (!r) throw new HearthError('NOT_FOUND', 'This is not one of the demo home’s virtual Matter devices.');
    if (!on) {
      // A device Hearth is still subscribing to (just added, or just back) would say "shutting down" to nobody, and
      // one that reported less than the subscription's 2 s minimum interval ago may not send it before it dies: the
      // demo pulls the plug once Hearth hears it and that interval has passed, as it would be in a home (bounded:
      // a device that never connected is unplugged all the same).
      const ready = () => {
        const c = integration.facets.connection.of(nativeId);
        return !c || (c.subscribed && Date.now() - (c.lastHeard ?? 0) > 2_500);
      };
      for (let i = 0; i < 100 && !ready(); i++) await new Promise((ok) => setTimeout(ok, 100));
      return r.device.powerOff();
    }
    await r.device.powerOn();
    // As someone would after plugging it in: see whether it answers (matter.js alone renews its subscription on a
    // schedule that grows to an hour while a device is away).
    for (let i = 0; i < 5 && !(await integration.facets.connection.probe(nativeId)); i++) await new Promise((ok) => setTimeout(ok, 1_000));
  };
  return { integration, spare, seed, power, close };
}
