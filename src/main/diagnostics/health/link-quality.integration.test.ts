// Link quality per device over the real stacks and their simulators: the simulated radio hears a device well, then
// badly (the fault switch each harness offers: Zigbee LQI of its frames, Z-Wave RSSI of its acknowledgements). Device
// health shows the latest measurement and its route, the link history holds both, and the prediction says the link
// is getting worse, in words with the numbers.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCore, type Core } from '../../app';
import { quietLog, tempDir } from '../../test/temp';
import type { SimulatedNetwork } from '../../../protocols/conformance/harness';
// eslint-disable-next-line hearth/protocol-boundary -- the stack's conformance harness (its simulator and fault switches), as the conformance suite takes it
import { conformanceHarness as zwave } from '../../../protocols/zwave/test/harness';
// eslint-disable-next-line hearth/protocol-boundary -- the stack's conformance harness (its simulator and fault switches), as the conformance suite takes it
import { conformanceHarness as zigbee } from '../../../protocols/zigbee/test/harness';

const dir = tempDir('hearth-link-');
let n = 0;

async function until(what: string, pick: () => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  while (!pick()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// In each stack's own measure: Zigbee LQI 0–255, Z-Wave RSSI in dBm.
const CASES = [
  { harness: zigbee, good: 210, bad: 35, field: 'lqi' as const, route: null, reason: /^Link getting worse: link quality \(LQI\) fell from 2\d\d to \d+ of 255/ },
  { harness: zwave, good: -48, bad: -97, field: 'rssi' as const, route: 'direct', reason: /^Link getting worse: signal fell from -\d+ dBm to -\d+ dBm \(route: direct\)/ },
];

describe.each(CASES)('link quality over the $harness.name simulator', ({ harness, good, bad, field, route, reason }) => {
  let net: SimulatedNetwork;
  let core: Core;

  beforeAll(async () => {
    net = await harness.setUp();
    core = buildCore({ dataDir: join(dir, `stack-${n++}`), host: 'hub', version: 'test', log: quietLog });
    await core.startAdapters([net.create()]);
    await until('the devices online', () => net.devices.every((id) => core.devices.list().some((d) => core.devices.locate(d.id).nativeId === id && d.health === 'online')));
  }, 120_000);
  afterAll(async () => {
    await core?.stop();
    await net?.tearDown();
  });

  /** Commands the device `times` times, each confirmed by its own report (a frame the radio heard). */
  async function use(id: string, times: number) {
    const { capabilityId, value } = net.command;
    for (let i = 0; i < times; i++) {
      const before = core.devices.get(id).stateAt[capabilityId] ?? 0;
      await core.devices.command(id, capabilityId, value(core.devices.get(id).state[capabilityId]), 'test');
      await until('the report', () => (core.devices.get(id).stateAt[capabilityId] ?? 0) > before);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('device health shows the link, its history both levels, and the prediction the worsening in words', async () => {
    const { nativeId } = net.command;
    const id = core.devices.list().find((d) => core.devices.locate(d.id).nativeId === nativeId)!.id;
    net.setLinkQuality!(nativeId, good);
    await use(id, 6);
    // Z-Wave's RSSI is zwave-js's running average of the acknowledgements: it closes in on the level set.
    const near = (v: number | null | undefined, level: number) => v != null && Math.abs(v - level) <= (field === 'rssi' ? 3 : 0);
    let row = core.health.devices().find((r) => r.deviceId === id)!;
    expect(row.link).toMatchObject({ route });
    expect(near(row.link![field], good)).toBe(true);
    expect(row.risk.reasons.filter((r) => r.startsWith('Link'))).toEqual([]);

    net.setLinkQuality!(nativeId, bad);
    await use(id, 8);
    row = core.health.devices().find((r) => r.deviceId === id)!;
    const latest = row.link![field]!;
    expect(Math.abs(latest - bad)).toBeLessThan(Math.abs(good - bad) / 4);
    const reasons = row.risk.reasons.filter((r) => r.startsWith('Link'));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(reason);
    expect(row.risk.level).not.toBe('ok');

    const history = core.health.linkHistory(id).map((s) => s[field]);
    expect(history.length).toBeGreaterThanOrEqual(8);
    expect(history.some((v) => near(v, good))).toBe(true);
    expect(history.at(-1)).toBe(latest);
    // The same through the contract, as the Device health chart asks.
    const reply = await core.dispatch('health.link', { deviceId: id }, { actor: 'test' });
    expect(reply).toMatchObject({ ok: true });
    expect((reply as { result: unknown[] }).result).toHaveLength(core.health.linkHistory(id).length);
  }, 120_000);
});
