// Z-Wave through the core's dispatcher, as the UI does: S2 inclusion answered with zwave.inclusion.* requests
// while zwave.inclusion events arrive; SmartStart parse/provision (the device joins, named); health check
// progress; a firmware update (the file in pieces, the update a long operation); NVM backup, restore, and the refused restore of another stick
// generation. Real zwave-js Driver against the simulated stick; nothing is stubbed.
import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/contract';
import { as500SeriesImage, createZWaveIntegration, startZWaveSimulator, type ZWaveSimulator } from '../../../protocols/zwave';
import { buildCore, type Core } from '../../app';
import { BusLog } from '../../test/event-log';
import { quietLog, tempDir } from '../../test/temp';
import { ZWaveService } from './service';

const dataDir = tempDir('hearth-zwave-ipc-');
const k = () => new Uint8Array(randomBytes(16));
const keys = { S0_Legacy: k(), S2_Unauthenticated: k(), S2_Authenticated: k(), S2_AccessControl: k() };
let sim: ZWaveSimulator;
let core: Core;
let log: BusLog;
let service: ZWaveService;

async function call<T = unknown>(method: RequestName, params: unknown = {}): Promise<T> {
  const reply = await core.dispatch(method, params, { actor: 'test' });
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
  return reply.result as T;
}
const fails = (method: RequestName, params: unknown = {}) => core.dispatch(method, params, { actor: 'test' });

beforeAll(async () => {
  sim = await startZWaveSimulator({
    nodes: [
      { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
      { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
    ],
    spares: [
      { key: 'desk-plug', kind: 'plug', product: 'zen04', security: ['S2_Authenticated', 'S2_Unauthenticated'] },
      { key: 'porch', kind: 'dimmer', product: 'zen72', security: ['S2_Authenticated'], smartStart: true },
    ],
    securityKeys: keys,
    tickMs: 3_600_000,
    smartStartEveryMs: 250,
  });
  core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, listPorts: async () => [] });
  log = new BusLog(core.bus);
  const adapter = createZWaveIntegration({ port: sim.path, cacheDir: join(dataDir, 'zwave'), label: 'test stick', log: quietLog, securityKeys: keys, ...(process.env.ZLOG ? { stackLog: true } : {}) });
  service = new ZWaveService({ integration: adapter, bus: core.bus, devices: core.devices, log: quietLog, nvmDir: join(dataDir, 'zwave', 'nvm-backups') });
  core.integrations.use('zwave', service);
  await core.startAdapters([adapter]);
  await log.waitFor('device.updated', () => core.devices.list().filter((d) => d.health === 'online').length >= 2, 0, 40_000);
}, 60_000);

afterAll(async () => {
  await core?.stop();
  await sim?.close();
});

