// Which home Hearth runs: the demo home (simulated radios, a first run's default) or the person's real home (their
// sticks, broker, Matter on the home network). Each keeps its own devices; switching loses neither. A switch takes
// effect when Hearth starts next.
import { z } from 'zod';
import { defineEvents, defineRequests } from './define';

export const HomeKind = z.enum(['demo', 'real']);
export type HomeKind = z.infer<typeof HomeKind>;

export const HomesView = z.object({
  /** The home running now. */
  running: HomeKind,
  /** The person's choice: a home, or automatic (the real home once something real is set up). */
  chosen: z.enum(['demo', 'real', 'auto']),
  /** The home Hearth runs from its next start. */
  next: HomeKind,
  /** What is set up for the real home, as people say it ("MQTT", "Z-Wave"). */
  configured: z.array(z.string()),
  /** The command line names a stick or broker: it runs the real home whatever is chosen here. */
  commandLine: z.boolean(),
  /** Devices each home keeps. */
  devices: z.object({ demo: z.number().int(), real: z.number().int() }),
});
export type HomesView = z.infer<typeof HomesView>;

export const homesRequests = defineRequests({
  'homes.get': { input: z.object({}).strict(), output: HomesView, personal: 'none' },
  'homes.choose': {
    input: z.object({ home: z.enum(['demo', 'real', 'auto']) }).strict(),
    output: z.object({ homes: HomesView, message: z.string(), restartRequired: z.boolean() }),
    personal: 'none',
    audit: { action: 'homes.choose', detail: ['home'], target: 'home' },
  },
});

export type HomesRequestName = keyof typeof homesRequests;

export const homesEvents = defineEvents({
  /** The choice or what is set up changed (a broker saved or forgotten, a home chosen). */
  'homes.changed': HomesView,
});
