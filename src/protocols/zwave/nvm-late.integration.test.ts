// An NVM restore late in a long session: after an inclusion, a SmartStart join and a firmware update against
// the simulated stick, restoring a backup must still bring the stick back (zwave-js destroys its Driver
// after writing the NVM; the adapter starts a new one on the same cache folder). "Late" is what broke it:
// once the cache files' locks were older than proper-lockfile's default 10 s staleness, the destroyed
// Driver's jsonl-db files closed without releasing them and the new Driver could not lock its cache.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateFirmware } from './firmware';
import { backupNvm, restoreNvm } from './nvm';
import { provision } from './smart-start';
import { startHarness, type Harness } from './test/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    nodes: [
      { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
      { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
    ],
    spares: [
      { key: 'plug', kind: 'plug', product: 'zen04', security: ['S2_Authenticated', 'S2_Unauthenticated'] },
      { key: 'porch', kind: 'dimmer', product: 'zen72', security: ['S2_Authenticated'], smartStart: true },
    ],
  });
  await h.waitFor(() => (h.adapter.devices().filter((d) => d.health === 'online').length >= 2 ? true : undefined), 40_000, 'nodes ready');
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('Z-Wave NVM restore late in a session', () => {
  it('after an inclusion, a SmartStart join and a firmware update, a backup restores and the stick is ready again', async () => {
    // 1. An S2 inclusion.
    let since = h.events.length;
    const label = await h.sim.label('plug');
    h.sim.pressButton('plug');
    await h.adapter.inclusion.start('s2');
    await h.inclusion('grantClasses', since);
    h.adapter.inclusion.grant(['S2_Authenticated', 'S2_Unauthenticated'], false);
    await h.inclusion('enterPin', since);
    h.adapter.inclusion.pin(label.pin);
    expect(await h.inclusion('done', since, 30_000)).toMatchObject({ nodeId: h.sim.nodeIdOf('plug') });

    // 2. A SmartStart join.
    since = h.events.length;
    const porch = await h.sim.label('porch');
    await provision(h.adapter.ctx, porch.qr, ['S2_Authenticated'], { name: 'Porch Dimmer' });
    expect(await h.inclusion('done', since, 30_000)).toMatchObject({ operation: 'smartStart', nodeId: h.sim.nodeIdOf('porch') });

    // 3. A firmware update.
    const image = Buffer.alloc(600, 0xab);
    image.write('HEARTH-SIM-FW 2.31', 100, 'latin1');
    expect(await updateFirmware(h.adapter.ctx, 3, { filename: 'fw-2.31.bin', data: new Uint8Array(image) }, () => undefined)).toMatchObject({ success: true, reInterview: true });
    // zwave-js re-interviews the node a few seconds after the update by itself; let it finish (a restore
    // that destroys the driver in the middle of that interview is another matter than this test's).
    const node = h.adapter.ctx.driver().controller.nodes.get(3)!;
    let reInterviewed = false;
    node.once('interview completed', () => (reInterviewed = true));
    await h.waitFor(() => (reInterviewed ? true : undefined), 30_000, 're-interview after the firmware update');
    expect(node.firmwareVersion).toBe('2.31');

    // 4. Late in the session: every cache lock was taken more than 10 s ago (a real wait for that
    //    condition; vitest runs with NODE_ENV=test, where jsonl-db refreshes its locks only every 50 s).
    const lockDir = join(h.dir, 'cache', 'locks');
    const lockAges = () => readdirSync(lockDir).map((f) => Date.now() - statSync(join(lockDir, f)).mtimeMs);
    expect(lockAges().length).toBeGreaterThanOrEqual(3);
    await h.waitFor(() => (Math.min(...lockAges()) > 10_500 ? true : undefined), 20_000, 'cache locks older than 10 s');

    // 5. Backup, then restore it: the stick comes back with its nodes, on a new driver.
    const { data } = await backupNvm(h.adapter.ctx, () => undefined);
    const before = h.adapter.ctx.driver();
    await h.adapter.restartAfter(() => restoreNvm(h.adapter.ctx, data, false, () => undefined));
    expect(h.adapter.status().state).toBe('ready');
    expect(h.adapter.ctx.driver()).not.toBe(before);
    expect([...h.adapter.ctx.driver().controller.nodes.keys()].sort()).toEqual([1, ...h.sim.nodeIds()].sort());
  }, 120_000);
});
