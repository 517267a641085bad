// The periodic reads of Matter network diagnostics, on fake timers: spread over the period, offline devices
// skipped, a slow device never asked twice at once, failures logged once and never thrown, nothing after stop().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientNode } from './matterjs';
import { LinkReads, type LinkReadTarget } from './link-reads';

const node = (id: string) => ({ id }) as unknown as ClientNode;
const target = (nativeId: string, online = true): LinkReadTarget => ({ nativeId, node: node(nativeId), online });

describe('periodic reads of Matter link diagnostics', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  function setUp(targets: LinkReadTarget[], read: (n: ClientNode) => Promise<boolean> = async () => true, everyMs = 60_000) {
    const asked: Array<[number, string]> = [];
    const heard: string[] = [];
    const warn = vi.fn();
    const reads = new LinkReads({
      everyMs,
      targets: () => targets,
      heard: (id) => heard.push(id),
      log: { info: vi.fn(), warn, error: vi.fn() },
      read: (n) => {
        asked.push([Date.now(), n.id]);
        return read(n);
      },
    });
    return { reads, asked, heard, warn };
  }

  it('reads each online device once per period, spread evenly, and skips offline ones', async () => {
    const { reads, asked, heard } = setUp([target('a'), target('b', false), target('c')]);
    reads.start();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(asked).toEqual([]); // the subscription brought the first values
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toEqual([[60_000, 'a'], [100_000, 'c']]); // b's turn (80 s) is skipped: it is offline
    expect(heard).toEqual(['a', 'c']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked.map(([, id]) => id)).toEqual(['a', 'c', 'a', 'c']);
    reads.stop();
  });

  it('never asks a device again while its last read has not ended', async () => {
    let release: (v: boolean) => void = () => undefined;
    const { reads, asked, heard } = setUp([target('slow')], () => new Promise<boolean>((r) => (release = r)));
    reads.start();
    await vi.advanceTimersByTimeAsync(60_000 * 4);
    expect(asked.map(([, id]) => id)).toEqual(['slow']);
    release(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked.map(([, id]) => id)).toEqual(['slow', 'slow']);
    expect(heard).toEqual(['slow']);
    reads.stop();
  });

  it('logs a failing device once (not thrown), and hears it again when it answers', async () => {
    let fail = true;
    const { reads, heard, warn } = setUp([target('x')], async () => {
      if (fail) throw new Error('no response');
      return true;
    });
    reads.start();
    await vi.advanceTimersByTimeAsync(60_000 * 3);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]).toEqual([expect.stringContaining('could not read the network diagnostics of device x'), 'no response']);
    fail = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(heard).toEqual(['x']);
    reads.stop();
  });

  it('a device without a radio link (Ethernet) is asked nothing new: no measurement', async () => {
    const { reads, asked, heard } = setUp([target('wired')], async () => false);
    reads.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(1);
    expect(heard).toEqual([]);
    reads.stop();
  });

  it('stops: no read after stop(), and an answer arriving after it is ignored', async () => {
    let release: (v: boolean) => void = () => undefined;
    const { reads, asked, heard } = setUp([target('a')], () => new Promise<boolean>((r) => (release = r)));
    reads.start();
    await vi.advanceTimersByTimeAsync(60_000);
    reads.stop();
    release(true);
    await vi.advanceTimersByTimeAsync(60_000 * 5);
    expect(asked).toHaveLength(1);
    expect(heard).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing when the period is 0', async () => {
    const { reads, asked } = setUp([target('a')], undefined, 0);
    reads.start();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(asked).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
