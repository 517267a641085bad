import { HearthError } from '../../shared/errors';
import type { AutomationService } from '../automation/service';
import type { TraceStore } from '../automation/traces';
import type { PlanService } from '../automation/plans/service';
import type { HandlersFor } from '../transport/dispatch';
import type { RequestName } from '../../shared/contract';

type AutomationRequests = Extract<RequestName, `automations.${string}` | `scenes.${string}` | `traces.${string}`>;

export function automationHandlers({ automations, plans, traces }: { automations: AutomationService; plans: PlanService; traces: TraceStore }): HandlersFor<AutomationRequests> {
  return {
    'automations.list': () => automations.list(),
    'automations.get': (i) => automations.get(i.ruleId),
    'automations.create': (i) => automations.create(i.rule, i.source),
    'automations.update': (i) => automations.update(i.ruleId, i.rule),
    'automations.remove': (i) => {
      automations.remove(i.ruleId);
      return { ok: true as const };
    },
    'automations.setEnabled': (i) => automations.setEnabled(i.ruleId, i.enabled),
    'automations.fromText': async (i, ctx) => {
      const r = await plans.preview({ text: i.text, clarify: i.clarify }, `${ctx.actor}:automation`, { mayAutoRun: false });
      if (r.kind === 'question' || r.kind === 'error') return r;
      if (r.kind === 'answer') return { kind: 'error' as const, text: r.text, code: 'NOT_UNDERSTOOD', message: 'That is a question, not something to automate.' };
      if (!r.plan.automation) {
        plans.cancel(r.plan.id);
        return { kind: 'error' as const, text: i.text, code: 'UNSUPPORTED', message: 'Say when it should run.', next: 'For example “every weekday at 7 turn on the kitchen lights” or “at sunset turn on the porch light”.' };
      }
      return { kind: 'draft' as const, rule: r.plan.automation, plan: r.plan, conflicts: r.plan.conflicts };
    },
    'automations.check': (i) => automations.check(i.rule, i.ruleId),
    'automations.conflicts': () => automations.conflicts(),
    'automations.run': (i) => automations.run(i.ruleId),
    'automations.export': () => automations.export(),
    'automations.import': (i) => automations.import(i.data, { copies: i.copies }),
    'automations.getSettings': () => automations.settings(),
    'automations.setSettings': (i) => automations.setSettings(i),
    'automations.getLocation': () => automations.location(),
    'automations.setLocation': (i) => automations.setLocation(i.location),
    'scenes.list': () => automations.scenes(),
    'scenes.capture': (i) => automations.captureScene(i.name, i.deviceIds),
    'scenes.apply': (i) => ({ kind: 'plan' as const, plan: plans.scenePlan(automations.scene(i.sceneId)), autoRan: false }),
    'scenes.remove': (i) => {
      automations.removeScene(i.sceneId);
      return { ok: true as const };
    },
    'traces.list': (i) => traces.list(i.ruleId, i.limit),
    'traces.get': (i) => {
      const t = traces.get(i.traceId);
      if (!t) throw new HearthError('NOT_FOUND', 'That run is no longer in the log.');
      return t;
    },
  };
}
