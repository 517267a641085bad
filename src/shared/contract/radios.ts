// Radios and adding/removing devices, for every integration alike: the radio list with what each one can do
// (its declared features), generic pairing (Zigbee permit join, Z-Wave inclusion; Matter commissioning reports
// through the same events), device removal and details. Stack-specific requests: zwave.ts, zigbee.ts, matter.ts.
import { z } from 'zod';
import { Protocol } from '../model';
import { IntegrationFeature } from '../integration';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';
import { PortPath, ZigbeeAdapterName } from './sticks';
import { AdapterState } from './system';

/** What a radio can do, as its integration declares it (shared/integration.ts). */
export const RadioFeature = IntegrationFeature;
export type RadioFeature = IntegrationFeature;

export const RadioInfo = AdapterState.extend({
  features: z.array(RadioFeature),
  /** How many of Hearth's devices are on this radio now. */
  devices: z.number().int().nonnegative(),
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
        adapter: ZigbeeAdapterName.optional(),
        /** Zigbee: channel for a new network (an existing network keeps its channel). */
        channel: z.number().int().min(11).max(26).optional(),
      })
      .strict(),
    output: z.object({ restartRequired: z.literal(true), message: z.string() }),
    personal: 'none',
    audit: { action: 'radios.configure', target: 'protocol', detail: ['port', 'adapter', 'channel'] },
  },
  'pairing.start': {
    input: z.object({ protocol: Protocol, seconds: z.number().int().min(10).max(254).default(120) }).strict(),
    output: PairingStatus,
    personal: 'none',
    adds: 'devices',
  },
  'pairing.stop': { input: ProtocolInput, output: PairingStatus, personal: 'none' },
  'pairing.status': { input: ProtocolInput, output: PairingStatus, personal: 'read' },
  'pairing.retry': { input: z.object({ deviceId: Id }).strict(), output: Ok, personal: 'none' },
  'devices.remove': { input: z.object({ deviceId: Id, force: z.boolean().default(false) }).strict(), output: Ok, personal: 'write', audit: { action: 'device.remove', detail: ['force'] } },
  'devices.details': { input: z.object({ deviceId: Id }).strict(), output: DeviceDetails, personal: 'read' },
});

export const radioEvents = defineEvents({
  'pairing.window': z.object({ protocol: Protocol, open: z.boolean(), endsAt: z.number().nullable() }),
  'pairing.progress': PairingDevice,
  /** A radio's status, device count or stick changed: the whole list as radios.list gives it. */
  'radios.changed': z.object({ radios: z.array(RadioInfo) }),
});

export type RadioRequestName = keyof typeof radioRequests;
