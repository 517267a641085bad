// Voice assistants (Alexa, Google Assistant, Apple Home): which devices each may see and control — chosen per
// device and per assistant, nothing exposed until the person chooses — and the Alexa Smart Home Skill API v3
// directives a forwarding relay hands to Hearth (src/main/assistants). Voice assistants are a paid feature
// (shared/tiers.ts: features.voiceAssistants).
import { z } from 'zod';
import { Id, NoInput } from './common';
import { AlexaDirectiveMessage, AlexaEventMessage } from './alexa';
import { defineEvents, defineRequests } from './define';

export const Assistant = z.enum(['alexa', 'google', 'homekit']);
export type Assistant = z.infer<typeof Assistant>;
/** Each assistant's name as people know it. */
export const ASSISTANT_NAMES: Record<Assistant, string> = { alexa: 'Alexa', google: 'Google Assistant', homekit: 'Apple Home (Siri)' };

/** One device of the running home and the assistants it is exposed to. */
export const DeviceExposure = z.object({
  deviceId: Id,
  name: z.string(),
  areaId: z.string().nullable(),
  /** The assistants this device is exposed to (empty: none — the default). */
  assistants: z.array(Assistant),
  /** The assistants that can do something with this device (an assistant that has not said is counted in). */
  supported: z.array(Assistant),
});
export type DeviceExposure = z.infer<typeof DeviceExposure>;

export const ExposureList = z.object({
  /** The subscription's tier includes voice assistants (the demo home always does). */
  allowed: z.boolean(),
  /** Why voice assistants are not available, with the way to upgrade; null when they are. */
  problem: z.string().nullable(),
  devices: z.array(DeviceExposure),
});
export type ExposureList = z.infer<typeof ExposureList>;

export const SetExposure = z.object({ assistant: Assistant, deviceId: Id, exposed: z.boolean() }).strict();
export type SetExposure = z.infer<typeof SetExposure>;

export const assistantRequests = defineRequests({
  'assistants.exposure.list': { input: NoInput, output: ExposureList, personal: 'read' },
  'assistants.exposure.set': {
    input: SetExposure,
    output: DeviceExposure,
    personal: 'write',
    audit: { action: 'assistants.exposure.set', detail: ['assistant', 'exposed'], target: 'deviceId' },
  },
  /**
   * One Alexa Smart Home Skill API v3 directive, as Alexa sent it to the person's forwarding relay; the answer is the
   * message the relay returns to Alexa (a response, a state report, a Discover.Response or an ErrorResponse).
   */
  'assistants.alexa.directive': { input: AlexaDirectiveMessage, output: AlexaEventMessage, personal: 'write' },
});

export const assistantEvents = defineEvents({
  'assistants.exposure.changed': z.object({ assistant: Assistant, deviceId: Id, exposed: z.boolean() }),
  /** An Alexa ChangeReport for an exposed device whose state changed; the relay adds its own scope token and sends it on. */
  'assistants.alexa.changeReport': AlexaEventMessage,
});
