// The operations registry and the upload store on their own (real files in a temp folder, the real event bus): what a
// person would meet at the edges — Hearth stopping mid-update, a second update of the same device, a file exactly at
// the limit or a byte over it, a half-sent file from before a crash, another window's upload.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NetworkMap, Operation } from '../../shared/contract';
import { EventBus } from '../bus';
import { quietLog, tempDir } from '../test/temp';
import { OperationRegistry } from './registry';
import { UploadStore } from './uploads';

const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const emptyMap: NetworkMap = { nodes: [], links: [], failures: [], partial: false, cancelled: false, durationMs: 1 };

function registry(o: { keepMs?: number; now?: () => number } = {}) {
  const bus = new EventBus(quietLog);
  const events: Operation[] = [];
  bus.on('operation.progress', 'test', (op) => events.push(op));
  return { ops: new OperationRegistry({ bus, log: quietLog, ...o }), events };
}
const ended = (events: Operation[], id: string) =>
  new Promise<Operation>((resolve) => {
    const look = () => {
      const e = events.find((x) => x.id === id && x.state !== 'running');
      if (e) resolve(e);
      else setTimeout(look, 5);
    };
    look();
  });

describe('long operations', () => {
  it('Hearth stopping mid-way asks the work to stop and leaves the operation failed, saying why', async () => {
    const { ops, events } = registry();
    let stopWork = () => undefined as void;
    const op = ops.start({ kind: 'zigbee.networkMap', key: 'map', busy: 'busy', phase: 'Starting', cancel: () => stopWork(), run: () => new Promise<NetworkMap>((r) => (stopWork = () => r({ ...emptyMap, cancelled: true }))) });
    expect(op.state).toBe('running');
    await new Promise((r) => setImmediate(r));
    await ops.stop();
    expect(ops.get(op.id)).toMatchObject({ state: 'failed', cancellable: false, error: { code: 'CANCELLED', message: 'Hearth stopped before this finished.' } });
    expect(events.at(-1)).toMatchObject({ id: op.id, state: 'failed' });
    expect(() => ops.start({ kind: 'zigbee.networkMap', key: 'map', busy: 'busy', phase: 'x', run: async () => emptyMap })).toThrow(/stopping/);
  });

  it('one at a time per key; progress is sent per whole percent; work that throws ends failed with its words', async () => {
    const { ops, events } = registry();
    let finish = () => undefined as void;
    const first = ops.start({
      kind: 'zigbee.networkMap', key: 'map', busy: 'A network scan is already running.', phase: 'Asking…',
      run: (ctl) =>
        new Promise<NetworkMap>((r) => {
          for (let i = 0; i <= 200; i++) ctl.progress({ percent: i / 4, phase: 'Asking…' });
          finish = () => r(emptyMap);
        }),
    });
    expect(() => ops.start({ kind: 'zigbee.networkMap', key: 'map', busy: 'A network scan is already running.', phase: 'x', run: async () => emptyMap })).toThrow('A network scan is already running.');
    await new Promise((r) => setImmediate(r));
    // 0.25 % steps up to 50 %: the window hears 51 of them (0 … 50), not 201.
    expect(events.filter((e) => e.id === first.id).length).toBe(1 + 51);
    await expect(ops.cancel(first.id)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    finish();
    expect(await ended(events, first.id)).toMatchObject({ state: 'done', percent: 100, result: emptyMap });

    const broken = ops.start({ kind: 'zigbee.networkMap', key: 'map', busy: 'b', phase: 'x', run: () => Promise.reject(new Error('x')) });
    expect(await ended(events, broken.id)).toMatchObject({ state: 'failed', error: { code: 'INTERNAL' } });
    expect(() => ops.get('op-0000000000000000')).toThrow(/does not know this operation/);
  });

  it('an ended operation is listed for a while, then forgotten', async () => {
    let now = 1_000;
    const { ops, events } = registry({ keepMs: 60_000, now: () => now });
    const op = ops.start({ kind: 'zigbee.networkMap', key: 'map', busy: 'b', phase: 'x', run: async () => emptyMap });
    await ended(events, op.id);
    now += 59_000;
    expect(ops.list().map((o) => o.id)).toEqual([op.id]);
    now += 2_000;
    expect(ops.list()).toEqual([]);
  });
});

describe('uploads', () => {
  const store = (dir: string, idleMs = 60_000) => new UploadStore({ dir, log: quietLog, idleMs });

  it('a file of exactly 8 MB is taken; a byte more is refused, in bytes so the two sizes differ', () => {
    const dir = tempDir();
    const s = store(dir);
    expect(s.start({ purpose: 'firmware', filename: 'a.bin', size: 8 * MB, sha256: '0'.repeat(64) }, 'w1')).toMatchObject({ chunkBytes: 512 * 1024, maxBytes: 8 * MB });
    expect(() => s.start({ purpose: 'firmware', filename: 'b.bin', size: 8 * MB + 1, sha256: '0'.repeat(64) }, 'w1')).toThrow('Firmware files can be at most 8,388,608 bytes; this one is 8,388,609 bytes.');
    s.stop();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('pieces left from before a crash are removed at start; another window can neither add to nor use an upload', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'up-0123456789abcdef.part'), 'half a firmware');
    const s = store(dir);
    expect(readdirSync(dir)).toEqual([]);
    const file = randomBytes(700 * 1024);
    const { uploadId } = s.start({ purpose: 'firmware', filename: 'fw.bin', size: file.length, sha256: sha(file) }, 'w1');
    const first = file.subarray(0, 512 * 1024).toString('base64');
    expect(() => s.chunk({ uploadId, offset: 0, data: first }, 'w2')).toThrow(/not here any more/);
    expect(s.chunk({ uploadId, offset: 0, data: first }, 'w1')).toEqual({ received: 512 * 1024, size: file.length, complete: false });
    expect(() => s.take(uploadId, 'w1', 'firmware')).toThrow(`Only ${512 * 1024} of ${file.length} bytes of "fw.bin" have arrived.`);
    s.chunk({ uploadId, offset: 512 * 1024, data: file.subarray(512 * 1024).toString('base64') }, 'w1');
    expect(() => s.take(uploadId, 'w2', 'firmware')).toThrow(/not here any more/);
    expect(Buffer.from(s.take(uploadId, 'w1', 'firmware').data).equals(file)).toBe(true);
    expect(() => s.take(uploadId, 'w1', 'firmware')).toThrow(/not here any more/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a few uploads at once at most; a window that leaves takes its unfinished uploads with it', () => {
    const dir = tempDir();
    const s = store(dir);
    const start = (actor: string) => s.start({ purpose: 'firmware', filename: 'x.bin', size: 10, sha256: '0'.repeat(64) }, actor);
    start('w1');
    start('w1');
    start('w2');
    start('w2');
    expect(() => start('w3')).toThrow('Hearth is already receiving several files.');
    s.abandon('w1');
    expect(s.open).toBe(2);
    expect(readdirSync(dir)).toHaveLength(2);
    start('w3');
    s.stop();
    expect(readdirSync(dir)).toEqual([]);
  });
});
