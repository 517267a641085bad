// Plans in the renderer, fed by the core's events (plan.progress / plan.finished). The command bar previews a
// sentence; the open plan dialog shows `current`; Undo may ask a question first. Failures go to the notices.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanSettings } from '../../shared/contract';
import type { Plan, PreviewResult, UndoResult } from '../../shared/plan';
import { caller } from '../api/call';
import type { Client } from '../api/client';
import { approvePlan, cancelPlan, commandHistory, editPlan, getPlan, getPlanSettings, previewPlan, setPlanSettings, undoPlan, type Clarify, type StepEdit } from '../api/plans';
import type { NoticesState } from './notices';

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
  /** Auto-run for simple commands; loaded with loadSettings. */
  settings: PlanSettings;
  /** The question Undo asks when devices were changed since the plan ran, until answered or dismissed. */
  undoChoice: UndoChoice | null;
  preview(text: string, clarify?: Clarify): Promise<void>;
  /** Seeds the command bar's history from the commands said before (kept by the core). */
  loadHistory(): Promise<void>;
  open(plan: Plan): void;
  close(): void;
  approve(planId: string): Promise<void>;
  cancel(planId: string): Promise<void>;
  edit(planId: string, steps: StepEdit[]): Promise<void>;
  /** Undo a plan; `changedSince` answers the question Undo asked about devices changed since it ran. */
  undo(planId: string, changedSince?: 'putBack' | 'keep'): Promise<void>;
  dismissUndoChoice(): void;
  loadSettings(): Promise<void>;
  setSettings(s: Partial<PlanSettings>): Promise<void>;
}

/** The plan the dialog shows, if any. */
export const selectOpenPlan = (s: PlansState): Plan | undefined => (s.current?.kind === 'plan' ? s.plans[s.current.planId] : undefined);
/** A reply to show under the command bar (a question, an answer, or why it can't be done). */
export const selectReply = (s: PlansState) => (s.current && s.current.kind !== 'plan' ? s.current : null);

const HISTORY = 50;

export function createPlansStore({ client, notices }: { client: Client; notices: StoreApi<NoticesState> }): StoreApi<PlansState> {
  const report = (err: unknown) => notices.getState().report(err);
  const call = caller({ client, report });
  const store = createStore<PlansState>()((set, get) => {
    const put = (plan: Plan) => set((s) => ({ plans: { ...s.plans, [plan.id]: plan } }));
    /** Runs an action that disables the dialog's buttons (and the command bar) while it is under way. */
    const busyWhile = async (work: () => Promise<void>) => {
      set({ busy: true });
      try {
        await work();
      } finally {
        set({ busy: false });
      }
    };
    return {
      plans: {},
      current: null,
      busy: false,
      said: [],
      settings: { autoRunSimple: false },
      undoChoice: null,
      preview: (text, clarify) =>
        busyWhile(async () => {
          if (!clarify) set((s) => ({ said: [...s.said.filter((x) => x !== text), text].slice(-HISTORY) }));
          const r = await call(previewPlan, text, clarify);
          if (!r) return;
          if (r.kind === 'plan') {
            put(r.plan);
            // A correction ("no, I meant the desk lamp") is kept as the command it became, to run again as it is.
            const became = r.plan.revises && r.plan.source.kind === 'command' ? r.plan.source.text : null;
            if (became) set((s) => ({ said: [...s.said.filter((x) => x !== text && x !== became), became].slice(-HISTORY) }));
            set({ current: { kind: 'plan', planId: r.plan.id } });
          } else set({ current: r });
        }),
      async loadHistory() {
        // History is a convenience; the bar works without it.
        const past = await caller({ client, report }, { quiet: true })(commandHistory, HISTORY);
        if (!past) return;
        // The core lists the newest first; ↑ walks back from the newest, each sentence once (where it was said last).
        const oldestFirst = past.map((c) => c.text).reverse();
        const texts = oldestFirst.filter((t, i) => oldestFirst.lastIndexOf(t) === i);
        set((s) => ({ said: [...texts.filter((t) => !s.said.includes(t)), ...s.said].slice(-HISTORY) }));
      },
      open(plan) {
        put(plan);
        set({ current: { kind: 'plan', planId: plan.id } });
      },
      close() {
        set({ current: null, undoChoice: null });
      },
      approve: (planId) =>
        busyWhile(async () => {
          const plan = await call(approvePlan, planId);
          if (plan) put(plan);
        }),
      async cancel(planId) {
        const p = get().plans[planId];
        if (p && (p.status === 'preview' || p.status === 'running')) {
          const cancelled = await call(cancelPlan, planId);
          if (!cancelled) return;
          put(cancelled);
        }
        // A previewed plan's dialog closes; a running one stays open to show what ran.
        if (p?.status !== 'running') set({ current: null });
      },
      async edit(planId, steps) {
        const plan = await call(editPlan, planId, steps);
        if (plan) put(plan);
      },
      dismissUndoChoice: () => set({ undoChoice: null }),
      undo: (planId, changedSince) =>
        busyWhile(async () => {
          const r = await call(undoPlan, planId, changedSince);
          if (r?.kind === 'choose') {
            set({ undoChoice: r });
            return;
          }
          set({ undoChoice: null });
          if (!r) return;
          put(r.plan);
          const undone = await call(getPlan, planId);
          if (undone) put(undone);
        }),
      async loadSettings() {
        const settings = await call(getPlanSettings);
        if (settings) set({ settings });
      },
      async setSettings(change) {
        const settings = await call(setPlanSettings, change);
        if (settings) set({ settings });
      },
    };
  });

  const putPlan = (plan: Plan) => store.setState((s) => ({ plans: { ...s.plans, [plan.id]: plan } }));
  client.on('plan.progress', putPlan);
  client.on('plan.finished', putPlan);
  return store;
}
