// `hearth signin-code` and `hearth token rotate` from a data folder, with the hub stopped and running; `signin-code
// --role member|guest` invites a person to the household as Settings → Household does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCore, type Core } from '../app';
import { quietLog, tempDir } from '../test/temp';
import { runHubCli } from './cli';
import { HUB_INFO_FILE } from './info';
import { startHubServer, type HubServer } from './server';
import { HubSessions, ownerKey } from './signin';
import { attachHousehold, hubMembers } from '../household/hub';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runHubCli(args[0]!, args.slice(1), (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
/** A household member's code names the person: exp.nonce.member.mac. */
const memberCodeIn = (text: string) => /code[=:] ?([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+){3})(?![A-Za-z0-9_-])/.exec(text)?.[1] ?? '';
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

  it('invites a guest (rooms by name) and a member while the hub is stopped; the hub honours their codes with their roles', async () => {
    const dataDir = join(root, 'household-stopped');
    const c = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
    ownerKey(c.secrets);
    for (const name of ['Kitchen', 'Living Room']) expect((await c.dispatch('areas.create', { name }, { actor: 'test' })).ok).toBe(true);
    await c.stop();
    const invite = (...more: string[]) => cli('signin-code', ...more, '--data-dir', dataDir);

    const unknown = await invite('--role', 'guest', '--name', 'Ana', '--rooms', 'Kitchen,Attic');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no room named “Attic”/);
    expect(unknown.err).toMatch(/Its rooms: .*Kitchen/);
    expect(unknown.err).toMatch(/Living Room/);
    const roomless = await invite('--role', 'guest', '--name', 'Ana');
    expect(roomless).toMatchObject({ code: 1, err: expect.stringMatching(/A guest needs --rooms[^]*Kitchen/) });
    expect((await invite('--role', 'admin', '--name', 'Ana')).err).toMatch(/--role must be member or guest/);
    expect((await invite('--role', 'member', '--name', 'Bo', '--rooms', 'Kitchen')).err).toMatch(/--rooms is for a guest/);
    expect((await invite('--role', 'member')).err).toMatch(/--name is needed/);

    const guest = await invite('--role', 'guest', '--name', 'Ana', '--rooms', 'kitchen');
    expect(guest.code, guest.err).toBe(0);
    expect(guest.out).toMatch(/not running/);
    expect(guest.out).toContain('For Ana, a guest of Kitchen.');
    const member = await invite('--role', 'member', '--name', 'Bo');
    expect(member.out).toContain('For Bo, a member.');
    expect((await invite('--role', 'member', '--name', 'Bo')).err).toMatch(/Bo is in the household already/);

    const again = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
    try {
      const people = again.household.list().members;
      const kitchen = again.devices.areas().find((a) => a.name === 'Kitchen')!.id;
      expect(people.map((p) => [p.name, p.role, p.rooms])).toEqual([['Ana', 'guest', [kitchen]], ['Bo', 'member', []]]);
      const sessions = new HubSessions({ secrets: again.secrets, now: Date.now });
      const ana = sessions.redeem(memberCodeIn(guest.out));
      expect(ana).toMatchObject({ ok: true, member: people[0]!.id });
      expect(again.household.grant(people[0]!.id)).toEqual({ role: 'guest', scope: 'admin', rooms: [kitchen] });
      expect(sessions.redeem(memberCodeIn(member.out))).toMatchObject({ ok: true, member: people[1]!.id });
      // Once only.
      expect(sessions.redeem(memberCodeIn(guest.out))).toEqual({ ok: false, reason: 'used' });
    } finally {
      await again.stop();
    }
  });

  it('asks the running hub to invite, and prints the person\'s one-time address on it', async () => {
    const dataDir = join(root, 'household-running');
    const c = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
    const renderer = join(root, 'renderer-household');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
    const sessions = new HubSessions({ secrets: c.secrets, now: Date.now });
    ownerKey(c.secrets);
    expect((await c.dispatch('areas.create', { name: 'Kitchen' }, { actor: 'test' })).ok).toBe(true);
    const server = await startHubServer({ dispatch: c.dispatch, bus: c.bus, log: quietLog, sessions, rendererDir: renderer, port: 0, audit: c.audit, members: hubMembers(c.household, c.devices) });
    attachHousehold({ household: c.household, secrets: c.secrets, sessions, hub: server });
    try {
      writeFileSync(join(dataDir, HUB_INFO_FILE), JSON.stringify({ url: server.url, pid: process.pid }));
      const unknown = await cli('signin-code', '--role', 'guest', '--name', 'Cy', '--rooms', 'Garage', '--data-dir', dataDir);
      expect(unknown).toMatchObject({ code: 1, err: expect.stringMatching(/no room named “Garage”[^]*Its rooms: Kitchen/) });
      const guest = await cli('signin-code', '--role', 'guest', '--name', 'Cy', '--rooms', 'Kitchen', '--data-dir', dataDir);
      expect(guest.code, guest.err).toBe(0);
      const code = memberCodeIn(guest.out);
      expect(guest.out.split('\n')[0]).toBe(`${server.url}?code=${code}`);
      expect(guest.out).toContain('For Cy, a guest of Kitchen.');
      const [cy] = c.household.list().members;
      expect(cy).toMatchObject({ name: 'Cy', role: 'guest' });
      // Their browser signs in with it, and its session is theirs.
      const signed = await fetch(`${server.url}api/signin`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
      expect(signed.status).toBe(200);
      expect(c.audit.recent(20).some((e) => e.action === 'household.invite' && e.actor === 'hub:cli')).toBe(true);
    } finally {
      await server.close();
      await c.stop();
    }
  });
});
