// The local API's routes: which contract request each HTTP method and path reaches. Only the addresses are
// listed here — every input and output schema, and so validation and the OpenAPI document, comes from the
// contract's declaration of that request (shared/contract), the same one IPC and the hub use. A path's
// {parameters} and the query (GET) or JSON body (other methods) together make the request's input.
import { requests, type RequestName } from '../../shared/contract';
import { requestLevel, type Level } from '../../shared/access';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiRoute {
  request: RequestName;
  method: HttpMethod;
  /** Below /api/v1, OpenAPI style: '/devices/{deviceId}'. */
  path: string;
  summary: string;
  tag: string;
}

export const API_PREFIX = '/api/v1';

const r = (request: RequestName, method: HttpMethod, path: string, tag: string, summary: string): ApiRoute => ({ request, method, path, tag, summary });

export const API_ROUTES: readonly ApiRoute[] = [
  r('system.info', 'GET', '/system', 'system', 'Version, host, the running home and its radios.'),
  r('devices.list', 'GET', '/devices', 'devices', 'Every device of the running home, with its state.'),
  r('devices.get', 'GET', '/devices/{deviceId}', 'devices', 'One device, with its state.'),
  r('devices.command', 'POST', '/devices/{deviceId}/control', 'devices', 'Set one capability of a device (on/off, level, colour, setpoint…).'),
  r('devices.rename', 'POST', '/devices/{deviceId}/rename', 'devices', 'Give a device a new name.'),
  r('devices.setArea', 'POST', '/devices/{deviceId}/move', 'devices', 'Move a device to another room (areaId null: no room).'),
  r('devices.history', 'GET', '/devices/{deviceId}/history', 'devices', 'A capability’s recorded values.'),
  r('areas.list', 'GET', '/areas', 'devices', 'The home’s rooms.'),
  r('plans.preview', 'POST', '/plans/preview', 'plans', 'Read a sentence (“turn off the kitchen lights at 10”) into a plan to approve, a question, or an answer.'),
  r('plans.get', 'GET', '/plans/{planId}', 'plans', 'One plan and its steps.'),
  r('plans.approve', 'POST', '/plans/{planId}/approve', 'plans', 'Run a previewed plan (or save it as an automation).'),
  r('plans.cancel', 'POST', '/plans/{planId}/cancel', 'plans', 'Cancel a previewed or running plan.'),
  r('plans.undo', 'POST', '/plans/undo', 'plans', 'Undo a plan that ran (the newest one when no planId is given), within 24 hours.'),
  r('plans.history', 'GET', '/plans', 'plans', 'Recent plans.'),
  r('automations.list', 'GET', '/automations', 'automations', 'Every automation.'),
  r('automations.get', 'GET', '/automations/{ruleId}', 'automations', 'One automation.'),
  r('automations.setEnabled', 'POST', '/automations/{ruleId}/enabled', 'automations', 'Turn an automation on or off.'),
  r('automations.run', 'POST', '/automations/{ruleId}/run', 'automations', 'Run an automation’s actions now.'),
  r('scenes.list', 'GET', '/scenes', 'automations', 'Every scene.'),
  r('health.system', 'GET', '/health', 'health', 'The system’s health: radios, database, disk, notices.'),
  r('health.devices', 'GET', '/health/devices', 'health', 'Each device’s health.'),
  r('onboarding.state', 'GET', '/onboarding', 'system', 'How far the first-run setup got.'),
  r('subscription.status', 'GET', '/subscription', 'subscription', 'The tier in force, its licence, limits and usage.'),
  r('value.report', 'GET', '/value', 'subscription', 'What Hearth did for this home over the last days.'),
  r('business.figures', 'GET', '/business/figures', 'subscription', 'A month’s business figures from the imported ledger (Enterprise).'),
  r('assistants.google.status', 'GET', '/assistants/google', 'assistants', 'Whether Google Assistant is linked with this home (its last SYNC, an unlink since) and how many devices are exposed to it.'),
  r('assistants.google.activity', 'GET', '/assistants/google/activity', 'assistants', 'For the owner (admin): the link status with the relay’s last SYNC (and how many devices Google was given), QUERY and EXECUTE, and the last error Hearth answered it.'),
  r('assistants.google.fulfill', 'POST', '/assistants/google', 'assistants', 'One Google Assistant smart-home intent (SYNC, QUERY, EXECUTE or DISCONNECT) as a forwarding relay received it; the answer is the body to return to Google. Only devices exposed to Google Assistant are seen (docs/ASSISTANTS.md).'),
  r('assistants.exposure.list', 'GET', '/assistants/exposure', 'assistants', 'Every device of the running home and the voice assistants (alexa, google, homekit) it is exposed to; nothing is exposed by default.'),
  r('assistants.exposure.set', 'POST', '/assistants/exposure', 'assistants', 'Expose a device to a voice assistant, or stop exposing it (owner, admin scope; a tier with voice assistants).'),
  r('assistants.alexa.directive', 'POST', '/assistants/alexa', 'assistants', 'One Alexa Smart Home Skill API v3 directive as a forwarding relay received it; the answer is the message to return to Alexa (Discover.Response, Response, StateReport or ErrorResponse). Only devices exposed to Alexa are seen (docs/ASSISTANTS.md).'),
  r('api.tokens.list', 'GET', '/tokens', 'tokens', 'This home’s API tokens (never their secrets).'),
  r('api.tokens.create', 'POST', '/tokens', 'tokens', 'Make a token; its secret is in this answer only.'),
  r('api.tokens.revoke', 'DELETE', '/tokens/{id}', 'tokens', 'Revoke a token: it stops working at once.'),
];

/** The events an API client hears on /api/v1/events (a guest: its rooms' device events only). */
export const API_EVENTS = ['device.state', 'device.health', 'automation.executed', 'system.health', 'assistants.alexa.changeReport', 'assistants.google.reportState'] as const;

export const pathParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
/** '/devices/{deviceId}' → '/devices/:deviceId' (fastify's form). */
export const fastifyPath = (path: string): string => API_PREFIX + path.replace(/\{(\w+)\}/g, ':$1');
export const routeLevel = (route: ApiRoute): Level => requestLevel(route.request);

/** A request's input object schema's field names (what path parameters may be). */
export function inputFields(name: RequestName): string[] {
  const shape = (requests[name].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
