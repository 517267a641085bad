// Devices and areas: list, control, rename, move, history.
import { z } from 'zod';
import { Area, CapabilityValue, Device, DeviceHealth } from '../model';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';
import { userName } from './names';

export const DeviceCommand = z.object({
  deviceId: Id,
  capabilityId: z.string().min(1).max(64),
  value: CapabilityValue,
});
export type DeviceCommand = z.infer<typeof DeviceCommand>;

export const deviceRequests = defineRequests({
  'areas.list': { input: NoInput, output: z.array(Area), personal: 'read' },
  'devices.list': { input: NoInput, output: z.array(Device), personal: 'read' },
  'devices.get': { input: z.object({ deviceId: Id }).strict(), output: Device, personal: 'read' },
  'devices.command': { input: DeviceCommand, output: Ok, personal: 'write' },
  'devices.rename': {
    input: z.object({ deviceId: Id, name: userName(64) }).strict(),
    output: Device,
    personal: 'write',
  },
  'devices.setArea': {
    input: z.object({ deviceId: Id, areaId: Id.nullable() }).strict(),
    output: Device,
    personal: 'write',
  },
  'devices.history': {
    input: z
      .object({
        deviceId: Id,
        capabilityId: z.string().min(1).max(64),
        since: z.number().int().nonnegative().optional(),
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .strict(),
    output: z.array(z.object({ at: z.number(), value: CapabilityValue })),
    personal: 'read',
  },
});

export const deviceEvents = defineEvents({
  'device.added': Device,
  'device.updated': Device,
  'device.removed': z.object({ deviceId: Id }),
  'device.state': z.object({ deviceId: Id, capabilityId: z.string(), value: CapabilityValue, at: z.number() }),
  'device.health': z.object({ deviceId: Id, health: DeviceHealth }),
});
