// The one IPC contract: every request (name, zod input, zod output) and every event (name, zod payload)
// is declared here once. The Electron transport, the hub WebSocket transport and the renderer client
// are all derived from these declarations.
import { z } from 'zod';
import { Area, CapabilityValue, Device, DeviceHealth, Protocol } from './model';

const NoInput = z.object({}).strict();
const Id = z.string().min(1).max(128);

export const AdapterState = z.object({
  protocol: Protocol,
  label: z.string(),
  state: z.enum(['stopped', 'starting', 'ready', 'failed']),
  message: z.string().optional(),
  next: z.string().optional(),
});
export type AdapterState = z.infer<typeof AdapterState>;

export const SystemInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'hub']),
  demo: z.boolean(),
  dataDir: z.string(),
  startedAt: z.number(),
  adapters: z.array(AdapterState),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const DeviceCommand = z.object({
  deviceId: Id,
  capabilityId: z.string().min(1).max(64),
  value: CapabilityValue,
});
export type DeviceCommand = z.infer<typeof DeviceCommand>;

const Ok = z.object({ ok: z.literal(true) });

export const requests = {
  'system.info': { input: NoInput, output: SystemInfo },
  'areas.list': { input: NoInput, output: z.array(Area) },
  'devices.list': { input: NoInput, output: z.array(Device) },
  'devices.command': { input: DeviceCommand, output: Ok },
  'devices.rename': {
    input: z.object({ deviceId: Id, name: z.string().trim().min(1).max(64) }).strict(),
    output: Device,
  },
  'devices.setArea': {
    input: z.object({ deviceId: Id, areaId: Id.nullable() }).strict(),
    output: Device,
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
  },
} as const;

export const events = {
  'device.added': Device,
  'device.updated': Device,
  'device.removed': z.object({ deviceId: Id }),
  'device.state': z.object({ deviceId: Id, capabilityId: z.string(), value: CapabilityValue, at: z.number() }),
  'device.health': z.object({ deviceId: Id, health: DeviceHealth }),
  'system.health': z.object({ adapters: z.array(AdapterState) }),
} as const;

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type RequestInput<N extends RequestName> = z.input<Requests[N]['input']>;
export type RequestParsedInput<N extends RequestName> = z.output<Requests[N]['input']>;
export type RequestOutput<N extends RequestName> = z.output<Requests[N]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export type AnyEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

export const requestNames = Object.keys(requests) as RequestName[];
export const eventNames = Object.keys(events) as EventName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requests, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
