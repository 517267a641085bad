import { z } from 'zod';

export const NoInput = z.object({}).strict();
export const Id = z.string().min(1).max(128);
export const Ok = z.object({ ok: z.literal(true) });
