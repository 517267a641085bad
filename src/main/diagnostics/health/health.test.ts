// Health through the core: the system's vital signs sent on an interval, radio failures counted, and a device
// that drains its battery and stops reporting flagged with its reasons; failed commands and response times as
// the device service measured them.
import { afterEach, describe, expect, it } from 'vitest';
import type { SystemHealth } from '../../../shared/contract';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { lampDevice } from '../../test/fake-adapter';
import { tempDir } from '../../test/temp';

const dir = tempDir();
const HOUR = 3_600_000;
let fx: Fixture | null = null;
afterEach(async () => {
  await fx?.core.stop();
  fx = null;
});

async function call(f: Fixture, method: string, params: unknown = {}) {
  const reply = await f.core.dispatch(method, params, { actor: 'test' });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.result;
}

/** A door sensor (battery) that reported every hour over the last four days, losing 4 % a day from 30 % (now 14 %). */
function drainingDoorSensor(f: Fixture): void {
  f.radio.emit({
    type: 'device',
    device: lampDevice({
      nativeId: '9', suggestedName: 'Door Sensor', suggestedArea: 'Hallway',
      capabilities: [{ id: 'battery', kind: 'battery', writable: false, unit: '%' }, { id: 'sensor.contact', kind: 'sensor', writable: false, measure: 'contact' }],
      state: {},
    }),
  });
  const start = f.clock.now() - 96 * HOUR;
  for (let h = 0; h <= 96; h++) f.radio.emit({ type: 'state', nativeId: '9', capabilityId: 'battery', value: Math.round(30 - (4 * h) / 24), at: start + h * HOUR });
}

describe('system health', () => {
  it('is sent as system.health on the interval with the radio, database, disk and automation figures', async () => {
    fx = await demoCore(dir);
    const seen: SystemHealth[] = [];
    fx.core.bus.on('system.health', 'test', (p) => p.system && seen.push(p.system));
    fx.clock.advance(10_000);
    expect(seen).toHaveLength(1);
    const s = seen[0]!;
    expect(s.radios).toEqual([expect.objectContaining({ protocol: 'zwave', state: 'ready', failures: 0 })]);
    expect(s.database.bytes).toBeGreaterThan(0);
    expect(s.disk?.freeBytes).toBeGreaterThan(0);
    expect(s.memory.rssBytes).toBeGreaterThan(0);
    expect(s.problems).toEqual([]);
    fx.clock.advance(10_000);
    expect(seen).toHaveLength(2);
  });

  it('counts a radio failure and says it needs attention; a request reads the same', async () => {
    fx = await demoCore(dir);
    fx.radio.emit({ type: 'status', status: { state: 'failed', message: 'The Z-Wave stick was unplugged', next: 'Plug it in again.' } });
    const s = (await call(fx, 'health.system')) as SystemHealth;
    expect(s.radios[0]).toMatchObject({ state: 'failed', failures: 1, lastFailure: { message: 'The Z-Wave stick was unplugged' } });
    expect(s.problems).toEqual(['scripted: The Z-Wave stick was unplugged.']);
    fx.radio.emit({ type: 'status', status: { state: 'ready' } });
    fx.radio.emit({ type: 'status', status: { state: 'failed', message: 'Serial port error' } });
    expect(fx.core.health.sample().radios[0]).toMatchObject({ failures: 2, lastFailure: { message: 'Serial port error' } });
  });

  it('counts automation runs and failures of the last 24 hours from the traces', async () => {
    fx = await demoCore(dir);
    const insert = fx.core.db.prepare("INSERT INTO traces (id, at, rule_id, plan_id, result, body) VALUES (?, ?, 'r1', NULL, ?, '{}')");
    const now = fx.clock.now();
    insert.run('a', now - 2 * HOUR, 'ran');
    insert.run('b', now - HOUR, 'failed');
    insert.run('c', now - 30 * HOUR, 'failed'); // older than a day
    insert.run('d', now - HOUR, 'conditionsFailed'); // did not run
    expect(fx.core.health.sample().automations).toEqual({ runs: 2, failed: 1 });
  });
});

