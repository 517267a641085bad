// `hearth signin-code --data-dir DIR`: a one-time sign-in address for the hub of that data folder (for a
// headless hub, or when the printed one has expired); with --role member|guest, a household invitation's address
// instead (household/cli.ts). `hearth token rotate --data-dir DIR`: sign out everywhere —
// every browser session and unused code ends. Both work from the data folder: the owner key is read from its
// secret store (the same --key-file / --passphrase-file the hub runs with).
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HearthError } from '../../shared/errors';
import { readSecretStore } from '../app-secrets';
import { lockDataDir } from '../lock';
import type { SecretStore } from '../secrets';
import { HUB_INFO_FILE } from './info';
import { CODE_TTL_MS, HubSessions, mintSignInCode, OWNER_KEY_SECRET } from './signin';
import { createTokenOffline, TOKEN_CREATE_USAGE, tokenLines, tokenRequest } from '../rest/cli';
import { INVITE_USAGE, invitationLines, inviteArgs, type Invited } from '../household/cli';
import { inviteOffline } from '../household/cli-offline';

export const HUB_CLI_USAGE = `Usage:
  hearth signin-code --data-dir DIR [--key-file FILE | --passphrase-file FILE]
      Prints a one-time sign-in address (valid ${CODE_TTL_MS / 60_000} minutes) for the hub of that data folder.
${INVITE_USAGE}
  hearth token rotate --data-dir DIR [--key-file FILE | --passphrase-file FILE]
      Signs out everywhere: every browser session and every unused sign-in code stops working.
${TOKEN_CREATE_USAGE}`;

type Out = (line: string) => void;

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' }, 'key-file': { type: 'string' }, 'passphrase-file': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      scope: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, rooms: { type: 'string' },
    },
  });
  if (values.help) return null;
  if (!values['data-dir']) throw new HearthError('BAD_REQUEST', '--data-dir is needed.', HUB_CLI_USAGE);
  const dataDir = resolve(values['data-dir']);
  return { dataDir, keyFile: values['key-file'], passphraseFile: values['passphrase-file'], positionals, token: { dataDir, scope: values.scope, name: values.name, role: values.role, rooms: values.rooms } };
}

function ownerKeyOf(secrets: SecretStore, dataDir: string): Buffer {
  const key = secrets.get(OWNER_KEY_SECRET);
  if (!key) throw new HearthError('NOT_FOUND', `The data folder ${dataDir} has no hub yet.`, 'Start Hearth once with this --data-dir; it prints a sign-in address.');
  return key;
}

/** The running hub's address from hub.json, when its process is alive. */
function runningHub(dataDir: string): { url: string } | null {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, HUB_INFO_FILE), 'utf8')) as { url?: unknown; pid?: unknown };
    if (typeof info.url !== 'string' || typeof info.pid !== 'number') return null;
    process.kill(info.pid, 0);
    return { url: info.url };
  } catch {
    return null;
  }
}

function post(url: string, body: unknown, dataDir: string): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  const certFile = join(dataDir, 'tls', 'hub-cert.pem');
  const tls = u.protocol === 'https:' && existsSync(certFile) ? { ca: readFileSync(certFile, 'utf8') } : {};
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolvePost, reject) => {
    const req = send(u, { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: 10_000, ...tls }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolvePost({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

export async function runHubCli(command: string, args: string[], out: Out, err: Out): Promise<number> {
  try {
    const o = options(args);
    if (!o) {
      out(HUB_CLI_USAGE);
      return 0;
    }
    const secrets = readSecretStore(o.dataDir, o.keyFile, o.passphraseFile);
    if (command === 'signin-code' && o.token.role !== undefined && o.token.role !== 'owner') {
      const invite = { role: o.token.role, name: o.token.name, rooms: o.token.rooms };
      const hub = runningHub(o.dataDir);
      if (!hub) {
        for (const line of await inviteOffline(o.dataDir, secrets, invite)) out(line);
        return 0;
      }
      const given = inviteArgs(invite);
      const r = await post(new URL('api/cli/invite', hub.url).href, { code: mintSignInCode(ownerKeyOf(secrets, o.dataDir), Date.now()), ...given }, o.dataDir);
      const body = JSON.parse(r.body) as Invited & { error?: { message: string; next?: string } };
      if (r.status !== 200) throw new HearthError('BAD_REQUEST', body.error?.message ?? `The running Hearth refused (${r.status}).`, body.error?.next);
      for (const line of invitationLines(body, hub.url, given.rooms)) out(line);
      return 0;
    }
    if (command === 'signin-code') {
      const code = mintSignInCode(ownerKeyOf(secrets, o.dataDir), Date.now());
      const hub = runningHub(o.dataDir);
      if (hub) out(`${hub.url}?code=${code}`);
      else out(`Sign-in code: ${code}\nHearth is not running with this data folder; start it, then open its address followed by ?code=${code}`);
      out(`(It works once, within ${CODE_TTL_MS / 60_000} minutes.)`);
      return 0;
    }
    if (command === 'token' && o.positionals[0] === 'create') {
      const request = tokenRequest(o.token);
      const hub = runningHub(o.dataDir);
      if (hub) {
        const r = await post(new URL('api/cli/token', hub.url).href, { code: mintSignInCode(ownerKeyOf(secrets, o.dataDir), Date.now()), ...request }, o.dataDir);
        const body = JSON.parse(r.body) as { error?: { message: string; next?: string } };
        if (r.status !== 200) throw new HearthError('BAD_REQUEST', body.error?.message ?? `The running Hearth refused (${r.status}).`, body.error?.next);
        for (const line of tokenLines(body as Parameters<typeof tokenLines>[0])) out(line);
        return 0;
      }
      for (const line of tokenLines(await createTokenOffline(o.dataDir, secrets, o.token))) out(line);
      return 0;
    }
    if (command === 'token' && o.positionals[0] === 'rotate') {
      const hub = runningHub(o.dataDir);
      if (hub) {
        const r = await post(new URL('api/rotate', hub.url).href, { code: mintSignInCode(ownerKeyOf(secrets, o.dataDir), Date.now()) }, o.dataDir);
        if (r.status !== 200) throw new HearthError('INTERNAL', `The running Hearth refused: ${r.body}`);
        const { ended } = JSON.parse(r.body) as { ended: number };
        out(`Signed out everywhere: ${ended} browser session${ended === 1 ? '' : 's'} ended. Hearth keeps running; sign in again with: hearth signin-code --data-dir ${o.dataDir}`);
        return 0;
      }
      // Not running: change the owner key in the folder itself, holding its lock so Hearth cannot start meanwhile.
      ownerKeyOf(secrets, o.dataDir);
      const unlock = lockDataDir(o.dataDir);
      try {
        const ended = new HubSessions({ secrets, now: Date.now }).rotate();
        out(`Signed out everywhere: ${ended} browser session${ended === 1 ? '' : 's'} ended.`);
      } finally {
        unlock();
      }
      return 0;
    }
    err(HUB_CLI_USAGE);
    return 2;
  } catch (e) {
    const h = e instanceof HearthError ? e : new HearthError('BAD_REQUEST', (e as Error).message);
    err(`${h.message}${h.next ? `\n${h.next}` : ''}`);
    return 1;
  }
}
