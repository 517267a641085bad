// Long operations in hub mode, end to end: the renderer's own client (api/ws-transport.ts, api/zwave.ts, api/zigbee.ts)
// over a real WebSocket to the real hub server and core, with the request timeout cut to 2.5 s so that a device slower
// than it proves nothing waits on a request. Real zwave-js against the simulated stick (its plug takes its time over
// each firmware part), real zigbee-herdsman against the Z-Stack emulator. It sits beside src/main and src/renderer
// because it drives both sides of the one contract, as a window and the hub do. The last test runs the same calls over
// Electron's shape of the transport (one call per request, events pushed), as the desktop window makes them.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WS from 'ws';
import { createZWaveIntegration, startZWaveSimulator, type ZWaveSimulator } from './protocols/zwave';
import { createZigbeeIntegration, ikeaBulb, ZStackEmulator } from './protocols/zigbee';
import { buildCore, type Core } from './main/app';
import { startHubServer, type HubServer } from './main/hub/server';
import { ZigbeeService } from './main/integrations/zigbee/service';
import { ZWaveService } from './main/integrations/zwave/service';
import { BusLog } from './main/test/event-log';
import { testSessions } from './main/test/hub-signin';
import { quietLog, tempDir } from './main/test/temp';
import { createClient, type ApiError, type Client } from './renderer/api/client';
import { electronTransport, type HearthBridge } from './renderer/api/transport';
import { cancelOperation, followOperation } from './renderer/api/operations';
import { uploadFile } from './renderer/api/uploads';
import { wsTransport } from './renderer/api/ws-transport';
import { followNetworkMap, runningNetworkMap, scanNetworkMap } from './renderer/api/zigbee';
import { followNodeFirmware, runningNodeFirmware, updateNodeFirmware } from './renderer/api/zwave';
import type { Operation, OperationOf } from './shared/contract';

const REQUEST_TIMEOUT_MS = 2_500;
const UPLOAD_IDLE_MS = 1_500;
const MB = 1024 * 1024;
const dataDir = tempDir('hearth-long-ops-');
const uploadsDir = join(dataDir, 'data', 'uploads');
const k = () => new Uint8Array(randomBytes(16));
const keys = { S0_Legacy: k(), S2_Unauthenticated: k(), S2_Authenticated: k(), S2_AccessControl: k() };
const network = { panId: 0x1a2b, extendedPanId: randomBytes(8), channel: 15, networkKey: randomBytes(16) };
const bulb = ikeaBulb();
let sim: ZWaveSimulator;
let emu: ZStackEmulator;
let core: Core;
let hub: HubServer;
let auth: ReturnType<typeof testSessions>;
let plugId: string;
const clients: Array<{ close(): void }> = [];

/** A window of the hub: the renderer's client over its WebSocket transport. */
function connect(): Client & { close(): void } {
  const transport = wsTransport(auth.signIn(), { protocol: 'http:', host: `127.0.0.1:${hub.port}` }, { requestTimeoutMs: REQUEST_TIMEOUT_MS, WebSocket: WS as unknown as typeof WebSocket });
  clients.push(transport);
  return Object.assign(createClient(transport), { close: () => transport.close() });
}

/**
 * A firmware image for the simulated plug: its new version in the marker the simulator reads, ended by a NUL (a random
 * digit right after it would read as another version: '1.70' then '3' is 1.703, which the device reports as 1.191).
 */
function image(version: string, bytes: number): Buffer {
  const data = randomBytes(bytes);
  data.write(`HEARTH-SIM-FW ${version}\0`, 64, 'latin1');
  return data;
}

/**
 * Aeotec's updater format (zwave-js reads it): a Windows program of `size` bytes carrying the device's firmware,
 * then its name (256 bytes) and where the firmware sits in the file. The whole file goes up; zwave-js takes the
 * firmware out of it.
 */
function aeotecUpdater(firmware: Buffer, size: number): Uint8Array<ArrayBuffer> {
  const file = Buffer.from(randomBytes(size));
  file.write('MZ', 0, 'latin1');
  file.write('Zensys.ZWave', 512, 'latin1');
  const tail = 256 + 8;
  const start = size - tail - firmware.length;
  firmware.copy(file, start);
  const name = Buffer.alloc(256);
  name.write('ZW175_EU__TargetZwave__', 0, 'latin1');
  name.copy(file, size - tail);
  file.writeUInt32BE(start, size - 8);
  file.writeUInt32BE(firmware.length, size - 4);
  return new Uint8Array(file);
}

const parts = () => readdirSync(uploadsDir);

