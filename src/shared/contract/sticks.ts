// USB radio sticks: what is plugged in (with hot-plug events) and a test that opens one and asks it
// whether it is a coordinator. Used by Settings → Radios and the onboarding wizard (StickPicker).
import { z } from 'zod';
import { defineEvents, defineRequests } from './define';

export const StickProtocol = z.enum(['zigbee', 'zwave']);

/** herdsman's adapter types: which family of Zigbee stick. */
export const ZigbeeAdapterName = z.enum(['zstack', 'ember', 'deconz', 'zigate', 'zboss']);
export type ZigbeeAdapterName = z.infer<typeof ZigbeeAdapterName>;

export const Stick = z.object({
  path: z.string(),
  /** Stable /dev/serial/by-id/… name when the OS has one (survives replugging). */
  stablePath: z.string().nullable(),
  manufacturer: z.string().nullable(),
  serialNumber: z.string().nullable(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
  /** Marketing name from the known-stick table, or what the USB descriptor says. */
  name: z.string(),
  protocol: StickProtocol.nullable(),
  /** herdsman adapter type (zstack, ember, deconz, zigate, zboss) or "zwave-js". */
  driver: z.string().nullable(),
  /** How sure the table is: "low" when several sticks share the USB id and nothing else told them apart. */
  confidence: z.enum(['high', 'medium', 'low', 'none']),
  chip: z.string().nullable(),
  note: z.string().nullable(),
  rtscts: z.boolean().nullable(),
  baudRate: z.number().int().nullable(),
});
export type Stick = z.infer<typeof Stick>;

export const StickProblem = z.object({ code: z.string(), message: z.string(), next: z.string().optional() });

export const StickList = z.object({ sticks: z.array(Stick), problem: StickProblem.nullable(), at: z.number() });
export type StickList = z.infer<typeof StickList>;

export const StickTestOutcome = z.enum(['coordinator', 'opened', 'permission', 'busy', 'missing', 'notCoordinator', 'failed']);
export type StickTestOutcome = z.infer<typeof StickTestOutcome>;

export const StickTestResult = z.object({
  path: z.string(),
  ok: z.boolean(),
  outcome: StickTestOutcome,
  message: z.string(),
  next: z.string().optional(),
  /** What the stick said about itself ("Z-Stack 3.x.0", "Z-Wave 7.18"...). */
  firmware: z.string().optional(),
});
export type StickTestResult = z.infer<typeof StickTestResult>;

/** A serial device (/dev/…, COM3) or a network coordinator (tcp://host:port); never an ordinary file. */
export const PortPath = z
  .string()
  .trim()
  .min(1)
  .max(256)
  .regex(/^(\/dev\/[\w./:+-]+|COM\d{1,3}|\\\\\.\\COM\d{1,3}|tcp:\/\/[\w.-]+:\d{1,5})$/i, 'must be a serial port (/dev/…, COM3) or tcp://host:port')
  .refine((p) => !p.includes('..'), 'must not contain ".."');
const PathInput = PortPath;

export const stickRequests = defineRequests({
  'sticks.list': {
    /** Also keeps watching for plugged/unplugged sticks for `watchSeconds` (sticks.changed events). */
    input: z.object({ watchSeconds: z.number().int().min(0).max(3600).default(300) }).strict(),
    output: StickList,
    personal: 'none',
  },
  'sticks.testOpen': {
    input: z.object({ path: PathInput, protocol: StickProtocol, driver: z.string().max(32).optional() }).strict(),
    output: StickTestResult,
    personal: 'none',
  },
});

export const stickEvents = defineEvents({
  'sticks.changed': StickList,
  'sticks.testOpen.progress': z.object({ path: z.string(), step: z.enum(['opening', 'probing', 'done']), message: z.string() }),
});

export type StickRequestName = keyof typeof stickRequests;
