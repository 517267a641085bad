// Conflict checks, explained in plain English: values a device cannot take, devices not responding, steps
// and rules that fight over one device control at overlapping times (also with interval rules and plans
// already running), rules that trigger each other (loops, long chains) or undo each other, and rules that
// name removed devices. Rules are looked at through an index by device control, so checking one rule costs
// the rules it shares a control with, not every pair of rules. A plan's own steps on their own: step-problems.ts.
import type { Location, Rule, Scene } from '../../../shared/automation';
import type { CapabilityValue } from '../../../shared/model';
import type { Conflict, PlanStep } from '../../../shared/plan';
import { conditionText, triggerText, type DeviceLookup } from '../../../shared/describe-rules';
import { firesBetween } from '../../time/schedule';
import { triggerMatches, type DeviceTrigger } from '../../time/trigger-index';
import { controlKey as key, FactsCache, RuleGraph, type RuleFacts } from '../rule-graph';
import { chainText } from '../engine';
import { DEFAULT_CHAIN_LIMIT } from '../settings';
import { clockTime, formatValue, sameValue } from '../../../shared/describe-values';
import { conflict, differ, fmt, stepChecks, stepProblems } from './step-problems';

export { stepProblems };

/** A step of a plan that is running and has not run yet. */
export interface PendingStep {
  planTitle: string;
  /** The automation whose run it is, if any (a rule does not fight its own run). */
  ruleId: string | null;
  step: PlanStep;
  /** When it runs (ms since epoch). */
  at: number;
}

export interface CheckContext {
  lookup: DeviceLookup;
  rules: readonly Rule[];
  scene(id: string): Scene | undefined;
  location: Location | null;
  now: number;
  /** Each rule's steps and triggers (the automation service caches them; worked out afresh when absent). */
  facts?: ((rule: Rule) => RuleFacts) | undefined;
  /** The most rules one chain may run (the "longest chain" setting). */
  chainLimit?: number | undefined;
  /** Steps of running plans still to come, which a new plan or rule may fight with. */
  pending?: readonly PendingStep[] | undefined;
  /** The rules indexed (kept up to date by the automation service; built from `rules` when absent). */
  graph?: RuleGraph | undefined;
}

/** Writes to one device control closer together than this fight each other. */
const OVERLAP_MS = 5 * 60_000;
/** A rule's effect undone by a chain of rules within this long is undone "at once". */
const UNDO_MS = 60_000;
const WEEK = 7 * 86_400_000;

const quote = (r: { name: string }) => `“${r.name}”`;

/** "sets Thermostat to 22 °C", or for a relative step "raises Thermostat by 1 °C". */
function does(s: PlanStep, it = false): string {
  const what = it ? 'it' : s.deviceName;
  if (s.by !== undefined) return `${s.by >= 0 ? 'raises' : 'lowers'} ${what} by ${formatValue(s.capabilityKind, Math.abs(s.by)).replace(/ open$/, '')}`;
  return `sets ${what} to ${fmt(s)}`;
}

/** A step's label as a verb phrase: "Turn on Floor Lamp" → "turns on Floor Lamp". */
const act = (s: PlanStep) => s.label.replace(/^(\w+)/, (v) => `${v.toLowerCase()}s`);

/** A trigger's words inside a sentence: "every weekday at 07:00", but device names keep their capitals. */
const triggerWords = (t: Parameters<typeof triggerText>[0], lookup: DeviceLookup) => {
  const text = triggerText(t, lookup);
  return t.type === 'state' || t.type === 'numeric' ? text : text.replace(/^./, (c) => c.toLowerCase());
};


// ---------------------------------------------------------------------------------------------- writes over time

/** Who writes: a rule, the plan being checked (`null`), or a running plan. */
interface Write {
  ruleId: string | null;
  running?: string;
  step: PlanStep;
  at: number;
}

const ownerId = (w: Write) => w.ruleId ?? (w.running !== undefined ? `running:${w.running}` : 'plan');

function graphOf(ctx: CheckContext): RuleGraph {
  return ctx.graph ?? new RuleGraph(ctx.rules, ctx.facts ?? new FactsCache({ lookup: ctx.lookup, scene: ctx.scene }).get);
}