beforeAll(async () => {
  sim = await startZWaveSimulator({
    nodes: [{ id: 2, kind: 'plug', product: 'zw175', name: 'Garage Plug', location: 'Garage', firmwareFragmentDelayMs: 60 }],
    securityKeys: keys,
    tickMs: 3_600_000,
  });
  emu = await ZStackEmulator.start({ network });
  emu.addDevice(bulb);
  core = buildCore({ dataDir: join(dataDir, 'data'), host: 'hub', version: 'test', log: quietLog, listPorts: async () => [], uploadIdleMs: UPLOAD_IDLE_MS });
  const log = new BusLog(core.bus);
  const zwave = createZWaveIntegration({ port: sim.path, cacheDir: join(dataDir, 'zwave'), label: 'test stick', log: quietLog, securityKeys: keys });
  const zwaveService = new ZWaveService({ integration: zwave, bus: core.bus, devices: core.devices, log: quietLog, nvmDir: join(dataDir, 'nvm') });
  const zigbee = createZigbeeIntegration({ serialPath: emu.path, adapterType: 'zstack', ...network, dataDir: join(dataDir, 'zigbee'), readBackAfterMs: 60_000 });
  core.integrations.use('zwave', zwaveService);
  core.integrations.use('zigbee', new ZigbeeService({ integration: zigbee, bus: core.bus, devices: core.devices, log: quietLog, backupsDir: join(dataDir, 'zigbee', 'backups') }));
  await core.startAdapters([zwave, zigbee]);
  plugId = `zwave:${zwaveService.integration.facets.nodes.nativeIdOf(2)}`;
  await log.waitFor('device.updated', () => core.devices.list().some((d) => d.id === plugId && d.health === 'online'), 0, 40_000);
  // The bulb joins, so the map has a router to ask.
  const since = log.mark;
  const opened = await core.dispatch('pairing.start', { protocol: 'zigbee', seconds: 60 }, { actor: 'test' });
  expect(opened.ok).toBe(true);
  await emu.joinWhenPermitted(bulb);
  await log.waitFor('pairing.progress', (p) => p.nativeId === bulb.ieee && p.step === 'ready', since, 30_000);
  await core.dispatch('pairing.stop', { protocol: 'zigbee' }, { actor: 'test' });

  const renderer = join(dataDir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
  auth = testSessions(core.secrets);
  hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: auth.sessions, rendererDir: renderer, port: 0, audit: core.audit, onDisconnect: (actor) => core.uploads.abandon(actor) });
}, 90_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await hub?.close();
  await core?.stop();
  await sim?.close();
  await emu?.stop();
});

