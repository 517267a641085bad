// Health (issue 11, for support staff): the system's vital signs (radios, event loop, memory, database, disk,
// automations), each device's health with the reasons it may drop before it does.
import { z } from 'zod';
import { KB_ARTICLES } from '../kb-articles';
import { DeviceHealth, Protocol } from '../model';
import { NoInput } from './common';
import { defineEvents, defineRequests } from './define';

export const RadioHealth = z.object({
  protocol: Protocol,
  label: z.string(),
  state: z.enum(['stopped', 'starting', 'ready', 'failed']),
  message: z.string().optional(),
  /** Times the radio failed (lost its stick, serial or transport error) since Hearth started. */
  failures: z.number().int(),
  lastFailure: z.object({ at: z.number(), message: z.string() }).nullable(),
});
export type RadioHealth = z.infer<typeof RadioHealth>;

export const SystemHealth = z.object({
  at: z.number(),
  uptimeSeconds: z.number(),
  /** How late the event loop ran timers over the last interval (perf_hooks.monitorEventLoopDelay), ms. */
  eventLoop: z.object({ p50Ms: z.number(), p99Ms: z.number(), maxMs: z.number() }),
  memory: z.object({ rssBytes: z.number(), heapUsedBytes: z.number() }),
  database: z.object({ bytes: z.number(), walBytes: z.number() }),
  /** Free space where the data folder is (fs.statfs); null when the system would not say. */
  disk: z.object({ freeBytes: z.number(), totalBytes: z.number() }).nullable(),
  /** Automation runs over the last 24 hours, from their traces. */
  automations: z.object({ runs: z.number().int(), failed: z.number().int() }),
  radios: z.array(RadioHealth),
  /** 'ok', or what needs attention, in words. */
  problems: z.array(z.string()),
});
export type SystemHealth = z.infer<typeof SystemHealth>;

export const DeviceRisk = z.object({
  level: z.enum(['ok', 'watch', 'likely']),
  /** Each reason in plain words ("No report for 3 h 10 min; it usually reports every 15 min."). */
  reasons: z.array(z.string()),
});
export type DeviceRisk = z.infer<typeof DeviceRisk>;

/** A device's radio link as its stack measured it (from the frames it sent); null where the stack does not say. */
export const LinkSample = z.object({
  at: z.number(),
  /** Link quality indicator 0–255 (Zigbee). */
  lqi: z.number().nullable(),
  /** Signal strength, dBm (Z-Wave, Matter over Wi-Fi/Thread). */
  rssi: z.number().nullable(),
});
export type LinkSample = z.infer<typeof LinkSample>;

export const DeviceLink = LinkSample.extend({
  /** The route to the device in words ("direct", "through node 5"), if the stack knows it. */
  route: z.string().nullable(),
});
export type DeviceLink = z.infer<typeof DeviceLink>;

export const DeviceHealthRow = z.object({
  deviceId: z.string(),
  name: z.string(),
  protocol: Protocol,
  health: DeviceHealth,
  lastSeen: z.number().nullable(),
  firmware: z.string().nullable(),
  battery: z.number().nullable(),
  /** Battery change in percentage points per day over the recent history (negative: draining); null: too little data. */
  batteryPerDay: z.number().nullable(),
  /** Usual time between the device's reports (median of recent gaps), ms; null: too little data. */
  reportEveryMs: z.number().nullable(),
  commands: z.object({
    sent: z.number().int(),
    failed: z.number().int(),
    /** Sent and accepted, but the device never reported the new value. */
    unconfirmed: z.number().int(),
    p50Ms: z.number().nullable(),
    p95Ms: z.number().nullable(),
  }),
  /** The latest link measurement, for stacks that declare 'linkQuality'; null: none yet. */
  link: DeviceLink.nullable(),
  risk: DeviceRisk,
});
export type DeviceHealthRow = z.infer<typeof DeviceHealthRow>;


export const AlertKind = z.enum(['battery.low', 'device.offline', 'device.predicted', 'radio.down', 'automation.failing', 'storage.full', 'database.restored']);
export type AlertKind = z.infer<typeof AlertKind>;

export const Alert = z.object({
  /** Stable for the same problem ('battery.low:zigbee:0x…'), so a dismissal or snooze sticks to it. */
  id: z.string(),
  kind: AlertKind,
  level: z.enum(['error', 'warning']),
  title: z.string(),
  message: z.string(),
  /** When Hearth first saw the problem (this time round). */
  since: z.number(),
  deviceId: z.string().optional(),
  /** Where the fix is: a screen path ('radios', 'diagnostics?tab=devices') and the help article (an id in assets/kb) that explains it. */
  fix: z.object({ label: z.string(), screen: z.string(), article: z.enum(KB_ARTICLES).nullable() }),
});
export type Alert = z.infer<typeof Alert>;

const AlertId = z.object({ alertId: z.string().min(1).max(200) }).strict();

export const alertRequests = defineRequests({
  /** Alerts not dismissed and not snoozed, errors first. */
  'health.alerts': { input: NoInput, output: z.array(Alert), personal: 'read' },
  /** Hides the alert until its problem has cleared and comes back. */
  'health.alerts.dismiss': { input: AlertId, output: z.array(Alert), personal: 'write' },
  'health.alerts.snooze': { input: AlertId.extend({ hours: z.number().int().min(1).max(24 * 14) }).strict(), output: z.array(Alert), personal: 'write' },
});

export const alertEvents = defineEvents({
  /** The alerts shown changed (a new problem, one cleared, dismissed or snoozed, or a snooze ended). */
  'health.alerts': z.object({ alerts: z.array(Alert) }),
});

export const healthRequests = {
  ...defineRequests({
    'health.system': { input: NoInput, output: SystemHealth, personal: 'none' },
    'health.devices': { input: NoInput, output: z.array(DeviceHealthRow), personal: 'read' },
    /** A device's link measurements since Hearth started (at most the last 7 days), oldest first. */
    'health.link': { input: z.object({ deviceId: z.string().min(1).max(200) }).strict(), output: z.array(LinkSample), personal: 'read' },
  }),
  ...alertRequests,
};

export const healthEvents = { ...alertEvents };
