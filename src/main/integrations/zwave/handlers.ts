// Z-Wave depth requests (contract/zwave.ts): secure inclusion, exclusion, SmartStart, failed nodes,
// health checks, route rebuilds, firmware updates and controller backups. What is audited (inclusion, grants,
// SmartStart, failed nodes, firmware, restore) is declared in the contract; the dispatcher records it.
import type { FirmwareUpdateResult, ZWaveRequestName } from '../../../shared/contract';
import type { OperationRegistry, Outcome } from '../../operations/registry';
import type { UploadStore } from '../../operations/uploads';
import type { HandlersFor } from '../../transport/dispatch';
import type { ZWaveService } from './service';

const ok = { ok: true as const };

export interface ZWaveHandlerDeps {
  /** The running Z-Wave service; throws UNSUPPORTED when there is no Z-Wave radio. */
  zwave: () => ZWaveService;
  /** Firmware updates run as long operations, from files sent in pieces. */
  operations: Pick<OperationRegistry, 'start' | 'assertFree'>;
  uploads: Pick<UploadStore, 'take'>;
}

/** A firmware update's answer as the operation's end: installed, cancelled, or failed with the device's reason. */
function firmwareOutcome(r: FirmwareUpdateResult): Outcome {
  if (r.success) return { state: 'done' };
  if (r.status === 'Aborted') return { state: 'cancelled' };
  return { state: 'failed', error: { code: 'CONFLICT', message: r.reason, next: 'Check the file is meant for this device, keep it near the stick, and try again.' } };
}

export function zwaveHandlers({ zwave: z, operations, uploads }: ZWaveHandlerDeps): HandlersFor<ZWaveRequestName> {
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
    'zwave.node.firmware.update': (i, ctx) => {
      const service = z();
      service.nativeId(i.deviceId);
      const key = `zwave.firmware:${i.deviceId}`;
      const busy = 'This device is already being updated.';
      // Refused before the file is used up, so it can be sent to the device once the running update has ended.
      operations.assertFree(key, busy);
      const file = uploads.take(i.uploadId, ctx.actor, 'firmware');
      return operations.start({
        kind: 'zwave.firmwareUpdate',
        subject: i.deviceId,
        key,
        busy,
        phase: 'Asking the device to accept the update…',
        cancel: () => service.abortFirmware(i.deviceId),
        run: (op) =>
          service.firmwareUpdate(i.deviceId, { data: file.data, filename: file.filename, target: i.target }, (p) =>
            op.progress({ percent: p.percent, phase: p.percent >= 100 ? 'Waiting for the device to restart…' : `Sending part ${p.sentFragments} of ${p.totalFragments}` }),
          ),
        outcome: firmwareOutcome,
      });
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
