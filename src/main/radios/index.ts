// Decides which radios run: configured sticks, or the demo home's simulated ones, and builds their adapters.
import { join } from 'node:path';
import type { ProtocolAdapter } from '../../shared/adapter';
import type { Logger } from '../../shared/logger';
import { ZigbeeAdapter } from '../../protocols/zigbee/adapter';
import { ZWaveAdapter } from '../../protocols/zwave/adapter';
import { zwaveKeys } from '../radio-keys';
import type { SecretStore } from '../secrets';
import type { DemoLabel } from '../../shared/contract';
import { startDemoZWave, startDemoZigbee } from './demo-home';
import type { ZigbeeAdapterType, ZigbeeNetwork } from './zigbee-config';

export { demoHome, type DemoHome } from './demo-home';

export interface RadioConfig {
  /** Serial port of a Z-Wave stick. */
  zwavePort?: string | undefined;
  /** A Zigbee stick: port, herdsman adapter type (from the discovered stick or the user) and network. */
  zigbee?:
    | { port: string; adapter: ZigbeeAdapterType; rtscts?: boolean; baudRate?: number; network: ZigbeeNetwork; otaIndexPath?: string | undefined }
    | undefined;
}

export interface ZigbeeRadio {
  adapter: ZigbeeAdapter;
  /** herdsman's folder (database.json, coordinator_backup.json) and where Hearth keeps its backups. */
  dataDir: string;
  backupsDir: string;
  /** Demo only: joins the simulated home's devices the first time. */
  seed?: () => Promise<void>;
}

export interface ZWaveRadio {
  adapter: ZWaveAdapter;
  /** Where the controller's NVM backups are kept. */
  nvmDir: string;
  /** Demo only: the simulated spares' printed labels, and breaking/repairing a simulated device. */
  demo?: { labels(): Promise<DemoLabel[]>; fail(nodeId: number, failed: boolean): void };
}

export interface Radios {
  adapters: ProtocolAdapter[];
  demo: boolean;
  zigbee?: ZigbeeRadio;
  zwave?: ZWaveRadio;
  /** Stops what the radios needed besides the adapters (the demo's simulated sticks). Call after the core stopped. */
  shutdown(): Promise<void>;
}

export async function createRadios(cfg: RadioConfig, dataDir: string, secrets: SecretStore, log: Logger): Promise<Radios> {
  if (cfg.zwavePort || cfg.zigbee) {
    const adapters: ProtocolAdapter[] = [];
    let zwave: ZWaveRadio | undefined;
    if (cfg.zwavePort) {
      const adapter = new ZWaveAdapter({
        port: cfg.zwavePort,
        cacheDir: join(dataDir, 'zwave'),
        label: `Z-Wave stick on ${cfg.zwavePort}`,
        securityKeys: zwaveKeys(secrets),
        logFile: join(dataDir, 'logs', 'zwave_%DATE%.log'),
        log,
      });
      adapters.push(adapter);
      zwave = { adapter, nvmDir: join(dataDir, 'zwave', 'nvm-backups') };
    }
    let zigbee: ZigbeeRadio | undefined;
    if (cfg.zigbee) {
      const zigbeeDir = join(dataDir, 'zigbee');
      const adapter = new ZigbeeAdapter({
        serialPath: cfg.zigbee.port,
        adapterType: cfg.zigbee.adapter,
        rtscts: cfg.zigbee.rtscts,
        baudRate: cfg.zigbee.baudRate,
        ...cfg.zigbee.network,
        dataDir: zigbeeDir,
        otaIndexPath: cfg.zigbee.otaIndexPath,
        label: `Zigbee stick on ${cfg.zigbee.port}`,
        log: (level, message) => level === 'error' && log.warn(`zigbee: ${message}`),
      });
      adapters.push(adapter);
      zigbee = { adapter, dataDir: zigbeeDir, backupsDir: join(zigbeeDir, 'backups') };
    }
    return { adapters, demo: false, ...(zigbee ? { zigbee } : {}), ...(zwave ? { zwave } : {}), shutdown: async () => undefined };
  }
  const zwave = await startDemoZWave(dataDir, zwaveKeys(secrets, 'zwave.demo'), log);
  const zigbee = await startDemoZigbee(dataDir, secrets, log).catch(async (err: unknown) => {
    await zwave.close();
    throw err;
  });
  return {
    adapters: [zwave.adapter, zigbee.adapter],
    demo: true,
    zigbee: { adapter: zigbee.adapter, dataDir: zigbee.dataDir, backupsDir: join(zigbee.dataDir, 'backups'), seed: () => zigbee.seed() },
    zwave: {
      adapter: zwave.adapter,
      nvmDir: join(dataDir, 'demo', 'zwave-nvm-backups'),
      demo: { labels: zwave.labels, fail: (nodeId, failed) => zwave.sim.fail(nodeId, failed) },
    },
    shutdown: async () => {
      await Promise.allSettled([zwave.close(), zigbee.close()]);
    },
  };
}
