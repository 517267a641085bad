// Run traces written by a thread of their own (trace-writer.mjs): what was recorded is readable once flushed, the
// per-rule limit holds, a key change or compaction of the file waits for the thread, and a thread that cannot write
// (wrong key) hands its batches back to the main thread — nothing is lost.
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Trace } from '../../shared/plan';
import { compactDatabase, keyPragmas, openDatabase, rekeyDatabase, type Db } from '../storage/db';
import { quietLog, tempDir } from '../test/temp';
import { TraceStore } from './traces';

const trace = (ruleId: string, n: number): Trace => ({
  id: `${ruleId}-${String(n).padStart(5, '0')}`, at: 1_000 + n, ruleId, ruleName: ruleId, planId: null, trigger: 'Lamp turned on', conditions: [],
  result: 'conditionsFailed', summary: 'It did not run.', steps: [], durationMs: 0, messages: [],
});

describe('automation traces written on their own thread', () => {
  const dir = tempDir();
  let n = 0;
  const open: { db: Db; store: TraceStore }[] = [];
  afterEach(() => {
    for (const o of open.splice(0)) {
      o.store.close();
      o.db.close();
    }
  });
  const setup = (key: Buffer | null = null, pragmas?: () => string[]) => {
    const file = join(dir, `t${n++}.db`);
    const db = openDatabase(file, { key });
    const warnings: string[] = [];
    const log = { ...quietLog, warn: (m: string) => void warnings.push(m) };
    let current = key;
    const store = new TraceStore({ db, log, thread: { file, pragmas: pragmas ?? (() => keyPragmas(current)) } });
    open.push({ db, store });
    const count = (ruleId?: string) =>
      (ruleId ? db.prepare('SELECT COUNT(*) AS n FROM traces WHERE rule_id = ?').get(ruleId) : db.prepare('SELECT COUNT(*) AS n FROM traces').get()) as { n: number };
    return { db, store, warnings, count: (r?: string) => count(r).n, setKey: (k: Buffer | null) => (current = k) };
  };

  it('writes what was recorded: readable after flush, each rule’s newest 200 kept, updates by id replace', () => {
    const { store, count, warnings } = setup();
    for (let i = 0; i < 4500; i++) store.record(trace(`r${i % 3}`, i)); // two batches handed over at 2,000, the rest queued
    store.flush();
    expect(count()).toBe(600);
    expect(store.list('r0', 1000)).toHaveLength(200);
    expect(store.list('r0', 1)[0]!.id).toBe(trace('r0', 4497).id);
    expect(store.onThread).toBe(true);
    store.record({ ...trace('r0', 4497), result: 'ran', summary: 'Ran.' });
    expect(store.get(trace('r0', 4497).id)?.summary).toBe('Ran.');
    expect(warnings).toEqual([]);
  });

  it('starts the thread with the first batch, and the thread is what writes (none is started for nothing)', () => {
    const { store, count } = setup();
    store.flush();
    expect(store.onThread).toBe(false);
    for (let i = 0; i < 2000; i++) store.record(trace('busy', i));
    expect(store.onThread).toBe(true);
    store.flush();
    expect(count('busy')).toBe(200);
    expect(store.onThread).toBe(true);
    store.close();
    expect(store.onThread).toBe(false);
  });

  it('an encrypted file: the thread opens it with the current key, also after the key changed', () => {
    const key = randomBytes(32);
    const { db, store, count, setKey, warnings } = setup(key);
    for (let i = 0; i < 2100; i++) store.record(trace(`k${i % 30}`, i));
    // Re-keying waits for the thread's batch and needs the only connection: it must succeed while traces are in flight.
    const next = randomBytes(32);
    rekeyDatabase(db, next);
    setKey(next);
    for (let i = 2100; i < 4200; i++) store.record(trace(`k${i % 30}`, i));
    compactDatabase(db);
    store.flush();
    expect(store.onThread).toBe(true);
    expect(count()).toBe(30 * 140);
    expect(warnings).toEqual([]);
    // The file now opens with the new key only.
    const again = openDatabase(db.name, { key: next, readonly: true });
    expect((again.prepare('SELECT COUNT(*) AS n FROM traces').get() as { n: number }).n).toBe(30 * 140);
    again.close();
    expect(() => openDatabase(db.name, { key, readonly: true })).toThrow();
  });

  it('a thread that cannot open the file (wrong key) gives its batches back: every trace is still written', () => {
    const key = randomBytes(32);
    const { store, count, warnings } = setup(key, () => keyPragmas(randomBytes(32)));
    for (let i = 0; i < 2500; i++) store.record(trace(`w${i % 5}`, i));
    store.flush();
    expect(count()).toBe(5 * 200);
    expect(warnings.join('\n')).toMatch(/written on the main thread from now on/);
    // And afterwards, without the thread.
    for (let i = 2500; i < 2510; i++) store.record(trace('late', i));
    store.flush();
    expect(count('late')).toBe(10);
  });
});
