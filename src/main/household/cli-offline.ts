// `hearth signin-code --role member|guest` with Hearth not running on the data folder: the folder is opened here,
// holding its lock so Hearth cannot start meanwhile, and the invitation made by the core's household.invite (cli.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HearthError } from '../../shared/errors';
import { buildCore, VERSION } from '../app';
import { CODE_TTL_MS, mintSignInCode, OWNER_KEY_SECRET } from '../hub/signin';
import { lockDataDir } from '../lock';
import { quiet } from '../rest/quiet-log';
import type { FileSecretStore } from '../secrets';
import { inviteArgs, inviteByNames, invitationLines, type InviteArgs, type Invited } from './cli';

/** Invites the person in a data folder Hearth is not running on; returns the lines to print. */
export async function inviteOffline(dataDir: string, secrets: FileSecretStore, args: InviteArgs): Promise<string[]> {
  const given = inviteArgs(args);
  if (!existsSync(join(dataDir, 'hearth.db'))) throw new HearthError('NOT_FOUND', `The data folder ${dataDir} has no Hearth yet.`, 'Start Hearth once with this --data-dir, then invite people.');
  const key = secrets.get(OWNER_KEY_SECRET);
  if (!key) throw new HearthError('NOT_FOUND', `The data folder ${dataDir} has no hub yet.`, 'Start Hearth once with this --data-dir; it prints a sign-in address.');
  const unlock = lockDataDir(dataDir);
  try {
    const core = buildCore({ dataDir, host: 'hub', version: VERSION, log: quiet, secrets, env: process.env });
    try {
      // The code is minted from the owner key alone, so the hub honours it when it starts.
      core.household.attachHub({
        mint: (member) => ({ code: mintSignInCode(key, Date.now(), CODE_TTL_MS, member), expiresAt: Date.now() + CODE_TTL_MS }),
        end: () => 0,
        signedIn: () => false,
      });
      const r = await inviteByNames(core.dispatch, given, 'cli');
      if (!r.ok) throw new HearthError(r.error.code, r.error.message, r.error.next);
      const made = r.result as Invited;
      const areas = core.devices.areas();
      return invitationLines(made, null, made.member.rooms.map((id) => areas.find((a) => a.id === id)?.name ?? id));
    } finally {
      await core.stop();
    }
  } finally {
    unlock();
  }
}
