// Plans and automations in the renderer, fed by the core's events (plan.progress / plan.finished,
// automation.updated / removed / executed). The open plan dialog shows `current`.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AutomationSettings, Location, Rule, RuleInput, Scene } from '../../shared/automation';
import type { PlanSettings, RuleDraft } from '../../shared/contract';
import type { CapabilityValue } from '../../shared/model';
import type { Conflict, Plan, PreviewResult, Trace, UndoResult } from '../../shared/plan';
import { ApiError, type Client } from '../api/client';

/** What the command bar or an automation opened: a plan in the dialog, or a reply shown under the bar. */
export type Current = { kind: 'plan'; planId: string } | Exclude<PreviewResult, { kind: 'plan' }> | null;

/** Undo found devices changed since the plan ran: what to ask the person. */
export type UndoChoice = Extract<UndoResult, { kind: 'choose' }>;

export interface PlansState {
  plans: Record<string, Plan>;
  current: Current;
  busy: boolean;
  /** Sentences said in this window, newest last (the command bar's ↑ history). */
  said: string[];
  error: { message: string; next?: string | undefined } | null;
  /** Messages from automations' notify actions, until dismissed. */
  messages: { id: string; rule: string; text: string }[];
  dismissMessage(id: string): void;
  rules: Rule[];
  traces: Trace[];
  conflicts: Conflict[];
  scenes: Scene[];
  location: Location | null;
  settings: PlanSettings;
  preview(text: string, clarify?: { subject: string; choice: string }): Promise<void>;
  /** Seeds the command bar's history from the commands said before (kept by the core). */
  loadHistory(): Promise<void>;
  open(plan: Plan): void;
  close(): void;
  approve(planId: string): Promise<void>;
  cancel(planId: string): Promise<void>;
  edit(planId: string, steps: { stepId: string; value?: CapabilityValue; atMs?: number; remove?: boolean }[]): Promise<void>;
  /** Undo a plan; `changedSince` answers the question Undo asked about devices changed since it ran. */
  undo(planId: string, changedSince?: 'putBack' | 'keep'): Promise<void>;
  /** The question Undo asks when devices were changed since the plan ran, until answered or dismissed. */
  undoChoice: UndoChoice | null;
  dismissUndoChoice(): void;
  loadAutomations(): Promise<void>;
  draftFromText(text: string, clarify?: { subject: string; choice: string }): Promise<RuleDraft | null>;
  saveRule(rule: RuleInput, ruleId?: string): Promise<Conflict[] | null>;
  checkRule(rule: RuleInput, ruleId?: string): Promise<Conflict[]>;
  setEnabled(ruleId: string, enabled: boolean): Promise<void>;
  removeRule(ruleId: string): Promise<void>;
  runRule(ruleId: string): Promise<void>;
  setLocation(location: Location | null): Promise<void>;
  setSettings(s: Partial<PlanSettings>): Promise<void>;
  captureScene(name: string): Promise<void>;
  applyScene(sceneId: string): Promise<void>;
  removeScene(sceneId: string): Promise<void>;
  exportRules(): Promise<string | null>;
  /** Imports an export; returns what was imported and what skipped (rules and scenes this home already has). */
  importRules(json: string, copies?: boolean): Promise<string | null>;
  /** The automation engine's settings (the longest chain of rules it runs), once loaded. */
  automationSettings: AutomationSettings | null;
  loadAutomationSettings(): Promise<void>;
  setAutomationSettings(s: Partial<AutomationSettings>): Promise<void>;
}

