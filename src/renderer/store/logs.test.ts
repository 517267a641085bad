// The logs store over a fake core: what the filter sends, older pages appended, the newest question winning,
// the support bundle, and failures as notices.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../shared/contract';
import { createFakeCore } from '../api/fake-transport';
import { createLogsStore } from './logs';
import { createNoticesStore } from './notices';

const line = (n: number, over: Partial<LogEntry> = {}): LogEntry => ({ time: 1_000 + n, level: 'info', subsystem: 'zwave', msg: `line ${n}`, ...over });

describe('logs store', () => {
  it('sends the filter (subsystem, level, device, words) and shows the newest page', async () => {
    const core = createFakeCore();
    core.answer('logs.query', () => ({ entries: [line(2, { level: 'warn' }), line(1, { level: 'error' })], nextCursor: 2, truncated: false }));
    const logs = createLogsStore({ client: core.client, notices: createNoticesStore() });
    await logs.getState().setFilter({ subsystem: 'zwave', level: 'warn', deviceId: 'zwave:5', text: '  timeout  ' });
    expect(core.sent.at(-1)).toEqual({ method: 'logs.query', params: { limit: 100, subsystem: 'zwave', level: 'warn', deviceId: 'zwave:5', text: 'timeout' } });
    expect(logs.getState().entries.map((e) => e.msg)).toEqual(['line 2', 'line 1']);
    expect(logs.getState().nextCursor).toBe(2);
  });

  it('appends older pages from where the last one ended, and stops when there are none', async () => {
    const core = createFakeCore();
    let call = 0;
    core.answer('logs.query', () => (++call === 1 ? { entries: [line(3), line(2)], nextCursor: 2, truncated: false } : { entries: [line(1)], nextCursor: null, truncated: true }));
    const logs = createLogsStore({ client: core.client, notices: createNoticesStore() });
    await logs.getState().reload();
    await logs.getState().loadOlder();
    expect(core.sent.at(-1)).toEqual({ method: 'logs.query', params: { limit: 100, cursor: 2 } });
    expect(logs.getState().entries.map((e) => e.msg)).toEqual(['line 3', 'line 2', 'line 1']);
    expect(logs.getState()).toMatchObject({ nextCursor: null, truncated: true });
    await logs.getState().loadOlder();
    expect(core.sent).toHaveLength(2);
  });

  it('shows the answer to the newest filter when an older answer comes late', async () => {
    const core = createFakeCore();
    const waiting: Array<() => void> = [];
    core.answer('logs.query', async (p) => {
      const text = (p as { text?: string }).text ?? '';
      if (text === 'slow') await new Promise<void>((r) => waiting.push(r));
      return { entries: [line(1, { msg: text })], nextCursor: null, truncated: false };
    });
    const logs = createLogsStore({ client: core.client, notices: createNoticesStore() });
    const slow = logs.getState().setFilter({ text: 'slow' });
    await logs.getState().setFilter({ text: 'fast' });
    waiting.forEach((r) => r());
    await slow;
    expect(logs.getState().entries.map((e) => e.msg)).toEqual(['fast']);
  });

  it('makes the support bundle; a failure becomes a notice and no download', async () => {
    const core = createFakeCore();
    core.answer('diagnostics.bundle', () => ({ fileName: 'hearth-support.zip', base64: 'UEsFBg==', bytes: 4, contents: [] }));
    const notices = createNoticesStore();
    const logs = createLogsStore({ client: core.client, notices });
    expect(await logs.getState().makeBundle()).toMatchObject({ fileName: 'hearth-support.zip' });
    core.refuse('diagnostics.bundle', { code: 'INTERNAL', message: 'The disk is full.' });
    expect(await logs.getState().makeBundle()).toBeUndefined();
    expect(logs.getState().makingBundle).toBe(false);
    expect(notices.getState().notices.length).toBe(1);
  });
});
