// Radio faults in the middle of commands (issue 16): noise on the line, the stick restarting by itself, a device
// that never answers while others are commanded, and the stick pulled out with commands in flight. Each time the
// commands either succeed or fail fast with an error a person can act on, nothing waits forever (the queue
// drains), and the state Hearth shows is what the devices confirmed. The real zwave-js driver against the
// simulated stick over loopback TCP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationDevice } from '../../shared/integration';
import { ZWaveAdapter } from './adapter';
import { startZWaveSimulator, type ZWaveSimulator } from './simulator/server';

const quiet = { info() {}, warn() {}, error() {} };

async function until<T>(pick: () => T | undefined | false, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = pick();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** How each of a burst of commands ended, and when. */
async function settle(runs: Promise<unknown>[]): Promise<{ ok: boolean; code?: string; message?: string; ms: number }[]> {
  const t0 = Date.now();
  return Promise.all(
    runs.map((p) =>
      p.then(
        () => ({ ok: true, ms: Date.now() - t0 }),
        (e: { code?: string; message?: string }) => ({ ok: false, code: e.code, message: e.message, ms: Date.now() - t0 }),
      ),
    ),
  );
}

describe('Z-Wave: faults in the middle of commands', () => {
  let dir: string;
  let sim: ZWaveSimulator | undefined;
  let adapter: ZWaveAdapter;
  const device = (name: string): IntegrationDevice => adapter.devices().find((d) => d.suggestedName === name)!;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-zwave-faults-'));
    sim = await startZWaveSimulator({
      nodes: [
        { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
        { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
        { id: 4, kind: 'switch', name: 'Porch Light', location: 'Outside' },
      ],
      statePath: join(dir, 'sim.json'),
      tickMs: 3_600_000,
    });
    adapter = new ZWaveAdapter({ port: sim.path, cacheDir: join(dir, 'cache'), label: 'test', log: quiet, deadNodeCheckMs: 0 });
    await adapter.start();
    await until(() => ['Floor Lamp', 'Ceiling Light', 'Porch Light'].every((n) => device(n)?.health === 'online'), 60_000, 'all online');
  }, 90_000);

  afterAll(async () => {
    await adapter?.stop();
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('noise on the line while commands run: every command still lands, and the state is the last one sent', async () => {
    const s = sim!;
    const dimmer = device('Ceiling Light').nativeId;
    // A burst of garbage every 40 ms: stray bytes, a lone start-of-frame, a frame with a wrong checksum.
    const garbage = Uint8Array.from([0x00, 0xff, 0x13, 0x37, 0x01, 0x03, 0x00, 0x15, 0x00]);
    s.noise(garbage);
    const noisy = setInterval(() => s.noise(garbage), 40);
    let results;
    try {
      results = await settle([10, 20, 30, 40, 55].map((level) => adapter.command(dimmer, 'level', level)));
    } finally {
      clearInterval(noisy);
    }
    expect(results.every((r) => r.ok)).toBe(true);
    expect(s.state(3)?.level).toBe(55);
    await until(() => device('Ceiling Light').state.level === 55, 5_000, 'Hearth to show 55 %');
  }, 60_000);

  it('the stick restarts by itself during a command: the command is sent again and lands; the next ones work', async () => {
    const s = sim!;
    const lamp = device('Floor Lamp').nativeId;
    const want = !(s.state(2)?.on ?? false);
    const running = settle([adapter.command(lamp, 'onOff', want)]);
    await s.restartStick();
    expect((await running)[0]).toMatchObject({ ok: true });
    expect(s.state(2)?.on).toBe(want);
    await adapter.command(lamp, 'onOff', !want);
    expect(s.state(2)?.on).toBe(!want);
    expect(adapter.status().state).toBe('ready');
  }, 60_000);

  it('a device that never answers does not hold up the others: its commands fail with a reason, theirs land', async () => {
    const s = sim!;
    const porch = device('Porch Light').nativeId;
    const lamp = device('Floor Lamp').nativeId;
    const before = { porch: s.state(4)?.on, shown: device('Porch Light').state.onOff };
    s.fail(4);
    try {
      const broken = [true, false, true].map((v) => adapter.command(porch, 'onOff', v));
      const healthy = adapter.command(lamp, 'onOff', true);
      const [b, h] = await Promise.all([settle(broken), settle([healthy])]);
      expect(h[0]).toMatchObject({ ok: true });
      for (const r of b) {
        expect(r).toMatchObject({ ok: false, code: 'DEVICE_UNREACHABLE' });
        expect(r.ms).toBeLessThan(30_000);
      }
      expect(s.state(4)?.on).toBe(before.porch);
      expect(device('Porch Light').state.onOff).toBe(before.shown);
      expect(s.state(2)?.on).toBe(true);
    } finally {
      s.fail(4, false);
    }
  }, 90_000);

  it('the stick pulled out with commands in flight: each fails within seconds saying the radio is gone, none waits forever', async () => {
    const lamp = device('Floor Lamp').nativeId;
    const dimmer = device('Ceiling Light').nativeId;
    const reported: { nativeId: string; capabilityId: string; value: unknown }[] = [];
    const off = adapter.subscribe((e) => void (e.type === 'state' && reported.push(e)));
    const inFlight = [adapter.command(dimmer, 'level', 70), adapter.command(lamp, 'onOff', false), adapter.command(dimmer, 'level', 5)];
    const closing = sim!.close();
    sim = undefined;
    const results = await settle(inFlight);
    await closing;
    for (const r of results.filter((x) => !x.ok)) {
      expect(r.code).toMatch(/RADIO_UNAVAILABLE|DEVICE_UNREACHABLE/);
      expect(r.message).toBeTruthy();
    }
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(20_000);
    await until(() => adapter.status().state === 'failed', 20_000, 'the radio to notice');
    const t0 = Date.now();
    await expect(adapter.command(lamp, 'onOff', true)).rejects.toMatchObject({ code: 'RADIO_UNAVAILABLE' });
    expect(Date.now() - t0).toBeLessThan(500);
    // Nothing the stick never confirmed was reported as the devices' state.
    off();
    if (!results[0]!.ok) expect(reported).not.toContainEqual(expect.objectContaining({ nativeId: dimmer, value: 70 }));
    if (!results[1]!.ok) expect(reported.filter((r) => r.nativeId === lamp)).toEqual([]);
    if (!results[2]!.ok) expect(reported).not.toContainEqual(expect.objectContaining({ nativeId: dimmer, value: 5 }));
  }, 60_000);
});
