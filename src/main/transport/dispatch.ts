// Turns an untrusted (method, params) pair into a Reply: checks the method exists, validates the input
// with the contract's zod schema, runs the handler, validates the output, and maps errors to values.
// Every request the contract marks as reading or writing personal data, and every request it declares audited
// (a security or administration action, `audit` in shared/contract/define.ts), is recorded in the audit log.
import { isRequestName, requests, type RequestName, type RequestOutput, type RequestParsedInput } from '../../shared/contract';
import type { RequestDef } from '../../shared/contract/define';
import { HearthError, toErrorPayload } from '../../shared/errors';
import { diskFullError } from '../diagnostics/recovery/full-disk';
import type { Reply } from '../../shared/wire';
import type { Logger } from '../../shared/logger';
import { refusedForSupport, supportMayCall } from '../diagnostics/support/links';
import type { AuditEntry } from '../storage/audit';
import { refusal, type Grant } from '../../shared/access';
import type { GrantGuard } from './roles';

export interface CallContext {
  /** Who is calling, for the audit log: "electron:window", "hub:<client>", "cli"... */
  actor: string;
  /** A read-only support session (hub mode's support link): only diagnostics reads are dispatched. */
  scope?: 'support';
  /** A household role and a token's scope (shared/access.ts): the local API's tokens. None: the owner (the app). */
  grant?: Grant;
  /** A household member's session (hub/signin.ts): the person's id (their grant is in `grant`). */
  member?: string;
  /** Record every call in the audit log, even those touching no personal data (the local API's calls). */
  auditEvery?: boolean;
}

export type Handlers = {
  [N in RequestName]: (input: RequestParsedInput<N>, ctx: CallContext) => Promise<RequestOutput<N>> | RequestOutput<N>;
};

export type HandlersFor<K extends RequestName> = Pick<Handlers, K>;

export type Dispatch = (method: unknown, params: unknown, ctx: CallContext) => Promise<Reply>;

export interface AccessLog {
  append(entry: AuditEntry): void;
}

function issuesText(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

const fields = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

/** What a call was about, for the audit log: the id it names, never the values it carries. */
function targetOf(input: unknown): string | null {
  const o = fields(input);
  for (const k of ['deviceId', 'id', 'purpose', 'category']) if (typeof o[k] === 'string') return o[k];
  return null;
}

/** The audit entry a request's declaration asks for (see AuditDecl), or null when it declares none. */
function declaredEntry(method: RequestName, input: unknown, output: unknown, ctx: CallContext, ok: boolean): AuditEntry | null {
  const def: RequestDef = requests[method];
  const decl = def.audit;
  if (!decl) return null;
  const i = fields(input);
  const detail: Record<string, unknown> = {};
  for (const f of decl.detail ?? []) detail[f] = i[f] ?? null;
  if (def.personal !== 'none') detail.access = def.personal;
  detail.ok = ok;
  const named = decl.target === undefined ? targetOf(input) : (i[decl.target] ?? fields(output)[decl.target]);
  const target = typeof named === 'string' ? named : method.slice(0, method.indexOf('.'));
  return { actor: ctx.actor, action: decl.action, target, detail };
}

/** Room the subscription has left (src/main/subscriptions): asked before a request that adds devices runs. */
export interface RoomCheck {
  assertRoom(kind: 'devices'): void;
}

export function createDispatcher(handlers: Handlers, log: Logger, access?: AccessLog, room?: RoomCheck, guard?: GrantGuard): Dispatch {
  const record = (method: RequestName, input: unknown, output: unknown, ctx: CallContext, ok: boolean) => {
    if (!access) return;
    const kind = requests[method].personal;
    const entry =
      declaredEntry(method, input, output, ctx, ok) ??
      (kind === 'none' && !ctx.auditEvery ? null : { actor: ctx.actor, action: `api.${method}`, target: targetOf(input), detail: { access: kind, ok } });
    if (!entry) return;
    try {
      access.append(entry);
    } catch (err) {
      log.error(`could not record ${method} in the audit log`, err);
    }
  };
  return async (method, params, ctx) => {
    if (!isRequestName(method)) {
      const name = typeof method === 'string' ? method.slice(0, 64) : typeof method;
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown request "${name}".`, next: 'Update the app; the window and the core disagree.' } };
    }
    if (ctx.scope === 'support' && !supportMayCall(method)) {
      try {
        access?.append({ actor: ctx.actor, action: 'support.refused', target: method, detail: { ok: false } });
      } catch (err) {
        log.error(`could not record a refused ${method} in the audit log`, err);
      }
      return { ok: false, error: toErrorPayload(refusedForSupport(method)) };
    }
    // Without the room guard a guest reaches nothing (fail closed).
    const refused = ctx.grant ? (ctx.grant.role === 'guest' && !guard ? 'Guests are not served here.' : refusal(method, ctx.grant)) : null;
    if (refused && ctx.grant) {
      try {
        access?.append({ actor: ctx.actor, action: 'access.refused', target: method, detail: { role: ctx.grant.role, scope: ctx.grant.scope, ok: false } });
      } catch (err) {
        log.error(`could not record a refused ${method} in the audit log`, err);
      }
      return { ok: false, error: { code: 'FORBIDDEN', message: refused, next: 'Use a token with a wider scope, or ask the home’s owner.' } };
    }
    const def = requests[method];
    const input = def.input.safeParse(params ?? {});
    if (!input.success) {
      return {
        ok: false,
        error: { code: 'BAD_REQUEST', message: `Invalid input for ${method}: ${issuesText(input.error.issues)}.` },
      };
    }
    try {
      const adds = (def as RequestDef).adds;
      if (adds) room?.assertRoom(adds);
      const handler = handlers[method] as (i: unknown, c: CallContext) => unknown;
      if (ctx.grant && guard) guard.before(method, input.data, ctx.grant);
      const answered = await handler(input.data, ctx);
      const result = ctx.grant && guard ? guard.after(method, answered, ctx.grant) : answered;
      const output = def.output.safeParse(result);
      if (!output.success) {
        log.error(`handler ${method} returned a value that breaks the contract`, issuesText(output.error.issues));
        throw new Error('contract violation');
      }
      record(method, input.data, output.data, ctx, true);
      return { ok: true, result: output.data };
    } catch (err) {
      if (!(err instanceof HearthError)) log.error(`handler ${method} failed`, err);
      record(method, input.data, undefined, ctx, false);
      return { ok: false, error: toErrorPayload(diskFullError(err) ?? err) };
    }
  };
}
