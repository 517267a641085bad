// The health store over a fake core: the system's vital signs shown at once and kept current by 'system.health'.
import { describe, expect, it } from 'vitest';
import type { SystemHealth } from '../../shared/contract';
import { createFakeCore } from '../api/fake-transport';
import { settle } from './fixtures';
import { createHealthStore, selectProblems } from './health';
import { createNoticesStore } from './notices';

const sample = (over: Partial<SystemHealth> = {}): SystemHealth => ({
  at: 1,
  uptimeSeconds: 60,
  eventLoop: { p50Ms: 10, p99Ms: 12, maxMs: 20 },
  memory: { rssBytes: 100e6, heapUsedBytes: 50e6 },
  database: { bytes: 4096, walBytes: 0 },
  disk: { freeBytes: 10e9, totalBytes: 100e9 },
  automations: { runs: 3, failed: 0 },
  radios: [],
  problems: [],
  ...over,
});

describe('health store', () => {
  it('reads the system health when the connection opens, then follows the samples the core sends', async () => {
    const core = createFakeCore('connecting');
    core.answer('health.system', () => sample());
    core.answer('health.alerts', () => []);
    const health = createHealthStore({ client: core.client, notices: createNoticesStore() });
    core.setConnection('open');
    await settle();
    expect(health.getState().system?.automations.runs).toBe(3);

    core.emit('system.health', { adapters: [], system: sample({ at: 2, problems: ['Zigbee stick: the stick was unplugged.'] }) });
    await settle();
    expect(selectProblems(health.getState())).toEqual(['Zigbee stick: the stick was unplugged.']);
    // A radio change alone (no sample) keeps the last sample.
    core.emit('system.health', { adapters: [] });
    await settle();
    expect(health.getState().system?.at).toBe(2);
  });

  it('a failed read becomes a notice, not a blank screen', async () => {
    const core = createFakeCore();
    core.refuse('health.system', { code: 'INTERNAL', message: 'Health is not available.' });
    core.answer('health.alerts', () => []);
    const notices = createNoticesStore();
    const health = createHealthStore({ client: core.client, notices });
    await health.getState().load();
    expect(health.getState().system).toBeNull();
    expect(notices.getState().notices.length).toBeGreaterThan(0);
  });

  it('shows alerts as the core sends them; dismissing one sends its id and shows what the core answers', async () => {
    const core = createFakeCore();
    const alert = {
      id: 'device.offline:zigbee:1', kind: 'device.offline' as const, level: 'error' as const, title: 'Door Sensor is offline',
      message: 'Offline: last heard 3 h ago.', since: 1, deviceId: 'zigbee:1', fix: { label: 'See device health', screen: 'diagnostics?tab=devices', article: null },
    };
    core.answer('health.alerts.dismiss', () => []);
    core.answer('health.alerts.snooze', () => []);
    const health = createHealthStore({ client: core.client, notices: createNoticesStore() });
    core.emit('health.alerts', { alerts: [alert] });
    await settle();
    expect(health.getState().alerts.map((a) => a.title)).toEqual(['Door Sensor is offline']);
    await health.getState().dismiss(alert.id);
    expect(core.inputs('health.alerts.dismiss')).toEqual([{ alertId: 'device.offline:zigbee:1' }]);
    expect(health.getState().alerts).toEqual([]);
    await health.getState().snooze(alert.id, 24);
    expect(core.inputs('health.alerts.snooze')).toEqual([{ alertId: 'device.offline:zigbee:1', hours: 24 }]);
  });
});
