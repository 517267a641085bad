// Radios and adding/removing devices: generic pairing (Zigbee permit join today; Z-Wave inclusion and
// Matter commissioning can use the same requests), device details, and Zigbee's coordinator backups,
// network map and firmware check.
import { z } from 'zod';
import { Protocol } from '../model';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';
import { PortPath } from './sticks';
import { AdapterState } from './system';

/** 'commissioning': adds devices by pairing code (Matter) rather than by opening the network. */
export const RadioFeature = z.enum(['pairing', 'commissioning', 'remove', 'details', 'firmware', 'backups', 'networkMap']);
export type RadioFeature = z.infer<typeof RadioFeature>;

export const RadioInfo = AdapterState.extend({
  features: z.array(RadioFeature),
  /** Zigbee: the stick and network in use (never the key). */
  zigbee: z
    .object({ port: z.string(), adapter: z.string(), channel: z.number().int(), panId: z.number().int(), extendedPanId: z.string() })
    .optional(),
  /** Matter: in the demo home, the pairing code of the spare device waiting to be added (as printed on its label). */
  matter: z.object({ demoPairingCode: z.string().nullable() }).optional(),
});
export type RadioInfo = z.infer<typeof RadioInfo>;

export const PairingStep = z.enum(['joined', 'interviewing', 'configuring', 'ready', 'failed', 'left']);
export type PairingStep = z.infer<typeof PairingStep>;

export const PairingDevice = z.object({
  protocol: Protocol,
  deviceId: Id,
  nativeId: z.string(),
  step: PairingStep,
  /** What went wrong (or a caveat), in plain words, with what to do. */
  message: z.string().optional(),
  canRetry: z.boolean(),
  /** Each step reached so far, with when. */
  steps: z.array(z.object({ step: PairingStep, at: z.number() })),
  at: z.number(),
});
export type PairingDevice = z.infer<typeof PairingDevice>;

export const PairingStatus = z.object({
  protocol: Protocol,
  open: z.boolean(),
  endsAt: z.number().nullable(),
  devices: z.array(PairingDevice),
});
export type PairingStatus = z.infer<typeof PairingStatus>;

export const DeviceDetails = z.object({
  deviceId: Id,
  protocol: Protocol,
  address: z.string(),
  role: z.enum(['coordinator', 'router', 'endDevice', 'unknown']),
  powerSource: z.string().nullable(),
  manufacturer: z.string(),
  model: z.string(),
  modelId: z.string().nullable(),
  description: z.string().nullable(),
  firmware: z.string().nullable(),
  firmwareDate: z.string().nullable(),
  interview: z.enum(['done', 'failed', 'pending', 'inProgress']),
  lastSeen: z.number().nullable(),
  endpoints: z.array(
    z.object({ id: z.number().int(), profile: z.string().optional(), deviceType: z.string().optional(), inputs: z.array(z.string()), outputs: z.array(z.string()) }),
  ),
  features: z.array(z.object({ name: z.string(), type: z.string(), readable: z.boolean(), writable: z.boolean(), unit: z.string().optional() })),
  supportsFirmwareUpdate: z.boolean(),
});
export type DeviceDetails = z.infer<typeof DeviceDetails>;

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

const ProtocolInput = z.object({ protocol: Protocol }).strict();

export const radioRequests = defineRequests({
  'radios.list': { input: NoInput, output: z.array(RadioInfo), personal: 'none' },
  /** Remembers which stick a radio uses (takes effect when Hearth starts next). */
  'radios.configure': {
    input: z
      .object({
        protocol: z.enum(['zigbee', 'zwave']),
        port: PortPath,
        /** Zigbee: herdsman adapter type; omitted = from the stick's USB id at start. */
        adapter: z.enum(['zstack', 'ember', 'deconz', 'zigate', 'zboss']).optional(),
        /** Zigbee: channel for a new network (an existing network keeps its channel). */
        channel: z.number().int().min(11).max(26).optional(),
      })
      .strict(),
    output: z.object({ restartRequired: z.literal(true), message: z.string() }),
    personal: 'none',
  },
  'pairing.start': {
    input: z.object({ protocol: Protocol, seconds: z.number().int().min(10).max(254).default(120) }).strict(),
    output: PairingStatus,
    personal: 'none',
  },
  'pairing.stop': { input: ProtocolInput, output: PairingStatus, personal: 'none' },
  'pairing.status': { input: ProtocolInput, output: PairingStatus, personal: 'read' },
  'pairing.retry': { input: z.object({ deviceId: Id }).strict(), output: Ok, personal: 'none' },
  'devices.remove': { input: z.object({ deviceId: Id, force: z.boolean().default(false) }).strict(), output: Ok, personal: 'write' },
  'devices.details': { input: z.object({ deviceId: Id }).strict(), output: DeviceDetails, personal: 'read' },
  'zigbee.ota.check': { input: z.object({ deviceId: Id }).strict(), output: FirmwareCheck, personal: 'none' },
  'zigbee.backups.list': { input: NoInput, output: z.array(BackupInfo), personal: 'none' },
  'zigbee.backups.create': { input: NoInput, output: BackupInfo, personal: 'none' },
  'zigbee.backups.restore': {
    input: z
      .object({
        id: BackupInfo.shape.id,
        /** The new stick; omitted = the configured one. */
        port: PortPath.optional(),
        adapter: z.enum(['zstack', 'ember', 'deconz', 'zigate', 'zboss']).optional(),
        /** The user read the warning (the old stick must stay unplugged). */
        confirm: z.literal(true),
      })
      .strict(),
    output: z.object({ restored: BackupInfo, radio: RadioInfo }),
    personal: 'write',
  },
  'zigbee.networkMap.scan': {
    input: z.object({ timeoutSeconds: z.number().int().min(5).max(600).default(120), maxDevices: z.number().int().min(1).max(500).default(200) }).strict(),
    output: NetworkMap,
    personal: 'read',
  },
  'zigbee.networkMap.cancel': { input: NoInput, output: Ok, personal: 'none' },
});

export const radioEvents = defineEvents({
  'pairing.window': z.object({ protocol: Protocol, open: z.boolean(), endsAt: z.number().nullable() }),
  'pairing.progress': PairingDevice,
  'zigbee.networkMap.progress': z.object({ done: z.number().int(), total: z.number().int(), current: z.string().optional() }),
  'zigbee.backups.changed': z.object({ backups: z.array(BackupInfo) }),
});

export type RadioRequestName = keyof typeof radioRequests;
