// Matter requests: commissioning (started here, followed through matter.commissioning.progress events), cancel,
// pairing windows for other apps, the fabric list and network info. Removal and details are the generic ones.
import type { MatterRequestName } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { AuditLog } from '../../storage/audit';
import type { HandlersFor } from '../../transport/dispatch';
import { agreeToHomeNetwork, homeNetworkView, withdrawHomeNetwork, type HomeNetworkDeps } from './home-network';
import type { MatterService } from './service';

export interface MatterHandlerDeps {
  /** The running Matter service; throws UNSUPPORTED when the controller does not run. */
  matter: () => MatterService;
  audit: Pick<AuditLog, 'append'>;
  /** Matter on the home network (consent, chosen interfaces); absent in tests that do not need it. */
  homeNetwork?: HomeNetworkDeps;
}

function need(d: HomeNetworkDeps | undefined): HomeNetworkDeps {
  if (!d) throw new HearthError('UNSUPPORTED', 'Matter on the home network cannot be set up here.');
  return d;
}

export function matterHandlers({ matter, audit, homeNetwork }: MatterHandlerDeps): HandlersFor<MatterRequestName> {
  return {
    'matter.homeNetwork.get': () => homeNetworkView(need(homeNetwork)),
    'matter.homeNetwork.set': (i, ctx) => agreeToHomeNetwork(need(homeNetwork), i.interfaces, i.textVersion, ctx.actor),
    'matter.homeNetwork.withdraw': (_i, ctx) => withdrawHomeNetwork(need(homeNetwork), ctx.actor),
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
    'matter.connection': (i) => matter().connection(i.deviceId),
    'matter.demo.power': async (i) => {
      await matter().demoPower(i.deviceId, i.on);
      return { ok: true as const };
    },
  };
}
