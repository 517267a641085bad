// A plan's (or a draft rule's) own steps, checked on their own: values a device cannot take, controls it lacks,
// devices not responding, and steps of one plan setting one control differently at the same moment. What the
// steps do against rules and running plans over time is conflicts.ts.
import { commandValueSchema, type Capability, type CapabilityValue } from '../../../shared/model';
import type { Conflict, PlanStep } from '../../../shared/plan';
import type { DeviceLookup } from '../../../shared/describe-rules';
import { describeValue, formatValue, sameValue } from '../../../shared/describe-values';
import { controlKey as key } from '../rule-graph';

export const conflict = (c: Omit<Conflict, 'stepIds' | 'ruleIds' | 'deviceId'> & Partial<Conflict>): Conflict => ({ stepIds: [], ruleIds: [], deviceId: null, ...c });
export const fmt = (s: PlanStep, v: CapabilityValue = s.value) => formatValue(s.capabilityKind, v);
/** Do two writes leave the control differently? Relative steps never leave it as an absolute one does. */
export const differ = (a: PlanStep, b: PlanStep) => a.by !== undefined || b.by !== undefined || !sameValue(a.value, b.value);

const CONTROL: Partial<Record<Capability['kind'], string>> = {
  onOff: 'switch', level: 'brightness', colorTemp: 'colour temperature', color: 'colour', setpoint: 'temperature setting', cover: 'position', lock: 'lock',
};

/** What a control accepts, in words: "on or off", "a number from 5 °C to 30 °C". */
function accepts(cap: Capability): string {
  const range = (lo: number, hi: number) => `a number from ${formatValue(cap.kind, cap.min ?? lo)} to ${formatValue(cap.kind, cap.max ?? hi)}`;
  switch (cap.kind) {
    case 'onOff':
      return 'on or off';
    case 'lock':
      return 'locked or unlocked';
    case 'color':
      return 'a colour (hue and saturation)';
    case 'level':
      return range(0, 100);
    case 'cover':
      return `a position from 0 (closed) to 100 (open)`;
    case 'colorTemp':
      return range(1000, 10000);
    case 'setpoint':
      return range(-50, 100);
    default:
      return 'nothing: it can only be read';
  }
}

function valueProblem(d: { name: string }, cap: Capability, s: PlanStep): string {
  const control = `${d.name}’s ${cap.label ?? CONTROL[cap.kind] ?? cap.kind}`;
  const v = s.value;
  const numeric = cap.kind === 'level' || cap.kind === 'cover' || cap.kind === 'colorTemp' || cap.kind === 'setpoint';
  if (numeric && typeof v === 'number') {
    const lo = cap.min ?? (cap.kind === 'setpoint' ? -50 : cap.kind === 'colorTemp' ? 1000 : 0);
    const hi = cap.max ?? (cap.kind === 'setpoint' ? 100 : cap.kind === 'colorTemp' ? 10000 : 100);
    return `${d.name} can’t be set to ${fmt(s)}. It can be set between ${fmt(s, lo)} and ${fmt(s, hi)}. Edit the step to a value it accepts.`;
  }
  return `${control} takes ${accepts(cap)}, not ${describeValue(v)}. Edit the step to a value it accepts.`;
}

/** Values the device cannot take, controls it lacks, devices not responding: each said once. */
export function stepProblems(steps: readonly PlanStep[], lookup: DeviceLookup): Conflict[] {
  const byMessage = new Map<string, Conflict>();
  const add = (c: Conflict) => {
    const had = byMessage.get(c.message);
    if (had) had.stepIds.push(...c.stepIds);
    else byMessage.set(c.message, c);
  };
  for (const s of steps) {
    const d = lookup(s.deviceId);
    const cap = d?.capabilities.find((c) => c.id === s.capabilityId);
    const base = { stepIds: [s.id], deviceId: s.deviceId };
    if (!d || !cap) {
      add(conflict({ ...base, kind: 'impossible', severity: 'blocking', message: d ? `${d.name} no longer has the control “${s.label}” needs, so that step cannot run.` : `${s.deviceName} was removed from Hearth, so “${s.label}” cannot run.` }));
      continue;
    }
    if (!cap.writable) {
      add(conflict({ ...base, kind: 'impossible', severity: 'blocking', message: `${d.name}’s ${cap.label ?? cap.measure ?? cap.kind} can only be read, not set.` }));
      continue;
    }
    if (s.by === undefined && !commandValueSchema(cap).safeParse(s.value).success) {
      add(conflict({ ...base, kind: 'impossible', severity: 'blocking', message: valueProblem(d, cap, s) }));
    }
    if (d.health === 'offline') {
      add(conflict({ ...base, kind: 'unreachable', severity: 'warning', message: `${d.name} is not responding, so its steps may fail; if one does, Hearth puts back what the plan already changed.` }));
    }
  }
  return [...byMessage.values()];
}

/** Steps of one plan setting one control to different values at (nearly) the same moment: one warning per control and moment. */
function innerOverlaps(steps: readonly PlanStep[]): Conflict[] {
  const byKey = new Map<string, PlanStep[]>();
  for (const s of steps) byKey.set(key(s), [...(byKey.get(key(s)) ?? []), s]);
  const out: Conflict[] = [];
  for (const list of byKey.values()) {
    list.sort((a, b) => a.atMs - b.atMs);
    for (let i = 0; i < list.length; ) {
      let j = i + 1;
      while (j < list.length && list[j]!.atMs - list[j - 1]!.atMs < 1000) j++;
      const group = list.slice(i, j);
      i = j;
      const values: PlanStep[] = [];
      for (const s of group) if (!values.some((v) => !differ(v, s))) values.push(s);
      if (values.length < 2) continue;
      const last = group.at(-1)!;
      const said = values.length <= 3 ? values.map((v) => fmt(v)).join(' and ') : `${values.slice(0, 2).map((v) => fmt(v)).join(', ')} and ${values.length - 2} other values`;
      const times = group.length > values.length ? ` ${group.length} times (${said})` : ` to ${said}`;
      out.push(conflict({ kind: 'overlap', severity: 'warning', stepIds: group.map((s) => s.id), deviceId: last.deviceId,
        message: `This plan sets ${last.deviceName}${times} at the same moment; only the last one (${fmt(last)}) will stick.` }));
    }
  }
  return out;
}

/** What a plan's (or a draft rule's) own steps get wrong: impossible values, offline devices, same-moment fights. */
export function stepChecks(steps: readonly PlanStep[], lookup: DeviceLookup): Conflict[] {
  return [...stepProblems(steps, lookup), ...innerOverlaps(steps)];
}
