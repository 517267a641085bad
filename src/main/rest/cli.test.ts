// `npx hearth token create` for a headless hub, and the real demo home driven through the API with it: made in
// the data folder while Hearth is stopped, then through the running hub; a control token moves the demo home's
// Ceiling Light (zwave-js's mock controller behind it), a read token is refused control.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../app';
import { runHubCli } from '../hub/cli';
import { HUB_INFO_FILE } from '../hub/info';
import { startHubServer } from '../hub/server';
import { testSessions } from '../test/hub-signin';
import { quietLog, tempDir } from '../test/temp';
import { waitFor } from '../test/wait';
import { createApiApp } from './server';

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runHubCli('token', args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe('hearth token create', () => {
  const dir = tempDir('hearth-api-cli-');
  const dataDir = join(dir, 'data');

  it('makes tokens offline and through the running hub; with them the API moves a demo device', async () => {
    expect((await cli('create', '--scope', 'read', '--name', 'x', '--data-dir', dataDir)).err.join('\n')).toMatch(/has no Hearth yet/);
    // First start: the demo home.
    let app = await startApp({ dataDir, host: 'hub', log: quietLog, matter: false });
    await app.radiosStarted;
    await app.stop();

    const bad = await cli('create', '--scope', 'root', '--name', 'x', '--data-dir', dataDir);
    expect(bad.code).toBe(1);
    expect(bad.err.join('\n')).toMatch(/--scope must be read, control or admin/);
    const guestWithout = await cli('create', '--scope', 'control', '--role', 'guest', '--name', 'g', '--data-dir', dataDir);
    expect(guestWithout.err.join('\n')).toMatch(/guest token needs at least one room/);

    const made = await cli('create', '--scope', 'control', '--name', 'home script', '--data-dir', dataDir);
    expect(made.code).toBe(0);
    const control = made.out[0]!;
    expect(control).toMatch(/^hearth_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(made.out.join('\n')).toMatch(/scope control, role owner.*Shown this once/s);
    expect((await cli('create', '--scope', 'read', '--name', 'home script', '--data-dir', dataDir)).err.join('\n')).toMatch(/exists already/);

    app = await startApp({ dataDir, host: 'hub', log: quietLog, matter: false });
    const core = app.core;
    core.api.force(); // --api
    const api = await createApiApp({ dispatch: core.dispatch, bus: core.bus, api: core.api, devices: core.devices, log: quietLog, version: 'test', audit: core.audit, place: { loopbackOnly: true, scheme: 'http' }, mounted: true });
    const auth = testSessions(app.secrets);
    auth.code(); // the hub's owner key, made at its start (hub/main.ts prints a sign-in code)
    const hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: auth.sessions, rendererDir: dir, port: 0, audit: core.audit, api });
    try {
      writeFileSync(join(dataDir, HUB_INFO_FILE), JSON.stringify({ url: hub.url, pid: process.pid }));
      // Through the running hub now (its lock is held): the core makes it and audits it.
      const online = await cli('create', '--scope', 'read', '--name', 'wall panel', '--data-dir', dataDir);
      expect(online.code, online.err.join('\n')).toBe(0);
      const read = online.out[0]!;
      const audited = core.db.prepare("SELECT actor, target, json_extract(detail, '$.ok') AS ok FROM audit_log WHERE action = 'api.token.create' ORDER BY id").all();
      expect(audited).toEqual([
        { actor: 'cli', target: 'g', ok: 0 },
        { actor: 'cli', target: 'home script', ok: 1 },
        { actor: 'cli', target: 'home script', ok: 0 },
        { actor: 'hub:cli', target: 'wall panel', ok: 1 },
      ]);

      await app.radiosStarted;
      const light = await waitFor(() => core.devices.list().find((d) => d.name === 'Ceiling Light' && d.health === 'online'), 60_000, 'the demo Ceiling Light');
      const call = (token: string, body: unknown) =>
        fetch(`${hub.url}api/v1/devices/${light.id}/control`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const refused = await call(read, { capabilityId: 'level', value: 35 });
      expect(refused.status).toBe(403);
      const ok = await call(control, { capabilityId: 'level', value: 35 });
      expect(ok.status).toBe(200);
      await waitFor(() => (core.devices.get(light.id).state.level === 35 ? true : undefined), 15_000, 'the Ceiling Light at 35 %');
      const actors = core.db.prepare("SELECT DISTINCT actor FROM audit_log WHERE action = 'api.devices.command'").all();
      expect(actors).toEqual([{ actor: 'api:home script' }]);
    } finally {
      await api.close();
      await hub.close();
      await app.stop();
    }
  }, 180_000);
});
