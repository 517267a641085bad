// Zigbee depth requests (contract/zigbee.ts): coordinator backups and restore (audited as the contract declares), the
// network map, the firmware check.
import type { RadioInfo, ZigbeeRequestName } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { DeviceService } from '../../services/devices';
import type { HandlersFor } from '../../transport/dispatch';
import type { ZigbeeService } from './service';

export interface ZigbeeHandlerDeps {
  /** The running Zigbee service; throws UNSUPPORTED when there is no Zigbee radio. */
  zigbee: () => ZigbeeService;
  devices: Pick<DeviceService, 'locate'>;
  /** The radio list entry, as radios.list gives it. */
  radio: () => RadioInfo;
}

export function zigbeeHandlers(d: ZigbeeHandlerDeps): HandlersFor<ZigbeeRequestName> {
  const { zigbee } = d;
  /** The Zigbee device's native id (refuses a device of another radio). */
  const nativeId = (deviceId: string) => {
    const { protocol, nativeId } = d.devices.locate(deviceId);
    if (protocol !== 'zigbee') throw new HearthError('UNSUPPORTED', "This device's radio cannot check firmware yet.");
    return nativeId;
  };
  return {
    'zigbee.ota.check': (i) => zigbee().integration.facets.firmware.check(nativeId(i.deviceId)),
    'zigbee.backups.list': () => zigbee().list(),
    'zigbee.backups.create': () => zigbee().createBackup('manual'),
    'zigbee.backups.restore': async (i) => {
      const restored = await zigbee().restore(i.id, { port: i.port, adapter: i.adapter });
      return { restored, radio: d.radio() };
    },
    'zigbee.networkMap.scan': (i) => zigbee().scanNetwork({ timeoutMs: i.timeoutSeconds * 1000, maxDevices: i.maxDevices }),
    'zigbee.networkMap.cancel': () => {
      zigbee().cancelScan();
      return { ok: true as const };
    },
  };
}
