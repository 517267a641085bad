// `hearth signin-code` and `hearth token rotate` from a data folder, with the hub stopped and running.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCore, type Core } from '../app';
import { quietLog, tempDir } from '../test/temp';
import { runHubCli } from './cli';
import { HUB_INFO_FILE } from './info';
import { startHubServer, type HubServer } from './server';
import { HubSessions, ownerKey } from './signin';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runHubCli(args[0]!, args.slice(1), (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const codeIn = (text: string) => /code[=:] ?([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

describe('hub sign-in from the command line', () => {
  const root = tempDir();
  let core: Core | undefined;
  let hub: HubServer | undefined;
  afterAll(async () => {
    await hub?.close();
    await core?.stop();
  });

  it('says so for a folder that never ran a hub, and for a wrong command', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(await cli('signin-code', '--data-dir', empty)).toMatchObject({ code: 1, err: expect.stringMatching(/has no hub yet/) });
    expect((await cli('token', 'spin', '--data-dir', empty)).code).toBe(2);
    expect((await cli('signin-code')).err).toMatch(/--data-dir is needed/);
  });

  it('mints a code while the hub is stopped; rotating then makes it worthless', async () => {
    const dataDir = join(root, 'stopped');
    const c = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
    ownerKey(c.secrets);
    await c.stop();
    const minted = await cli('signin-code', '--data-dir', dataDir);
    expect(minted.out).toMatch(/not running/);
    const code = codeIn(minted.out);
    const later = await cli('signin-code', '--data-dir', dataDir);
    expect((await cli('token', 'rotate', '--data-dir', dataDir)).out).toMatch(/Signed out everywhere/);
    const again = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
    const sessions = new HubSessions({ secrets: again.secrets, now: Date.now });
    expect(sessions.redeem(code)).toEqual({ ok: false, reason: 'wrong' });
    expect(sessions.redeem(codeIn(later.out))).toEqual({ ok: false, reason: 'wrong' });
    expect(sessions.redeem(codeIn((await cli('signin-code', '--data-dir', dataDir)).out)).ok).toBe(true);
    await again.stop();
  });

  it('gives the running hub\'s address, and rotating asks the running hub, which closes its sessions', async () => {
    const dataDir = join(root, 'running');
    core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
    const renderer = join(root, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
    const sessions = new HubSessions({ secrets: core.secrets, now: Date.now });
    ownerKey(core.secrets);
    hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions, rendererDir: renderer, port: 0 });
    writeFileSync(join(dataDir, HUB_INFO_FILE), JSON.stringify({ url: hub.url, pid: process.pid }));
    const minted = await cli('signin-code', '--data-dir', dataDir);
    expect(minted.out.split('\n')[0]).toBe(`${hub.url}?code=${codeIn(minted.out)}`);
    const r = sessions.redeem(codeIn(minted.out));
    expect(r.ok).toBe(true);
    const rotated = await cli('token', 'rotate', '--data-dir', dataDir);
    expect(rotated.out).toMatch(/1 browser session ended/);
    expect(sessions.check(r.ok ? r.session : '')).toBe(false);
  });
});
