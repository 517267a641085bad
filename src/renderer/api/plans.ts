// Plans: preview a sentence, edit, approve, cancel and undo a plan; the commands said before; plan settings.
import type { PlanSettings } from '../../shared/contract';
import type { CapabilityValue } from '../../shared/model';
import type { Client } from './client';

export type Clarify = { subject: string; choice: string };
export type StepEdit = { stepId: string; value?: CapabilityValue; atMs?: number; remove?: boolean };

export const previewPlan = (c: Client, text: string, clarify?: Clarify) => c.call('plans.preview', clarify ? { text, clarify } : { text });
export const getPlan = (c: Client, planId: string) => c.call('plans.get', { planId });
export const editPlan = (c: Client, planId: string, steps: StepEdit[]) => c.call('plans.edit', { planId, steps });
export const approvePlan = (c: Client, planId: string) => c.call('plans.approve', { planId });
export const cancelPlan = (c: Client, planId: string) => c.call('plans.cancel', { planId });
/** `changedSince` answers the question Undo asked about devices changed since the plan ran. */
export const undoPlan = (c: Client, planId: string, changedSince?: 'putBack' | 'keep') => c.call('plans.undo', changedSince ? { planId, changedSince } : { planId });
export const commandHistory = (c: Client, limit = 50) => c.call('commands.history', { limit });
export const getPlanSettings = (c: Client) => c.call('plans.getSettings', {});
export const setPlanSettings = (c: Client, settings: Partial<PlanSettings>) => c.call('plans.setSettings', settings);
