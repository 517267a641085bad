import type { PlanService } from '../automation/plans/service';
import type { HandlersFor } from '../transport/dispatch';

type PlanRequests =
  | 'plans.preview' | 'plans.get' | 'plans.edit' | 'plans.approve' | 'plans.cancel' | 'plans.undo' | 'plans.history'
  | 'commands.history' | 'plans.getSettings' | 'plans.setSettings';

export function planHandlers({ plans }: { plans: PlanService }): HandlersFor<PlanRequests> {
  return {
    // A guest's plan never runs unseen: the room check (transport/roles.ts) reads it before it is approved.
    'plans.preview': (i, ctx) => plans.preview(i, ctx.actor, ctx.grant?.role === 'guest' ? { mayAutoRun: false, rooms: ctx.grant.rooms } : {}),
    'plans.get': (i) => plans.get(i.planId),
    'plans.edit': (i) => plans.edit(i.planId, i.steps),
    'plans.approve': (i, ctx) => plans.approve(i.planId, ctx.actor),
    'plans.cancel': (i) => plans.cancel(i.planId),
    'plans.undo': (i, ctx) => plans.undo(i.planId, ctx.actor, i.changedSince ? { changedSince: i.changedSince } : {}),
    'plans.history': (i) => plans.history(i.limit),
    'commands.history': (i) => plans.commands(i.limit),
    'plans.getSettings': () => plans.settings(),
    'plans.setSettings': (i) => plans.setSettings(i),
  };
}