describe('device health', () => {
  it('flags a sensor whose battery drains and which then stops reporting, with the reasons in words', async () => {
    fx = await demoCore(dir);
    drainingDoorSensor(fx);
    const id = fx.id('Door Sensor');
    let row = fx.core.health.devices().find((r) => r.deviceId === id)!;
    expect(row.battery).toBe(14);
    expect(row.batteryPerDay).toBeCloseTo(-4, 0);
    expect(row.reportEveryMs).toBe(HOUR);
    expect(row.risk.level).toBe('likely');
    expect(row.risk.reasons).toEqual(['Battery at 14 %, falling 4.0 % a day: empty in about 3 days.']);

    fx.clock.advance(5 * HOUR); // silent since
    row = fx.core.health.devices().find((r) => r.deviceId === id)!;
    expect(row.risk.reasons[0]).toBe('No report for 5 h; it usually reports every 1 h (5 check-ins missed).');
    // Devices likely to drop come first.
    expect(fx.core.health.devices()[0]!.deviceId).toBe(id);
  });

  it('counts failed commands and measures the time to the device’s confirming report', async () => {
    fx = await demoCore(dir);
    const lamp = fx.id('Floor Lamp');
    fx.radio.failWhen = (c) => c.nativeId === '2';
    await expect(fx.core.devices.command(lamp, 'onOff', true, 'test')).rejects.toThrow('did not answer');
    fx.radio.failWhen = null;

    const light = fx.id('Ceiling Light');
    fx.radio.echo = false;
    for (const ms of [120, 300, 180]) {
      await fx.core.devices.command(light, 'onOff', true, 'test');
      fx.clock.advance(ms);
      fx.radio.emit({ type: 'state', nativeId: '3', capabilityId: 'onOff', value: true, at: fx.clock.now() });
    }
    const rows = (await call(fx, 'health.devices')) as { deviceId: string; commands: unknown; health: string; risk: { reasons: string[] } }[];
    expect(rows.find((r) => r.deviceId === lamp)).toMatchObject({ health: 'offline', commands: { sent: 1, failed: 1, p50Ms: null } });
    expect(rows.find((r) => r.deviceId === lamp)!.risk.reasons[0]).toMatch(/^Offline/);
    expect(rows.find((r) => r.deviceId === light)!.commands).toEqual({ sent: 3, failed: 0, unconfirmed: 0, p50Ms: 180, p95Ms: 300 });
  });

  it('keeps the link measurements a stack takes by itself (Matter reads its diagnostics) on each interval, with no report', async () => {
    fx = await demoCore(dir);
    const id = fx.id('Floor Lamp');
    const lamp = fx.core.devices.locate(id).nativeId;
    let measured = { at: fx.clock.now(), rssi: -50 };
    fx.radio.features.add('linkQuality');
    Object.assign(fx.radio.facets, { linkQuality: { read: (nativeId: string) => (nativeId === lamp ? { ...measured, lqi: null, route: 'Wi-Fi, channel 6' } : null) } });
    for (const rssi of [-50, -52, -70, -88, -90]) {
      measured = { at: fx.clock.now(), rssi };
      fx.clock.advance(10_000); // the interval, and no device.state report in between
    }
    expect(fx.core.health.linkHistory(id).map((s) => s.rssi)).toEqual([-50, -52, -70, -88, -90]);
    const row = fx.core.health.devices().find((r) => r.deviceId === id)!;
    expect(row.risk.reasons).toContainEqual(expect.stringMatching(/^Link getting worse: signal fell from -\d+ dBm to -\d+ dBm \(route: Wi-Fi, channel 6\)/));
  });
});

