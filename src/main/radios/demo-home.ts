// The demo home: simulated Z-Wave and Zigbee sticks driven by the real adapters. Devices keep their
// state across restarts; Zigbee devices join through a real permit-join the first time.
import { join } from 'node:path';
import { z } from 'zod';
import demoHomeJson from '../../../assets/demo-home.json';
import type { Logger } from '../../shared/logger';
import { ZigbeeAdapter } from '../../protocols/zigbee/adapter';
import { HOME_DEVICE_KINDS, ZigbeeHome } from '../../protocols/zigbee/simulator/home';
import { ZWaveAdapter } from '../../protocols/zwave/adapter';
import { startZWaveSimulator } from '../../protocols/zwave/simulator/server';
import type { DemoLabel } from '../../shared/contract';
import type { ZWaveKeys } from '../radio-keys';
import type { SecretStore } from '../secrets';

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`, 'i'));

const DemoHome = z.object({
  name: z.string(),
  zwave: z.object({
    homeId: hex(4),
    nodes: z.array(
      z.object({ id: z.number().int().min(2).max(232), kind: z.enum(['switch', 'dimmer', 'thermostat', 'plug']), name: z.string(), location: z.string() }),
    ),
    /** Devices "in the box": an S2 plug, an S0-only switch, a SmartStart dimmer, a plain switch (to replace a failed node). */
    spares: z
      .array(
        z.object({
          key: z.string(),
          kind: z.enum(['switch', 'dimmer', 'thermostat', 'plug']),
          product: z.enum(['zen05', 'zen77', 'zwa021', 'zw175', 'zen04', 'zw096', 'ge12722', 'zen72']),
          name: z.string(),
          security: z.array(z.enum(['S2_AccessControl', 'S2_Authenticated', 'S2_Unauthenticated', 'S0_Legacy'])).optional(),
          smartStart: z.boolean().optional(),
        }),
      )
      .default([]),
  }),
  zigbee: z.object({
    channel: z.number().int().min(11).max(26),
    panId: hex(2),
    extendedPanId: hex(8),
    coordinatorIeee: z.string().regex(/^0x[0-9a-f]{16}$/),
    devices: z.array(
      z.union([
        z.object({ kind: z.enum(HOME_DEVICE_KINDS), ieee: z.string().regex(/^0x[0-9a-f]{16}$/), nwk: z.number().int().min(1).max(0xfff7), name: z.string(), location: z.string(), spare: z.literal(false).optional() }),
        z.object({ kind: z.enum(HOME_DEVICE_KINDS), ieee: z.string().regex(/^0x[0-9a-f]{16}$/), nwk: z.number().int().min(1).max(0xfff7), spare: z.literal(true), sleepy: z.boolean().optional() }),
      ]),
    ),
  }),
});
export type DemoHome = z.infer<typeof DemoHome>;
export const demoHome: DemoHome = DemoHome.parse(demoHomeJson);

export async function startDemoZWave(dataDir: string, securityKeys: ZWaveKeys, log: Logger) {
  const sim = await startZWaveSimulator({
    nodes: demoHome.zwave.nodes,
    spares: demoHome.zwave.spares,
    homeId: parseInt(demoHome.zwave.homeId, 16),
    statePath: join(dataDir, 'demo', 'zwave-devices.json'),
    securityKeys,
    // Nobody can press a simulated device's button: the next spare in its box joins when inclusion starts.
    autoJoinSpares: true,
  });
  const adapter = new ZWaveAdapter({ port: sim.path, cacheDir: join(dataDir, 'demo', 'zwave-cache'), label: 'Demo home (simulated Z-Wave stick)', securityKeys, log });
  const labels = async (): Promise<DemoLabel[]> =>
    Promise.all(
      demoHome.zwave.spares.map(async (s) => {
        const s2 = s.security?.some((c) => c.startsWith('S2_')) ?? false;
        const label = s2 ? await sim.label(s.key) : null;
        return {
          demoOnly: true as const,
          key: s.key,
          name: s.name,
          kind: s.smartStart ? ('smartStart' as const) : s2 ? ('s2' as const) : s.security?.includes('S0_Legacy') ? ('s0' as const) : ('insecure' as const),
          dsk: label?.dsk ?? null,
          pin: label?.pin ?? null,
          qr: s.smartStart ? (label?.qr ?? null) : null,
          inBox: sim.nodeIdOf(s.key) === undefined,
        };
      }),
    );
  return { adapter, sim, labels, close: () => sim.close() };
}

export interface DemoZigbee {
  adapter: ZigbeeAdapter;
  home: ZigbeeHome;
  dataDir: string;
  /** Joins the home's devices that are not in the network yet and names them (first run). */
  seed(): Promise<void>;
  close(): Promise<void>;
}

export async function startDemoZigbee(dataDir: string, secrets: SecretStore, log: Logger): Promise<DemoZigbee> {
  const cfg = demoHome.zigbee;
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
  const adapter = new ZigbeeAdapter({
    serialPath: home.path,
    adapterType: 'zstack',
    ...network,
    dataDir: zigbeeDir,
    label: 'Demo home (simulated Zigbee stick)',
    log: (level, message) => {
      if (level === 'error') log.warn(`zigbee: ${message}`);
    },
  });
  const names = new Map(cfg.devices.flatMap((d) => (d.spare ? [] : [[d.ieee, d] as const])));
  return {
    adapter,
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

  async function seedHome(): Promise<void> {
      if (home.notJoined().length === 0) return;
      const pending = new Set(home.notJoined().map((d) => d.ieee));
      const done = new Promise<void>((resolve) => {
        const stop = adapter.pairing.subscribe((e) => {
          if (e.type !== 'progress' || !pending.has(e.nativeId)) return;
          if (e.step !== 'ready' && e.step !== 'failed') return;
          pending.delete(e.nativeId);
          const spec = names.get(e.nativeId);
          if (spec && e.step === 'ready') void adapter.rename(e.nativeId, spec.name, spec.location).catch(() => undefined);
          if (pending.size === 0) {
            stop();
            resolve();
          }
        });
      });
      await adapter.permitJoin(60);
      await home.joinHomeDevices();
      await Promise.race([done, new Promise((r) => setTimeout(r, 60_000).unref())]);
      await adapter.stopJoin().catch(() => undefined);
  }
}
