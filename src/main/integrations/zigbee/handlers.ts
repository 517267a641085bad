// Zigbee depth requests (contract/zigbee.ts): coordinator backups and restore (audited as the contract declares), the
// network map, the firmware check.
import type { RadioInfo, ZigbeeRequestName } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { OperationRegistry } from '../../operations/registry';
import type { DeviceService } from '../../services/devices';
import type { HandlersFor } from '../../transport/dispatch';
import type { ZigbeeService } from './service';

export interface ZigbeeHandlerDeps {
  /** The running Zigbee service; throws UNSUPPORTED when there is no Zigbee radio. */
  zigbee: () => ZigbeeService;
  devices: Pick<DeviceService, 'locate'>;
  /** The radio list entry, as radios.list gives it. */
  radio: () => RadioInfo;
  /** The network map is read as a long operation (it may take minutes). */
  operations: Pick<OperationRegistry, 'start'>;
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
    'zigbee.networkMap.scan': (i) => {
      const service = zigbee();
      return d.operations.start({
        kind: 'zigbee.networkMap',
        key: 'zigbee.networkMap',
        busy: 'A network scan is already running.',
        phase: 'Asking the stick for its neighbours…',
        cancel: () => service.cancelScan(),
        run: (op) =>
          service.scanNetwork({ timeoutMs: i.timeoutSeconds * 1000, maxDevices: i.maxDevices }, (p) =>
            op.progress({ percent: p.total > 0 ? (100 * p.done) / p.total : null, phase: `Asked ${p.done} of ${p.total} devices for their neighbours…` }),
          ),
        outcome: (map) => (map.cancelled ? { state: 'cancelled' } : { state: 'done' }),
      });
    },
    'zigbee.networkMap.cancel': () => {
      zigbee().cancelScan();
      return { ok: true as const };
    },
  };
}
