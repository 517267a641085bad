// Google Assistant smart-home fulfillment messages as they cross Hearth's edge: the action.devices.SYNC / QUERY /
// EXECUTE / DISCONNECT intents a person's forwarding relay hands to Hearth, and Hearth's answers. Typed from Google's
// documented schema (developers.google.com/assistant/smarthome/reference/intent/{sync,query,execute,disconnect}).
// Only the envelope is checked here: what each EXECUTE command's params must hold is checked by the handler
// (src/main/assistants/google), which answers a per-device Google errorCode rather than an HTTP error, as Google expects.
import { z } from 'zod';
import { NoInput } from './common';
import { defineEvents, defineRequests } from './define';

const Text = (max: number) => z.string().min(1).max(max);
/** Google's opaque customData, sent back as given in SYNC (Hearth sends none; any JSON is let through unread). */
const CustomData = z.unknown();

export const GoogleDeviceRef = z.object({ id: Text(256), customData: CustomData.optional() });
export type GoogleDeviceRef = z.infer<typeof GoogleDeviceRef>;

export const GoogleExecution = z.object({
  command: Text(128),
  params: z.record(z.string(), z.unknown()).default({}),
  /** Two-factor challenge answers (Hearth asks for none). */
  challenge: z.object({ pin: z.string().max(64).optional(), ack: z.boolean().optional() }).optional(),
});
export type GoogleExecution = z.infer<typeof GoogleExecution>;

export const GoogleCommand = z.object({
  devices: z.array(GoogleDeviceRef).min(1).max(1000),
  execution: z.array(GoogleExecution).min(1).max(50),
});
export type GoogleCommand = z.infer<typeof GoogleCommand>;

export const GoogleInput = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('action.devices.SYNC') }),
  z.object({ intent: z.literal('action.devices.QUERY'), payload: z.object({ devices: z.array(GoogleDeviceRef).max(1000) }) }),
  z.object({ intent: z.literal('action.devices.EXECUTE'), payload: z.object({ commands: z.array(GoogleCommand).min(1).max(100) }) }),
  z.object({ intent: z.literal('action.devices.DISCONNECT') }),
]);
export type GoogleInput = z.infer<typeof GoogleInput>;
export type GoogleIntent = GoogleInput['intent'];

/** One fulfillment request as Google sends it: `{ requestId, inputs: [{ intent, payload? }] }`. */
export const GoogleRequest = z.object({
  requestId: Text(256),
  inputs: z.array(GoogleInput).min(1).max(1),
});
export type GoogleRequest = z.infer<typeof GoogleRequest>;

/** SYNC: one device's metadata. */
export const GoogleSyncDevice = z.object({
  id: Text(256),
  type: z.string().regex(/^action\.devices\.types\.[A-Za-z_]+$/),
  traits: z.array(z.string().regex(/^action\.devices\.traits\.[A-Za-z]+$/)).min(1),
  name: z.object({ defaultNames: z.array(z.string()).optional(), name: z.string().min(1), nicknames: z.array(z.string()).optional() }),
  willReportState: z.boolean(),
  roomHint: z.string().optional(),
  deviceInfo: z.object({ manufacturer: z.string(), model: z.string(), hwVersion: z.string().optional(), swVersion: z.string().optional() }).optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  customData: CustomData.optional(),
  otherDeviceIds: z.array(z.object({ agentId: z.string().optional(), deviceId: z.string() })).optional(),
});
export type GoogleSyncDevice = z.infer<typeof GoogleSyncDevice>;

export const GoogleSyncResponse = z.object({
  requestId: z.string(),
  payload: z.object({
    agentUserId: z.string().min(1),
    errorCode: z.string().optional(),
    debugString: z.string().optional(),
    devices: z.array(GoogleSyncDevice),
  }),
});
export type GoogleSyncResponse = z.infer<typeof GoogleSyncResponse>;

export const GoogleStatus = z.enum(['SUCCESS', 'PENDING', 'OFFLINE', 'EXCEPTIONS', 'ERROR']);
export type GoogleStatus = z.infer<typeof GoogleStatus>;

/** QUERY: one device's state — `online`, a status, and each trait's states (on, brightness, color, …). */
export const GoogleDeviceState = z
  .object({ online: z.boolean(), status: GoogleStatus, errorCode: z.string().optional(), debugString: z.string().optional() })
  .catchall(z.unknown());
