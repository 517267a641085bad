// Network care with the real zwave-js Driver against the simulated stick: SmartStart from a QR code,
// replacing a failed node, health check progress, route rebuilds, a firmware update, NVM backup/restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abortFirmware, updateFirmware, type FirmwareProgress } from './firmware';
import { backupNvm, describeNvm, generationWarning, restoreNvm, stickMeta } from './nvm';
import { listProvisioned, parseSmartStart, provision, unprovision } from './smart-start';
import { startHarness, type Harness } from './test/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    nodes: [
      { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
      { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
      { id: 4, kind: 'plug', name: 'Kettle', location: 'Kitchen' },
    ],
    spares: [
      { key: 'porch', kind: 'dimmer', product: 'zen72', security: ['S2_Authenticated'], smartStart: true },
      { key: 'new-switch', kind: 'switch', product: 'ge12722' },
    ],
  });
  await h.waitFor(() => (h.adapter.devices().filter((d) => d.health === 'online').length >= 3 ? true : undefined), 40_000, 'nodes ready');
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('Z-Wave controller backup', () => {
  it('backs up the stick\'s NVM and restores it; another generation\'s backup needs a confirmation', async () => {
    const steps: number[] = [];
    const { data, meta } = await backupNvm(h.adapter.ctx, (done) => steps.push(done));
    expect(steps.length).toBeGreaterThan(0);
    expect(meta).toMatchObject({ generation: '700', sdkVersion: expect.any(String) });
    expect(meta.nodes).toBeGreaterThanOrEqual(4);
    expect((await describeNvm(data)).generation).toBe('700');
    expect(generationWarning('700', stickMeta(h.adapter.ctx).generation)).toBeNull();
    expect(generationWarning('500', '700')).toMatch(/500-series stick.*700\/800-series/);

    const phases = new Set<string>();
    await h.adapter.restartAfter(() => restoreNvm(h.adapter.ctx, data, false, (op) => phases.add(op)));
    expect(phases.has('restore')).toBe(true);
    expect(h.adapter.status().state).toBe('ready');
    expect([...h.adapter.ctx.driver().controller.nodes.keys()].sort()).toEqual([1, ...h.sim.nodeIds()].sort());
  }, 40_000);
});

describe('Z-Wave SmartStart', () => {
  it('parses the QR code, tells bad codes apart, provisions it, and the device joins by itself with S2', async () => {
    const label = await h.sim.label('porch');
    const info = await parseSmartStart(h.adapter.ctx, label.qr);
    expect(info).toMatchObject({ dsk: label.dsk, pin: label.pin, version: 'SmartStart', requestedClasses: ['S2_Authenticated'], manufacturerId: 0x027a });
    await expect(parseSmartStart(undefined, 'hello')).rejects.toThrow(/only contain digits/);
    await expect(parseSmartStart(undefined, '12345')).rejects.toThrow(/start with 90/);
    await expect(parseSmartStart(undefined, label.qr.slice(0, 40))).rejects.toThrow(/too short/);
    const typo = label.qr.slice(0, 60) + (label.qr[60] === '1' ? '2' : '1') + label.qr.slice(61);
    await expect(parseSmartStart(undefined, typo)).rejects.toThrow(/checksum/);

    const since = h.events.length;
    const entry = await provision(h.adapter.ctx, label.qr, ['S2_Authenticated'], { name: 'Porch Dimmer' });
    expect(entry).toMatchObject({ dsk: label.dsk, grantedClasses: ['S2_Authenticated'], status: 'active', name: 'Porch Dimmer' });
    const done = await h.inclusion('done', since, 30_000);
    expect(done).toMatchObject({ operation: 'smartStart', granted: ['S2_Authenticated'], lowSecurity: false, nodeId: h.sim.nodeIdOf('porch') });
    expect(listProvisioned(h.adapter.ctx)).toEqual([expect.objectContaining({ dsk: label.dsk, nodeId: done.nodeId })]);
    unprovision(h.adapter.ctx, label.dsk);
    expect(listProvisioned(h.adapter.ctx)).toEqual([]);
  }, 45_000);
});

