// Automations (rules), scenes, traces of runs, conflicts between rules, and the home's location for sun times.
import { z } from 'zod';
import { AutomationExport, AutomationSettings, Location, Rule, RuleInput, Scene } from '../automation';
import { Conflict, Plan, PreviewResult, Trace } from '../plan';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';
import { cleanName, NOTHING_VISIBLE, userName } from './names';

const RuleId = z.object({ ruleId: Id }).strict();
/** A rule as someone gives it: its name cleaned like every name typed in (names.ts), refused when nothing shows. */
const NamedRuleInput = RuleInput.extend({ name: userName(100) });
/** An imported file's rule and scene names are cleaned the same way; one with nothing visible is refused. */
const ImportData = AutomationExport.transform((data, ctx) => {
  const clean = (kind: 'rules' | 'scenes', i: number, raw: string): string => {
    const name = cleanName(raw);
    if (!name) ctx.addIssue({ code: 'custom', path: [kind, i, 'name'], message: NOTHING_VISIBLE });
    return name;
  };
  return { ...data, rules: data.rules.map((r, i) => ({ ...r, name: clean('rules', i, r.name) })), scenes: data.scenes.map((s, i) => ({ ...s, name: clean('scenes', i, s.name) })) };
});
export const SavedRule = z.object({ rule: Rule, conflicts: z.array(Conflict) });
export type SavedRule = z.infer<typeof SavedRule>;

export const ImportResult = z.object({
  rules: z.array(Rule),
  scenes: z.number().int(),
  /** Already in this home, so not imported again. */
  skippedRules: z.number().int(),
  skippedScenes: z.number().int(),
  /** "Imported 3 automations and 1 scene; skipped 12 automations and 2 scenes this home already has." */
  message: z.string(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const RuleDraft = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft'), rule: RuleInput, plan: Plan, conflicts: z.array(Conflict) }),
  z.object({ kind: z.literal('question'), text: z.string(), message: z.string(), subject: z.string(), options: z.array(z.string()) }),
  z.object({ kind: z.literal('error'), text: z.string(), code: z.string(), message: z.string(), next: z.string().optional() }),
]);
export type RuleDraft = z.infer<typeof RuleDraft>;

export const automationRequests = defineRequests({
  'automations.list': { input: NoInput, output: z.array(Rule), personal: 'read' },
  'automations.get': { input: RuleId, output: Rule, personal: 'read' },
  'automations.create': { input: z.object({ rule: NamedRuleInput, source: z.enum(['nl', 'form']).default('form') }).strict(), output: SavedRule, personal: 'write' },
  'automations.update': { input: z.object({ ruleId: Id, rule: NamedRuleInput }).strict(), output: SavedRule, personal: 'write' },
  'automations.remove': { input: RuleId, output: Ok, personal: 'write' },
  'automations.setEnabled': { input: z.object({ ruleId: Id, enabled: z.boolean() }).strict(), output: Rule, personal: 'write' },
  /** "every weekday at 7 turn on the kitchen lights" → a rule to review and save. */
  'automations.fromText': {
    input: z.object({ text: z.string().trim().min(1).max(500), clarify: z.object({ subject: z.string().max(100), choice: z.string().max(200) }).optional() }).strict(),
    output: RuleDraft,
    personal: 'write',
  },
  /** Conflicts a rule would have if saved (loops, overlaps with other rules, impossible values). */
  'automations.check': { input: z.object({ rule: RuleInput, ruleId: Id.optional() }).strict(), output: z.array(Conflict), personal: 'read' },
  /** Every conflict among the saved, enabled rules. */
  'automations.conflicts': { input: NoInput, output: z.array(Conflict), personal: 'read' },
  'automations.run': { input: RuleId, output: Trace, personal: 'write' },
  'automations.export': { input: NoInput, output: AutomationExport, personal: 'read' },
  /** Rules and scenes the home already has (same id, or the same content) are skipped unless `copies` asks for copies. */
  'automations.import': { input: z.object({ data: ImportData, copies: z.boolean().default(false) }).strict(), output: ImportResult, personal: 'write' },
  'automations.getSettings': { input: NoInput, output: AutomationSettings, personal: 'none' },
  'automations.setSettings': { input: AutomationSettings.partial().strict(), output: AutomationSettings, personal: 'none' },
  'automations.getLocation': { input: NoInput, output: Location.nullable(), personal: 'read' },
  'automations.setLocation': { input: z.object({ location: Location.nullable() }).strict(), output: Location.nullable(), personal: 'write' },
  'scenes.list': { input: NoInput, output: z.array(Scene), personal: 'read' },
  'scenes.capture': {
    input: z.object({ name: userName(100), deviceIds: z.array(Id).max(500).optional() }).strict(),
    output: Scene,
    personal: 'write',
  },
  /** Builds a plan that applies the scene (preview it, then approve). */
  'scenes.apply': { input: z.object({ sceneId: Id }).strict(), output: PreviewResult, personal: 'write' },
  'scenes.remove': { input: z.object({ sceneId: Id }).strict(), output: Ok, personal: 'write' },
  'traces.list': { input: z.object({ ruleId: Id.optional(), limit: z.number().int().min(1).max(500).default(50) }).strict(), output: z.array(Trace), personal: 'read' },
  'traces.get': { input: z.object({ traceId: Id }).strict(), output: Trace, personal: 'read' },
});

export const automationEvents = defineEvents({
  'automation.updated': Rule,
  'automation.removed': z.object({ ruleId: Id }),
  /** A rule was triggered: it ran, or its conditions kept it from running (the trace says which and why). */
  'automation.executed': Trace,
});
