// Decides which radios run: a configured stick, or the demo home's simulated ones, and builds their adapters.
import { join } from 'node:path';
import { z } from 'zod';
import demoHomeJson from '../../assets/demo-home.json';
import type { ProtocolAdapter } from '../shared/adapter';
import type { Logger } from '../shared/logger';
import { ZWaveAdapter } from '../protocols/zwave/adapter';
import { startZWaveSimulator } from '../protocols/zwave/simulator/server';
import type { SecretStore } from './secrets';

const DemoHome = z.object({
  name: z.string(),
  zwave: z.object({
    homeId: z.string().regex(/^[0-9a-f]{8}$/i),
    nodes: z.array(
      z.object({ id: z.number().int().min(2).max(232), kind: z.enum(['switch', 'dimmer', 'thermostat', 'plug']), name: z.string(), location: z.string() }),
    ),
  }),
});
export type DemoHome = z.infer<typeof DemoHome>;
export const demoHome: DemoHome = DemoHome.parse(demoHomeJson);

export interface RadioConfig {
  /** Serial port of a Z-Wave stick; when absent (and no other radio is configured) the demo home runs. */
  zwavePort?: string | undefined;
}

export interface Radios {
  adapters: ProtocolAdapter[];
  demo: boolean;
  /** Stops what the radios needed besides the adapters (the demo's simulated sticks). Call after the core stopped. */
  shutdown(): Promise<void>;
}

function zwaveKeys(secrets: SecretStore) {
  const key = (name: string) => new Uint8Array(secrets.getOrCreate(`zwave.${name}`, 16));
  return {
    S0_Legacy: key('S0_Legacy'),
    S2_Unauthenticated: key('S2_Unauthenticated'),
    S2_Authenticated: key('S2_Authenticated'),
    S2_AccessControl: key('S2_AccessControl'),
  };
}

export async function createRadios(cfg: RadioConfig, dataDir: string, secrets: SecretStore, log: Logger): Promise<Radios> {
  if (cfg.zwavePort) {
    const adapter = new ZWaveAdapter({
      port: cfg.zwavePort,
      cacheDir: join(dataDir, 'zwave'),
      label: `Z-Wave stick on ${cfg.zwavePort}`,
      securityKeys: zwaveKeys(secrets),
      logFile: join(dataDir, 'logs', 'zwave_%DATE%.log'),
      log,
    });
    return { adapters: [adapter], demo: false, shutdown: async () => undefined };
  }
  const sim = await startZWaveSimulator({
    nodes: demoHome.zwave.nodes,
    homeId: parseInt(demoHome.zwave.homeId, 16),
    statePath: join(dataDir, 'demo', 'zwave-devices.json'),
  });
  const adapter = new ZWaveAdapter({
    port: sim.path,
    cacheDir: join(dataDir, 'demo', 'zwave-cache'),
    label: 'Demo home (simulated Z-Wave stick)',
    log,
  });
  return { adapters: [adapter], demo: true, shutdown: () => sim.close() };
}
