import type { DeviceService } from '../services/devices';
import type { HandlersFor } from '../transport/dispatch';

type DeviceRequests = 'areas.list' | 'devices.list' | 'devices.get' | 'devices.command' | 'devices.rename' | 'devices.setArea' | 'devices.history';

export function deviceHandlers({ devices }: { devices: DeviceService }): HandlersFor<DeviceRequests> {
  return {
    'areas.list': () => devices.areas(),
    'devices.list': () => devices.list(),
    'devices.get': (i) => devices.get(i.deviceId),
    'devices.command': async (i, ctx) => {
      await devices.command(i.deviceId, i.capabilityId, i.value, ctx.actor);
      return { ok: true as const };
    },
    'devices.rename': (i, ctx) => devices.rename(i.deviceId, i.name, ctx.actor),
    'devices.setArea': (i, ctx) => devices.setArea(i.deviceId, i.areaId, ctx.actor),
    'devices.history': (i) => devices.history(i.deviceId, i.capabilityId, i.since ?? 0, i.limit),
  };
}
