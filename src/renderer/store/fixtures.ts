// Values the fake core answers with in store tests: shaped as the contract says (the client validates them).
import type { Rule, Scene } from '../../shared/automation';
import type { Device } from '../../shared/model';
import type { Conflict, Plan, PlanStep, Trace } from '../../shared/plan';

export const step = (over: Partial<PlanStep> = {}): PlanStep => ({
  id: 's1', deviceId: 'zwave:3', deviceName: 'Ceiling Light', capabilityId: 'level', capabilityKind: 'level', label: 'Set Ceiling Light brightness to 50 %',
  value: 50, before: 0, after: 50, atMs: 0, status: 'pending',
  ...over,
});

export const plan = (over: Partial<Plan> = {}): Plan => ({
  id: 'p1', title: 'set the ceiling light to 50%', source: { kind: 'command', text: 'set the ceiling light to 50%' }, createdAt: 1, status: 'done',
  startsAt: 1, steps: [], conflicts: [], notes: [], previewReasons: [], automation: null, startedAt: 1, finishedAt: 2, undoUntil: 9e15, outcome: 'Done: 1 change.', ruleId: null,
  ...over,
});

export const device = (over: Partial<Device> = {}): Device => ({
  id: 'zigbee:0x1', protocol: 'zigbee', name: 'Bedside Lamp', areaId: null, manufacturer: 'IKEA', model: 'LED1545G12', firmware: '2.3.093',
  capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }], state: { onOff: false }, stateAt: {}, health: 'online', lastSeen: 1,
  ...over,
});

export const rule = (over: Partial<Rule> = {}): Rule => ({
  id: 'r1', name: 'Kettle at 7', enabled: true, triggers: [{ type: 'time', at: '07:00', days: [] }], conditions: [],
  actions: [{ type: 'command', deviceId: 'zwave:5', capabilityId: 'onOff', value: true }], source: 'form', createdAt: 1, updatedAt: 1,
  ...over,
});

export const conflict = (over: Partial<Conflict> = {}): Conflict => ({
  kind: 'overlap', severity: 'warning', message: '“Kettle at 7” and “Kettle off at 7” fight over Kettle Plug.', stepIds: [], ruleIds: ['r1', 'r2'], deviceId: 'zwave:5',
  ...over,
});

export const trace = (over: Partial<Trace> = {}): Trace => ({
  id: 't1', at: 1, ruleId: 'r1', ruleName: 'Kettle at 7', planId: null, trigger: 'Every day at 07:00', conditions: [], result: 'ran', summary: 'Ran: 1 change.',
  steps: [], durationMs: 5, messages: [],
  ...over,
});

export const scene = (over: Partial<Scene> = {}): Scene => ({
  id: 'sc1', name: 'Evening', entries: [{ deviceId: 'zwave:5', capabilityId: 'onOff', value: true }], createdAt: 1,
  ...over,
});

/** Lets answers and events already under way run to the end (the client validates on a later tick). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
