import type { RadioRequestName } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Core } from '../core';
import { ZIGBEE_SETTINGS } from '../radios/zigbee-config';
import { setSetting } from '../storage/settings';
import type { HandlersFor } from '../transport/dispatch';

function unsupported(what: string): HearthError {
  return new HearthError('UNSUPPORTED', `This device's radio cannot ${what} yet.`);
}

export function radioHandlers(core: Core): HandlersFor<RadioRequestName> {
  const { radios, devices } = core;
  const located = (deviceId: string) => {
    const { protocol, nativeId } = devices.locate(deviceId);
    return { protocol, nativeId, adapter: radios.adapter(protocol) };
  };
  return {
    'radios.list': () => radios.list(core.adapterStates()),
    'radios.configure': (i, ctx) => {
      core.audit.append({ actor: ctx.actor, action: 'radios.configure', target: i.protocol, detail: { port: i.port, adapter: i.adapter ?? null, channel: i.channel ?? null } });
      if (i.protocol === 'zwave') setSetting(core.db, 'radios.zwave.port', i.port);
      else {
        setSetting(core.db, ZIGBEE_SETTINGS.port, i.port);
        if (i.adapter) setSetting(core.db, ZIGBEE_SETTINGS.adapter, i.adapter);
        else core.db.prepare('DELETE FROM settings WHERE key = ?').run(ZIGBEE_SETTINGS.adapter);
        if (i.channel !== undefined) setSetting(core.db, ZIGBEE_SETTINGS.channel, i.channel);
      }
      const name = i.protocol === 'zwave' ? 'Z-Wave' : 'Zigbee';
      return { restartRequired: true as const, message: `Saved: the ${name} radio uses ${i.port} from the next start of Hearth.` };
    },
    'pairing.start': (i) => radios.pairing.start(i.protocol, i.seconds),
    'pairing.stop': (i) => radios.pairing.stop(i.protocol),
    'pairing.status': (i) => radios.pairing.status(i.protocol),
    'pairing.retry': async (i) => {
      const { protocol, nativeId } = devices.locate(i.deviceId);
      await radios.pairing.retry(protocol, nativeId);
      return { ok: true as const };
    },
    'devices.remove': async (i, ctx) => {
      const { adapter, nativeId } = located(i.deviceId);
      if (!adapter.remove) throw unsupported('remove devices');
      core.audit.append({ actor: ctx.actor, action: 'device.remove', target: i.deviceId, detail: { force: i.force } });
      try {
        await adapter.remove(nativeId, { force: i.force });
      } catch (err) {
        // Forced: a device its radio no longer knows is still taken off Hearth's list.
        if (!(i.force && err instanceof HearthError && err.code === 'NOT_FOUND')) throw err;
      }
      if (i.force) devices.forget(i.deviceId, ctx.actor);
      return { ok: true as const };
    },
    'devices.details': async (i) => {
      const { adapter, nativeId, protocol } = located(i.deviceId);
      if (!adapter.details) throw unsupported('describe devices');
      const { nativeId: _n, ...details } = await adapter.details(nativeId);
      return { deviceId: i.deviceId, protocol, ...details };
    },
    'zigbee.ota.check': async (i) => {
      const { adapter, nativeId, protocol } = located(i.deviceId);
      if (protocol !== 'zigbee' || !adapter.checkFirmware) throw unsupported('check firmware');
      return await adapter.checkFirmware(nativeId);
    },
    'zigbee.backups.list': () => radios.zigbee.list(),
    'zigbee.backups.create': () => radios.zigbee.createBackup('manual'),
    'zigbee.backups.restore': async (i, ctx) => {
      core.audit.append({ actor: ctx.actor, action: 'zigbee.restore', target: i.id, detail: { port: i.port ?? null, adapter: i.adapter ?? null } });
      const restored = await radios.zigbee.restore(i.id, { port: i.port, adapter: i.adapter });
      const radio = radios.list(core.adapterStates()).find((r) => r.protocol === 'zigbee')!;
      return { restored, radio };
    },
    'zigbee.networkMap.scan': (i) => radios.zigbee.scanNetwork({ timeoutMs: i.timeoutSeconds * 1000, maxDevices: i.maxDevices }),
    'zigbee.networkMap.cancel': () => {
      radios.zigbee.cancelScan();
      return { ok: true as const };
    },
  };
}
