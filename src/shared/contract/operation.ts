// The shape of a long operation (a node's firmware update, a network-map scan): the request that starts one answers
// at once with it (state 'running'), and 'operation.progress' events carry every change until it is done, failed or
// cancelled (contract/operations.ts). Nothing waits on a request for minutes: the hub's 30 s request timeout and
// Electron's IPC see only quick calls. Each stack declares its kinds beside its own result (zwave.ts, zigbee.ts).
import { z } from 'zod';
import { HearthErrorPayload } from '../errors';

export const OperationState = z.enum(['running', 'done', 'failed', 'cancelled']);
export type OperationState = z.infer<typeof OperationState>;

export const OperationId = z.string().regex(/^op-[0-9a-f]{16}$/, 'An operation id looks like op- and 16 hex digits.');

/** One kind of long operation and the result it ends with. */
export function operationSchema<K extends string, R extends z.ZodType>(kind: K, result: R) {
  return z.object({
    id: OperationId,
    kind: z.literal(kind),
    state: OperationState,
    /** 0–100 once the work can say how far it is; null while it cannot (e.g. asking the device to accept). */
    percent: z.number().min(0).max(100).nullable(),
    /** What it is doing now, in plain words. */
    phase: z.string().max(300),
    /** What it is about (a device id), when it is about one thing. */
    subject: z.string().nullable(),
    startedAt: z.number(),
    updatedAt: z.number(),
    endedAt: z.number().nullable(),
    /** operations.cancel can stop it (false once it has ended). */
    cancellable: z.boolean(),
    /** Once it has ended, when it has one (a cancelled scan keeps the part of the map it read). */
    result: result.optional(),
    /** Why it failed, in plain words with what to do next. */
    error: HearthErrorPayload.optional(),
  });
}
