// Building blocks of the contract: each domain file declares its requests and events with these.
import type { z } from 'zod';

export interface RequestDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Keeps the literal request names and schema types while checking the shape. */
export const defineRequests = <T extends Record<string, RequestDef>>(defs: T): T => defs;
export const defineEvents = <T extends Record<string, z.ZodType>>(defs: T): T => defs;
