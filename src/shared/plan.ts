// Plans: what a command or an automation will do, step by step, before it does it; conflicts found in it;
// and the trace of every run ("why did — or didn't — my automation run?").
import { z } from 'zod';
import { CapabilityKind, CapabilityValue } from './model';
import { RuleInput } from './automation';

export const StepStatus = z.enum(['pending', 'running', 'done', 'failed', 'skipped', 'rolledBack', 'cancelled']);
export type StepStatus = z.infer<typeof StepStatus>;

export const PlanStep = z.object({
  id: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  capabilityId: z.string(),
  capabilityKind: CapabilityKind,
  /** Plain English: "Turn on Floor Lamp", "Set Thermostat to 22 °C". */
  label: z.string(),
  /** The value sent. */
  value: CapabilityValue,
  /** Expected value before and after this step (after = value, unless the device reports otherwise). */
  before: CapabilityValue,
  after: CapabilityValue,
  /** When it runs, in ms after the plan starts. */
  atMs: z.number().int().nonnegative(),
  /** Set for a relative step ("dim by 10"): the change, applied to the value at run time; `value` is only today's estimate. */
  by: z.number().finite().optional(),
  status: StepStatus,
  error: z.string().optional(),
  ranAt: z.number().optional(),
  durationMs: z.number().optional(),
});
export type PlanStep = z.infer<typeof PlanStep>;

/** chain: rules setting each other off one after another, longer than Hearth runs; undo: rules that at once undo each other;
 * limit: saving it would go over the subscription's limit of automations. */
export const ConflictKind = z.enum(['overlap', 'loop', 'chain', 'undo', 'impossible', 'unreachable', 'limit']);
export type ConflictKind = z.infer<typeof ConflictKind>;
export const Conflict = z.object({
  kind: ConflictKind,
  /** Blocking conflicts must be fixed (Edit) before approving; warnings are shown and may be accepted. */
  severity: z.enum(['warning', 'blocking']),
  message: z.string(),
  stepIds: z.array(z.string()),
  ruleIds: z.array(z.string()),
  deviceId: z.string().nullable(),
});
export type Conflict = z.infer<typeof Conflict>;

export const PlanSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('command'), text: z.string() }),
  z.object({ kind: z.literal('automation'), ruleId: z.string(), ruleName: z.string() }),
  z.object({ kind: z.literal('undo'), planId: z.string() }),
  z.object({ kind: z.literal('rollback'), planId: z.string() }),
  z.object({ kind: z.literal('scene'), sceneId: z.string(), sceneName: z.string() }),
  /** A command published to Hearth's MQTT command topic (a dashboard, Home Assistant; src/main/mqtt-bridge). */
  z.object({ kind: z.literal('mqtt'), topic: z.string() }),
]);
export type PlanSource = z.infer<typeof PlanSource>;

export const PlanStatus = z.enum(['preview', 'running', 'done', 'failed', 'cancelled', 'undone', 'saved']);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const Plan = z.object({
  id: z.string(),
  title: z.string(),
  source: PlanSource,
  createdAt: z.number(),
  status: PlanStatus,
  /** When the first step runs (ms since epoch): now for commands, the next occurrence for schedules. */
  startsAt: z.number(),
  steps: z.array(PlanStep),
  conflicts: z.array(Conflict),
  /** Things worth knowing that are not conflicts ("Floor Lamp can't be dimmed; it is only turned on"). */
  notes: z.array(z.string()),
  /** Why this plan is shown before it runs (timed, many devices, locks/covers), or empty when it may auto-run. */
  previewReasons: z.array(z.string()),
  /** Set for "every weekday at 7 …": approving saves this automation instead of running now. */
  automation: RuleInput.nullable(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  /** Until when Undo is offered (24 h after it ran). */
  undoUntil: z.number().nullable(),
  /** How it ended, in plain English. */
  outcome: z.string().nullable(),
  /** The automation this plan was saved as. */
  ruleId: z.string().nullable(),
  /** What it will do, in one plain sentence ("Set Desk Lamp brightness to 40 % and Porch Light brightness to
   *  10 %, now."), shown above the timeline so a misreading is caught before it is approved. */
  summary: z.string().optional(),
  /** The plan this one corrects ("no, the right one" said after it). */
  revises: z.string().optional(),
});
export type Plan = z.infer<typeof Plan>;

export const PreviewResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), plan: Plan, autoRan: z.boolean() }),
  /** Hearth needs to know more: "Which lamp: Bedroom Lamp or Living Room Lamp?". */
  z.object({ kind: z.literal('question'), text: z.string(), message: z.string(), subject: z.string(), options: z.array(z.string()) }),
  z.object({ kind: z.literal('answer'), text: z.string(), answer: z.string() }),
  z.object({ kind: z.literal('error'), text: z.string(), code: z.string(), message: z.string(), next: z.string().optional() }),
]);
export type PreviewResult = z.infer<typeof PreviewResult>;

/** A device a plan changed that someone (or something) has changed again since: Undo asks before putting it back. */
export const ChangedSince = z.object({
  deviceId: z.string(),
  deviceName: z.string(),
  capabilityId: z.string(),
  capabilityKind: CapabilityKind,
  /** What the plan set. */
  set: CapabilityValue,
  /** What the device reports now. */
  now: CapabilityValue,
  /** What Undo would put back (the value before the plan ran). */
  before: CapabilityValue,
});
export type ChangedSince = z.infer<typeof ChangedSince>;

/** What Undo did: ran (the undo plan), or a question when devices were changed since the plan ran. */
export const UndoResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ran'), plan: Plan }),
  z.object({
    kind: z.literal('choose'),
    /** The plan to undo; ask again with its id and `changedSince`. */
    planId: z.string(),
    title: z.string(),
    /** "Ceiling Light was changed since this plan ran: it is now 80 % (the plan set 50 %). Put it back …?" */
    message: z.string(),
    changed: z.array(ChangedSince),
    /** Names of the devices Undo would put back either way. */
    unchanged: z.array(z.string()),
  }),
]);
export type UndoResult = z.infer<typeof UndoResult>;

export const TraceResult = z.enum(['ran', 'failed', 'conditionsFailed', 'suppressed', 'running']);
export type TraceResult = z.infer<typeof TraceResult>;

export const Trace = z.object({
  id: z.string(),
  at: z.number(),
  ruleId: z.string().nullable(),
  ruleName: z.string().nullable(),
  planId: z.string().nullable(),
  /** What started it: "Floor Lamp turned on", "Every weekday at 07:00", "You said “…”". */
  trigger: z.string(),
  conditions: z.array(z.object({ label: z.string(), passed: z.boolean(), detail: z.string().optional() })),
  result: TraceResult,
  /** The answer to "why did — or didn't — it run?". */
  summary: z.string(),
  steps: z.array(z.object({ label: z.string(), status: StepStatus, atMs: z.number(), durationMs: z.number().optional(), error: z.string().optional() })),
  durationMs: z.number(),
  /** Messages the automation's notify actions sent. */
  messages: z.array(z.string()).default([]),
});
export type Trace = z.infer<typeof Trace>;

export const CommandHistoryEntry = z.object({ at: z.number(), text: z.string(), outcome: z.string(), planId: z.string().nullable() });
export type CommandHistoryEntry = z.infer<typeof CommandHistoryEntry>;