/** Clock and sun writes of these rules to the given controls in [from, to). */
function timedWrites(ctx: CheckContext, rules: Iterable<RuleFacts>, keys: ReadonlySet<string>, from: number, to: number): Write[] {
  const out: Write[] = [];
  for (const f of rules) {
    const steps = f.steps.filter((s) => keys.has(key(s)));
    if (steps.length === 0) continue;
    for (const t of f.timed) {
      if (t.type === 'interval') continue;
      for (const at of firesBetween(t, from - f.span, to, ctx.location)) for (const s of steps) out.push({ ruleId: f.rule.id, step: s, at: at + s.atMs });
    }
  }
  return out;
}

function pendingWrites(ctx: CheckContext, keys: ReadonlySet<string>, exceptRule?: string): Write[] {
  return (ctx.pending ?? []).filter((p) => keys.has(key(p.step)) && (exceptRule === undefined || p.ruleId !== exceptRule)).map((p) => ({ ruleId: null, running: p.planTitle, step: p.step, at: p.at }));
}

/** Writes to one control by different owners within OVERLAP_MS and with different values: once per pair of owners and control. */
function fights(writes: Write[], describe: (a: Write, b: Write) => string): Conflict[] {
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
        if (ownerId(a) === ownerId(b) || !differ(a.step, b.step)) continue;
        const id = [ownerId(a), ownerId(b)].sort().join('|') + key(a.step);
        if (seen.has(id)) continue;
        seen.add(id);
        const ruleIds = [a.ruleId, b.ruleId].filter((x): x is string => x !== null);
        const stepIds = [a, b].filter((w) => w.ruleId === null && w.running === undefined).map((w) => w.step.id);
        out.push(conflict({ kind: 'overlap', severity: 'warning', ruleIds, stepIds, deviceId: a.step.deviceId, message: describe(a, b) }));
      }
    }
  }
  return out;
}

const every = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`);

/**
 * Interval rules put a control back every so often: any other write of it, differently, fights with them.
 * `writes` belong to one owner: the plan being checked (ruleId null) or a rule (which may itself repeat).
 */
function intervalFights(graph: RuleGraph, writes: readonly Write[]): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const w of writes) {
    const owner = w.ruleId !== null ? graph.byId.get(w.ruleId) : undefined;
    const ownEvery = owner?.timed.find((t) => t.type === 'interval');
    for (const f of graph.writers(key(w.step))) {
      if (f === owner) continue;
      const theirs = f.steps.find((s) => key(s) === key(w.step) && differ(s, w.step));
      const every_ = f.timed.find((t) => t.type === 'interval');
      if (!theirs || (!every_ && !ownEvery)) continue;
      const id = `${ownerId(w)}|${f.rule.id}|${key(w.step)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let message: string;
      if (!owner) {
        message = `This plan ${does(w.step)}, but automation ${quote(f.rule)} ${does(theirs, true)} every ${every(every_!.type === 'interval' ? every_!.everyS : 0)}, so it will not stay that way for long.`;
      } else if (every_?.type === 'interval') {
        const gap = every(every_.everyS);
        message = `${quote(owner.rule)} ${does(w.step)}, but ${quote(f.rule)} ${does(theirs, true)} every ${gap}: within ${gap} it is put back. They fight over ${w.step.deviceName}.`;
      } else {
        const gap = every(ownEvery!.type === 'interval' ? ownEvery!.everyS : 0);
        message = `${quote(owner.rule)} ${does(w.step)} every ${gap}, but ${quote(f.rule)} ${does(theirs, true)}: within ${gap} ${quote(owner.rule)} puts it back. They fight over ${w.step.deviceName}.`;
      }
      out.push(conflict({ kind: 'overlap', severity: 'warning', ruleIds: [owner?.rule.id, f.rule.id].filter((x): x is string => !!x), stepIds: owner ? [] : [w.step.id], deviceId: w.step.deviceId, message }));
    }
  }
  return out;
}

const when = (at: number, now: number) => (at - now < 86_400_000 ? clockTime(at) : `${new Date(at).toLocaleDateString('en-GB', { weekday: 'long' })} ${clockTime(at)}`);

