// Zigbee depth: coordinator backups (on start, daily, on shutdown, on demand; restore onto a new stick), the
// network map (neighbour tables, cancellable) and the firmware check over the air.
import { z } from 'zod';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';
import { operationSchema } from './operation';
import { RadioInfo } from './radios';
import { PortPath, ZigbeeAdapterName } from './sticks';

export const FirmwareCheck = z.object({
  updateAvailable: z.boolean(),
  current: z.string().nullable(),
  available: z.string().nullable(),
  message: z.string(),
});

export const BackupInfo = z.object({
  id: z.string().regex(/^[\w.-]+\.json$/),
  createdAt: z.string(),
  reason: z.enum(['start', 'daily', 'shutdown', 'manual', 'restore']),
  devices: z.number().int(),
  panId: z.number().int(),
  extendedPanId: z.string(),
  channel: z.number().int(),
  sizeBytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const NetworkMap = z.object({
  nodes: z.array(
    z.object({
      nativeId: z.string(),
      deviceId: z.string().nullable(),
      name: z.string(),
      role: z.enum(['coordinator', 'router', 'endDevice', 'unknown']),
      networkAddress: z.number().int(),
    }),
  ),
  links: z.array(z.object({ source: z.string(), target: z.string(), lqi: z.number().int(), relationship: z.string(), depth: z.number().int() })),
  failures: z.array(z.object({ nativeId: z.string(), message: z.string() })),
  partial: z.boolean(),
  cancelled: z.boolean(),
  durationMs: z.number(),
});
export type NetworkMap = z.infer<typeof NetworkMap>;
/** A network-map scan as a long operation (contract/operation.ts): it may take minutes. */
export const NetworkMapOperation = operationSchema('zigbee.networkMap', NetworkMap);

export const zigbeeRequests = defineRequests({
  'zigbee.ota.check': { input: z.object({ deviceId: Id }).strict(), output: FirmwareCheck, personal: 'none' },
  'zigbee.backups.list': { input: NoInput, output: z.array(BackupInfo), personal: 'none' },
  'zigbee.backups.create': { input: NoInput, output: BackupInfo, personal: 'none' },
  'zigbee.backups.restore': {
    input: z
      .object({
        id: BackupInfo.shape.id,
        /** The new stick; omitted = the configured one. */
        port: PortPath.optional(),
        adapter: ZigbeeAdapterName.optional(),
        /** The user read the warning (the old stick must stay unplugged). */
        confirm: z.literal(true),
      })
      .strict(),
    output: z.object({ restored: BackupInfo, radio: RadioInfo }),
    personal: 'write',
    audit: { action: 'zigbee.restore', detail: ['port', 'adapter'] },
  },
  'zigbee.networkMap.scan': {
    input: z.object({ timeoutSeconds: z.number().int().min(5).max(600).default(120), maxDevices: z.number().int().min(1).max(500).default(200) }).strict(),
    /** Answers at once; the map is the operation's result when it ends (a cancelled scan keeps what it read). */
    output: NetworkMapOperation,
    personal: 'read',
  },
  'zigbee.networkMap.cancel': { input: NoInput, output: Ok, personal: 'none' },
});

export const zigbeeEvents = defineEvents({
  'zigbee.networkMap.progress': z.object({ done: z.number().int(), total: z.number().int(), current: z.string().optional() }),
  'zigbee.backups.changed': z.object({ backups: z.array(BackupInfo) }),
});

export type ZigbeeRequestName = keyof typeof zigbeeRequests;
