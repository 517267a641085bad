// The maths of "likely to drop", driven by the fake clock's times: missed check-ins against the device's own
// rhythm, a battery slope reaching empty, a link getting worse — each with its reason in words.
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../test/fake-clock';
import { assessRisk, percentile, reportInterval, slopePerDay, span } from './predict';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const start = new Date(2026, 0, 5, 8, 0);

describe('prediction maths', () => {
  it('learns a device’s reporting interval from its own reports and flags missed check-ins', () => {
    const clock = new FakeClock(start);
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      times.push(clock.now());
      clock.advance(15 * MIN);
    }
    const every = reportInterval(times);
    expect(every).toBe(15 * MIN);
    const lastSeen = times.at(-1)!;
    // 15 min after the last report: just on time.
    expect(assessRisk({ now: clock.now(), health: 'online', lastSeen, reportEveryMs: every, battery: [], link: [] }).level).toBe('ok');
    clock.advance(20 * MIN); // 35 min quiet: two check-ins missed
    const watch = assessRisk({ now: clock.now(), health: 'online', lastSeen, reportEveryMs: every, battery: [], link: [] });
    expect(watch.level).toBe('watch');
    clock.advance(2 * HOUR + 35 * MIN); // 3 h 10 min quiet
    const likely = assessRisk({ now: clock.now(), health: 'online', lastSeen, reportEveryMs: every, battery: [], link: [] });
    expect(likely).toEqual({ level: 'likely', reasons: ['No report for 3 h 10 min; it usually reports every 15 min (12 check-ins missed).'] });
  });

  it('a device that reports hourly is not flagged after 40 minutes of quiet, one that reports every minute is', () => {
    const now = start.getTime();
    expect(assessRisk({ now, health: 'online', lastSeen: now - 40 * MIN, reportEveryMs: HOUR, battery: [], link: [] }).level).toBe('ok');
    expect(assessRisk({ now, health: 'online', lastSeen: now - 40 * MIN, reportEveryMs: MIN, battery: [], link: [] }).level).toBe('likely');
  });

  it('too few reports give no interval (no guess)', () => {
    expect(reportInterval([0, 1000 * 60])).toBeNull();
  });

  it('a battery falling 3 % a day from 12 % is empty in about 4 days', () => {
    const clock = new FakeClock(start);
    const battery = [];
    for (let d = 0; d <= 5; d++) {
      battery.push({ at: clock.now(), value: 27 - 3 * d });
      clock.advance(DAY);
    }
    clock.advance(-0); // now = a day after the last sample
    expect(slopePerDay(battery)).toBeCloseTo(-3, 6);
    const r = assessRisk({ now: battery.at(-1)!.at, health: 'online', lastSeen: battery.at(-1)!.at, reportEveryMs: null, battery, link: [] });
    expect(r).toEqual({ level: 'likely', reasons: ['Battery at 12 %, falling 3.0 % a day: empty in about 4 days.'] });
  });

  it('a battery that will last months is not flagged; a low steady one is "low"', () => {
    const t = start.getTime();
    const slow = [0, 1, 2, 3].map((d) => ({ at: t + d * DAY, value: 80 - 0.2 * d }));
    expect(assessRisk({ now: t + 3 * DAY, health: 'online', lastSeen: null, reportEveryMs: null, battery: slow, link: [] })).toEqual({ level: 'ok', reasons: [] });
    const steady = [0, 1, 2].map((d) => ({ at: t + d * DAY, value: 9 }));
    expect(assessRisk({ now: t + 2 * DAY, health: 'online', lastSeen: null, reportEveryMs: null, battery: steady, link: [] })).toEqual({ level: 'watch', reasons: ['Battery low (9 %).'] });
  });

  it('battery readings within half a day give no slope (one noisy reading must not predict a death)', () => {
    const t = start.getTime();
    expect(slopePerDay([{ at: t, value: 50 }, { at: t + HOUR, value: 40 }])).toBeNull();
  });

  it('a link getting worse is flagged with its numbers', () => {
    const t = start.getTime();
    const link = [200, 190, 195, 90, 70, 50].map((value, i) => ({ at: t + i * HOUR, value }));
    const r = assessRisk({ now: t + 6 * HOUR, health: 'online', lastSeen: t + 5 * HOUR, reportEveryMs: null, battery: [], link });
    expect(r).toEqual({ level: 'likely', reasons: ['Link getting worse: link quality (LQI) fell from 195 to 70 of 255, near the edge of what the radio still hears. Move it or a repeater closer, or look for new interference.'] });
    const rssi = [-50, -52, -51, -66, -70, -72].map((value, i) => ({ at: t + i * HOUR, value }));
    expect(assessRisk({ now: t + 6 * HOUR, health: 'online', lastSeen: t + 5 * HOUR, reportEveryMs: null, battery: [], link: rssi, linkUnit: 'dBm', linkRoute: 'through node 5' })).toEqual({
      level: 'watch',
      reasons: ['Link getting worse: signal fell from -51 dBm to -69 dBm (route: through node 5). Move it or a repeater closer, or look for new interference.'],
    });
    const steady = [200, 190, 195, 185, 200, 190].map((value, i) => ({ at: t + i * HOUR, value }));
    expect(assessRisk({ now: t + 6 * HOUR, health: 'online', lastSeen: t, reportEveryMs: null, battery: [], link: steady }).level).toBe('ok');
  });

  it('an offline device says since when', () => {
    const t = start.getTime();
    expect(assessRisk({ now: t, health: 'offline', lastSeen: t - 2 * DAY - HOUR, reportEveryMs: null, battery: [], link: [] })).toEqual({ level: 'likely', reasons: ['Offline: last heard 2 days ago.'] });
  });

  it('percentiles and spans read as people expect', () => {
    expect(percentile([100, 20, 30, 40, 50, 60, 70, 80, 90, 10], 50)).toBe(50);
    expect(percentile([100, 20, 30, 40, 50, 60, 70, 80, 90, 10], 95)).toBe(100);
    expect(percentile([], 50)).toBeNull();
    expect(span(90 * MIN)).toBe('1 h 30 min');
    expect(span(45_000)).toBe('45 s');
  });
});