describe('alerts', () => {
  it('a device going offline raises an alert with its fix; dismissed it stays away until it comes back and drops again', async () => {
    fx = await demoCore(dir);
    const shown: string[][] = [];
    fx.core.bus.on('health.alerts', 'test', ({ alerts }) => shown.push(alerts.map((a) => a.id)));
    const desktop: string[] = [];
    fx.core.health.setNotifier({ show: (a) => desktop.push(a.title) });
    const lamp = fx.id('Floor Lamp');
    fx.radio.emit({ type: 'health', nativeId: '2', health: 'offline' });
    fx.clock.advance(60_000);
    const alerts = (await call(fx, 'health.alerts')) as { id: string; title: string; fix: { screen: string; article: string | null } }[];
    expect(alerts).toEqual([expect.objectContaining({ id: `device.offline:${lamp}`, title: 'Floor Lamp is offline', fix: { label: 'See device health', screen: 'diagnostics?tab=devices', article: 'device-offline' } })]);
    expect(desktop).toEqual(['Floor Lamp is offline']);

    await call(fx, 'health.alerts.dismiss', { alertId: `device.offline:${lamp}` });
    fx.clock.advance(60_000);
    expect(await call(fx, 'health.alerts')).toEqual([]);
    expect(shown.at(-1)).toEqual([]);
    expect(desktop).toHaveLength(1); // not shown again on the next check

    // Back online: the problem cleared, so the dismissal is forgotten; offline again alerts again.
    fx.radio.emit({ type: 'health', nativeId: '2', health: 'online' });
    fx.clock.advance(60_000);
    fx.radio.emit({ type: 'health', nativeId: '2', health: 'offline' });
    fx.clock.advance(60_000);
    expect(((await call(fx, 'health.alerts')) as { id: string }[]).map((a) => a.id)).toEqual([`device.offline:${lamp}`]);
    expect(desktop).toHaveLength(2);
  });

  it('a battery device running down raises "battery low" and "likely to drop off", each with the battery article; a new battery clears both', async () => {
    fx = await demoCore(dir);
    drainingDoorSensor(fx);
    const id = fx.id('Door Sensor');
    fx.clock.advance(60_000);
    type Shown = { id: string; kind: string; title: string; message: string; deviceId?: string; fix: { article: string | null } };
    const alerts = (await call(fx, 'health.alerts')) as Shown[];
    expect(alerts.filter((a) => a.deviceId === id)).toEqual([
      expect.objectContaining({ id: `battery.low:${id}`, kind: 'battery.low', title: 'Door Sensor: battery low', message: 'Battery at 14 %. Replace or charge it soon.', fix: expect.objectContaining({ article: 'battery-devices' }) }),
      expect.objectContaining({ id: `device.predicted:${id}`, kind: 'device.predicted', title: 'Door Sensor is likely to drop off', message: 'Battery at 14 %, falling 4.0 % a day: empty in about 3 days.', fix: expect.objectContaining({ article: 'battery-devices' }) }),
    ]);
    // A fresh battery: nothing to warn about any more.
    fx.radio.emit({ type: 'state', nativeId: '9', capabilityId: 'battery', value: 100, at: fx.clock.now() });
    fx.clock.advance(60_000);
    expect(((await call(fx, 'health.alerts')) as Shown[]).filter((a) => a.deviceId === id)).toEqual([]);
  });

  it('a snoozed alert returns when the snooze ends; snoozing one that cleared says so', async () => {
    fx = await demoCore(dir);
    fx.radio.emit({ type: 'status', status: { state: 'failed', message: 'The Z-Wave stick was unplugged.', next: 'Plug it in again.' } });
    fx.clock.advance(60_000);
    const [alert] = (await call(fx, 'health.alerts')) as { id: string; message: string; fix: { screen: string } }[];
    expect(alert).toMatchObject({ id: 'radio.down:zwave', message: 'The Z-Wave stick was unplugged. Plug it in again.', fix: { screen: 'radios', article: 'stick-not-found' } });
    await call(fx, 'health.alerts.snooze', { alertId: 'radio.down:zwave', hours: 1 });
    fx.clock.advance(30 * 60_000);
    expect(await call(fx, 'health.alerts')).toEqual([]);
    fx.clock.advance(31 * 60_000);
    expect(((await call(fx, 'health.alerts')) as { id: string }[]).map((a) => a.id)).toEqual(['radio.down:zwave']);
    const reply = await fx.core.dispatch('health.alerts.snooze', { alertId: 'device.offline:nothing', hours: 1 }, { actor: 'test' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That alert has already cleared.' } });
    const bad = await fx.core.dispatch('health.alerts.snooze', { alertId: 'radio.down:zwave', hours: 0 }, { actor: 'test' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('an automation whose last three runs failed raises one alert; one that worked in between does not', async () => {
    fx = await demoCore(dir);
    const now = fx.clock.now();
    fx.core.db.prepare("INSERT INTO automations (id, name, enabled, source, body, created_at, updated_at) VALUES ('r1', 'Morning lights', 1, 'form', '{}', ?, ?), ('r2', 'Night lock', 1, 'form', '{}', ?, ?)").run(now, now, now, now);
    const insert = fx.core.db.prepare("INSERT INTO traces (id, at, rule_id, plan_id, result, body) VALUES (?, ?, ?, NULL, ?, '{}')");
    ['failed', 'failed', 'failed'].forEach((r, i) => insert.run(`a${i}`, now - (i + 1) * 60_000, 'r1', r));
    ['failed', 'ran', 'failed'].forEach((r, i) => insert.run(`b${i}`, now - (i + 1) * 60_000, 'r2', r));
    const alerts = fx.core.health.checkAlerts();
    expect(alerts.map((a) => a.title)).toEqual(['Automation “Morning lights” keeps failing']);
    expect(alerts[0]!.fix.article).toBe('automation-did-not-run');
  });

  it('a full disk is one alert with its article, at once and not at the next check; it clears when writing resumes', async () => {
    fx = await demoCore(dir);
    const shown: string[][] = [];
    fx.core.bus.on('health.alerts', 'test', ({ alerts }) => shown.push(alerts.map((a) => a.kind)));
    const full = { kind: 'storage.full', level: 'error', at: fx.clock.now(), message: 'The disk is full: Hearth cannot save device states for now.', next: 'Free some space.' } as const;
    fx.core.bus.emit('system.notice', full);
    fx.core.bus.emit('system.notice', full);
    expect(shown).toEqual([['storage.full']]);
    expect(fx.core.health.alerts()).toEqual([
      expect.objectContaining({ kind: 'storage.full', level: 'error', title: 'The disk is full: changes are not being saved', message: 'The disk is full: Hearth cannot save device states for now. Free some space.', fix: expect.objectContaining({ article: 'disk-full' }) }),
    ]);
    // Other notices are not trouble; writing again clears it.
    fx.core.bus.emit('system.notice', { kind: 'secrets.unprotected', level: 'warning', at: fx.clock.now(), message: 'Secrets are kept in a file.' });
    expect(fx.core.health.alerts().map((a) => a.kind)).toEqual(['storage.full']);
    fx.core.bus.emit('system.notice', { kind: 'storage.resumed', level: 'info', at: fx.clock.now(), message: 'Hearth saves device states again.' });
    expect(fx.core.health.alerts()).toEqual([]);
    expect(shown.at(-1)).toEqual([]);
  });
});

describe('unknown values', () => {
  it('a battery the device has not reported (null) is unknown, not 0 % — no "battery low" alert', async () => {
    fx = await demoCore(dir);
    fx.radio.emit({
      type: 'device',
      device: lampDevice({ nativeId: '11', suggestedName: 'Bathroom Climate', capabilities: [{ id: 'battery', kind: 'battery', writable: false, unit: '%' }], state: { battery: null } }),
    });
    const row = fx.core.health.devices().find((r) => r.deviceId === fx!.id('Bathroom Climate'))!;
    expect(row.battery).toBeNull();
    expect(row.risk).toEqual({ level: 'ok', reasons: [] });
    expect(fx.core.health.checkAlerts()).toEqual([]);
  });
});
