// The Logs tab's search as support staff use it: newest first across the rotated files, filtered by subsystem, level
// (that level and above), device and words (all of them, any case, in the message or its detail), a page at a time,
// lines that are not Hearth's skipped, and a search bounded in bytes that says when older lines were left unread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { queryLogs } from './query';

const dir = mkdtempSync(join(tmpdir(), 'hearth-logq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T = Date.UTC(2026, 11, 5, 9, 0, 0);
let t = T;
const line = (level: number, subsystem: string, msg: string, extra: Record<string, unknown> = {}) => JSON.stringify({ time: (t += 1000), level, subsystem, msg, ...extra });

// hearth.1.log is the older file, hearth.2.log the newer (pino-roll counts up).
writeFileSync(
  join(dir, 'hearth.1.log'),
  [
    line(30, 'zwave', 'Driver ready'),
    line(40, 'zwave', 'Node 5 did not answer', { deviceId: 'zwave:abc-5' }),
    line(50, 'zigbee', 'Interview failed', { deviceId: 'zigbee:0x00158d0001', err: 'Error: Timeout waiting for Basic cluster' }),
    'not json at all',
    '{"time": "yesterday", "msg": "someone else\'s line"}',
  ].join('\n') + '\n',
);
writeFileSync(
  join(dir, 'hearth.2.log'),
  [
    line(20, 'automation', 'Rule evening checked', { extra: { ruleId: 'r1' } }),
    line(30, 'automation', 'Rule Evening lights ran'),
    line(40, 'storage', 'WAL is large'),
    line(50, 'zwave', 'Serial port closed', { err: 'Error: EIO reading /dev/ttyACM0' }),
  ].join('\n') + '\n',
);

describe('log search (logs.query)', () => {
  it('reads both files newest first and skips lines that are not Hearth’s', () => {
    const page = queryLogs(dir, {});
    expect(page.entries.map((e) => e.msg)).toEqual(['Serial port closed', 'WAL is large', 'Rule Evening lights ran', 'Rule evening checked', 'Interview failed', 'Node 5 did not answer', 'Driver ready']);
    expect(page.entries[0]).toMatchObject({ level: 'error', subsystem: 'zwave', detail: 'Error: EIO reading /dev/ttyACM0' });
    expect(page).toMatchObject({ nextCursor: null, truncated: false });
  });

  it('filters by level (that level and above), subsystem and device', () => {
    expect(queryLogs(dir, { level: 'warn' }).entries.map((e) => e.msg)).toEqual(['Serial port closed', 'WAL is large', 'Interview failed', 'Node 5 did not answer']);
    expect(queryLogs(dir, { level: 'error', subsystem: 'zwave' }).entries.map((e) => e.msg)).toEqual(['Serial port closed']);
    expect(queryLogs(dir, { subsystem: 'automation' }).entries.map((e) => e.level)).toEqual(['info', 'debug']);
    expect(queryLogs(dir, { deviceId: 'zigbee:0x00158d0001' }).entries.map((e) => e.msg)).toEqual(['Interview failed']);
    expect(queryLogs(dir, { subsystem: 'matter' }).entries).toEqual([]);
  });

  it('finds every word, in any case, in the message or its detail', () => {
    expect(queryLogs(dir, { text: 'evening RULE' }).entries.map((e) => e.msg)).toEqual(['Rule Evening lights ran', 'Rule evening checked']);
    expect(queryLogs(dir, { text: 'timeout basic' }).entries.map((e) => e.msg)).toEqual(['Interview failed']);
    expect(queryLogs(dir, { text: 'r1' }).entries.map((e) => e.msg)).toEqual(['Rule evening checked']);
    expect(queryLogs(dir, { text: 'evening lights', level: 'warn' }).entries).toEqual([]);
  });

  it('pages: each page goes on where the last ended, and the last says there is no more', () => {
    const first = queryLogs(dir, { limit: 3 });
    expect(first.entries.map((e) => e.msg)).toEqual(['Serial port closed', 'WAL is large', 'Rule Evening lights ran']);
    expect(first.nextCursor).toBe(3);
    const second = queryLogs(dir, { limit: 3, cursor: first.nextCursor! });
    expect(second.entries.map((e) => e.msg)).toEqual(['Rule evening checked', 'Interview failed', 'Node 5 did not answer']);
    const third = queryLogs(dir, { limit: 3, cursor: second.nextCursor! });
    expect(third).toMatchObject({ entries: [expect.objectContaining({ msg: 'Driver ready' })], nextCursor: null });
  });

  it('reads at most its byte bound of the newest lines and says older ones were left unread', () => {
    const page = queryLogs(dir, {}, 200);
    expect(page.truncated).toBe(true);
    expect(page.entries.length).toBeGreaterThan(0);
    expect(page.entries.length).toBeLessThan(7);
    expect(page.entries[0]!.msg).toBe('Serial port closed');
  });

  it('a bad query is refused; no log folder is an empty page', () => {
    expect(() => queryLogs(dir, { level: 'loud' as never })).toThrow();
    expect(queryLogs(undefined, {})).toEqual({ entries: [], nextCursor: null, truncated: false });
  });
});
