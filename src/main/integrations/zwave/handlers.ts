// Z-Wave depth requests (contract/zwave.ts): secure inclusion, exclusion, SmartStart, failed nodes,
// health checks, route rebuilds, firmware updates and controller backups. What is audited (inclusion, grants,
// SmartStart, failed nodes, firmware, restore) is declared in the contract; the dispatcher records it.
import type { ZWaveRequestName } from '../../../shared/contract';
import type { HandlersFor } from '../../transport/dispatch';
import type { ZWaveService } from './service';

const ok = { ok: true as const };

export interface ZWaveHandlerDeps {
  /** The running Z-Wave service; throws UNSUPPORTED when there is no Z-Wave radio. */
  zwave: () => ZWaveService;
}

export function zwaveHandlers({ zwave: z }: ZWaveHandlerDeps): HandlersFor<ZWaveRequestName> {
  const inclusion = () => z().integration.facets.inclusion;
  const maintenance = () => z().integration.facets.maintenance;
  return {
    'zwave.inclusion.start': async (i) => {
      return await z().startInclusion(i.strategy);
    },
    'zwave.inclusion.stop': () => z().stopInclusion(),
    'zwave.inclusion.status': () => z().inclusionState(),
    'zwave.inclusion.grant': (i) => {
      inclusion().grant(i.classes, i.clientSideAuth);
      return ok;
    },
    'zwave.inclusion.pin': (i) => {
      inclusion().pin(i.pin);
      return ok;
    },
    'zwave.inclusion.s0Consent': (i) => {
      inclusion().s0Consent(i.allow);
      return ok;
    },
    'zwave.exclusion.start': () => {
      return inclusion().startExclusion();
    },
    'zwave.exclusion.stop': () => inclusion().stopExclusion(),
    'zwave.smartStart.parse': (i) => z().parseQr(i.qr),
    'zwave.smartStart.provision': (i) => {
      return z().provision(i.qr, i.grantedClasses, { name: i.name, areaId: i.areaId });
    },
    'zwave.smartStart.list': () => z().listProvisioned(),
    'zwave.smartStart.unprovision': (i) => {
      z().unprovision(i.dsk);
      return ok;
    },
    'zwave.node.status': (i) => z().nodeStatus(i.deviceId),
    'zwave.node.replaceFailed': async (i) => {
      return await z().replace(i.deviceId, i.strategy);
    },
    'zwave.node.removeFailed': async (i) => {
      await maintenance().removeFailed(z().nativeId(i.deviceId));
      return ok;
    },
    'zwave.node.healthCheck': (i) => z().healthCheck(i.deviceId, i.rounds),
    'zwave.node.healthCheck.cancel': (i) => {
      maintenance().cancelHealthCheck(z().nativeId(i.deviceId));
      return ok;
    },
    'zwave.node.rebuildRoutes': (i) => maintenance().rebuildRoutes(z().nativeId(i.deviceId)),
    'zwave.network.rebuildRoutes': () => z().rebuildNetwork(),
    'zwave.network.rebuildRoutes.cancel': () => z().cancelRebuild(),
    'zwave.node.firmware.update': (i) => {
      return z().firmwareUpdate(i.deviceId, { base64: i.file, filename: i.filename, target: i.target });
    },
    'zwave.node.firmware.abort': async (i) => {
      await z().abortFirmware(i.deviceId);
      return ok;
    },
    'zwave.nvm.list': () => z().listBackups(),
    'zwave.nvm.backup': () => z().backup(),
    'zwave.nvm.restore': (i) => {
      return z().restore(i.id, i.confirmGeneration);
    },
    'zwave.demo.labels': () => z().demoLabels(),
    'zwave.demo.fail': (i) => {
      z().demoFail(i.deviceId, i.failed);
      return ok;
    },
  };
}
