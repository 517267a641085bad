// Builds plan steps: from the parser's actions (a sentence) or from a rule's actions, each with the value
// expected before and after, computed over a working copy of the live state so "turn on … and dim them"
// chains correctly.
import type { Action, Scene } from '../../../shared/automation';
import type { Capability, CapabilityValue, Device } from '../../../shared/model';
import type { PlanStep } from '../../../shared/plan';
import type { NlAction } from '../../nl/actions';
import { commandsForAction } from '../../nl/hearth-commands';
import { adjustLabel, type DeviceLookup } from '../../../shared/describe-rules';
import { stepLabel } from '../../../shared/describe-values';

export interface Steps {
  steps: PlanStep[];
  notes: string[];
}

/** Services whose number the speaker said outright: kept as said, so an impossible value is shown, not clamped away. */
const SAID: Readonly<Record<string, string>> = {
  set_temperature: 'temperature', set_brightness: 'brightness', set_color_temp: 'kelvin', set_position: 'position', set_fan_speed: 'percentage',
};

class WorkingState {
  readonly #state = new Map<string, Device>();
  readonly #lookup: DeviceLookup;
  constructor(lookup: DeviceLookup) {
    this.#lookup = lookup;
  }
  device(id: string): Device | undefined {
    let d = this.#state.get(id);
    if (!d) {
      const live = this.#lookup(id);
      if (!live) return undefined;
      d = { ...live, state: { ...live.state } };
      this.#state.set(id, d);
    }
    return d;
  }
}

let seq = 0;
export function makeStep(device: Device, cap: Capability, value: CapabilityValue, before: CapabilityValue, atMs: number): PlanStep {
  return {
    id: `s${(++seq).toString(36)}`,
    deviceId: device.id,
    deviceName: device.name,
    capabilityId: cap.id,
    capabilityKind: cap.kind,
    label: stepLabel(device, cap.kind, value),
    value,
    before,
    after: value,
    atMs: Math.max(0, Math.round(atMs)),
    status: 'pending',
  };
}

export function stepsFromNl(actions: readonly NlAction[], lookup: DeviceLookup): Steps {
  const work = new WorkingState(lookup);
  const steps: PlanStep[] = [];
  const notes: string[] = [];
  const ordered = actions.map((a, i) => ({ a, i })).sort((x, y) => x.a.delay_s - y.a.delay_s || x.i - y.i);
  for (const { a } of ordered) {
    const device = work.device(a.entity.split('#')[0]!);
    if (!device) {
      notes.push(`A device Hearth no longer knows was left out.`);
      continue;
    }
    const commands = commandsForAction(a, device);
    if (!commands) {
      notes.push(`${device.name} can’t do “${a.service.replace(/_/g, ' ')}”, so it was left out.`);
      continue;
    }
    for (const cmd of commands) {
      const cap = device.capabilities.find((c) => c.id === cmd.capabilityId)!;
      const said = SAID[a.service] ? Number(a.data[SAID[a.service]!]) : NaN;
      const value = Number.isFinite(said) && cap.kind !== 'color' ? said : cmd.value;
      const before = device.state[cap.id] ?? null;
      steps.push(makeStep(device, cap, value, before, a.delay_s * 1000));
      device.state[cap.id] = value;
    }
  }
  return { steps, notes };
}

const clampTo = (cap: Capability | undefined, v: number): number => Math.min(cap?.max ?? 100, Math.max(cap?.min ?? 0, v));

/** A rule's actions → steps. Delays add up; scenes expand to their values; notifications become notes. */
export function stepsFromRule(actions: readonly Action[], lookup: DeviceLookup, scene: (id: string) => Scene | undefined): Steps {
  const work = new WorkingState(lookup);
  const steps: PlanStep[] = [];
  const notes: string[] = [];
  let at = 0;
  const put = (deviceId: string, capabilityId: string, value: (cur: CapabilityValue) => CapabilityValue) => {
    const device = work.device(deviceId);
    const cap = device?.capabilities.find((c) => c.id === capabilityId);
    if (!device || !cap) {
      notes.push(device ? `${device.name} no longer has that control, so that step was left out.` : 'A device Hearth no longer knows was left out.');
      return;
    }
    const before = device.state[cap.id] ?? null;
    const v = value(before);
    steps.push(makeStep(device, cap, v, before, at));
    device.state[cap.id] = v;
  };
  for (const a of actions) {
    switch (a.type) {
      case 'command':
        put(a.deviceId, a.capabilityId, () => a.value);
        break;
      case 'adjust': {
        const cap = work.device(a.deviceId)?.capabilities.find((c) => c.id === a.capabilityId);
        put(a.deviceId, a.capabilityId, (cur) => clampTo(cap, (typeof cur === 'number' ? cur : 0) + a.by));
        // Described by its change ("Lower … by 10 %"), not by today's estimate of the result.
        const step = steps.at(-1);
        if (cap && step) Object.assign(step, { by: a.by, label: adjustLabel(step.deviceName, cap, a.by) });
        break;
      }
      case 'delay':
        at += a.seconds * 1000;
        break;
      case 'scene': {
        const s = scene(a.sceneId);
        if (!s) notes.push('A scene that was removed was left out.');
        else {
          // A device gone from the scene is said once, however many of its values the scene held.
          const gone = new Set(s.entries.filter((e) => !work.device(e.deviceId)).map((e) => e.deviceId));
          for (const e of s.entries) if (!gone.has(e.deviceId)) put(e.deviceId, e.capabilityId, () => e.value);
          if (gone.size) notes.push(`Scene “${s.name}” names ${gone.size === 1 ? 'a device' : `${gone.size} devices`} Hearth no longer knows; ${gone.size === 1 ? 'its values were' : 'their values were'} left out.`);
        }
        break;
      }
      case 'notify':
        notes.push(`Hearth will notify you: “${a.message}”`);
        break;
    }
  }
  return { steps, notes };
}

/** Why a plan must be previewed (empty: it may auto-run when the setting allows). */
export function previewReasons(steps: readonly PlanStep[], scheduled: boolean, conflicts: number): string[] {
  const reasons: string[] = [];
  if (scheduled) reasons.push('It is a schedule that will repeat.');
  if (steps.some((s) => s.atMs > 0)) reasons.push('It has timed steps.');
  const devices = new Set(steps.map((s) => s.deviceId)).size;
  if (devices > 3) reasons.push(`It changes ${devices} devices.`);
  if (steps.some((s) => s.capabilityKind === 'lock')) reasons.push('It touches a lock.');
  if (steps.some((s) => s.capabilityKind === 'cover')) reasons.push('It moves a cover.');
  if (conflicts > 0) reasons.push('Hearth found a conflict.');
  return reasons;
}
