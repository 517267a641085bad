// Implements every request of the contract on top of the core's services.
import type { Handlers } from './transport/dispatch';
import type { Core } from './core';

export function createHandlers(core: Core): Handlers {
  const { devices } = core;
  return {
    'system.info': () => core.info(),
    'areas.list': () => devices.areas(),
    'devices.list': () => devices.list(),
    'devices.command': async (i, ctx) => {
      await devices.command(i.deviceId, i.capabilityId, i.value, ctx.actor);
      return { ok: true as const };
    },
    'devices.rename': (i, ctx) => devices.rename(i.deviceId, i.name, ctx.actor),
    'devices.setArea': (i, ctx) => devices.setArea(i.deviceId, i.areaId, ctx.actor),
    'devices.history': (i) => devices.history(i.deviceId, i.capabilityId, i.since ?? 0, i.limit),
  };
}
