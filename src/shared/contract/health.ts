// Health (issue 11, for support staff): the system's vital signs (radios, event loop, memory, database, disk,
// automations), each device's health with the reasons it may drop before it does.
import { z } from 'zod';
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
  risk: DeviceRisk,
});
export type DeviceHealthRow = z.infer<typeof DeviceHealthRow>;

export const healthRequests = defineRequests({
  'health.system': { input: NoInput, output: SystemHealth, personal: 'none' },
  'health.devices': { input: NoInput, output: z.array(DeviceHealthRow), personal: 'read' },
});

export const healthEvents = defineEvents({});
