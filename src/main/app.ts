// Starts the core with its radios for either host; returns one function that stops it all in order.
import { version } from '../../package.json';
import type { SystemInfo } from '../shared/contract';
import type { Logger } from '../shared/logger';
import { Core } from './core';
import { lockDataDir } from './lock';
import { openSecretStore } from './app-secrets';
import { startIntegrations } from './integrations';
import type { FileSecretStore, SecretCodec } from './secrets';
import { serialPortLister, type PortLister } from './sticks/list';
import type { Binding } from './sticks/probe';

export interface StartOptions {
  dataDir: string;
  host: SystemInfo['host'];
  zwavePort?: string | undefined;
  zigbeePort?: string | undefined;
  /** herdsman adapter type of the Zigbee stick (zstack, ember, deconz, zigate, zboss). */
  zigbeeAdapter?: string | undefined;
  log: Logger;
  secretCodec?: SecretCodec;
  /** Hub mode: key file or passphrase sealing the secrets (see app-secrets.ts). */
  keyFile?: string | undefined;
  passphraseFile?: string | undefined;
  sqliteNativeBinding?: string;
  skipOnboarding?: boolean;
  listPorts?: PortLister;
  /** serialport binding for "test this stick" (the e2e test seam, sticks/test-seam.ts). */
  probeBinding?: Binding;
  /** Run the Matter controller (and the demo's virtual Matter devices); default true. */
  matter?: boolean;
}

export interface RunningApp {
  core: Core;
  secrets: FileSecretStore;
  /** Resolves once the radios have started (or failed, which system.health reports). */
  radiosStarted: Promise<void>;
  stop(): Promise<void>;
}

export const VERSION = version;

export async function startApp(o: StartOptions): Promise<RunningApp> {
  const unlock = lockDataDir(o.dataDir);
  try {
    const secrets = openSecretStore({
      dataDir: o.dataDir,
      codec: o.secretCodec,
      keyFile: o.keyFile,
      passphraseFile: o.passphraseFile,
      passphrase: process.env.HEARTH_PASSPHRASE,
    });
    const listPorts = o.listPorts ?? serialPortLister;
    const coreOpts = {
      dataDir: o.dataDir,
      host: o.host,
      version,
      log: o.log,
      secrets,
      skipOnboarding: o.skipOnboarding ?? false,
      listPorts,
      env: process.env,
      ...(o.probeBinding ? { probeBinding: o.probeBinding } : {}),
      ...(o.sqliteNativeBinding ? { sqliteNativeBinding: o.sqliteNativeBinding } : {}),
    };
    const core = new Core(coreOpts);
    const radios = await startIntegrations(core.integrations, {
      dataDir: o.dataDir,
      secrets,
      log: o.log,
      db: core.db,
      bus: core.bus,
      devices: core.devices,
      areas: core.areas,
      options: { zwavePort: o.zwavePort, zigbeePort: o.zigbeePort, zigbeeAdapter: o.zigbeeAdapter, matter: o.matter ?? true, listPorts },
    }).catch(async (err: unknown) => {
      await core.stop();
      throw err;
    });
    const radiosStarted = core.startAdapters(radios.integrations, { demo: radios.demo });
    let stopping: Promise<void> | null = null;
    return {
      core,
      secrets,
      radiosStarted,
      stop() {
        stopping ??= (async () => {
          await radiosStarted.catch(() => undefined);
          await core.stop();
          await radios.shutdown();
          unlock();
        })();
        return stopping;
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
