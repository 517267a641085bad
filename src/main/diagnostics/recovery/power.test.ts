// Low-power mode: on battery the state writer batches history writes (flushes every 5 s, not every 200 ms), health
// is sampled once a minute instead of every 10 s, and the window is told to turn animations off ('system.power'); on mains it is back to normal. The power source
// is a fake here; the Linux reader is tested against a sysfs-shaped folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCore, type Core } from '../../app';
import { quietLog, tempDir } from '../../test/temp';
import { FakeClock } from '../../test/fake-clock';
import { FakePowerSource, readLinuxOnBattery } from './power';

const root = tempDir('hearth-power-');
let n = 0;

function supply(dir: string, name: string, files: Record<string, string>): void {
  mkdirSync(join(dir, name), { recursive: true });
  for (const [f, v] of Object.entries(files)) writeFileSync(join(dir, name, f), `${v}\n`);
}

describe('low-power mode', () => {
  let core: Core | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await core?.stop();
    core = undefined;
  });

  it('on battery: history writes are batched and the window is told; on mains: back to normal', async () => {
    const power = new FakePowerSource();
    core = buildCore({ dataDir: join(root, `c${n++}`), host: 'electron', version: 'test', log: quietLog, power });
    const c = core;
    c.db.prepare("INSERT INTO devices (id, protocol, native_id, name, created_at, updated_at) VALUES ('d1', 'zwave', '1', 'Lamp', 0, 0)").run();
    const events: boolean[] = [];
    c.bus.on('system.power', 'test', (p) => events.push(p.lowPower));
    const rows = () => (c.db.prepare('SELECT count(*) AS n FROM state_history').get() as { n: number }).n;
    expect(c.info().lowPower).toBe(false);

    vi.useFakeTimers();
    // Mains: a change is written within 200 ms.
    c.writer.enqueue({ deviceId: 'd1', capabilityId: 'level', value: 1, at: 1 });
    vi.advanceTimersByTime(200);
    expect(rows()).toBe(1);

    power.set(true);
    expect(events).toEqual([true]);
    expect(c.info().lowPower).toBe(true);
    for (let i = 0; i < 20; i++) {
      c.writer.enqueue({ deviceId: 'd1', capabilityId: 'level', value: i, at: 10 + i });
      vi.advanceTimersByTime(200);
    }
    // Four seconds of changes, none written yet: they go to disk together.
    expect(rows()).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(rows()).toBe(21);

    power.set(false);
    expect(events).toEqual([true, false]);
    c.writer.enqueue({ deviceId: 'd1', capabilityId: 'level', value: 99, at: 100 });
    vi.advanceTimersByTime(200);
    expect(rows()).toBe(22);
  });

  it('on battery health is sampled once a minute instead of every 10 s; on mains every 10 s again', async () => {
    const power = new FakePowerSource();
    const clock = new FakeClock(new Date('2026-03-02T10:00:00Z'));
    core = buildCore({ dataDir: join(root, `c${n++}`), host: 'electron', version: 'test', log: quietLog, power, clock });
    const samples: number[] = [];
    core.bus.on('system.health', 'test', (p) => p.system && samples.push(clock.now()));
    const minute = () => {
      const before = samples.length;
      for (let s = 0; s < 60; s++) clock.advance(1_000);
      return samples.length - before;
    };
    expect(minute()).toBe(6);
    power.set(true);
    expect(minute()).toBe(1);
    expect(minute()).toBe(1);
    power.set(false);
    expect(minute()).toBe(6);
  });

  it('reads Linux power supplies: a discharging battery without mains is battery; a hub without a battery never is', () => {
    const laptop = join(root, 'laptop');
    supply(laptop, 'AC', { type: 'Mains', online: '0' });
    supply(laptop, 'BAT0', { type: 'Battery', status: 'Discharging' });
    expect(readLinuxOnBattery(laptop)).toBe(true);
    supply(laptop, 'AC', { type: 'Mains', online: '1' });
    expect(readLinuxOnBattery(laptop)).toBe(false);
    supply(laptop, 'AC', { type: 'Mains', online: '0' });
    supply(laptop, 'BAT0', { type: 'Battery', status: 'Charging' });
    expect(readLinuxOnBattery(laptop)).toBe(false);

    const hub = join(root, 'hub');
    mkdirSync(hub);
    expect(readLinuxOnBattery(hub)).toBe(false);
    expect(readLinuxOnBattery(join(root, 'no-such-folder'))).toBe(false);
    // A strange sysfs is read bounded: a huge file is cut, not read whole.
    supply(hub, 'BAT1', { type: 'Battery', status: 'Discharging'.padEnd(1_000_000, ' ') });
    expect(readLinuxOnBattery(hub)).toBe(true);
  });
});
