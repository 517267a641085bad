// Conflict checks, explained in plain English: values a device cannot take, devices not responding, steps
// and rules that fight over one device control at overlapping times, and rules that trigger each other.
import type { Location, Rule, Scene } from '../../shared/automation';
import { commandValueSchema, type CapabilityValue } from '../../shared/model';
import type { Conflict, PlanStep } from '../../shared/plan';
import { triggerText, type DeviceLookup } from '../../shared/describe-rules';
import { firesBetween } from '../automation/schedule';
import { triggerMatches, writeCouldFire, type DeviceTrigger } from '../automation/trigger-index';
import { clockTime, formatValue, sameValue } from '../../shared/describe-values';
import { stepsFromRule } from './planner';

export interface CheckContext {
  lookup: DeviceLookup;
  rules: readonly Rule[];
  scene(id: string): Scene | undefined;
  location: Location | null;
  now: number;
}

/** Writes to one device control closer together than this fight each other. */
export const OVERLAP_MS = 5 * 60_000;
const WEEK = 7 * 86_400_000;

const key = (s: { deviceId: string; capabilityId: string }) => `${s.deviceId}\u0000${s.capabilityId}`;
const conflict = (c: Omit<Conflict, 'stepIds' | 'ruleIds' | 'deviceId'> & Partial<Conflict>): Conflict => ({ stepIds: [], ruleIds: [], deviceId: null, ...c });
const fmt = (s: PlanStep, v: CapabilityValue = s.value) => formatValue(s.capabilityKind, v);

/** Values the device cannot take, controls it lacks, devices not responding. */
export function stepProblems(steps: readonly PlanStep[], lookup: DeviceLookup): Conflict[] {
  const out: Conflict[] = [];
  const offline = new Set<string>();
  for (const s of steps) {
    const d = lookup(s.deviceId);
    const cap = d?.capabilities.find((c) => c.id === s.capabilityId);
    const base = { stepIds: [s.id], deviceId: s.deviceId };
    if (!d || !cap) {
      out.push(conflict({ ...base, kind: 'impossible', severity: 'blocking', message: `${s.deviceName} has no such control any more, so “${s.label}” cannot run.` }));
      continue;
    }
    if (!cap.writable) {
      out.push(conflict({ ...base, kind: 'impossible', severity: 'blocking', message: `${d.name}’s ${cap.label ?? cap.kind} can only be read, not set.` }));
      continue;
    }
    if (!commandValueSchema(cap).safeParse(s.value).success) {
      const lo = cap.min ?? (cap.kind === 'setpoint' ? -50 : cap.kind === 'colorTemp' ? 1000 : 0);
      const hi = cap.max ?? (cap.kind === 'setpoint' ? 100 : cap.kind === 'colorTemp' ? 10000 : 100);
      const range = typeof s.value === 'number' ? ` It can be set between ${fmt(s, lo)} and ${fmt(s, hi)}.` : '';
      out.push(conflict({ ...base, kind: 'impossible', severity: 'blocking', message: `${d.name} can’t be set to ${fmt(s)}.${range} Edit the step to a value it accepts.` }));
    }
    if (d.health === 'offline' && !offline.has(d.id)) {
      offline.add(d.id);
      out.push(conflict({ ...base, kind: 'unreachable', severity: 'warning', message: `${d.name} is not responding, so its steps may fail; if one does, Hearth puts back what the plan already changed.` }));
    }
  }
  return out;
}

/** Two steps of one plan setting one control to different values at (nearly) the same moment. */
function innerOverlaps(steps: readonly PlanStep[]): Conflict[] {
  const out: Conflict[] = [];
  for (let i = 0; i < steps.length; i++) {
    for (let j = i + 1; j < steps.length; j++) {
      const a = steps[i]!;
      const b = steps[j]!;
      if (key(a) !== key(b) || Math.abs(a.atMs - b.atMs) >= 1000 || sameValue(a.value, b.value)) continue;
      out.push(conflict({ kind: 'overlap', severity: 'warning', stepIds: [a.id, b.id], deviceId: a.deviceId, message: `This plan sets ${a.deviceName} to ${fmt(a)} and to ${fmt(b)} at the same moment; only the last one will stick.` }));
    }
  }
  return out;
}

interface Write {
  ruleId: string | null;
  step: PlanStep;
  at: number;
}

/** Rules that fire on clocks or the sun, with the absolute times they write each control in [from, to). */
function timedWrites(ctx: CheckContext, from: number, to: number, except?: string): Write[] {
  const out: Write[] = [];
  for (const r of ctx.rules) {
    if (!r.enabled || r.id === except) continue;
    const timed = r.triggers.filter((t) => t.type === 'time' || t.type === 'sun');
    if (timed.length === 0) continue;
    const { steps } = stepsFromRule(r.actions, ctx.lookup, ctx.scene);
    const span = Math.max(0, ...steps.map((s) => s.atMs));
    for (const t of timed) for (const f of firesBetween(t, from - span, to, ctx.location)) for (const s of steps) out.push({ ruleId: r.id, step: s, at: f + s.atMs });
  }
  return out;
}

