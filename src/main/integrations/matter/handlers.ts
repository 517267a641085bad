// Matter requests: commissioning (started here, followed through matter.commissioning.progress events), cancel,
// pairing windows for other apps, the fabric list and network info. Removal and details are the generic ones.
import type { MatterRequestName } from '../../../shared/contract';
import type { AuditLog } from '../../storage/audit';
import type { HandlersFor } from '../../transport/dispatch';
import type { MatterService } from './service';

export interface MatterHandlerDeps {
  /** The running Matter service; throws UNSUPPORTED when the controller does not run. */
  matter: () => MatterService;
  audit: Pick<AuditLog, 'append'>;
}

export function matterHandlers({ matter, audit }: MatterHandlerDeps): HandlersFor<MatterRequestName> {
  return {
    'matter.commission': (i, ctx) => {
      const attemptId = matter().commission({
        code: i.code,
        ...(i.address ? { address: { ip: i.address.ip, ...(i.address.port ? { port: i.address.port } : {}) } } : {}),
        ...(i.attemptId ? { attemptId: i.attemptId } : {}),
      });
      // By hand: the detail is derived (whether an address was given, never the address itself), which the
      // contract's audit declaration cannot say.
      audit.append({ actor: ctx.actor, action: 'matter.commission', target: attemptId, detail: { byAddress: i.address !== undefined } });
      return { attemptId };
    },
    'matter.commission.cancel': (i) => {
      matter().cancel(i.attemptId);
      return { ok: true as const };
    },
    'matter.openWindow': (i) => matter().openWindow(i.deviceId, i.minutes),
    'matter.closeWindow': async (i) => {
      await matter().closeWindow(i.deviceId);
      return { ok: true as const };
    },
    'matter.fabrics': (i) => matter().fabrics(i.deviceId),
    'matter.network': (i) => matter().network(i.deviceId),
  };
}
