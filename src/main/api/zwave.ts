// Z-Wave depth requests (contract/zwave.ts): secure inclusion, exclusion, SmartStart, failed nodes,
// health checks, route rebuilds, firmware updates and controller backups.
import type { ZWaveRequestName } from '../../shared/contract';
import type { Core } from '../core';
import type { HandlersFor } from '../transport/dispatch';

const ok = { ok: true as const };

export function zwaveHandlers(core: Core): HandlersFor<ZWaveRequestName> {
  const z = () => core.radios.zwave;
  const audit = (actor: string, action: string, target: string, detail: Record<string, unknown> = {}) => core.audit.append({ actor, action, target, detail });
  return {
    'zwave.inclusion.start': async (i, ctx) => {
      audit(ctx.actor, 'zwave.inclusion.start', 'zwave', { strategy: i.strategy });
      return z().withDevice(await z().adapter.inclusion.start(i.strategy));
    },
    'zwave.inclusion.stop': async () => z().withDevice(await z().adapter.inclusion.stop()),
    'zwave.inclusion.status': () => z().inclusionState(),
    'zwave.inclusion.grant': (i, ctx) => {
      audit(ctx.actor, 'zwave.inclusion.grant', 'zwave', { classes: i.classes });
      z().adapter.inclusion.grant(i.classes, i.clientSideAuth);
      return ok;
    },
    'zwave.inclusion.pin': (i) => {
      z().adapter.inclusion.pin(i.pin);
      return ok;
    },
    'zwave.inclusion.s0Consent': (i, ctx) => {
      audit(ctx.actor, 'zwave.inclusion.s0Consent', 'zwave', { allow: i.allow });
      z().adapter.inclusion.s0Consent(i.allow);
      return ok;
    },
    'zwave.exclusion.start': (_i, ctx) => {
      audit(ctx.actor, 'zwave.exclusion.start', 'zwave');
      return z().adapter.inclusion.startExclusion();
    },
    'zwave.exclusion.stop': () => z().adapter.inclusion.stopExclusion(),
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
      await z().adapter.maintenance.removeFailed(z().nodeId(i.deviceId));
      return ok;
    },
    'zwave.node.healthCheck': (i) => z().healthCheck(i.deviceId, i.rounds),
    'zwave.node.healthCheck.cancel': (i) => {
      z().adapter.maintenance.cancelHealthCheck(z().nodeId(i.deviceId));
      return ok;
    },
    'zwave.node.rebuildRoutes': (i) => z().adapter.maintenance.rebuildNodeRoutes(z().nodeId(i.deviceId)),
    'zwave.network.rebuildRoutes': () =>
      z().adapter.maintenance.rebuildNetwork((p) =>
        core.bus.emit('zwave.rebuildRoutes.progress', { ...p, nodes: p.nodes.map((n) => ({ ...n, deviceId: `zwave:${z().adapter.nativeIdOf(n.nodeId)}` })) }),
      ),
    'zwave.network.rebuildRoutes.cancel': () => z().adapter.maintenance.cancelRebuild(),
    'zwave.node.firmware.update': (i, ctx) => {
      audit(ctx.actor, 'zwave.node.firmware.update', i.deviceId, { filename: i.filename });
      return z().firmwareUpdate(i.deviceId, { base64: i.file, filename: i.filename, target: i.target });
    },
    'zwave.node.firmware.abort': async (i) => {
      await z().abortFirmware(i.deviceId);
      return ok;
    },
    'zwave.nvm.list': () => z().nvm.list(),
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