describe('long operations over the hub', () => {
  it('an 8 MB firmware updater goes up in pieces; the update outlives the request timeout, reporting progress, to the new version', async () => {
    const c = connect();
    const file = aeotecUpdater(image('1.55', 1_800), 8 * MB);
    const sent: number[] = [];
    const ops: Array<OperationOf<'zwave.firmwareUpdate'> & { seenAt: number }> = [];
    let uploadedAt = 0;
    const result = await updateNodeFirmware(c, plugId, file, 'ZW175-updater.exe', {
      sent: (bytes) => {
        sent.push(bytes);
        if (bytes === file.length) uploadedAt = Date.now();
      },
      operation: (op) => ops.push({ ...op, seenAt: Date.now() }),
    });
    // 16 pieces of 512 KiB, each its own quick request under the hub's 1 MiB message limit.
    expect(sent).toHaveLength(16);
    expect(sent.at(-1)).toBe(8 * MB);
    // The operation's id came back at once, running; the update then took several request timeouts.
    expect(ops[0]).toMatchObject({ id: expect.stringMatching(/^op-[0-9a-f]{16}$/), kind: 'zwave.firmwareUpdate', state: 'running', subject: plugId });
    expect(ops[0]!.seenAt - uploadedAt).toBeLessThan(REQUEST_TIMEOUT_MS);
    const last = ops.at(-1)!;
    expect(last.endedAt! - last.startedAt).toBeGreaterThan(2 * REQUEST_TIMEOUT_MS);
    // Progress as it went (whole percents, never backwards), then done.
    const percents = ops.map((o) => o.percent).filter((p): p is number => p !== null);
    expect(percents.length).toBeGreaterThan(10);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(last).toMatchObject({ state: 'done', percent: 100, result: { success: true, firmwareVersion: '1.55' } });
    expect(result).toMatchObject({ deviceId: plugId, success: true, firmwareVersion: '1.55' });
    expect(sim.state(2)!.firmware).toBe('1.55');
    // The file was used once and is gone from the disk.
    expect(parts()).toEqual([]);
    c.close();
  }, 60_000);

  it('Abort mid-way cancels the operation; the device keeps its firmware', async () => {
    const c = connect();
    const before = sim.state(2)!.firmware;
    const abort = new AbortController();
    const ops: Operation[] = [];
    const result = await updateNodeFirmware(c, plugId, new Uint8Array(image('9.99', 3_000)), 'plug.bin', {
      signal: abort.signal,
      operation: (op) => {
        ops.push(op);
        if ((op.percent ?? 0) >= 10) abort.abort();
      },
    });
    expect(result).toMatchObject({ success: false, status: 'Aborted', reason: expect.stringMatching(/You cancelled/) });
    const ended = ops.at(-1)!;
    expect(ended).toMatchObject({ state: 'cancelled', cancellable: false });
    expect(ended.percent!).toBeLessThan(100);
    expect(await c.call('operations.get', { id: ended.id })).toMatchObject({ state: 'cancelled' });
    expect(sim.state(2)!.firmware).toBe(before);
    c.close();
  }, 60_000);

  it('a file over 8 MB is refused with both sizes in the words; pieces out of order or not base64 are refused', async () => {
    const c = connect();
    const refused = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ApiError);
    const sha256 = '0'.repeat(64);
    const nine = await refused(c.call('uploads.start', { purpose: 'firmware', filename: 'big.bin', size: 9 * MB, sha256 }));
    expect(nine).toMatchObject({ code: 'BAD_REQUEST', message: 'Firmware files can be at most 8 MB; this one is 9 MB.' });
    const ninePointTwo = await refused(c.call('uploads.start', { purpose: 'firmware', filename: 'big.bin', size: Math.round(9.2 * MB), sha256 }));
    expect(ninePointTwo?.message).toBe('Firmware files can be at most 8 MB; this one is 9.2 MB.');
    // The window says so before sending anything, in the same words.
    const local = await refused(uploadFile(c, 'firmware', new Uint8Array(9 * MB), 'big.bin'));
    expect(local?.message).toBe('Firmware files can be at most 8 MB; this one is 9 MB.');

    const bytes = randomBytes(1000);
    const started = await c.call('uploads.start', { purpose: 'firmware', filename: 'a.bin', size: 1000, sha256 });
    expect(await refused(c.call('uploads.chunk', { uploadId: started.uploadId, offset: 500, data: bytes.toString('base64') }))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/pieces go in order/) });
    expect(await refused(c.call('uploads.chunk', { uploadId: started.uploadId, offset: 0, data: '%%%not base64%%%' }))).toMatchObject({ code: 'BAD_REQUEST' });
    // All of it, but not the file announced: dropped.
    expect(await refused(c.call('uploads.chunk', { uploadId: started.uploadId, offset: 0, data: bytes.toString('base64') }))).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/arrived damaged/) });
    expect(parts()).toEqual([]);
    c.close();
  });

  it('a window that closes mid-update leaves the operation running, and another sees how it ended; unfinished uploads are dropped', async () => {
    const a = connect();
    const uploadId = await uploadFile(a, 'firmware', new Uint8Array(image('1.60', 1_500)), 'plug.bin');
    const started = await a.call('zwave.node.firmware.update', { deviceId: plugId, uploadId });
    // A second file, half sent when the window closes.
    const half = await a.call('uploads.start', { purpose: 'firmware', filename: 'half.bin', size: 2_000, sha256: '0'.repeat(64) });
    await a.call('uploads.chunk', { uploadId: half.uploadId, offset: 0, data: randomBytes(1_000).toString('base64') });
    expect(parts()).toHaveLength(1);
    a.close();

    // Another window (or the same one reloaded) finds the update under way, as the Firmware update panel does.
    const b = connect();
    const running = await runningNodeFirmware(b, plugId);
    expect(running).toMatchObject({ id: started.id, state: 'running', kind: 'zwave.firmwareUpdate' });
    // A second update of the same device is refused while it runs, and the file sent for it is kept.
    const second = await uploadFile(b, 'firmware', new Uint8Array(image('1.61', 1_000)), 'plug.bin');
    await expect(b.call('zwave.node.firmware.update', { deviceId: plugId, uploadId: second })).rejects.toMatchObject({ code: 'CONFLICT', message: 'This device is already being updated.' });
    expect(await b.call('uploads.cancel', { uploadId: second })).toEqual({ ok: true });
    const seen: Operation[] = [];
    const result = await followNodeFirmware(b, running!, { operation: (op) => seen.push(op) });
    expect(result).toMatchObject({ success: true, firmwareVersion: '1.60' });
    expect(seen.at(-1)).toMatchObject({ id: started.id, state: 'done' });
    expect(parts()).toEqual([]);

    // A window that stops sending (still connected): its upload is dropped once idle, and a late piece is refused.
    const idle = await b.call('uploads.start', { purpose: 'firmware', filename: 'idle.bin', size: 2_000, sha256: '0'.repeat(64) });
    await b.call('uploads.chunk', { uploadId: idle.uploadId, offset: 0, data: randomBytes(1_000).toString('base64') });
    await new Promise((r) => setTimeout(r, UPLOAD_IDLE_MS + 500));
    expect(parts()).toEqual([]);
    await expect(b.call('uploads.chunk', { uploadId: idle.uploadId, offset: 1_000, data: randomBytes(1_000).toString('base64') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    b.close();
  }, 60_000);

  it('a window whose connection drops mid-update, while the update ends, still learns how it ended once it is back', async () => {
    const c = connect();
    const port = hub.port;
    let dropped = false;
    const seen: Operation[] = [];
    const result = updateNodeFirmware(c, plugId, new Uint8Array(image('1.70', 1_500)), 'plug.bin', {
      operation: (op) => {
        seen.push(op);
        if (dropped || (op.percent ?? 0) < 10) return;
        dropped = true;
        // The hub goes away (a network hiccup, a restart of the hub's host) and comes back only after the update ended.
        void (async () => {
          await hub.close();
          while (core.operations.get(op.id).state === 'running') await new Promise((r) => setTimeout(r, 100));
          hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: auth.sessions, rendererDir: join(dataDir, 'renderer'), port, audit: core.audit, onDisconnect: (actor) => core.uploads.abandon(actor) });
        })();
      },
    });
    expect(await result).toMatchObject({ success: true, firmwareVersion: '1.70' });
    expect(dropped).toBe(true);
    // Its end was never sent to this window as an event: the window asked once it was connected again.
    expect(seen.at(-1)).toMatchObject({ state: 'done' });
    expect(seen.filter((o) => o.state === 'done')).toHaveLength(1);
    c.close();
  }, 60_000);

  it('a network-map scan is an operation: answered at once, progress, the map as its result; cancelled, it keeps what it read', async () => {
    const c = connect();
    const seen: Operation[] = [];
    const map = await scanNetworkMap(c, 30, 200, (op) => seen.push(op));
    expect(seen[0]).toMatchObject({ kind: 'zigbee.networkMap', state: 'running' });
    expect(seen.at(-1)).toMatchObject({ state: 'done', percent: 100 });
    expect(map).toMatchObject({ partial: false, cancelled: false });
    expect(map.nodes).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'coordinator' }), expect.objectContaining({ nativeId: bulb.ieee, role: 'router' })]));

    emu.setDelay(400); // a slow network: still running when it is cancelled
    const d = connect();
    try {
      const started = await c.call('zigbee.networkMap.scan', { timeoutSeconds: 30, maxDevices: 200 });
      await expect(c.call('zigbee.networkMap.scan', { timeoutSeconds: 30, maxDevices: 200 })).rejects.toMatchObject({ code: 'CONFLICT', message: 'A network scan is already running.' });
      // Another window finds the scan under way and sees it end, as the Network map panel does.
      const running = await runningNetworkMap(d);
      expect(running).toMatchObject({ id: started.id, state: 'running' });
      const elsewhere = followNetworkMap(d, running!);
      const ended = await followOperation(c, started, (op) => {
        if (op.phase.startsWith('Asked')) void cancelOperation(c, op.id);
      });
      expect(ended).toMatchObject({ state: 'cancelled', result: { cancelled: true, partial: true } });
      expect(await elsewhere).toMatchObject({ cancelled: true, partial: true });
    } finally {
      emu.setDelay(0);
    }
    c.close();
    d.close();
  }, 60_000);

  it('the same calls work over Electron\'s IPC shape (one call per request, events pushed)', async () => {
    // What the preload bridge does, without Electron: each request straight to the dispatcher, each event as it is emitted.
    const bridge: HearthBridge = {
      requests: new Proxy({} as HearthBridge['requests'], {
        get: (_t, name: string) => (params: unknown) => core.dispatch(name, structuredClone(params), { actor: 'electron:window' }),
      }),
      onEvent: (cb) => core.bus.onAny('test-window', (event, payload) => cb(event, structuredClone(payload))),
    };
    const w = createClient(electronTransport(bridge));
    const result = await updateNodeFirmware(w, plugId, new Uint8Array(image('1.80', 600)), 'plug.bin');
    expect(result).toMatchObject({ success: true, firmwareVersion: '1.80' });
    const map = await scanNetworkMap(w, 30, 200);
    expect(map.nodes.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
