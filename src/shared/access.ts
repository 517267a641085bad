// Who may call which request: household roles (owner, member, guest) and API token scopes (read, control, admin).
// Every request of the contract has one level — 'read' (answers only), 'control' (uses the home: devices, plans,
// scenes, automations, rooms) or 'admin' (runs the home: radios, pairing, settings, security, privacy,
// subscription, diagnostics, API tokens). A caller may use a request when both its role and its token's scope
// reach that level; a guest, besides, only the few requests below, and only for the rooms it was given. The
// dispatcher enforces this for every transport (src/main/transport/roles.ts); the app's own window is the owner.
import { z } from 'zod';
import type { RequestName } from './contract';

export const Role = z.enum(['owner', 'member', 'guest']);
export type Role = z.infer<typeof Role>;
export const Scope = z.enum(['read', 'control', 'admin']);
export type Scope = z.infer<typeof Scope>;
export type Level = Scope;

/** What a caller holds: a role in the household, a token's scope, and (a guest's) rooms. */
export interface Grant {
  role: Role;
  scope: Scope;
  /** Area ids a guest may see and control; ignored for owners and members. */
  rooms: readonly string[];
}

export const OWNER: Grant = { role: 'owner', scope: 'admin', rooms: [] };

const RANK: Record<Level, number> = { read: 0, control: 1, admin: 2 };
/** The highest level each role reaches, whatever its token's scope: members use the home, owners run it. */
export const ROLE_CAP: Record<Role, Level> = { owner: 'admin', member: 'control', guest: 'control' };

/** Requests that only answer: no change anywhere. Privacy, diagnostics and the API's own tokens are not here:
 *  reading them is for the owner (admin). */
const READ = [
  'system.info', 'areas.list', 'devices.list', 'devices.get', 'devices.history', 'devices.details',
  'health.system', 'health.devices', 'health.link', 'health.alerts', 'onboarding.state', 'home.preferences', 'settings.list',
  'plans.get', 'plans.history', 'commands.history', 'plans.getSettings',
  'automations.list', 'automations.get', 'automations.check', 'automations.conflicts', 'automations.export', 'automations.getSettings', 'automations.getLocation',
  'scenes.list', 'traces.list', 'traces.get', 'radios.list', 'pairing.status', 'sticks.list', 'security.status',
  'subscription.status', 'business.figures', 'business.ledger', 'value.report', 'value.rating.status',
  'matter.fabrics', 'matter.homeNetwork.get', 'matter.connection', 'mqtt.broker.get', 'mqtt.devices.list', 'homes.get',
  'zigbee.backups.list', 'zwave.inclusion.status', 'zwave.smartStart.list', 'zwave.node.status', 'zwave.nvm.list',
  'help.search', 'help.article', 'help.articles', 'api.status', 'assistants.exposure.list', 'assistants.google.status', 'assistants.homekit.status',
  'voice.status', 'session.whoami', 'weather.status', 'calendars.list', 'outside.check',
] as const satisfies readonly RequestName[];

/** Requests that use the home as the people living in it do. */
const CONTROL = [
  'devices.command', 'devices.rename', 'devices.setArea', 'health.alerts.dismiss', 'health.alerts.snooze',
  'areas.create', 'areas.update', 'areas.remove',
  'plans.preview', 'plans.edit', 'plans.approve', 'plans.cancel', 'plans.undo',
  'automations.create', 'automations.update', 'automations.remove', 'automations.setEnabled', 'automations.fromText', 'automations.run', 'automations.import',
  'scenes.capture', 'scenes.apply', 'scenes.remove', 'value.rating.submit', 'value.rating.dismiss',
  // A forwarding relay's Google Assistant intents: SYNC and QUERY read, EXECUTE sets devices (each as devices.command).
  'assistants.google.fulfill',
  // A forwarding relay's Alexa directives: Discover and ReportState read, the controllers set devices (each as devices.command).
  'assistants.alexa.directive',
  // Push-to-talk: hearing a recording and saying a reply; what is heard is then previewed with plans.preview.
  'voice.recognize', 'voice.speak',
] as const satisfies readonly RequestName[];

/** All a guest may call: its rooms' devices and plans for them. No history, privacy, diagnostics, automations. */
export const GUEST_REQUESTS = [
  'system.info', 'areas.list', 'devices.list', 'devices.get', 'devices.command',
  'plans.preview', 'plans.get', 'plans.edit', 'plans.approve', 'plans.cancel', 'plans.undo',
  'help.search', 'help.article', 'help.articles',
  'voice.recognize', 'voice.speak', 'session.whoami',
] as const satisfies readonly RequestName[];

const LEVELS = new Map<string, Level>([...READ.map((n) => [n, 'read'] as const), ...CONTROL.map((n) => [n, 'control'] as const)]);
const GUEST = new Set<string>(GUEST_REQUESTS);

/** The level a request needs: read, control, or (everything not listed above) admin. */
export function requestLevel(name: RequestName): Level {
  return LEVELS.get(name) ?? 'admin';
}

export const reaches = (have: Level, need: Level): boolean => RANK[have] >= RANK[need];

/** Why `grant` may not call `name`, in plain words; null when it may. */
export function refusal(name: RequestName, grant: Grant): string | null {
  const need = requestLevel(name);
  if (!reaches(grant.scope, need)) return `This token's scope is ${grant.scope}; ${name} needs ${need}.`;
  if (!reaches(ROLE_CAP[grant.role], need)) return `A ${grant.role} may not use ${name}: it is for the home's owner.`;
  if (grant.role === 'guest' && !GUEST.has(name)) return `A guest may not use ${name}: guests control the rooms they were given, and see no history, privacy or diagnostics.`;
  return null;
}
