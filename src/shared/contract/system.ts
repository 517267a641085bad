// System: what is running, and the radios' health.
import { z } from 'zod';
import { Protocol } from '../model';
import { NoInput } from './common';
import { SystemHealth } from './health';
import { defineEvents, defineRequests } from './define';

export const AdapterState = z.object({
  protocol: Protocol,
  label: z.string(),
  state: z.enum(['stopped', 'starting', 'ready', 'failed']),
  message: z.string().optional(),
  next: z.string().optional(),
});
export type AdapterState = z.infer<typeof AdapterState>;

/** Something the core tells the person once, outside any request: a restored database, a full disk, unprotected secrets. */
export const SystemNotice = z.object({
  kind: z.enum(['database.restored', 'storage.full', 'storage.resumed', 'secrets.unprotected']),
  level: z.enum(['error', 'warning', 'info']),
  at: z.number(),
  message: z.string(),
  next: z.string().optional(),
});
export type SystemNotice = z.infer<typeof SystemNotice>;

export const SystemInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'hub']),
  demo: z.boolean(),
  dataDir: z.string(),
  startedAt: z.number(),
  adapters: z.array(AdapterState),
  /** Notices from start-up the person has not been shown yet (e.g. the database was restored from a backup). */
  notices: z.array(SystemNotice).optional(),
  /** On battery: slower health polling, batched history writes, no animations in the window. */
  lowPower: z.boolean().optional(),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const systemRequests = defineRequests({
  'system.info': { input: NoInput, output: SystemInfo, personal: 'none' },
});

export const systemEvents = defineEvents({
  /** The radios' states on each change; every few seconds also the system's vital signs (diagnostics/health). */
  'system.health': z.object({ adapters: z.array(AdapterState), system: SystemHealth.optional() }),
  'system.notice': SystemNotice,
  'system.power': z.object({ lowPower: z.boolean() }),
});
