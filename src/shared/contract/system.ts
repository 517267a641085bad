// System: what is running, and the radios' health.
import { z } from 'zod';
import { Protocol } from '../model';
import { NoInput } from './common';
import { defineEvents, defineRequests } from './define';

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

export const systemRequests = defineRequests({
  'system.info': { input: NoInput, output: SystemInfo, personal: 'none' },
});

export const systemEvents = defineEvents({
  'system.health': z.object({ adapters: z.array(AdapterState) }),
});
