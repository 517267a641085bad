// A parsed sentence with a repeating schedule ("every weekday at 7 turn on the kitchen lights") → a rule.
import type { Action, RuleInput, Trigger } from '../../shared/automation';
import type { Schedule } from '../nl/frame';
import type { NlAction } from '../nl/actions';
import { commandsForAction, triggersForState } from '../nl/hearth-commands';
import type { DeviceLookup } from '../../shared/describe-rules';

export type FromText = { rule: RuleInput } | { error: string; next?: string };

const WEEKDAY = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

function triggerFor(s: Exclude<Schedule, { kind: 'state' }>): Trigger | string {
  switch (s.kind) {
    case 'weekly': {
      const days = s.days.filter((d) => WEEKDAY.has(d)) as Extract<Trigger, { type: 'time' }>['days'];
      if (s.sun) return { type: 'sun', event: s.sun, offsetMin: 0, days };
      if (!s.time) return 'Say what time it should run, for example “every Monday at 7 pm …”.';
      return { type: 'time', at: s.time, days };
    }
    case 'sun':
      return { type: 'sun', event: s.event, offsetMin: 0, days: [] };
    case 'interval':
      return s.every_s >= 10 ? { type: 'interval', everyS: s.every_s } : 'The shortest repeat is every 10 seconds.';
    case 'at':
      return { type: 'time', at: s.time, days: [] };
  }
}

function actionsFor(nl: readonly NlAction[], lookup: DeviceLookup): Action[] {
  const out: Action[] = [];
  let at = 0;
  const ordered = [...nl].sort((a, b) => a.delay_s - b.delay_s);
  for (const a of ordered) {
    const device = lookup(a.entity.split('#')[0]!);
    const commands = device ? commandsForAction(a, device) : null;
    if (!device || !commands) continue;
    if (a.delay_s > at) {
      out.push({ type: 'delay', seconds: Math.round(a.delay_s - at) });
      at = a.delay_s;
    }
    const step = Number(a.data['step']);
    for (const c of commands) {
      if (a.service.endsWith('_step') && Number.isFinite(step) && typeof c.value === 'number') out.push({ type: 'adjust', deviceId: device.id, capabilityId: c.capabilityId, by: step });
      else out.push({ type: 'command', deviceId: device.id, capabilityId: c.capabilityId, value: c.value });
    }
  }
  return out;
}

export function ruleFromText(text: string, schedule: Schedule | undefined, actions: readonly NlAction[], lookup: DeviceLookup): FromText {
  if (!schedule) return { error: 'Say when it should run.', next: 'For example “every weekday at 7 turn on the kitchen lights” or “at sunset turn on the porch light”.' };
  // "when the front door opens, …": the device's state starts it.
  const made = schedule.kind === 'state' ? triggersForState(schedule, lookup) : triggerFor(schedule);
  if (typeof made === 'string') return { error: made };
  const triggers = Array.isArray(made) ? made : [made];
  const ruleActions = actionsFor(actions, lookup);
  if (ruleActions.length === 0) return { error: 'None of those devices can do that.', next: 'Open the device on the Home screen to see what it can do.' };
  const clean = text.trim().replace(/\s+/g, ' ');
  const name = (clean[0]!.toUpperCase() + clean.slice(1)).slice(0, 100);
  return { rule: { name, enabled: true, triggers, conditions: [], actions: ruleActions, text: clean.slice(0, 500) } };
}
