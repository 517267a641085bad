// Zigbee depth requests (contract/zigbee.ts): coordinator backups and restore (audited as the contract declares), the
// network map, the firmware check.
import type { RadioInfo, ZigbeeRequestName } from '../../../shared/contract';
import type { HandlersFor } from '../../transport/dispatch';
import type { ZigbeeService } from './service';

export interface ZigbeeHandlerDeps {
  /** The running Zigbee service; throws UNSUPPORTED when there is no Zigbee radio. */
  zigbee: () => ZigbeeService;
  /** The Zigbee device's native id (refuses a device of another radio). */
  nativeId: (deviceId: string) => string;
  /** The radio list entry, as radios.list gives it. */
  radio: () => RadioInfo;
}

export function zigbeeHandlers(d: ZigbeeHandlerDeps): HandlersFor<ZigbeeRequestName> {
  const { zigbee } = d;
  return {
    'zigbee.ota.check': (i) => zigbee().integration.facets.firmware.check(d.nativeId(i.deviceId)),
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
