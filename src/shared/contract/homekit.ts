// Apple Home (Siri): Hearth's HomeKit bridge (src/main/assistants/homekit). Off until the owner turns it on with the
// network connections it may advertise on (recorded as consent "appleHomeNetwork"); the demo home's bridge stays on
// this computer (loopback) whatever is chosen. The setup code and the QR's content are told to the owner only.
import { z } from 'zod';
import { NoInput } from './common';
import { defineEvents, defineRequests } from './define';
import { InterfaceName } from './matter';

/** One network connection of this computer the bridge could advertise on. */
export const HomekitInterface = z.object({
  name: InterfaceName,
  ipv4: z.array(z.string()),
  ipv6: z.array(z.string()),
  /** This computer only (loopback). */
  loopback: z.boolean(),
});
export type HomekitInterface = z.infer<typeof HomekitInterface>;

export const HomekitStatus = z.object({
  /** The owner turned the bridge on. */
  enabled: z.boolean(),
  /** The bridge is published (listening and advertising) now. */
  running: z.boolean(),
  /** Why it is not running although turned on (the tier, a connection gone), in plain words; null otherwise. */
  problem: z.string().nullable(),
  /** Apple Home controllers (the Home app's people and hubs) paired with the bridge. */
  paired: z.number().int().nonnegative(),
  /** The connections chosen, and those it advertises on now (the demo home: loopback only). */
  interfaces: z.array(InterfaceName),
  advertisedOn: z.array(InterfaceName),
  port: z.number().int().nullable(),
  /** Devices exposed to Apple Home (each one accessory of the bridge). */
  exposed: z.number().int().nonnegative(),
  demo: z.boolean(),
  /** The connections this computer has now. */
  available: z.array(HomekitInterface),
  /** The owner only: the 8-digit setup code (XXX-XX-XXX) and the X-HM:// setup URI the QR code holds. */
  setup: z.object({ code: z.string().regex(/^\d{3}-\d{2}-\d{3}$/), uri: z.string().startsWith('X-HM://') }).nullable(),
  /** The consent text the owner agrees to by turning it on with a connection beyond this computer. */
  consent: z.object({ title: z.string(), text: z.string(), version: z.string() }),
});
export type HomekitStatus = z.infer<typeof HomekitStatus>;

const Change = z.object({ status: HomekitStatus, message: z.string() });

export const homekitRequests = defineRequests({
  'assistants.homekit.status': { input: NoInput, output: HomekitStatus, personal: 'none' },
  /** Turns the bridge on, advertising on these connections (a connection beyond this computer records the consent). */
  'assistants.homekit.enable': {
    input: z.object({ interfaces: z.array(InterfaceName).min(1).max(8), textVersion: z.string().min(1).max(32) }).strict(),
    output: Change,
    personal: 'none',
    audit: { action: 'assistants.homekit.enable', detail: ['interfaces'] },
  },
  'assistants.homekit.disable': { input: NoInput, output: Change, personal: 'none', audit: { action: 'assistants.homekit.disable' } },
  /** Forgets every paired controller and makes a new setup code: Apple Home must add the bridge again. */
  'assistants.homekit.resetPairings': { input: NoInput, output: Change, personal: 'none', audit: { action: 'assistants.homekit.resetPairings' } },
});

export const homekitEvents = defineEvents({
  /** The bridge started or stopped, or a controller paired or unpaired (read the status again). */
  'assistants.homekit.changed': z.object({ running: z.boolean(), paired: z.number().int().nonnegative() }),
});