/** State-triggered rules a plan's step would set off, which then set a control the plan sets, differently. */
function pushBacks(steps: readonly PlanStep[], ctx: CheckContext, graph: RuleGraph): Conflict[] {
  const out: Conflict[] = [];
  for (const s of steps) {
    for (const f of graph.listeners(key(s))) {
      const t = f.listens.find((x) => key(x) === key(s) && triggerMatches(x, s.before ?? undefined, s.value));
      if (!t) continue;
      for (const w of f.steps) {
        const mine = steps.find((m) => key(m) === key(w) && m.atMs >= s.atMs && differ(m, w));
        if (!mine) continue;
        out.push(conflict({ kind: 'overlap', severity: 'warning', ruleIds: [f.rule.id], stepIds: [s.id, mine.id], deviceId: w.deviceId,
          message: `“${s.label}” sets off automation ${quote(f.rule)} (${triggerWords(t, ctx.lookup)}), which ${does(w)} — but this plan sets it to ${fmt(mine)}.` }));
      }
    }
  }
  return out;
}

/** A plan about to run (or be approved) against the rules and the plans already running. */
export function planConflicts(steps: readonly PlanStep[], startsAt: number, ctx: CheckContext, exceptRule?: string): Conflict[] {
  const graph = graphOf(ctx);
  const span = steps.reduce((m, s) => Math.max(m, s.atMs), 0);
  const keys = new Set(steps.map(key));
  const mine: Write[] = steps.map((step) => ({ ruleId: null, step, at: startsAt + step.atMs }));
  const writers = new Set<RuleFacts>();
  for (const k of keys) for (const f of graph.writers(k)) if (f.rule.id !== exceptRule) writers.add(f);
  const theirs = timedWrites(ctx, writers, keys, startsAt - OVERLAP_MS, startsAt + span + OVERLAP_MS);
  const timed = fights([...mine, ...theirs, ...pendingWrites(ctx, keys)], (a, b) => {
    const [p, r] = a.ruleId === null && a.running === undefined ? [a, b] : [b, a];
    const other = r.ruleId !== null ? `automation ${quote(graph.byId.get(r.ruleId)?.rule ?? { name: 'an automation' })}` : `the running plan “${r.running ?? ''}”`;
    return `This plan sets ${p.step.deviceName} to ${fmt(p.step)} at ${when(p.at, ctx.now)}, but ${other} ${does(r.step, true)} at ${when(r.at, ctx.now)}. The two fight over ${p.step.deviceName}.`;
  }).filter((c) => c.stepIds.length > 0);
  const intervals = intervalFights(graph, mine).filter((c) => !c.ruleIds.includes(exceptRule ?? ''));
  return [...stepChecks(steps, ctx.lookup), ...timed, ...intervals, ...pushBacks(steps, ctx, graph)];
}

// ---------------------------------------------------------------------------------------------- rules among rules

const ruleName = (graph: RuleGraph, id: string) => graph.byId.get(id)?.rule.name ?? 'this automation';

