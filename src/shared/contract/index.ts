// The one IPC contract: every request (name, zod input, zod output) and every event (name, zod payload)
// is declared once, in a file per domain, and gathered here. The Electron transport, the hub WebSocket
// transport and the renderer client are all derived from these declarations.
import type { z } from 'zod';
import { apiRequests } from './api';
import { assistantEvents, assistantRequests } from './assistants';
import { googleEvents, googleRequests } from './google';
import { homekitEvents, homekitRequests } from './homekit';
import { automationEvents, automationRequests } from './automations';
import { deviceEvents, deviceRequests } from './devices';
import { healthEvents, healthRequests } from './health';
import { helpRequests } from './help';
import { householdRequests } from './household';
import { logRequests } from './logs';
import { homesEvents, homesRequests } from './homes';
import { matterEvents, matterRequests } from './matter';
import { mqttEvents, mqttRequests } from './mqtt';
import { outsideRequests } from './outside';
import { onboardingEvents, onboardingRequests } from './onboarding';
import { operationEvents, operationRequests } from './operations';
import { privacyEvents, privacyRequests } from './privacy';
import { securityRequests } from './security';
import { settingsRequests } from './settings';
import { planEvents, planRequests } from './plans';
import { radioEvents, radioRequests } from './radios';
import { stickEvents, stickRequests } from './sticks';
import { businessRequests } from './business';
import { subscriptionEvents, subscriptionRequests } from './subscription';
import { systemEvents, systemRequests } from './system';
import { uploadRequests } from './uploads';
import { valueRequests } from './value';
import { voiceRequests } from './voice';
import { zigbeeEvents, zigbeeRequests } from './zigbee';
import { zwaveEvents, zwaveRequests } from './zwave';

export * from './api';
export * from './alexa';
export * from './assistants';
export * from './google';
export * from './homekit';
export * from './automations';
export * from './devices';
export * from './health';
export * from './help';
export * from './household';
export * from './logs';
export * from './homes';
export * from './matter';
export * from './mqtt';
export * from './outside';
export * from './onboarding';
export * from './operation';
export * from './operations';
export * from './privacy';
export * from './security';
export * from './settings';
export * from './plans';
export * from './radios';
export * from './sticks';
export * from './business';
export * from './subscription';
export * from './system';
export * from './uploads';
export * from './value';
export * from './voice';
export * from './zigbee';
export * from './zwave';

export const requests = {
  ...systemRequests,
  ...deviceRequests,
  ...healthRequests,
  ...onboardingRequests,
  ...privacyRequests,
  ...securityRequests,
  ...settingsRequests,
  ...planRequests,
  ...automationRequests,
  ...radioRequests,
  ...stickRequests,
  ...subscriptionRequests,
  ...businessRequests,
  ...valueRequests,
  ...matterRequests,
  ...mqttRequests,
  ...outsideRequests,
  ...homesRequests,
  ...zigbeeRequests,
  ...zwaveRequests,
  ...logRequests,
  ...helpRequests,
  ...apiRequests,
  ...assistantRequests,
  ...googleRequests,
  ...householdRequests,
  ...homekitRequests,
  ...operationRequests,
  ...uploadRequests,
  ...voiceRequests,
} as const;

export const events = {
  ...systemEvents,
  ...deviceEvents,
  ...healthEvents,
  ...onboardingEvents,
  ...privacyEvents,
  ...planEvents,
  ...automationEvents,
  ...radioEvents,
  ...stickEvents,
  ...subscriptionEvents,
  ...matterEvents,
  ...mqttEvents,
  ...homesEvents,
  ...zigbeeEvents,
  ...zwaveEvents,
  ...assistantEvents,
  ...googleEvents,
  ...homekitEvents,
  ...operationEvents,
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

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requests, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