describe('Z-Wave through the IPC contract', () => {
  it('NVM backup is listed (0600); a 500-series backup is refused without confirmation; the same-generation one restores', async () => {
    const since = log.mark;
    const backup = await call<{ id: string; generation: string; nodes: number }>('zwave.nvm.backup');
    expect(backup.generation).toBe('700');
    expect(statSync(join(dataDir, 'zwave', 'nvm-backups', backup.id)).mode & 0o777).toBe(0o600);
    expect(log.of('zwave.nvm.progress', since).length).toBeGreaterThan(0);
    expect(await call('zwave.nvm.list')).toEqual([expect.objectContaining({ id: backup.id })]);

    // The same network as it would have been saved from an older (500-series) stick.
    const { data } = service.nvm.read(backup.id);
    const old = await as500SeriesImage(data);
    const oldInfo = service.nvm.save({ data: old, meta: { createdAt: null, devices: backup.nodes, facts: { generation: '500', sdkVersion: '6.07', stickModel: 'Aeotec Z-Stick Gen5', homeId: null } } }, 'manual');
    const refused = await fails('zwave.nvm.restore', { id: oldInfo.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/500-series stick.*700\/800-series/) } });

    const restored = await call<{ restored: { id: string }; converted: boolean }>('zwave.nvm.restore', { id: backup.id });
    expect(restored).toMatchObject({ restored: { id: backup.id }, converted: false });
    expect((await call<Array<{ protocol: string; state: string }>>('radios.list')).find((r) => r.protocol === 'zwave')).toMatchObject({ state: 'ready' });
  }, 40_000);

  it('adds an S2 plug: grant and PIN answered through requests, events show each stage, the device is S2 Authenticated', async () => {
    const label = await sim.label('desk-plug');
    const since = log.mark;
    sim.pressButton('desk-plug');
    expect(await call('zwave.inclusion.start', { strategy: 's2' })).toMatchObject({ stage: 'waiting', strategy: 's2' });
    const grant = await log.waitFor('zwave.inclusion', (s) => s.stage === 'grantClasses', since);
    expect(grant).toMatchObject({ requested: ['S2_Authenticated', 'S2_Unauthenticated'] });
    await call('zwave.inclusion.grant', { classes: ['S2_Authenticated'] });
    await log.waitFor('zwave.inclusion', (s) => s.stage === 'enterPin', since);
    // A malformed PIN never reaches the stick.
    expect(await fails('zwave.inclusion.pin', { pin: '12a' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/5 digits/) } });
    await call('zwave.inclusion.pin', { pin: label.pin });
    const done = await log.waitFor('zwave.inclusion', (s) => s.stage === 'done', since, 30_000);
    expect(done).toMatchObject({ granted: ['S2_Authenticated'], lowSecurity: false, deviceId: expect.stringMatching(/^zwave:/) });
    const deviceId = (done as { deviceId: string }).deviceId;
    const status = await call<{ securityClasses: string[]; failed: boolean }>('zwave.node.status', { deviceId });
    expect(status).toMatchObject({ securityClasses: ['S2_Authenticated'], failed: false });
    expect(log.of('zwave.inclusion', since).map((s) => s.stage)).toEqual(['waiting', 'grantClasses', 'enterPin', 'interviewing', 'done']);
    // The generic pairing events follow the same flow for the Add-device screen.
    expect(log.of('pairing.progress', since).map((p) => p.step)).toContain('ready');
    // The security decisions are in the audit log, as the contract declares them.
    const audited = core.audit.recent(20).map((r) => ({ action: r.action, target: r.target, detail: JSON.parse(r.detail ?? 'null') as unknown }));
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: 'zwave.inclusion.start', target: 'zwave', detail: { strategy: 's2', ok: true } },
        { action: 'zwave.inclusion.grant', target: 'zwave', detail: { classes: ['S2_Authenticated'], ok: true } },
      ]),
    );
  }, 45_000);

  it('SmartStart: a bad code gets a clear error; the label\'s code is provisioned and the dimmer joins by itself, named', async () => {
    expect(await fails('zwave.smartStart.parse', { qr: '9001234' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/too short/) } });
    const label = await sim.label('porch');
    const info = await call<{ dsk: string; requestedClasses: string[] }>('zwave.smartStart.parse', { qr: label.qr });
    expect(info).toMatchObject({ dsk: label.dsk, requestedClasses: ['S2_Authenticated'] });
    const since = log.mark;
    await call('zwave.smartStart.provision', { qr: label.qr, grantedClasses: ['S2_Authenticated'], name: 'Porch Dimmer' });
    await log.waitFor('zwave.smartStart.changed', (e) => e.entries.some((x) => x.dsk === label.dsk), since);
    const done = await log.waitFor('zwave.inclusion', (s) => s.stage === 'done' && s.operation === 'smartStart', since, 30_000);
    expect(done).toMatchObject({ granted: ['S2_Authenticated'] });
    const deviceId = (done as { deviceId: string }).deviceId;
    expect(core.devices.get(deviceId).name).toBe('Porch Dimmer');
    // The list shows the name the device has in Hearth; once applied, zwave-js's own entry (kept in the
    // radio's cache files) holds no name any more.
    expect(await call('zwave.smartStart.list')).toEqual([expect.objectContaining({ dsk: label.dsk, name: 'Porch Dimmer' })]);
    expect(service.integration.facets.smartStart.placeOf(deviceId.slice('zwave:'.length))).toBeNull();
  }, 45_000);

  it('health check of a device: a progress event per round, then a rated summary', async () => {
    const since = log.mark;
    const r = await call<{ rounds: unknown[]; summary: string; rating: number }>('zwave.node.healthCheck', { deviceId: `zwave:${service.integration.facets.nodes.nativeIdOf(2)}`, rounds: 2 });
    expect(r.rounds).toHaveLength(2);
    expect(r.summary).toMatch(/\/10/);
    expect(log.of('zwave.healthCheck.progress', since).map((p) => p.round)).toEqual([1, 2]);
  }, 30_000);

  it('a working node cannot be replaced as failed; the error says why', async () => {
    const reply = await fails('zwave.node.replaceFailed', { deviceId: `zwave:${service.integration.facets.nodes.nativeIdOf(2)}` });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/still answers/) } });
    expect(await fails('zwave.demo.labels')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('firmware update: the file sent in pieces, the update a long operation with progress events, then the new version in the device\'s details', async () => {
    const deviceId = `zwave:${service.integration.facets.nodes.nativeIdOf(3)}`;
    const image = Buffer.alloc(400, 0x5a);
    image.write('HEARTH-SIM-FW 1.42', 10, 'latin1');
    const since = log.mark;
    const sha256 = createHash('sha256').update(image).digest('hex');
    const { uploadId } = await call<{ uploadId: string }>('uploads.start', { purpose: 'firmware', filename: 'dimmer.bin', size: image.length, sha256 });
    expect(await call('uploads.chunk', { uploadId, offset: 0, data: image.subarray(0, 300).toString('base64') })).toEqual({ received: 300, size: 400, complete: false });
    expect(await call('uploads.chunk', { uploadId, offset: 300, data: image.subarray(300).toString('base64') })).toEqual({ received: 400, size: 400, complete: true });
    const op = await call<{ id: string; state: string }>('zwave.node.firmware.update', { deviceId, uploadId });
    expect(op.state).toBe('running');
    // One update of a device at a time.
    expect(await fails('zwave.node.firmware.update', { deviceId, uploadId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'This device is already being updated.' } });
    const ended = await log.waitFor('operation.progress', (o) => o.id === op.id && o.state !== 'running', since, 40_000);
    expect(ended).toMatchObject({ state: 'done', result: { success: true, firmwareVersion: '1.42' } });
    // The upload was used: it cannot start a second update.
    expect(await fails('zwave.node.firmware.update', { deviceId, uploadId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(log.of('zwave.firmware.progress', since).at(-1)).toMatchObject({ deviceId, percent: 100 });
    expect(await call('devices.details', { deviceId })).toMatchObject({ firmware: '1.42', supportsFirmwareUpdate: true });
    // Audited as the contract declares, naming the upload.
    const audited = core.audit.recent(10).map((r) => ({ action: r.action, target: r.target, detail: JSON.parse(r.detail ?? 'null') as unknown }));
    expect(audited).toContainEqual({ action: 'uploads.start', target: uploadId, detail: { purpose: 'firmware', filename: 'dimmer.bin', size: 400, ok: true } });
    expect(audited).toContainEqual({ action: 'zwave.node.firmware.update', target: deviceId, detail: { uploadId, target: null, ok: true } });
  }, 45_000);

});
