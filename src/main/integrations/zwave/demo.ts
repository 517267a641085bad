// The demo home's Z-Wave part: the simulated stick with the home's devices (they keep their state across
// restarts), and spares "in their boxes" with printed labels to try secure inclusion, SmartStart and replacing a
// failed node.
import { join } from 'node:path';
import { z } from 'zod';
import demoHomeJson from '../../../../assets/demo-home.json';
import type { DemoLabel } from '../../../shared/contract';
import { createZWaveIntegration, startZWaveSimulator, type ZWaveIntegration } from '../../../protocols/zwave';
import type { Logger } from '../../../shared/logger';
import type { ZWaveKeys } from '../../radio-keys';
import type { ZWaveDemo } from './service';

const Kind = z.enum(['switch', 'dimmer', 'thermostat', 'plug']);
const DemoZWave = z.object({
  homeId: z.string().regex(/^[0-9a-f]{8}$/i),
  nodes: z.array(z.object({ id: z.number().int().min(2).max(232), kind: Kind, name: z.string(), location: z.string() })),
  /** Devices "in the box": an S2 plug, an S0-only switch, a SmartStart dimmer, a plain switch (to replace a failed node). */
  spares: z
    .array(
      z.object({
        key: z.string(),
        kind: Kind,
        product: z.enum(['zen05', 'zen77', 'zwa021', 'zw175', 'zen04', 'zw096', 'ge12722', 'zen72']),
        name: z.string(),
        security: z.array(z.enum(['S2_AccessControl', 'S2_Authenticated', 'S2_Unauthenticated', 'S0_Legacy'])).optional(),
        smartStart: z.boolean().optional(),
      }),
    )
    .default([]),
});
export const demoZWave = DemoZWave.parse(demoHomeJson.zwave);

export interface DemoZWaveStack {
  integration: ZWaveIntegration;
  demo: ZWaveDemo;
  close(): Promise<void>;
}

export async function startDemoZWave(dataDir: string, securityKeys: ZWaveKeys, log: Logger): Promise<DemoZWaveStack> {
  const sim = await startZWaveSimulator({
    nodes: demoZWave.nodes,
    spares: demoZWave.spares,
    homeId: parseInt(demoZWave.homeId, 16),
    statePath: join(dataDir, 'demo', 'zwave-devices.json'),
    securityKeys,
    // Nobody can press a simulated device's button: the next spare in its box joins when inclusion starts.
    autoJoinSpares: true,
    // A loaded machine can stall the event loop past the stick's ACK timeout: the exchange is dropped and retried.
    onFault: (where, err) => log.warn(`demo Z-Wave stick: dropped a ${where}`, err instanceof Error ? err.message : err),
  });
  const integration = createZWaveIntegration({ port: sim.path, cacheDir: join(dataDir, 'demo', 'zwave-cache'), label: 'Demo home (simulated Z-Wave stick)', securityKeys, log });
  const labels = async (): Promise<DemoLabel[]> =>
    Promise.all(
      demoZWave.spares.map(async (s) => {
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
  return { integration, demo: { labels, fail: (nodeId, failed) => sim.fail(nodeId, failed) }, close: () => sim.close() };
}