/** Rules writing one control differently at overlapping times, on the same device event, or against interval rules. */
function ruleOverlaps(ctx: CheckContext, only?: string, graph = graphOf(ctx)): Conflict[] {
  const subjects = only ? [graph.byId.get(only)].filter((f): f is RuleFacts => !!f) : [...graph.byId.values()];
  const keys = new Set(subjects.flatMap((f) => f.steps.map(key)));
  // Clock and sun: the subjects' writes and those of every rule writing the same controls, over a week.
  // Older rules first, so a message names the rule already saved before the one being saved.
  const writers = new Set<RuleFacts>();
  for (const k of keys) for (const f of graph.writers(k)) writers.add(f);
  for (const f of subjects) writers.add(f);
  const timed = fights([...timedWrites(ctx, writers, keys, ctx.now, ctx.now + WEEK), ...(only ? pendingWrites(ctx, keys, only) : [])], (a, b) => {
    if (a.ruleId === null || b.ruleId === null) {
      const [r, p] = a.ruleId === null ? [b, a] : [a, b];
      return `${quote({ name: ruleName(graph, r.ruleId!) })} ${does(r.step)} at ${clockTime(r.at)}, while the running plan “${p.running ?? ''}” ${does(p.step, true)} at ${clockTime(p.at)}: they fight over ${r.step.deviceName}.`;
    }
    const days = Math.abs(a.at - b.at) < 60_000 ? `both at ${clockTime(a.at)}` : `at ${clockTime(a.at)} and ${clockTime(b.at)}`;
    return `“${ruleName(graph, a.ruleId)}” ${does(a.step)} and “${ruleName(graph, b.ruleId)}” ${does(b.step, true)}, ${days}: they fight over ${a.step.deviceName}.`;
  });
  const out = only ? timed.filter((c) => c.ruleIds.includes(only)) : timed;
  // Same device event, different values.
  const seen = new Set<string>();
  for (const A of subjects) {
    for (const ta of A.listens) {
      for (const B of graph.listeners(key(ta))) {
        if (B === A) continue;
        const pair = [A.rule.id, B.rule.id].sort().join('|');
        if (seen.has(pair)) continue;
        const shared = B.listens.some((tb) => key(tb) === key(ta) && (ta.type !== 'state' || tb.type !== 'state' || ta.to === undefined || tb.to === undefined || sameValue(ta.to, tb.to)));
        if (!shared) continue;
        const a = A.steps.find((x) => B.steps.some((y) => key(x) === key(y) && differ(x, y) && Math.abs(x.atMs - y.atMs) < OVERLAP_MS));
        const b = a && B.steps.find((y) => key(a) === key(y));
        if (!a || !b) continue;
        seen.add(pair);
        const [first, second, fa, fb] = A.rule.createdAt <= B.rule.createdAt ? [A, B, a, b] : [B, A, b, a];
        out.push(conflict({ kind: 'overlap', severity: 'warning', ruleIds: [first.rule.id, second.rule.id], deviceId: a.deviceId,
          message: `When ${triggerWords(ta, ctx.lookup)}, ${quote(first.rule)} ${does(fa)} and ${quote(second.rule)} ${does(fb, true)}: they fight over ${a.deviceName}.` }));
      }
    }
  }
  // Interval rules.
  for (const A of subjects) {
    const mine: Write[] = A.steps.map((step) => ({ ruleId: A.rule.id, step, at: 0 }));
    for (const c of intervalFights(graph, mine)) {
      const pair = [...c.ruleIds].sort().join('|') + c.deviceId;
      if (seen.has(pair)) continue;
      seen.add(pair);
      out.push(c);
    }
  }
  return out;
}

/** Rules whose actions set off each other's triggers, round in a circle. */
function ruleLoops(ctx: CheckContext, only?: string, graph = graphOf(ctx)): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  let rank: Map<string, number> | null = null; // worked out only once a loop is found
  const older = (a: string, b: string) => {
    const [x, y] = [graph.byId.get(a)!.rule, graph.byId.get(b)!.rule];
    if (x.createdAt !== y.createdAt) return x.createdAt < y.createdAt;
    rank ??= new Map([...graph.byId.keys()].map((id, i) => [id, i]));
    return rank.get(a)! < rank.get(b)!;
  };
  const walk = (from: string, at: string, path: { id: string; via: PlanStep }[]) => {
    let start = from;
    if (out.length >= 20 || path.length > 6) return;
    for (const e of graph.next(at)) {
      let next = [...path, { id: at, via: e.via }];
      const to = e.to.rule.id;
      if (to === start) {
        const sig = next.map((p) => p.id).sort().join('|');
        if (seen.has(sig)) continue;
        seen.add(sig);
        // Told from the oldest rule in the circle, however it was found.
        const first = next.reduce((best, p, i) => (older(p.id, next[best]!.id) ? i : best), 0);
        next = [...next.slice(first), ...next.slice(0, first)];
        start = next[0]!.id;
        const name = (id: string) => `“${ruleName(graph, id)}”`;
        const parts = next.map((p, i) => `${name(p.id)} ${act(p.via)}, which triggers ${i === next.length - 1 ? `${name(start)} again` : name(next[i + 1]!.id)}`);
        const message = next.length === 1
          ? `${name(start)} ${act(next[0]!.via)}, which triggers itself: it could keep running.`
          : `${parts.join('; ')}. They could keep triggering each other (Hearth stops such a loop after it goes round twice).`;
        out.push(conflict({ kind: 'loop', severity: 'warning', ruleIds: next.map((p) => p.id), deviceId: next[0]!.via.deviceId, message }));
      } else if (!next.some((p) => p.id === to) && (!only || to !== only)) walk(from, to, next);
    }
  };
  if (only) walk(only, only, []);
  else for (const id of graph.byId.keys()) walk(id, id, []);
  return only ? out.filter((c) => c.ruleIds.includes(only)) : out;
}