export function createPlansStore(client: Client): StoreApi<PlansState> {
  const store = createStore<PlansState>()((set, get) => {
    const fail = (err: unknown) => {
      const e = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) });
      set({ error: { message: e.message, next: e.next } });
    };
    const put = (plan: Plan) => set((s) => ({ plans: { ...s.plans, [plan.id]: plan } }));
    const refreshConflicts = () => client.call('automations.conflicts', {}).then((conflicts) => set({ conflicts })).catch(() => undefined);
    return {
      plans: {},
      current: null,
      busy: false,
      said: [],
      error: null,
      messages: [],
      dismissMessage: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
      rules: [],
      traces: [],
      conflicts: [],
      scenes: [],
      location: null,
      settings: { autoRunSimple: false },
      async preview(text, clarify) {
        set((s) => ({ busy: true, error: null, said: clarify ? s.said : [...s.said.filter((x) => x !== text), text].slice(-50) }));
        try {
          const r = await client.call('plans.preview', clarify ? { text, clarify } : { text });
          if (r.kind === 'plan') {
            put(r.plan);
            set({ current: { kind: 'plan', planId: r.plan.id } });
          } else set({ current: r });
        } catch (err) {
          fail(err);
        } finally {
          set({ busy: false });
        }
      },
      async loadHistory() {
        try {
          const past = await client.call('commands.history', { limit: 50 });
          const texts = [...new Set(past.map((c) => c.text).reverse())];
          set((s) => ({ said: [...texts.filter((t) => !s.said.includes(t)), ...s.said].slice(-50) }));
        } catch {
          // History is a convenience; the bar works without it.
        }
      },
      open(plan) {
        put(plan);
        set({ current: { kind: 'plan', planId: plan.id }, error: null });
      },
      close() {
        set({ current: null, error: null, undoChoice: null });
      },
      async approve(planId) {
        set({ busy: true, error: null });
        try {
          put(await client.call('plans.approve', { planId }));
          void refreshConflicts();
        } catch (err) {
          fail(err);
        } finally {
          set({ busy: false });
        }
      },
      async cancel(planId) {
        try {
          const p = get().plans[planId];
          if (p && (p.status === 'preview' || p.status === 'running')) put(await client.call('plans.cancel', { planId }));
          // A previewed plan's dialog closes; a running one stays open to show what ran.
          if (p?.status !== 'running') set({ current: null, error: null });
        } catch (err) {
          fail(err);
        }
      },
      async edit(planId, steps) {
        try {
          put(await client.call('plans.edit', { planId, steps }));
        } catch (err) {
          fail(err);
        }
      },
      undoChoice: null,
      dismissUndoChoice: () => set({ undoChoice: null }),
      async undo(planId, changedSince) {
        set({ busy: true, error: null });
        try {
          const r = await client.call('plans.undo', changedSince ? { planId, changedSince } : { planId });
          if (r.kind === 'choose') {
            set({ undoChoice: r });
            return;
          }
          set({ undoChoice: null });
          put(r.plan);
          put(await client.call('plans.get', { planId }));
        } catch (err) {
          set({ undoChoice: null });
          fail(err);
        } finally {
          set({ busy: false });
        }
      },
      async loadAutomations() {
        try {
          const [rules, traces, conflicts, scenes, location, settings] = await Promise.all([
            client.call('automations.list', {}),
            client.call('traces.list', { limit: 50 }),
            client.call('automations.conflicts', {}),
            client.call('scenes.list', {}),
            client.call('automations.getLocation', {}),
            client.call('plans.getSettings', {}),
          ]);
          set({ rules, traces, conflicts, scenes, location, settings });
        } catch (err) {
          fail(err);
        }
      },
      async draftFromText(text, clarify) {
        set({ busy: true, error: null });
        try {
          const d = await client.call('automations.fromText', clarify ? { text, clarify } : { text });
          if (d.kind === 'draft') put(d.plan);
          return d;
        } catch (err) {
          fail(err);
          return null;
        } finally {
          set({ busy: false });
        }
      },
      async saveRule(rule, ruleId) {
        try {
          const r = ruleId ? await client.call('automations.update', { ruleId, rule }) : await client.call('automations.create', { rule, source: 'form' });
          void refreshConflicts();
          return r.conflicts;
        } catch (err) {
          fail(err);
          return null;
        }
      },
      checkRule: (rule, ruleId) => client.call('automations.check', ruleId ? { rule, ruleId } : { rule }).catch(() => []),
      async setEnabled(ruleId, enabled) {
        try {
          await client.call('automations.setEnabled', { ruleId, enabled });
          void refreshConflicts();
        } catch (err) {
          fail(err);
        }
      },
      async removeRule(ruleId) {
        try {
          await client.call('automations.remove', { ruleId });
          void refreshConflicts();
        } catch (err) {
          fail(err);
        }
      },
      async runRule(ruleId) {
        try {
          await client.call('automations.run', { ruleId });
        } catch (err) {
          fail(err);
        }
      },
      async setLocation(location) {
        try {
          set({ location: await client.call('automations.setLocation', { location }) });
        } catch (err) {
          fail(err);
        }
      },
      async setSettings(s) {
        try {
          set({ settings: await client.call('plans.setSettings', s) });
        } catch (err) {
          fail(err);
        }
      },
      async captureScene(name) {
        try {
          const scene = await client.call('scenes.capture', { name });
          set((s) => ({ scenes: [...s.scenes, scene].sort((a, b) => a.name.localeCompare(b.name)) }));
        } catch (err) {
          fail(err);
        }
      },
      async applyScene(sceneId) {
        try {
          const r = await client.call('scenes.apply', { sceneId });
          if (r.kind === 'plan') get().open(r.plan);
        } catch (err) {
          fail(err);
        }
      },
      async removeScene(sceneId) {
        try {
          await client.call('scenes.remove', { sceneId });
          set((s) => ({ scenes: s.scenes.filter((x) => x.id !== sceneId) }));
        } catch (err) {
          fail(err);
        }
      },
      async exportRules() {
        try {
          return JSON.stringify(await client.call('automations.export', {}), null, 2);
        } catch (err) {
          fail(err);
          return null;
        }
      },
      async importRules(json, copies = false) {
        try {
          const r = await client.call('automations.import', { data: JSON.parse(json), copies });
          await get().loadAutomations();
          return r.message;
        } catch (err) {
          fail(err instanceof SyntaxError ? new ApiError({ code: 'BAD_REQUEST', message: 'That is not an automations export (not JSON).' }) : err);
          return null;
        }
      },
      automationSettings: null,
      async loadAutomationSettings() {
        try {
          set({ automationSettings: await client.call('automations.getSettings', {}) });
        } catch (err) {
          fail(err);
        }
      },
      async setAutomationSettings(a) {
        try {
          set({ automationSettings: await client.call('automations.setSettings', a) });
        } catch (err) {
          fail(err);
        }
      },
    };
  });

  const putPlan = (plan: Plan) => store.setState((s) => ({ plans: { ...s.plans, [plan.id]: plan } }));
  client.on('plan.progress', putPlan);
  client.on('plan.finished', putPlan);
  client.on('automation.updated', (rule) =>
    store.setState((s) => ({ rules: s.rules.some((r) => r.id === rule.id) ? s.rules.map((r) => (r.id === rule.id ? rule : r)) : [...s.rules, rule] })),
  );
  client.on('automation.removed', ({ ruleId }) => store.setState((s) => ({ rules: s.rules.filter((r) => r.id !== ruleId) })));
  client.on('automation.executed', (trace) =>
    store.setState((s) => ({
      traces: [trace, ...s.traces.filter((t) => t.id !== trace.id)].slice(0, 100),
      messages: trace.result === 'ran' && trace.messages.length
        ? [...s.messages, ...trace.messages.map((text, i) => ({ id: `${trace.id}/${i}`, rule: trace.ruleName ?? 'An automation', text }))].slice(-5)
        : s.messages,
    })),
  );
  return store;
}
