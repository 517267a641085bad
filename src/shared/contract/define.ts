// Building blocks of the contract: each domain file declares its requests and events with these.
import type { z } from 'zod';

/**
 * Whether a request reads or changes personal data (names, rooms, history, commands, consents, the audit
 * log...). The dispatcher records every 'read' and 'write' call in the audit log (who, when, what), so a new
 * request must say which it is.
 */
export type PersonalDataAccess = 'none' | 'read' | 'write';

export interface RequestDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  personal: PersonalDataAccess;
}

/** Keeps the literal request names and schema types while checking the shape. */
export const defineRequests = <T extends Record<string, RequestDef>>(defs: T): T => defs;
export const defineEvents = <T extends Record<string, z.ZodType>>(defs: T): T => defs;