const ruleName = (ctx: CheckContext, id: string) => ctx.rules.find((r) => r.id === id)?.name ?? 'this automation';
const when = (at: number, now: number) => (at - now < 86_400_000 ? clockTime(at) : `${new Date(at).toLocaleDateString('en-GB', { weekday: 'long' })} ${clockTime(at)}`);

/** Writes to one control by different owners within OVERLAP_MS and with different values. */
function fights(writes: Write[], ctx: CheckContext, describe: (a: Write, b: Write) => string): Conflict[] {
  const byKey = new Map<string, Write[]>();
  for (const w of writes) byKey.set(key(w.step), [...(byKey.get(key(w.step)) ?? []), w]);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const list of byKey.values()) {
    list.sort((a, b) => a.at - b.at);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.at - list[i]!.at < OVERLAP_MS; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.ruleId === b.ruleId || sameValue(a.step.value, b.step.value)) continue;
        const id = [a.ruleId ?? 'plan', b.ruleId ?? 'plan'].sort().join('|') + key(a.step);
        if (seen.has(id)) continue;
        seen.add(id);
        const ruleIds = [a.ruleId, b.ruleId].filter((x): x is string => x !== null);
        const stepIds = [a, b].filter((w) => w.ruleId === null).map((w) => w.step.id);
        out.push(conflict({ kind: 'overlap', severity: 'warning', ruleIds, stepIds, deviceId: a.step.deviceId, message: describe(a, b) }));
      }
    }
  }
  void ctx;
  return out;
}

/** State-triggered rules a plan's step would set off, which then set a control the plan sets, differently. */
function pushBacks(steps: readonly PlanStep[], ctx: CheckContext): Conflict[] {
  const out: Conflict[] = [];
  for (const r of ctx.rules) {
    if (!r.enabled) continue;
    const triggers = r.triggers.filter((t): t is DeviceTrigger => t.type === 'state' || t.type === 'numeric');
    for (const s of steps) {
      const t = triggers.find((x) => x.deviceId === s.deviceId && x.capabilityId === s.capabilityId && triggerMatches(x, s.before ?? undefined, s.value));
      if (!t) continue;
      const theirs = stepsFromRule(r.actions, ctx.lookup, ctx.scene).steps;
      for (const w of theirs) {
        const mine = steps.find((m) => key(m) === key(w) && m.atMs >= s.atMs && !sameValue(m.value, w.value));
        if (!mine) continue;
        out.push(conflict({ kind: 'overlap', severity: 'warning', ruleIds: [r.id], stepIds: [s.id, mine.id], deviceId: w.deviceId,
          message: `“${s.label}” sets off automation “${r.name}” (${triggerText(t, ctx.lookup).toLowerCase()}), which sets ${w.deviceName} to ${fmt(w)} — but this plan sets it to ${fmt(mine)}.` }));
      }
    }
  }
  return out;
}

export function planConflicts(steps: readonly PlanStep[], startsAt: number, ctx: CheckContext, exceptRule?: string): Conflict[] {
  const span = Math.max(0, ...steps.map((s) => s.atMs));
  const mine: Write[] = steps.map((step) => ({ ruleId: null, step, at: startsAt + step.atMs }));
  const theirs = timedWrites(ctx, startsAt - OVERLAP_MS, startsAt + span + OVERLAP_MS, exceptRule);
  const timed = fights([...mine, ...theirs], ctx, (a, b) => {
    const [p, r] = a.ruleId === null ? [a, b] : [b, a];
    if (p.ruleId !== null || r.ruleId === null) return `Automation “${ruleName(ctx, a.ruleId ?? '')}” and automation “${ruleName(ctx, b.ruleId ?? '')}” both set ${a.step.deviceName}.`;
    return `This plan sets ${p.step.deviceName} to ${fmt(p.step)} at ${when(p.at, ctx.now)}, but automation “${ruleName(ctx, r.ruleId)}” sets it to ${fmt(r.step)} at ${when(r.at, ctx.now)}. The two fight over ${p.step.deviceName}.`;
  }).filter((c) => c.stepIds.length > 0);
  return [...stepProblems(steps, ctx.lookup), ...innerOverlaps(steps), ...timed, ...pushBacks(steps, ctx)];
}