/** Chains of rules, each set off by the one before, longer than the engine will run. */
function ruleChains(ctx: CheckContext, only?: string, graph = graphOf(ctx)): Conflict[] {
  const limit = ctx.chainLimit ?? DEFAULT_CHAIN_LIMIT;
  const out: Conflict[] = [];
  const reported = new Set<string>();
  const ids = only ? [only] : [...graph.byId.keys()].filter((id) => graph.prev(id).length === 0);
  for (const id of ids) {
    const chain = graph.longestChainThrough(id);
    if (chain.length <= limit) continue;
    const sig = chain.map((f) => f.rule.id).join('|');
    if (reported.has(sig)) continue;
    reported.add(sig);
    const cut = chain[limit]!;
    out.push(conflict({ kind: 'chain', severity: 'warning', ruleIds: chain.map((f) => f.rule.id), deviceId: chain[0]!.steps[0]?.deviceId ?? null,
      message: `${chainText(chain.map((f) => f.rule.name))}: ${chain.length} automations can set each other off one after another. Hearth stops a chain after ${limit} (the “longest chain” setting), so ${quote(cut.rule)} would not run. Raise the setting, or shorten the chain.` }));
  }
  return out;
}

const inRange = (t: Extract<DeviceTrigger, { type: 'numeric' }>, v: CapabilityValue) =>
  typeof v === 'number' && (t.above === undefined || v > t.above) && (t.below === undefined || v < t.below);

/**
 * Does writing `s` put back what the trigger fired on? "kettle turns on" is undone by turning it off; "goes from
 * 20 to 25" by setting 20; "rises above 25" by setting it to 25 or less. Setting another number is not an undo.
 */
function undoes(t: DeviceTrigger, s: PlanStep): boolean {
  if (key(t) !== key(s) || s.by !== undefined) return false;
  if (t.type === 'numeric') return !inRange(t, s.value);
  if (t.from !== undefined) return sameValue(s.value, t.from);
  return typeof t.to === 'boolean' && s.value === !t.to;
}

/** A rule whose effect sets off other rules that, at once, undo what set it off ("kettle on → lamp on", "lamp on → kettle off"). */
function ruleUndos(ctx: CheckContext, only?: string, graph = graphOf(ctx)): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  const check = (start: RuleFacts) => {
    for (const t of start.listens) {
      // A rule that itself changes what set it off is moving it on, not being undone.
      if (start.steps.some((s) => key(s) === key(t))) continue;
      // Breadth-first along rules this one sets off, no further than a few steps and a minute.
      let frontier: { f: RuleFacts; path: { f: RuleFacts; via: PlanStep }[]; delay: number }[] = [{ f: start, path: [], delay: 0 }];
      for (let depth = 0; depth < 4 && frontier.length; depth++) {
        const next: typeof frontier = [];
        for (const { f, path, delay } of frontier) {
          const undo = depth > 0 ? f.steps.find((s) => undoes(t, s) && delay + s.atMs < UNDO_MS) : undefined;
          if (undo) {
            const ids = [start.rule.id, ...path.slice(1).map((p) => p.f.rule.id), f.rule.id];
            const sig = [...ids].sort().join('|') + key(t);
            if (!seen.has(sig)) {
              seen.add(sig);
              const hops = [...path.map((p) => `${quote(p.f.rule)} ${act(p.via)}, which sets off`), `${quote(f.rule)}, which ${act(undo)}`].join(' ');
              out.push(conflict({ kind: 'undo', severity: 'warning', ruleIds: [...new Set(ids)], deviceId: undo.deviceId,
                message: `${hops} — undoing “${triggerText(t, ctx.lookup)}”, which set off ${quote(start.rule)}. These automations undo each other at once; change one of them.` }));
            }
            continue;
          }
          for (const e of graph.next(f.rule.id)) {
            if (e.to === start || path.some((p) => p.f === e.to)) continue;
            next.push({ f: e.to, path: [...path, { f, via: e.via }], delay: delay + e.via.atMs });
          }
        }
        frontier = next;
      }
    }
  };
  if (only) {
    const f = graph.byId.get(only);
    if (f) check(f);
    // …and rules up the chain whose effect this one may undo.
    const up = new Set<RuleFacts>();
    let level = [only];
    for (let depth = 0; depth < 3; depth++) {
      const nextLevel: string[] = [];
      for (const id of level) {
        for (const e of graph.prev(id)) {
          if (up.has(e.from)) continue;
          up.add(e.from);
          nextLevel.push(e.from.rule.id);
        }
      }
      level = nextLevel;
    }
    for (const u of up) if (u.rule.id !== only) check(u);
    return out.filter((c) => c.ruleIds.includes(only));
  }
  for (const f of graph.byId.values()) check(f);
  return out;
}

