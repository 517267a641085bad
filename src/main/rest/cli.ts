// `hearth token create --scope read|control|admin --name NAME --data-dir DIR [--role owner|member|guest]
// [--rooms ID,ID]`: a new local API token for a headless hub, printed once. With the hub running on that data
// folder the running core makes it (proved by a fresh sign-in code, as `token rotate` does); otherwise the data
// folder is opened here, holding its lock so Hearth cannot start meanwhile. Either way the tier decides, and the
// audit log records it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Role, Scope } from '../../shared/access';
import type { ApiToken } from '../../shared/contract';
import { NewApiToken } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { buildCore, VERSION } from '../app';
import { lockDataDir } from '../lock';
import type { FileSecretStore } from '../secrets';
import { quiet } from './quiet-log';
import { apiPolicy } from './policy';
import { ApiTokens } from './tokens';

export interface TokenArgs {
  dataDir: string;
  scope: string | undefined;
  name: string | undefined;
  role: string | undefined;
  rooms: string | undefined;
}

export const TOKEN_CREATE_USAGE = `  hearth token create --scope read|control|admin --name NAME --data-dir DIR [--role owner|member|guest] [--rooms AREA_ID,…]
      Prints a new local API token (shown once; Hearth keeps only its hash). Default role: owner; a guest needs --rooms.`;

/** The request as the contract checks it. */
export function tokenRequest(a: TokenArgs) {
  if (!a.scope || !Scope.safeParse(a.scope).success) throw new HearthError('BAD_REQUEST', '--scope must be read, control or admin.', TOKEN_CREATE_USAGE);
  if (!a.name) throw new HearthError('BAD_REQUEST', '--name is needed (the audit log names the token’s calls after it).', TOKEN_CREATE_USAGE);
  if (a.role !== undefined && !Role.safeParse(a.role).success) throw new HearthError('BAD_REQUEST', '--role must be owner, member or guest.', TOKEN_CREATE_USAGE);
  const parsed = NewApiToken.safeParse({ name: a.name, scope: a.scope, role: a.role, rooms: a.rooms ? a.rooms.split(',').map((r) => r.trim()).filter(Boolean) : [] });
  if (!parsed.success) throw new HearthError('BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '), TOKEN_CREATE_USAGE);
  return parsed.data;
}

export function tokenLines(made: { token: ApiToken; secret: string }): string[] {
  const t = made.token;
  return [
    made.secret,
    `(Token “${t.name}”: scope ${t.scope}, role ${t.role}${t.rooms.length ? `, rooms ${t.rooms.join(', ')}` : ''}. Shown this once: Hearth keeps only its hash.`,
    ` Send it as the header  Authorization: Bearer <token>. The API answers only while it is on: Settings → API, or the hub's --api.)`,
  ];
}

/** Makes the token in a data folder Hearth is not running on. */
export async function createTokenOffline(dataDir: string, secrets: FileSecretStore, args: TokenArgs): Promise<{ token: ApiToken; secret: string }> {
  const input = tokenRequest(args);
  if (!existsSync(join(dataDir, 'hearth.db'))) throw new HearthError('NOT_FOUND', `The data folder ${dataDir} has no Hearth yet.`, 'Start Hearth once with this --data-dir, then make the token.');
  const unlock = lockDataDir(dataDir);
  try {
    const core = buildCore({ dataDir, host: 'hub', version: VERSION, log: quiet, secrets, env: process.env });
    try {
      // The tier, and whether the home Hearth runs from its next start is the demo home (exempt from tiers).
      const homes = await core.dispatch('homes.get', {}, { actor: 'cli' });
      const demo = homes.ok && (homes.result as { next: string }).next === 'demo';
      const tokens = new ApiTokens({ db: core.db, now: Date.now, policy: () => apiPolicy(core.subscription.tier(), demo) });
      let made: { token: ApiToken; secret: string } | undefined;
      try {
        made = tokens.create(input);
        return made;
      } finally {
        core.audit.append({ actor: 'cli', action: 'api.token.create', target: input.name, detail: { name: input.name, scope: input.scope, role: input.role, rooms: input.rooms, ok: made !== undefined } });
      }
    } finally {
      await core.stop();
    }
  } finally {
    unlock();
  }
}
