// Plans: preview a sentence, approve / edit / cancel it, undo what ran, and the history of both.
import { z } from 'zod';
import { CapabilityValue } from '../model';
import { CommandHistoryEntry, Plan, PreviewResult, UndoResult } from '../plan';
import { Id, NoInput } from './common';
import { defineEvents, defineRequests } from './define';

export const PlanSettings = z.object({
  /** Run simple immediate commands (≤ 3 devices, no locks or covers, no timing) without a preview. */
  autoRunSimple: z.boolean(),
});
export type PlanSettings = z.infer<typeof PlanSettings>;

const PlanId = z.object({ planId: Id }).strict();

export const planRequests = defineRequests({
  'plans.preview': {
    input: z
      .object({
        text: z.string().trim().min(1).max(2000),
        /** The speaker's room, for "in here" and sentences that name none. */
        area: z.string().max(64).nullable().optional(),
        /** The answer to a clarifying question: which `subject` the speaker meant. */
        clarify: z.object({ subject: z.string().max(100), choice: z.string().max(200) }).optional(),
      })
      .strict(),
    output: PreviewResult,
    personal: 'write',
  },
  'plans.get': { input: PlanId, output: Plan, personal: 'read' },
  'plans.edit': {
    input: z
      .object({
        planId: Id,
        steps: z.array(z.object({ stepId: Id, value: CapabilityValue.optional(), atMs: z.number().int().min(0).max(7 * 86400_000).optional(), remove: z.boolean().optional() })).max(200),
      })
      .strict(),
    output: Plan,
    personal: 'write',
  },
  /** Runs the plan (warnings are accepted by approving; blocking conflicts refuse), or saves it as an automation. */
  'plans.approve': { input: PlanId, output: Plan, personal: 'write' },
  'plans.cancel': { input: PlanId, output: Plan, personal: 'write' },
  /**
   * Undo a plan that ran (the newest one still undoable when no id is given), within 24 hours. Devices changed
   * since the plan ran are not put back unasked: the answer is then a question (`choose`), and asking again with
   * `changedSince` says whether to put those back too ('putBack') or keep them and put back only the rest ('keep').
   */
  'plans.undo': {
    input: z.object({ planId: Id.optional(), changedSince: z.enum(['putBack', 'keep']).optional() }).strict(),
    output: UndoResult,
    personal: 'write',
  },
  'plans.history': { input: z.object({ limit: z.number().int().min(1).max(200).default(30) }).strict(), output: z.array(Plan), personal: 'read' },
  'commands.history': { input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(), output: z.array(CommandHistoryEntry), personal: 'read' },
  'plans.getSettings': { input: NoInput, output: PlanSettings, personal: 'none' },
  'plans.setSettings': { input: PlanSettings.partial().strict(), output: PlanSettings, personal: 'none' },
});

export const planEvents = defineEvents({
  /** A plan changed: previewed, a step ran, failed or was rolled back. */
  'plan.progress': Plan,
  /** A plan ended: done, failed (and rolled back), cancelled, undone or saved as an automation. */
  'plan.finished': Plan,
});