/** Rules writing one control differently at overlapping times, or on the same device event. */
export function ruleOverlaps(ctx: CheckContext, only?: string): Conflict[] {
  const writes = timedWrites(ctx, ctx.now, ctx.now + WEEK);
  const out = fights(writes, ctx, (a, b) => {
    const days = Math.abs(a.at - b.at) < 60_000 ? `both at ${clockTime(a.at)}` : `at ${clockTime(a.at)} and ${clockTime(b.at)}`;
    return `“${ruleName(ctx, a.ruleId!)}” sets ${a.step.deviceName} to ${fmt(a.step)} and “${ruleName(ctx, b.ruleId!)}” sets it to ${fmt(b.step)}, ${days}: they fight over ${a.step.deviceName}.`;
  });
  // Same device event, different values.
  const evented = ctx.rules.filter((r) => r.enabled).map((r) => ({ r, triggers: r.triggers.filter((t): t is DeviceTrigger => t.type === 'state' || t.type === 'numeric') })).filter((x) => x.triggers.length);
  for (let i = 0; i < evented.length; i++) {
    for (let j = i + 1; j < evented.length; j++) {
      const A = evented[i]!;
      const B = evented[j]!;
      const shared = A.triggers.find((ta) => B.triggers.some((tb) => tb.deviceId === ta.deviceId && tb.capabilityId === ta.capabilityId && (ta.type !== 'state' || tb.type !== 'state' || ta.to === undefined || tb.to === undefined || sameValue(ta.to, tb.to))));
      if (!shared) continue;
      const sa = stepsFromRule(A.r.actions, ctx.lookup, ctx.scene).steps;
      const sb = stepsFromRule(B.r.actions, ctx.lookup, ctx.scene).steps;
      const a = sa.find((x) => sb.some((y) => key(x) === key(y) && !sameValue(x.value, y.value) && Math.abs(x.atMs - y.atMs) < OVERLAP_MS));
      const b = a && sb.find((y) => key(a) === key(y));
      if (!a || !b) continue;
      out.push(conflict({ kind: 'overlap', severity: 'warning', ruleIds: [A.r.id, B.r.id], deviceId: a.deviceId,
        message: `When ${triggerText(shared, ctx.lookup).replace(/^./, (c) => c.toLowerCase())}, “${A.r.name}” sets ${a.deviceName} to ${fmt(a)} and “${B.r.name}” sets it to ${fmt(b)}: they fight over ${a.deviceName}.` }));
    }
  }
  return only ? out.filter((c) => c.ruleIds.includes(only)) : out;
}

/** Rules whose actions set off each other's triggers, round in a circle. */
export function ruleLoops(ctx: CheckContext, only?: string): Conflict[] {
  const rules = ctx.rules.filter((r) => r.enabled);
  const writes = new Map(rules.map((r) => [r.id, stepsFromRule(r.actions, ctx.lookup, ctx.scene).steps]));
  const edges = new Map<string, { to: string; via: PlanStep }[]>();
  for (const a of rules) {
    const list: { to: string; via: PlanStep }[] = [];
    for (const b of rules) {
      const via = writes.get(a.id)!.find((w) => b.triggers.some((t) => (t.type === 'state' || t.type === 'numeric') && t.deviceId === w.deviceId && t.capabilityId === w.capabilityId && writeCouldFire(t, w.value)));
      if (via) list.push({ to: b.id, via });
    }
    edges.set(a.id, list);
  }
  const out: Conflict[] = [];
  const seen = new Set<string>();
  const walk = (start: string, at: string, path: { id: string; via: PlanStep }[]) => {
    if (out.length >= 20 || path.length > 6) return;
    for (const e of edges.get(at) ?? []) {
      const next = [...path, { id: at, via: e.via }];
      if (e.to === start) {
        const sig = next.map((p) => p.id).sort().join('|');
        if (seen.has(sig)) continue;
        seen.add(sig);
        const name = (id: string) => `“${ruleName(ctx, id)}”`;
        const does = (step: PlanStep) => step.label.replace(/^(\w+)/, (v) => `${v.toLowerCase()}s`);
        const parts = next.map((p, i) => `${name(p.id)} ${does(p.via)}, which triggers ${i === next.length - 1 ? `${name(start)} again` : name(next[i + 1]!.id)}`);
        const message = next.length === 1
          ? `${name(start)} ${does(next[0]!.via)}, which triggers itself: it could keep running.`
          : `${parts.join('; ')}. They could keep triggering each other (Hearth stops such a loop after it goes round twice).`;
        out.push(conflict({ kind: 'loop', severity: 'warning', ruleIds: next.map((p) => p.id), deviceId: next[0]!.via.deviceId, message }));
      } else if (!next.some((p) => p.id === e.to)) walk(start, e.to, next);
    }
  };
  for (const r of rules) walk(r.id, r.id, []);
  return only ? out.filter((c) => c.ruleIds.includes(only)) : out;
}

/** Everything wrong with one rule among the others (for saving), or with all rules (for the conflicts panel). */
export function ruleConflicts(ctx: CheckContext, only?: string): Conflict[] {
  const impossible = ctx.rules
    .filter((r) => !only || r.id === only)
    .flatMap((r) => stepProblems(stepsFromRule(r.actions, ctx.lookup, ctx.scene).steps, ctx.lookup).filter((c) => c.kind === 'impossible').map((c) => ({ ...c, ruleIds: [r.id], stepIds: [], message: `“${r.name}”: ${c.message}` })));
  return [...impossible, ...ruleOverlaps(ctx, only), ...ruleLoops(ctx, only)];
}
