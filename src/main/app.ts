// Starts the core with its radios for either host; returns one function that stops it all in order.
import { version } from '../../package.json';
import type { SystemInfo } from '../shared/contract';
import type { Logger } from '../shared/logger';
import { Core } from './core';
import { lockDataDir } from './lock';
import { openSecretStore } from './app-secrets';
import { createRadios, type RadioConfig } from './radios';
import { routeMatterLogging } from './radios/matter';
import { MatterService } from './radios/matter-service';
import { type ZigbeeAdapterType, ZIGBEE_SETTINGS, saveZigbeeNetwork, savedZigbeeStick, zigbeeNetwork } from './radios/zigbee-config';
import { ZigbeeService } from './radios/zigbee-service';
import { ZWaveService } from './radios/zwave-service';
import { zigbeeAdapterFor } from './radios/zigbee-stick';
import type { FileSecretStore, SecretCodec } from './secrets';
import { serialPortLister, type PortLister } from './sticks/list';
import type { Binding } from './sticks/probe';
import { getSetting, setSetting } from './storage/settings';
import { z } from 'zod';

export interface StartOptions {
  dataDir: string;
  host: SystemInfo['host'];
  zwavePort?: string | undefined;
  zigbeePort?: string | undefined;
  zigbeeAdapter?: ZigbeeAdapterType | undefined;
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
    const cfg: RadioConfig = { zwavePort: o.zwavePort ?? getSetting(core.db, 'radios.zwave.port', z.string().min(1)), matter: o.matter ?? true };
    if (cfg.matter) routeMatterLogging(o.log);
    const savedZigbee = savedZigbeeStick(core.db);
    const zigbeePort = o.zigbeePort ?? savedZigbee.port;
    if (zigbeePort) {
      const chosen = await zigbeeAdapterFor(zigbeePort, o.zigbeeAdapter ?? savedZigbee.adapter, listPorts);
      if (chosen.source === 'default') o.log.warn(`Could not tell which kind of Zigbee stick is at ${zigbeePort}; trying zstack (use --zigbee-adapter to choose).`);
      cfg.zigbee = {
        port: zigbeePort,
        adapter: chosen.adapter,
        ...(chosen.rtscts !== undefined ? { rtscts: chosen.rtscts } : {}),
        ...(chosen.baudRate !== undefined ? { baudRate: chosen.baudRate } : {}),
        network: zigbeeNetwork(core.db, secrets),
        otaIndexPath: getSetting(core.db, ZIGBEE_SETTINGS.otaIndex, z.string().min(1)),
      };
    }
    const radios = await createRadios(cfg, o.dataDir, secrets, o.log).catch(async (err: unknown) => {
      await core.stop();
      throw err;
    });
    if (radios.zigbee) {
      core.radios.useZigbee(
        new ZigbeeService({
          radio: radios.zigbee,
          bus: core.bus,
          devices: core.devices,
          log: o.log,
          ...(radios.demo
            ? {}
            : {
                rememberNetwork: (network, stick) => {
                  saveZigbeeNetwork(core.db, secrets, network);
                  setSetting(core.db, ZIGBEE_SETTINGS.port, stick.port);
                  setSetting(core.db, ZIGBEE_SETTINGS.adapter, stick.adapter);
                },
              }),
        }),
      );
    }
    if (radios.matter) {
      core.radios.useMatter(
        new MatterService({
          adapter: radios.matter.adapter,
          bus: core.bus,
          devices: core.devices,
          log: o.log,
          ...(radios.matter.seed ? { seed: radios.matter.seed } : {}),
          ...(radios.matter.spareCode ? { demoPairingCode: radios.matter.spareCode } : {}),
          placeIn: (deviceId, name) => {
            const area = core.devices.areas().find((a) => a.name.toLowerCase() === name.toLowerCase()) ?? core.areas.create(name, null);
            core.devices.setArea(deviceId, area.id, 'demo');
          },
        }),
      );
    }
    if (radios.zwave) {
      const demo = radios.zwave.demo;
      core.radios.useZWave(
        new ZWaveService({
          adapter: radios.zwave.adapter,
          bus: core.bus,
          devices: core.devices,
          log: o.log,
          nvmDir: radios.zwave.nvmDir,
          ...(demo ? { demo } : {}),
        }),
      );
    }
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
