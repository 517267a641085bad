// Building blocks of the contract: each domain file declares its requests and events with these.
import type { z } from 'zod';

/**
 * Whether a request reads or changes personal data (names, rooms, history, commands, consents, the audit
 * log...). The dispatcher records every 'read' and 'write' call in the audit log (who, when, what), so a new
 * request must say which it is.
 */
export type PersonalDataAccess = 'none' | 'read' | 'write';

/**
 * A request that is a security or administration action (letting devices join, restoring a backup, changing
 * the database's encryption…): the dispatcher records each call in the audit log as
 * `{ actor, action, target, detail: { <each detail field>, ok } }`, whether it worked or not. Values are copied
 * only from the input fields named here, so a request never puts more into the log than it declares.
 */
export interface AuditDecl<F extends string = string> {
  /** The entry's action, e.g. 'zwave.inclusion.start'. */
  action: string;
  /** Input fields copied into the entry's detail (a field not given is recorded as null). */
  detail?: readonly F[];
  /** The field naming what the call is about: looked up in the input, then in the output once the call
   * worked. Default: the input's deviceId / id / purpose / category, else the request's domain ('zwave'). */
  target?: string;
}

export interface RequestDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, F extends string = string> {
  input: I;
  output: O;
  personal: PersonalDataAccess;
  audit?: AuditDecl<F>;
  /**
   * The request lets new devices join (opens the network, commissions, provisions): the dispatcher refuses it
   * when the subscription's tier has no room for another device.
   */
  adds?: 'devices';
}

/** The top-level fields of a request's input (the names `audit.detail` may use). */
export type InputField<I extends z.ZodType> = z.output<I> extends object ? Extract<keyof z.output<I>, string> : never;

/** Keeps the literal request names and schema types while checking the shape; an `audit.detail` field that the
 * input does not have is a compile error. */
export const defineRequests = <const T extends Record<string, RequestDef> & Checked<T>>(defs: T): T => defs;

type Checked<T> = { [N in keyof T]: T[N] extends { input: infer I extends z.ZodType; output: infer O extends z.ZodType } ? RequestDef<I, O, InputField<I>> : RequestDef };
export const defineEvents = <T extends Record<string, z.ZodType>>(defs: T): T => defs;
