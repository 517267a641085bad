// Z-Wave depth requests (contract/zwave.ts): secure inclusion, exclusion, SmartStart, failed nodes,
// health checks, route rebuilds, firmware updates and controller backups.
import type { ZWaveRequestName } from '../../../shared/contract';
import type { AuditLog } from '../../storage/audit';
import type { HandlersFor } from '../../transport/dispatch';
import type { ZWaveService } from './service';

const ok = { ok: true as const };

export interface ZWaveHandlerDeps {
  /** The running Z-Wave service; throws UNSUPPORTED when there is no Z-Wave radio. */
  zwave: () => ZWaveService;
  audit: Pick<AuditLog, 'append'>;
}

export function zwaveHandlers({ zwave: z, audit: log }: ZWaveHandlerDeps): HandlersFor<ZWaveRequestName> {
  const audit = (actor: string, action: string, target: string, detail: Record<string, unknown> = {}) => log.append({ actor, action, target, detail });
  const inclusion = () => z().integration.facets.inclusion;
  const maintenance = () => z().integration.facets.maintenance;
  return {
    'zwave.inclusion.start': async (i, ctx) => {
      audit(ctx.actor, 'zwave.inclusion.start', 'zwave', { strategy: i.strategy });
      return await z().startInclusion(i.strategy);
    },
    'zwave.inclusion.stop': () => z().stopInclusion(),
    'zwave.inclusion.status': () => z().inclusionState(),
    'zwave.inclusion.grant': (i, ctx) => {
      audit(ctx.actor, 'zwave.inclusion.grant', 'zwave', { classes: i.classes });
      inclusion().grant(i.classes, i.clientSideAuth);
      return ok;
    },
    'zwave.inclusion.pin': (i) => {
      inclusion().pin(i.pin);
      return ok;
    },
    'zwave.inclusion.s0Consent': (i, ctx) => {
      audit(ctx.actor, 'zwave.inclusion.s0Consent', 'zwave', { allow: i.allow });
      inclusion().s0Consent(i.allow);
      return ok;
    },
    'zwave.exclusion.start': (_i, ctx) => {
      audit(ctx.actor, 'zwave.exclusion.start', 'zwave');
      return inclusion().startExclusion();
    },
    'zwave.exclusion.stop': () => inclusion().stopExclusion(),
    'zwave.smartStart.parse': (i) => z().parseQr(i.qr),
    'zwave.smartStart.provision': (i, ctx) => {
      audit(ctx.actor, 'zwave.smartStart.provision', 'zwave', { classes: i.grantedClasses });
      return z().provision(i.qr, i.grantedClasses, { name: i.name, areaId: i.areaId });
    },
    'zwave.smartStart.list': () => z().listProvisioned(),
    'zwave.smartStart.unprovision': (i, ctx) => {
      audit(ctx.actor, 'zwave.smartStart.unprovision', 'zwave', { dsk: i.dsk });
      z().unprovision(i.dsk);
      return ok;
    },
    'zwave.node.status': (i) => z().nodeStatus(i.deviceId),
    'zwave.node.replaceFailed': async (i, ctx) => {
      audit(ctx.actor, 'zwave.node.replaceFailed', i.deviceId, { strategy: i.strategy });
      return await z().replace(i.deviceId, i.strategy);
    },
    'zwave.node.removeFailed': async (i, ctx) => {
      audit(ctx.actor, 'zwave.node.removeFailed', i.deviceId);
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
      audit(ctx.actor, 'zwave.node.firmware.update', i.deviceId, { filename: i.filename });
      return z().firmwareUpdate(i.deviceId, { base64: i.file, filename: i.filename, target: i.target });
    },
    'zwave.node.firmware.abort': async (i) => {
      await z().abortFirmware(i.deviceId);
      return ok;
    },
    'zwave.nvm.list': () => z().listBackups(),
    'zwave.nvm.backup': () => z().backup(),
    'zwave.nvm.restore': (i, ctx) => {
      audit(ctx.actor, 'zwave.nvm.restore', i.id, { confirmGeneration: i.confirmGeneration });
      return z().restore(i.id, i.confirmGeneration);
    },
    'zwave.demo.labels': () => z().demoLabels(),
    'zwave.demo.fail': (i) => {
      z().demoFail(i.deviceId, i.failed);
      return ok;
    },
  };
}