describe('Z-Wave node care', () => {
  it('health check: one progress callback per round, then a rating with plain words', async () => {
    const rounds: number[] = [];
    const r = await h.adapter.maintenance.healthCheck(2, 2, (round) => rounds.push(round.round));
    expect(rounds).toEqual([1, 2]);
    expect(r.rounds).toHaveLength(2);
    expect(r.rating).toBeGreaterThanOrEqual(0);
    expect(r.summary).toMatch(/\/10/);
    expect(r.cancelled).toBe(false);
  }, 40_000);

  it('a health check can be cancelled between rounds', async () => {
    let cancelled = false;
    const r = await h.adapter.maintenance.healthCheck(2, 10, () => {
      if (!cancelled) {
        cancelled = true;
        h.adapter.maintenance.cancelHealthCheck(2);
      }
    });
    expect(r.cancelled).toBe(true);
    expect(r.rounds.length).toBeLessThan(10);
    expect(r.summary).toMatch(/Cancelled after/);
  }, 40_000);

  it('rebuilds one node\'s routes, and the whole network\'s with progress until done', async () => {
    expect(await h.adapter.maintenance.rebuildNodeRoutes(3)).toMatchObject({ ok: true });
    const progress: Array<{ running: boolean; done: number; total: number }> = [];
    const first = h.adapter.maintenance.rebuildNetwork((p) => progress.push(p));
    expect(first.running).toBe(true);
    const last = await h.waitFor(() => progress.find((p) => !p.running), 40_000, 'rebuild done');
    expect(last.total).toBeGreaterThanOrEqual(3);
    expect(last.done).toBe(last.total);
    expect(progress.length).toBeGreaterThan(1);
  }, 50_000);

  it('replaces a failed node: refused while it works, then a new device takes its node id', async () => {
    await expect(h.adapter.inclusion.replace(4, 'default')).rejects.toThrow(/still answers/);
    h.sim.fail(4);
    expect(await h.adapter.maintenance.isFailed(4)).toBe(true);
    const since = h.events.length;
    h.sim.pressButton('new-switch');
    expect(await h.adapter.inclusion.replace(4, 'insecure')).toMatchObject({ stage: 'waiting', replacingNodeId: 4, operation: 'replace' });
    const done = await h.inclusion('done', since, 30_000);
    expect(done).toMatchObject({ nodeId: 4, operation: 'replace' });
    expect(h.sim.nodeIdOf('new-switch')).toBe(4);
    // The new device takes the old one's place: Hearth is never told the device is gone (it keeps its name and room).
    expect(h.removed).not.toContain(h.adapter.nativeIdOf(4));
    await h.waitFor(() => h.adapter.devices().find((d) => d.nativeId === h.adapter.nativeIdOf(4)), 20_000, 'node 4 described again');
  }, 45_000);

  it('updates a device\'s firmware with progress; the new version shows afterwards', async () => {
    const image = Buffer.alloc(600, 0xab);
    image.write('HEARTH-SIM-FW 2.31', 100, 'latin1');
    const progress: FirmwareProgress[] = [];
    const r = await updateFirmware(h.adapter.ctx, 3, { filename: 'zen77-2.31.bin', data: new Uint8Array(image) }, (p) => progress.push(p));
    expect(r).toMatchObject({ success: true, status: 'OK_RestartPending' });
    expect(progress.length).toBeGreaterThan(1);
    const sent = progress.map((p) => p.sentFragments);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ sentFragments: progress[0]!.totalFragments, percent: 100 });
    expect(h.sim.state(3)!.firmware).toBe('2.31');
    const node = h.adapter.ctx.driver().controller.nodes.get(3)!;
    await node.refreshInfo({ waitForWakeup: false });
    await h.waitFor(() => (node.ready && node.firmwareVersion === '2.31' ? true : undefined), 20_000, 'new firmware version');
    expect((await h.adapter.facets.details.details(h.adapter.nativeIdOf(3))).firmware).toBe('2.31');
  }, 50_000);

  it('a firmware update can be aborted; the device keeps its firmware', async () => {
    const before = h.sim.state(2)!.firmware;
    let aborted = false;
    const r = await updateFirmware(h.adapter.ctx, 2, { filename: 'big.bin', data: new Uint8Array(Buffer.alloc(40_000, 0x11)) }, () => {
      if (!aborted) {
        aborted = true;
        void abortFirmware(h.adapter.ctx, 2);
      }
    });
    expect(r).toMatchObject({ success: false, status: 'Aborted', reason: expect.stringMatching(/You cancelled/) });
    expect(h.sim.state(2)!.firmware).toBe(before);
  }, 50_000);
});