/** Rules that name a device (or scene) no longer in Hearth: in their actions they cannot run, elsewhere they never fire or pass. */
function brokenRules(ctx: CheckContext, only?: string): Conflict[] {
  const out: Conflict[] = [];
  const hasControl = (r: { deviceId: string; capabilityId: string }) => !!ctx.lookup(r.deviceId)?.capabilities.some((c) => c.id === r.capabilityId);
  for (const r of ctx.rules) {
    if (only && r.id !== only) continue;
    const say = (severity: Conflict['severity'], message: string, deviceId: string | null = null) =>
      out.push(conflict({ kind: 'impossible', severity, ruleIds: [r.id], deviceId, message: `${quote(r)} ${message}` }));
    const action = r.actions.find((a) => (a.type === 'command' || a.type === 'adjust') && !hasControl(a));
    if (action && (action.type === 'command' || action.type === 'adjust')) {
      say('blocking', `cannot run: one of its actions names ${ctx.lookup(action.deviceId) ? `a control ${ctx.lookup(action.deviceId)!.name} no longer has` : 'a device that was removed from Hearth'}. Edit it to pick another device, or remove that step.`, action.deviceId);
    }
    for (const a of r.actions) {
      if (a.type !== 'scene') continue;
      const scene = ctx.scene(a.sceneId);
      if (!scene) say('blocking', 'cannot run: it applies a scene that was removed. Edit it to pick another scene.');
      else if (scene.entries.some((e) => !hasControl(e))) say('warning', `applies scene “${scene.name}”, which names a device that was removed from Hearth; that part of the scene is left out.`);
    }
    const trigger = r.triggers.find((t) => (t.type === 'state' || t.type === 'numeric') && !hasControl(t));
    if (trigger && (trigger.type === 'state' || trigger.type === 'numeric')) say('warning', `can never be set off by “${triggerText(trigger, ctx.lookup)}”: that device was removed from Hearth. Edit its trigger.`, trigger.deviceId);
    const names = (c: Rule['conditions'][number]): { deviceId: string; capabilityId: string }[] =>
      c.type === 'state' || c.type === 'numeric' ? [c] : c.type === 'and' || c.type === 'or' ? c.conditions.flatMap(names) : c.type === 'not' ? names(c.condition) : [];
    const cond = r.conditions.find((c) => names(c).some((x) => !hasControl(x)));
    if (cond) say('warning', `will not run while its condition “${conditionText(cond, ctx.lookup)}” names a device that was removed from Hearth. Edit the condition.`);
  }
  return out;
}

/** Everything wrong with one rule among the others (for saving), or with all rules (for the conflicts panel). */
export function ruleConflicts(ctx: CheckContext, only?: string): Conflict[] {
  const graph = graphOf(ctx);
  const facts = ctx.facts ?? new FactsCache({ lookup: ctx.lookup, scene: ctx.scene }).get;
  const own = ctx.rules
    .filter((r) => !only || r.id === only)
    .flatMap((r) => stepChecks(facts(r).steps, ctx.lookup).filter((c) => c.kind === 'impossible' || c.kind === 'overlap').map((c) => ({ ...c, ruleIds: [r.id], stepIds: [], message: `${quote(r)}: ${c.message.replace(/^This plan/, 'it')}` })));
  return [...brokenRules(ctx, only), ...own, ...ruleOverlaps(ctx, only, graph), ...ruleLoops(ctx, only, graph), ...ruleChains(ctx, only, graph), ...ruleUndos(ctx, only, graph)];
}
