import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietLog, tempDir } from '../test/temp';
import { openDatabase, type Db } from './db';
import { StateWriter } from './state-writer';

describe('batched state writes', () => {
  const dir = tempDir();
  let db: Db;
  let n = 0;
  beforeEach(() => {
    db = openDatabase(join(dir, `s${n++}.db`));
    db.prepare("INSERT INTO devices (id, protocol, native_id, name, created_at, updated_at) VALUES ('d1', 'zwave', '1', 'Lamp', 0, 0)").run();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    db.close();
  });
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('writes nothing on the hot path, then everything in one batch after the flush delay', () => {
    const w = new StateWriter({ db, log: quietLog, flushMs: 200 });
    for (let i = 0; i < 50; i++) w.enqueue({ deviceId: 'd1', capabilityId: 'level', value: i, at: 1000 + i });
    expect(count('state_history')).toBe(0);
    expect(w.pending).toBe(50);
    vi.advanceTimersByTime(200);
    expect(count('state_history')).toBe(50);
    expect(db.prepare('SELECT value, at FROM device_state').get()).toEqual({ value: '49', at: 1049 });
  });

  it('flushes at once when the batch is full', () => {
    const w = new StateWriter({ db, log: quietLog, flushMs: 10_000, maxBatch: 10 });
    for (let i = 0; i < 10; i++) w.enqueue({ deviceId: 'd1', capabilityId: 'onOff', value: i % 2 === 0, at: i });
    expect(count('state_history')).toBe(10);
  });

  it('writes full batches to history at once, and the current state of each capability once within the flush delay', () => {
    const w = new StateWriter({ db, log: quietLog, flushMs: 200, maxBatch: 10 });
    for (let i = 0; i < 30; i++) w.enqueue({ deviceId: 'd1', capabilityId: 'level', value: i, at: 1000 + i });
    expect(count('state_history')).toBe(30);
    expect(count('device_state')).toBe(0);
    vi.advanceTimersByTime(200);
    expect(db.prepare('SELECT value, at FROM device_state').get()).toEqual({ value: '29', at: 1029 });
    // A writer kept so busy that no timer runs still writes the current state once the delay has passed.
    for (let i = 30; i < 40; i++) w.enqueue({ deviceId: 'd1', capabilityId: 'level', value: i, at: 1000 + i });
    expect(db.prepare('SELECT value FROM device_state').get()).toEqual({ value: '29' });
    vi.setSystemTime(Date.now() + 250);
    for (let i = 40; i < 50; i++) w.enqueue({ deviceId: 'd1', capabilityId: 'level', value: i, at: 1000 + i });
    expect(db.prepare('SELECT value FROM device_state').get()).toEqual({ value: '49' });
    expect(count('state_history')).toBe(50);
    // flush() writes both, at once.
    for (let i = 50; i < 60; i++) w.enqueue({ deviceId: 'd1', capabilityId: 'level', value: i, at: 1000 + i });
    w.flush();
    expect(db.prepare('SELECT value FROM device_state').get()).toEqual({ value: '59' });
  });

  it('writes every change to history in order, and each capability\'s newest to the current state, in batches of any size', () => {
    const w = new StateWriter({ db, log: quietLog, maxBatch: 1000 });
    // 123 changes: more than one multi-row insert and a remainder; two at the same time, the later one wins.
    for (let i = 0; i < 123; i++) w.enqueue({ deviceId: 'd1', capabilityId: i % 2 ? 'level' : 'onOff', value: i % 2 ? i : i % 4 === 0, at: 1000 + Math.min(i, 120) });
    w.flush();
    const rows = db.prepare('SELECT capability_id AS c, value AS v, at FROM state_history ORDER BY id').all() as { c: string; v: string; at: number }[];
    expect(rows).toHaveLength(123);
    expect(rows.map((r) => r.v)).toEqual(Array.from({ length: 123 }, (_, i) => JSON.stringify(i % 2 ? i : i % 4 === 0)));
    const state = Object.fromEntries((db.prepare('SELECT capability_id AS c, value AS v FROM device_state').all() as { c: string; v: string }[]).map((r) => [r.c, r.v]));
    // level: 121 (at 1120) over 119 (at 1119); onOff: 122 (at 1120, after 120 at 1120) → 122 % 4 !== 0 → false.
    expect(state).toEqual({ level: '121', onOff: 'false' });
  });

  it('never lets an older report overwrite a newer current value', () => {
    const w = new StateWriter({ db, log: quietLog });
    w.enqueue({ deviceId: 'd1', capabilityId: 'level', value: 80, at: 2000 });
    w.enqueue({ deviceId: 'd1', capabilityId: 'level', value: 10, at: 1000 });
    w.flush();
    expect(db.prepare('SELECT value FROM device_state').get()).toEqual({ value: '80' });
  });

  it('keeps changes it could not write and writes them later', () => {
    const w = new StateWriter({ db, log: quietLog, flushMs: 100 });
    w.enqueue({ deviceId: 'unknown-device', capabilityId: 'onOff', value: true, at: 1 }); // violates the foreign key
    w.flush();
    expect(w.pending).toBe(1);
    db.prepare("INSERT INTO devices (id, protocol, native_id, name, created_at, updated_at) VALUES ('unknown-device', 'zwave', '9', 'X', 0, 0)").run();
    vi.advanceTimersByTime(500);
    expect(w.pending).toBe(0);
    expect(count('state_history')).toBe(1);
  });
});
