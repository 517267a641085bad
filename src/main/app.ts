// Starts the core with its radios for either host; returns one function that stops it all in order.
import { version } from '../../package.json';
import type { SystemInfo } from '../shared/contract';
import type { Logger } from '../shared/logger';
import { Core } from './core';
import { lockDataDir } from './lock';
import { createRadios } from './radios';
import { openSecretStore } from './app-secrets';
import type { FileSecretStore, SecretCodec } from './secrets';
import { getSetting } from './storage/settings';
import { z } from 'zod';

export interface StartOptions {
  dataDir: string;
  host: SystemInfo['host'];
  zwavePort?: string | undefined;
  log: Logger;
  secretCodec?: SecretCodec;
  /** Hub mode: key file or passphrase sealing the secrets (see app-secrets.ts). */
  keyFile?: string | undefined;
  passphraseFile?: string | undefined;
  sqliteNativeBinding?: string;
  skipOnboarding?: boolean;
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
    const coreOpts = {
      dataDir: o.dataDir,
      host: o.host,
      version,
      log: o.log,
      secrets,
      skipOnboarding: o.skipOnboarding ?? false,
      ...(o.sqliteNativeBinding ? { sqliteNativeBinding: o.sqliteNativeBinding } : {}),
    };
    const core = new Core(coreOpts);
    const zwavePort = o.zwavePort ?? getSetting(core.db, 'radios.zwave.port', z.string().min(1));
    const radios = await createRadios({ zwavePort }, o.dataDir, secrets, o.log).catch(async (err: unknown) => {
      await core.stop();
      throw err;
    });
    const radiosStarted = core.startAdapters(radios.adapters, { demo: radios.demo });
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