export type GoogleDeviceState = z.infer<typeof GoogleDeviceState>;

export const GoogleQueryResponse = z.object({
  requestId: z.string(),
  payload: z.object({
    errorCode: z.string().optional(),
    debugString: z.string().optional(),
    devices: z.record(z.string(), GoogleDeviceState),
  }),
});
export type GoogleQueryResponse = z.infer<typeof GoogleQueryResponse>;

export const GoogleCommandResult = z.object({
  ids: z.array(z.string()).min(1),
  status: GoogleStatus,
  states: z.record(z.string(), z.unknown()).optional(),
  errorCode: z.string().optional(),
  debugString: z.string().optional(),
});
export type GoogleCommandResult = z.infer<typeof GoogleCommandResult>;

export const GoogleExecuteResponse = z.object({
  requestId: z.string(),
  payload: z.object({
    errorCode: z.string().optional(),
    debugString: z.string().optional(),
    commands: z.array(GoogleCommandResult),
  }),
});
export type GoogleExecuteResponse = z.infer<typeof GoogleExecuteResponse>;

/** DISCONNECT is answered with an empty object. */
export const GoogleDisconnectResponse = z.object({}).strict();

export const GoogleResponse = z.union([GoogleSyncResponse, GoogleQueryResponse, GoogleExecuteResponse, GoogleDisconnectResponse]);
export type GoogleResponse = z.infer<typeof GoogleResponse>;

/** Whether Google Assistant is linked with this home, and what it may see. */
export const GoogleLinkStatus = z.object({
  /** Google asked for the devices (SYNC) and the person has not unlinked since. */
  linked: z.boolean(),
  /** The last SYNC (ms since epoch), null if Google never linked. */
  linkedAt: z.number().nullable(),
  /** When the person last unlinked (DISCONNECT), null while linked or never linked. */
  unlinkedAt: z.number().nullable(),
  /** How many devices are exposed to Google Assistant. */
  exposed: z.number().int().nonnegative(),
  /** Why Google sees nothing (the tier has no voice assistants), null when it may. */
  problem: z.string().nullable(),
});
export type GoogleLinkStatus = z.infer<typeof GoogleLinkStatus>;

/** The link status with what the relay last asked and the last error Hearth answered it: for the owner (Settings). */
export const GoogleLinkActivity = GoogleLinkStatus.extend({
  /** The relay's last QUERY and EXECUTE (ms since epoch), null if never. The last SYNC is linkedAt. */
  lastQueryAt: z.number().nullable(),
  lastExecuteAt: z.number().nullable(),
  /** How many devices Google was given at its last SYNC; null before the first. */
  synced: z.number().int().nonnegative().nullable(),
  /** The last intent Hearth answered with an error (a device not found or offline, a refused command), null if none. */
  lastError: z.object({ at: z.number(), intent: z.string(), message: z.string() }).nullable(),
});
export type GoogleLinkActivity = z.infer<typeof GoogleLinkActivity>;

export const googleRequests = defineRequests({
  /** The owner's view of the link: the status, the relay's last requests and the last error (Settings → Voice assistants). */
  'assistants.google.activity': { input: NoInput, output: GoogleLinkActivity, personal: 'read' },
  'assistants.google.status': { input: NoInput, output: GoogleLinkStatus, personal: 'read' },
  /**
   * One Google smart-home intent (SYNC, QUERY, EXECUTE or DISCONNECT) as Google sent it to the person's forwarding
   * relay; the answer is the body the relay returns to Google. Only devices exposed to Google Assistant are seen.
   */
  'assistants.google.fulfill': { input: GoogleRequest, output: GoogleResponse, personal: 'write' },
});

/** Report State: the body of Home Graph's devices.reportStateAndNotification, for the relay to send on to Google. */
export const GoogleReportState = z.object({
  requestId: z.string(),
  agentUserId: z.string(),
  payload: z.object({ devices: z.object({ states: z.record(z.string(), z.record(z.string(), z.unknown())) }) }),
});
export type GoogleReportState = z.infer<typeof GoogleReportState>;

export const googleEvents = defineEvents({
  /** States of devices exposed to Google Assistant that changed, while it is linked (none after a DISCONNECT). */
  'assistants.google.reportState': GoogleReportState,
});
