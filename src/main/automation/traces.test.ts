import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Trace } from '../../shared/plan';
import { openDatabase, type Db } from '../storage/db';
import { quietLog, tempDir } from '../test/temp';
import { TraceStore, traceId } from './traces';

const trace = (ruleId: string, n: number): Trace => ({
  id: `${ruleId}-${n}`, at: 1_000 + n, ruleId, ruleName: ruleId, planId: null, trigger: 'Lamp turned on', conditions: [],
  result: 'conditionsFailed', summary: 'It did not run.', steps: [], durationMs: 0, messages: [],
});

describe('automation traces', () => {
  const dir = tempDir();
  let n = 0;
  let db: Db | null = null;
  afterEach(() => db?.close());
  const held = (ruleId: string) => (db!.prepare('SELECT COUNT(*) AS n FROM traces WHERE rule_id = ?').get(ruleId) as { n: number }).n;

  it('keeps each rule’s newest 200 runs, over many batches and after a restart', () => {
    const file = join(dir, `t${n++}.db`);
    db = openDatabase(file);
    let store = new TraceStore({ db, log: quietLog });
    for (let i = 0; i < 250; i++) {
      store.record(trace('busy', i));
      if (i % 7 === 0) store.flush();
    }
    for (let i = 0; i < 5; i++) store.record(trace('quiet', i));
    store.flush();
    expect(held('busy')).toBe(200);
    expect(held('quiet')).toBe(5);
    expect(store.list('busy', 1000).map((t) => t.id).at(-1)).toBe('busy-50');
    // A store opened on a table that already holds a rule's 200 runs counts them: the next run pushes out the oldest.
    db.close();
    db = openDatabase(file);
    store = new TraceStore({ db, log: quietLog });
    store.record(trace('busy', 250));
    store.flush();
    expect(held('busy')).toBe(200);
    expect(store.list('busy', 1000).map((t) => t.id).at(-1)).toBe('busy-51');
    expect(held('quiet')).toBe(5);
  });

  it('new trace ids are UUID-shaped, unique, and ordered by the time they were made', async () => {
    const first = Array.from({ length: 1000 }, () => traceId());
    await new Promise((r) => setTimeout(r, 5));
    const later = traceId();
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(first).size).toBe(1000);
    expect(first.every((id) => id < later)).toBe(true);
    expect(parseInt(later.slice(0, 8) + later.slice(9, 13), 16)).toBeGreaterThanOrEqual(Date.now() - 60_000);
    // In the order they were made, also within one millisecond (a counter after the time).
    expect(first.every((id, i) => i === 0 || first[i - 1]! < id)).toBe(true);
  });

  it('trace ids stay unique past 4,096 in one millisecond, and between two Hearths in the same millisecond', async () => {
    const { vi } = await import('vitest');
    const frozen = vi.spyOn(Date, 'now').mockReturnValue(1_780_000_000_000);
    try {
      const ids = Array.from({ length: 10_000 }, () => traceId());
      expect(new Set(ids).size).toBe(10_000);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // Another process in the same millisecond draws its own random part: its ids differ though the counter repeats.
      const fresh = './traces?other'; // a second copy of the module, as another process would have
      const mod = (await import(/* @vite-ignore */ fresh)) as { traceId: typeof traceId };
      const theirs = mod.traceId();
      expect(theirs.slice(0, 18)).toBe(ids[0]!.slice(0, 18)); // same time, same counter…
      expect(theirs).not.toBe(ids[0]); // …and still another id
      expect(ids).not.toContain(theirs);
    } finally {
      frozen.mockRestore();
    }
  });
});
