// Automations in the renderer: the rules, the conflicts among them, their runs, and the settings they depend on
// (location for sun times, the longest chain). Kept fresh by automation.updated / removed / executed; what
// automations' notify actions say becomes a notice. Failures go to the notices.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AutomationSettings, Location, Rule, RuleInput } from '../../shared/automation';
import type { RuleDraft } from '../../shared/contract';
import type { Conflict, Trace } from '../../shared/plan';
import * as api from '../api/automations';
import { caller } from '../api/call';
import { ApiError, type Client } from '../api/client';
import type { Clarify } from '../api/plans';
import type { NoticesState } from './notices';

export interface AutomationsState {
  rules: Rule[];
  /** Conflicts among the saved, enabled rules. */
  conflicts: Conflict[];
  /** Runs of automations (and of commands), newest first. */
  traces: Trace[];
  location: Location | null;
  /** The engine's settings (the longest chain of rules it runs), once loaded. */
  settings: AutomationSettings | null;
  /** A sentence is being turned into a draft. */
  drafting: boolean;
  load(): Promise<void>;
  /** "every weekday at 7 turn on the kettle" → a draft (open its plan to preview and save it), a question, or why not. */
  draftFromText(text: string, clarify?: Clarify): Promise<RuleDraft | undefined>;
  /** Saves a rule; returns its conflicts (empty: none), or undefined when it was not saved. */
  saveRule(rule: RuleInput, ruleId?: string): Promise<Conflict[] | undefined>;
  /** The conflicts a rule would have if saved (none when the check itself fails: saving checks again). */
  checkRule(rule: RuleInput, ruleId?: string): Promise<Conflict[]>;
  setEnabled(ruleId: string, enabled: boolean): Promise<void>;
  removeRule(ruleId: string): Promise<void>;
  runRule(ruleId: string): Promise<void>;
  setLocation(location: Location | null): Promise<void>;
  loadSettings(): Promise<void>;
  setSettings(s: Partial<AutomationSettings>): Promise<void>;
  /** The rules and scenes as JSON, to download. */
  exportRules(): Promise<string | undefined>;
  /** Imports an export; returns what was imported and what skipped (rules and scenes this home already has). */
  importRules(json: string, copies?: boolean): Promise<string | undefined>;
}

export const MAX_TRACES = 100;

export function createAutomationsStore({ client, notices }: { client: Client; notices: StoreApi<NoticesState> }): StoreApi<AutomationsState> {
  const report = (err: unknown) => notices.getState().report(err);
  const call = caller({ client, report });
  const quietly = caller({ client, report }, { quiet: true });

  // Conflicts are worked out again after rules change (here or in another window): one request at a time,
  // and once more if rules changed while it ran (an import changes many at once).
  let refreshing: Promise<void> | null = null;
  let stale = false;
  const refreshConflicts = (): Promise<void> => {
    if (refreshing) {
      stale = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        stale = false;
        const conflicts = await quietly(api.ruleConflicts);
        if (conflicts) store.setState({ conflicts });
      } while (stale);
    })().finally(() => (refreshing = null));
    return refreshing;
  };

  const store = createStore<AutomationsState>()((set) => ({
    rules: [],
    conflicts: [],
    traces: [],
    location: null,
    settings: null,
    drafting: false,
    async load() {
      const all = await call((c: Client) => Promise.all([api.listRules(c), api.listTraces(c, 50), api.ruleConflicts(c), api.getLocation(c)]));
      if (!all) return;
      const [rules, traces, conflicts, location] = all;
      set({ rules, traces, conflicts, location });
    },
    async draftFromText(text, clarify) {
      set({ drafting: true });
      try {
        return await call(api.ruleFromText, text, clarify);
      } finally {
        set({ drafting: false });
      }
    },
    async saveRule(rule, ruleId) {
      return (await call(api.saveRule, rule, ruleId))?.conflicts;
    },
    async checkRule(rule, ruleId) {
      return (await quietly(api.checkRule, rule, ruleId)) ?? [];
    },
    async setEnabled(ruleId, enabled) {
      await call(api.setRuleEnabled, ruleId, enabled);
    },
    async removeRule(ruleId) {
      await call(api.removeRule, ruleId);
    },
    async runRule(ruleId) {
      await call(api.runRule, ruleId);
    },
    async setLocation(location) {
      const saved = await call(api.setLocation, location);
      if (saved !== undefined) set({ location: saved });
    },
    async loadSettings() {
      const settings = await call(api.getAutomationSettings);
      if (settings) set({ settings });
    },
    async setSettings(change) {
      const settings = await call(api.setAutomationSettings, change);
      if (settings) set({ settings });
    },
    async exportRules() {
      const data = await call(api.exportRules);
      return data && JSON.stringify(data, null, 2);
    },
    async importRules(json, copies = false) {
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch {
        report(new ApiError({ code: 'BAD_REQUEST', message: 'That is not an automations export (not JSON).', next: 'Choose the file Hearth saved with Export.' }));
        return undefined;
      }
      const r = await call(api.importRules, data as Parameters<typeof api.importRules>[1], copies);
      if (!r) return undefined;
      await store.getState().load();
      return r.message;
    },
  }));

  client.on('automation.updated', (rule) => {
    store.setState((s) => ({ rules: s.rules.some((r) => r.id === rule.id) ? s.rules.map((r) => (r.id === rule.id ? rule : r)) : [...s.rules, rule] }));
    void refreshConflicts();
  });
  client.on('automation.removed', ({ ruleId }) => {
    store.setState((s) => ({ rules: s.rules.filter((r) => r.id !== ruleId) }));
    void refreshConflicts();
  });
  client.on('automation.executed', (trace) => {
    store.setState((s) => ({ traces: [trace, ...s.traces.filter((t) => t.id !== trace.id)].slice(0, MAX_TRACES) }));
    if (trace.result !== 'ran') return;
    for (const text of trace.messages) notices.getState().notify('message', text, `From “${trace.ruleName ?? 'An automation'}”`);
  });
  return store;
}
