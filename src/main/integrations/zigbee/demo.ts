// The demo home's Zigbee part: the Z-Stack emulator with the home's devices, driven by the real integration. The
// devices keep their state across restarts; the first time they join through a real permit join and are named.
import { join } from 'node:path';
import { z } from 'zod';
import demoHomeJson from '../../../../assets/demo-home.json';
import { createZigbeeIntegration, HOME_DEVICE_KINDS, ZigbeeHome, type ZigbeeIntegration } from '../../../protocols/zigbee';
import type { Logger } from '../../../shared/logger';
import type { SecretStore } from '../../secrets';

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`, 'i'));
const Ieee = z.string().regex(/^0x[0-9a-f]{16}$/);

const DemoZigbee = z.object({
  channel: z.number().int().min(11).max(26),
  panId: hex(2),
  extendedPanId: hex(8),
  coordinatorIeee: Ieee,
  devices: z.array(
    z.union([
      z.object({ kind: z.enum(HOME_DEVICE_KINDS), ieee: Ieee, nwk: z.number().int().min(1).max(0xfff7), name: z.string(), location: z.string(), spare: z.literal(false).optional() }),
      z.object({ kind: z.enum(HOME_DEVICE_KINDS), ieee: Ieee, nwk: z.number().int().min(1).max(0xfff7), spare: z.literal(true), sleepy: z.boolean().optional() }),
    ]),
  ),
});
export const demoZigbee = DemoZigbee.parse(demoHomeJson.zigbee);

export interface DemoZigbeeStack {
  integration: ZigbeeIntegration;
  home: ZigbeeHome;
  dataDir: string;
  /** Joins the home's devices that are not in the network yet and names them (first run). */
  seed(): Promise<void>;
  close(): Promise<void>;
}

export async function startDemoZigbee(dataDir: string, secrets: SecretStore, log: Logger): Promise<DemoZigbeeStack> {
  const cfg = demoZigbee;
  const network = {
    panId: parseInt(cfg.panId, 16),
    extendedPanId: new Uint8Array(Buffer.from(cfg.extendedPanId, 'hex')),
    channel: cfg.channel,
    networkKey: new Uint8Array(secrets.getOrCreate('zigbee.demo.networkKey', 16)),
  };
  const home = await ZigbeeHome.start({
    devices: cfg.devices,
    network,
    coordinatorIeee: cfg.coordinatorIeee,
    statePath: join(dataDir, 'demo', 'zigbee-devices.json'),
    airDelayMs: 25,
  });
  const zigbeeDir = join(dataDir, 'demo', 'zigbee');
  const integration = createZigbeeIntegration({
    serialPath: home.path,
    adapterType: 'zstack',
    ...network,
    dataDir: zigbeeDir,
    label: 'Demo home (simulated Zigbee stick)',
    log,
  });
  const names = new Map(cfg.devices.flatMap((d) => (d.spare ? [] : [[d.ieee, d] as const])));
  const { pairing, zigbee } = integration.facets;

  async function seedHome(): Promise<void> {
    if (home.notJoined().length === 0) return;
    const pending = new Set(home.notJoined().map((d) => d.ieee));
    const done = new Promise<void>((resolve) => {
      const stop = integration.subscribe((e) => {
        if (e.type !== 'pairing' || e.event.type !== 'progress' || !pending.has(e.event.nativeId)) return;
        const { nativeId, step } = e.event;
        if (step !== 'ready' && step !== 'failed') return;
        pending.delete(nativeId);
        const spec = names.get(nativeId);
        if (spec && step === 'ready') void zigbee.rename(nativeId, spec.name, spec.location).catch(() => undefined);
        if (pending.size === 0) {
          stop();
          resolve();
        }
      });
    });
    await pairing.open(60);
    await home.joinHomeDevices();
    await Promise.race([done, new Promise((r) => setTimeout(r, 60_000).unref())]);
    await pairing.close().catch(() => undefined);
  }

  return {
    integration,
    home,
    dataDir: zigbeeDir,
    async seed() {
      try {
        await seedHome();
      } finally {
        home.sparesReady = true;
      }
    },
    close: () => home.close(),
  };
}
