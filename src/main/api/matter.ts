// Matter requests: commissioning (started here, followed through matter.commissioning.progress events), cancel,
// pairing windows for other apps, the fabric list and network info. Removal and details are the generic ones.
import type { RequestName } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Core } from '../core';
import type { HandlersFor } from '../transport/dispatch';

type MatterRequestName = Extract<RequestName, `matter.${string}`>;

export function matterHandlers(core: Core): HandlersFor<MatterRequestName> {
  const { radios, devices } = core;
  /** The Matter node behind a Hearth device id. */
  const matterDevice = (deviceId: string) => {
    const { protocol, nativeId } = devices.locate(deviceId);
    if (protocol !== 'matter') throw new HearthError('UNSUPPORTED', 'This is not a Matter device.');
    return nativeId;
  };
  return {
    'matter.commission': (i, ctx) => {
      const attemptId = radios.matter.commission({
        code: i.code,
        ...(i.address ? { address: { ip: i.address.ip, ...(i.address.port ? { port: i.address.port } : {}) } } : {}),
        ...(i.attemptId ? { attemptId: i.attemptId } : {}),
      });
      core.audit.append({ actor: ctx.actor, action: 'matter.commission', target: attemptId, detail: { byAddress: i.address !== undefined } });
      return { attemptId };
    },
    'matter.commission.cancel': (i) => {
      radios.matter.cancel(i.attemptId);
      return { ok: true as const };
    },
    'matter.openWindow': async (i, ctx) => {
      const nativeId = matterDevice(i.deviceId);
      core.audit.append({ actor: ctx.actor, action: 'matter.openWindow', target: i.deviceId, detail: { minutes: i.minutes } });
      return await radios.matter.openWindow(nativeId, i.minutes);
    },
    'matter.closeWindow': async (i) => {
      await radios.matter.closeWindow(matterDevice(i.deviceId));
      return { ok: true as const };
    },
    'matter.fabrics': (i) => radios.matter.fabrics(matterDevice(i.deviceId)),
    'matter.network': (i) => radios.matter.network(matterDevice(i.deviceId)),
  };
}
