// End to end: the Zigbee adapter drives zigbee-herdsman's real `zstack` adapter, which talks UNPI/MT
// over tcp://127.0.0.1 to the Z-Stack emulator and its virtual devices. Nothing is stubbed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../shared/integration';
import { HearthError } from '../../shared/errors';
import { ZigbeeAdapter } from './adapter';
import type { ZigbeeEvent } from './events';
import { Af, Subsystem, ZStackEmulator, aqaraWeather, ikeaBulb, innrPlug, setContactOpen, sonoffContact } from './simulator';

type AdapterEvent = IntegrationEvent<ZigbeeEvent>;
/** The integration's events, and each Zigbee ('stack') event once more on its own. */
type Logged = AdapterEvent | ZigbeeEvent;

/** Records events and lets a test wait for one that matches, looking only at events after `since`. */
class EventLog {
  readonly events: Logged[] = [];
  private waiters: Array<() => void> = [];
  push = (e: Logged): void => {
    this.events.push(e);
    for (const w of this.waiters) w();
  };
  get mark(): number {
    return this.events.length;
  }
  async waitFor<T extends Logged>(pred: (e: Logged) => e is T, since = 0, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.events.slice(since).find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`event not seen within ${timeoutMs} ms; last events: ${JSON.stringify(this.events.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 100);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
      this.waiters = [];
    }
  }
}

const isState = (nativeId: string, capabilityId: string, value?: unknown) => (e: Logged): e is Extract<AdapterEvent, { type: 'state' }> =>
  e.type === 'state' && e.nativeId === nativeId && e.capabilityId === capabilityId && (value === undefined || e.value === value);
const isDevice = (nativeId: string, model?: string) => (e: Logged): e is Extract<AdapterEvent, { type: 'device' }> =>
  e.type === 'device' && e.device.nativeId === nativeId && (model === undefined || e.device.model === model);
const isStatus = (state: string) => (e: Logged): e is Extract<AdapterEvent, { type: 'status' }> => e.type === 'status' && e.status.state === state;
const isZigbee = <K extends ZigbeeEvent['type']>(type: K, nativeId?: string, status?: string) => (e: Logged): e is Extract<ZigbeeEvent, { type: K }> =>
  e.type === type && (nativeId === undefined || ('nativeId' in e && e.nativeId === nativeId)) && (status === undefined || ('status' in e && e.status === status));

const networkKey = randomBytes(16);
const extendedPanId = randomBytes(8);
const panId = 0x1a62;
const channel = 15;

let emu: ZStackEmulator;
let adapter: ZigbeeAdapter;
let dir: string;
const log = new EventLog();
const herdsmanErrors: string[] = [];
const bulb = ikeaBulb();
const weather = aqaraWeather({ tickMs: 0 });
const plug = innrPlug({ tickMs: 0 });
const contact = sonoffContact();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-zigbee-'));
  emu = await ZStackEmulator.start({ network: { panId, extendedPanId, channel, networkKey } });
  adapter = new ZigbeeAdapter({
    serialPath: emu.path,
    adapterType: 'zstack',
    channel,
    panId,
    extendedPanId,
    networkKey,
    dataDir: dir,
    // Long enough that every state event below can only come from a report the device sent.
    readBackAfterMs: 60_000,
    log: { info: () => undefined, warn: (line) => herdsmanErrors.push(line), error: (line) => herdsmanErrors.push(line) },
  });
  adapter.subscribe((e) => {
    log.push(e);
    if (e.type === 'stack') log.push(e.event);
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await emu?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Zigbee adapter against the Z-Stack emulator', () => {
  it('starts through herdsman\'s real zstack adapter over loopback TCP', () => {
    expect(adapter.status()).toMatchObject({ state: 'ready', detail: expect.stringContaining('ZStack3x0') });
    expect(emu.hostConnected).toBe(true);
    expect(emu.stats.framesFromHost).toBeGreaterThan(20);
    // herdsman always sends the CC253x bootloader-skip byte (0xEF) on TCP; nothing else may be garbage.
    expect(emu.stats.decodeErrors.map((e) => e.code)).toEqual(['GARBAGE']);
  });

  it('lets a TRÅDFRI bulb join; it is interviewed and recognised by the converters', async () => {
    const since = log.mark;
    await adapter.permitJoin(60);
    await log.waitFor(isZigbee('permitJoin'), since);
    await emu.joinWhenPermitted(bulb);
    const { device } = await log.waitFor(isDevice(bulb.ieee, 'LED1545G12'), since);
    expect(device).toMatchObject({ manufacturer: 'IKEA', model: 'LED1545G12', firmware: '2.3.093', health: 'online' });
    expect(device.capabilities.map((c) => c.id)).toEqual(['onOff', 'level', 'colorTemp']);
    const steps = log.events.slice(since).filter((e) => e.type === 'joined' || e.type === 'interview').map((e) => ('status' in e ? `interview:${e.status}` : e.type));
    expect(steps).toEqual(['joined', 'interview:started', 'interview:successful']);
    await log.waitFor(isZigbee('configure', bulb.ieee, 'done'), since);
    // Hearth asked the bulb to report its state (bind + Configure Reporting went over the air).
    expect(bulb.received.filter((r) => r.command === 'configReport').map((r) => r.cluster)).toEqual(expect.arrayContaining(['genOnOff', 'genLevelCtrl', 'lightingColorCtrl']));
  });

  it('turns the bulb on and dims it; the bulb\'s own reports update Hearth\'s state', async () => {
    let since = log.mark;
    const sentAt = Date.now();
    await adapter.command(bulb.ieee, 'onOff', true);
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(1);
    await log.waitFor(isState(bulb.ieee, 'onOff', true), since);
    expect(bulb.sentReports.some((r) => r.cluster === 'genOnOff' && r.at >= sentAt)).toBe(true);

    since = log.mark;
    await adapter.command(bulb.ieee, 'level', 40);
    expect(bulb.get(1, 'genLevelCtrl', 'currentLevel')).toBe(102);
    expect(bulb.received.at(-1)).toMatchObject({ cluster: 'genLevelCtrl', command: 'moveToLevelWithOnOff', payload: { level: 102 } });
    // (Hearth also read the bulb's values once after pairing; those answers may still be arriving.)
    const level = await log.waitFor(isState(bulb.ieee, 'level', 40), since);
    expect(level.value).toBe(40);
    expect(bulb.sentReports.some((r) => r.cluster === 'genLevelCtrl' && r.attrs.includes(0) && r.at >= sentAt)).toBe(true);

    since = log.mark;
    await adapter.command(bulb.ieee, 'colorTemp', 3000);
    expect(bulb.get(1, 'lightingColorCtrl', 'colorTemperature')).toBe(333);
    expect((await log.waitFor(isState(bulb.ieee, 'colorTemp', 3003), since)).value).toBe(3003);
    expect(adapter.devices().find((d) => d.nativeId === bulb.ieee)?.state).toMatchObject({ onOff: true, level: 40, colorTemp: 3003 });
  });

  it('rejects commands a device cannot take, with a readable error', async () => {
    await expect(adapter.command(bulb.ieee, 'level', 150)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(adapter.command(bulb.ieee, 'meter.power', 5)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(adapter.command('0x0000000000000bad', 'onOff', true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('turns sensor, contact and meter reports into capability readings', async () => {
    const since = log.mark;
    for (const d of [weather, contact, plug]) await emu.joinWhenPermitted(d);
    await log.waitFor(isDevice(weather.ieee, 'WSDCGQ11LM'), since);
    await log.waitFor(isZigbee('interview', contact.ieee, 'successful'), since, 20_000); // includes IAS enrolment
    await log.waitFor(isZigbee('configure', plug.ieee, 'done'), since);
    expect(contact.get(1, 'ssIasZone', 'zoneState')).toBe(1);
    expect(contact.get(1, 'ssIasZone', 'iasCieAddr')).toBe(emu.ieee);

    const mark = log.mark;
    weather.set(1, 'msTemperatureMeasurement', 'measuredValue', 2345);
    weather.set(1, 'msRelativeHumidity', 'measuredValue', 5120);
    setContactOpen(contact, true);
    await adapter.command(plug.ieee, 'onOff', true);
    expect((await log.waitFor(isState(weather.ieee, 'sensor.temperature'), mark)).value).toBe(23.45);
    expect((await log.waitFor(isState(weather.ieee, 'sensor.humidity'), mark)).value).toBe(51.2);
    expect((await log.waitFor(isState(contact.ieee, 'sensor.contact'), mark)).value).toBe(true); // open
    expect((await log.waitFor(isState(plug.ieee, 'meter.power'), mark)).value).toBe(60);
    setContactOpen(contact, false);
    await log.waitFor(isState(contact.ieee, 'sensor.contact', false), mark);
  });

  it('renames, maps the network and writes a coordinator backup', async () => {
    const since = log.mark;
    await adapter.rename(bulb.ieee, 'Reading lamp');
    expect((await log.waitFor(isDevice(bulb.ieee), since)).device.suggestedName).toBe('Reading lamp');

    const progress: Array<{ done: number; total: number }> = [];
    const map = await adapter.facets.networkMap.scan({ timeoutMs: 20_000, onProgress: (p) => progress.push(p) });
    expect(map.partial).toBe(false);
    expect(map.links).toEqual(expect.arrayContaining([expect.objectContaining({ source: emu.ieee, target: bulb.ieee, relationship: 'child' })]));
    expect(map.links).toEqual(expect.arrayContaining([expect.objectContaining({ source: plug.ieee, target: emu.ieee, relationship: 'parent' })]));
    expect(progress.length).toBeGreaterThan(0);
    expect(map.nodes.find((n) => n.nativeId === emu.ieee)?.role).toBe('coordinator');
    const cancelled = new AbortController();
    cancelled.abort();
    expect((await adapter.facets.networkMap.scan({ signal: cancelled.signal })).partial).toBe(true);

    const image = await adapter.facets.backups.create();
    expect(image.meta).toMatchObject({ devices: 4, facts: { panId, channel, extendedPanId: extendedPanId.toString('hex') } });
    const backup = JSON.parse(Buffer.from(image.data).toString('utf8'));
    expect(backup.metadata.format).toBe('zigpy/open-coordinator-backup');
    expect(backup.pan_id).toBe(panId.toString(16));
    expect(backup.network_key.key).toBe(networkKey.toString('hex'));
    expect(await adapter.facets.backups.describe(image.data)).toEqual(image.meta);
    // herdsman's own copy holds the key too: only the owner may read it.
    expect(statSync(join(dir, 'coordinator_backup.json')).mode & 0o777).toBe(0o600);
  });

  it('removes a device: it is asked to leave and disappears', async () => {
    const since = log.mark;
    await adapter.remove(contact.ieee);
    await log.waitFor((e): e is Extract<AdapterEvent, { type: 'deviceRemoved' }> => e.type === 'deviceRemoved' && e.nativeId === contact.ieee, since);
    const deadline = Date.now() + 2_000;
    while (contact.online && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(contact.online).toBe(false); // the emulated sensor really left the network
    expect(adapter.devices().map((d) => d.nativeId)).not.toContain(contact.ieee);
  });
});

describe('faults', () => {
  it('a lost response frame: herdsman recovers and the command still succeeds', async () => {
    emu.dropNextFrames(1, 'toHost', { subsystem: Subsystem.AF, command: Af.incomingMsg });
    await adapter.command(plug.ieee, 'onOff', false);
    expect(plug.get(1, 'genOnOff', 'onOff')).toBe(0);
    expect(emu.stats.dropped).toHaveLength(1);
    // the plug got the command twice: once unanswered, once after herdsman's route recovery
    expect(plug.received.filter((r) => r.command === 'off')).toHaveLength(2);
  }, 40_000);

  it('a slow link: added latency delays but does not break commands', async () => {
    emu.setDelay(150);
    const started = Date.now();
    await adapter.command(plug.ieee, 'onOff', true);
    emu.setDelay(0);
    // every frame to herdsman (SRSP, data confirm, default response) waited 150 ms in the pipe
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(plug.get(1, 'genOnOff', 'onOff')).toBe(1);
  });

  it('an unreachable device gives a readable error and an offline health event', async () => {
    const since = log.mark;
    emu.setUnreachable(bulb, true);
    const error = await adapter.command(bulb.ieee, 'onOff', false).catch((e: unknown) => e);
    emu.setUnreachable(bulb, false);
    expect(error).toBeInstanceOf(HearthError);
    expect(error).toMatchObject({ code: 'DEVICE_UNREACHABLE', message: 'Reading lamp did not respond.' });
    expect((error as HearthError).next).toMatch(/power/);
    await log.waitFor((e): e is Logged => e.type === 'health' && e.nativeId === bulb.ieee && e.health === 'offline', since);
  }, 60_000);

  it('state is what the device reported: a command it never got changes none, and it is online again when it next reports', async () => {
    const since = log.mark;
    const before = adapter.devices().find((d) => d.nativeId === bulb.ieee)!.state;
    emu.setUnreachable(bulb, true);
    await expect(adapter.command(bulb.ieee, 'level', before.level === 20 ? 30 : 20)).rejects.toMatchObject({ code: 'DEVICE_UNREACHABLE' });
    expect(log.events.slice(since).filter((e) => e.type === 'state' && e.nativeId === bulb.ieee)).toEqual([]);
    expect(adapter.devices().find((d) => d.nativeId === bulb.ieee)).toMatchObject({ state: before, health: 'offline' });
    // Back in range; someone switches it with its own remote: it reports, and is online again without a command.
    emu.setUnreachable(bulb, false);
    const back = log.mark;
    bulb.report(1, 'genOnOff');
    await log.waitFor((e): e is Logged => e.type === 'health' && e.nativeId === bulb.ieee && e.health === 'online', back);
    expect(adapter.devices().find((d) => d.nativeId === bulb.ieee)!.state).toEqual(before);
  }, 60_000);

  it('a coordinator soft reset: herdsman does not notice, commands fail readably, a radio restart recovers', async () => {
    emu.simulateReset('soft');
    await new Promise((r) => setTimeout(r, 200));
    await expect(adapter.command(bulb.ieee, 'onOff', true)).rejects.toMatchObject({
      code: 'RADIO_UNAVAILABLE',
      message: expect.stringMatching(/restarted unexpectedly/),
      next: expect.stringMatching(/Restart the Zigbee radio/),
    });
    await adapter.stop();
    await adapter.start();
    await adapter.command(bulb.ieee, 'onOff', true);
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(1);
  }, 40_000);

  it('a coordinator that drops off the link: failure status, then a restart recovers', async () => {
    const since = log.mark;
    emu.simulateReset('disconnect');
    const failed = await log.waitFor(isStatus('failed'), since);
    expect(failed.status).toMatchObject({ message: expect.stringMatching(/stopped responding/), next: expect.stringMatching(/plugged in/) });
    expect(adapter.devices().every((d) => d.health === 'unknown')).toBe(true);
    await expect(adapter.command(plug.ieee, 'onOff', true)).rejects.toMatchObject({ code: 'RADIO_UNAVAILABLE' });

    await adapter.start();
    expect(adapter.status().state).toBe('ready');
    // devices come back from herdsman's database with their names and capabilities
    expect(adapter.devices().find((d) => d.nativeId === bulb.ieee)).toMatchObject({ model: 'LED1545G12', suggestedName: 'Reading lamp' });
    await adapter.command(bulb.ieee, 'onOff', false);
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(0);
    expect(emu.stats.connections).toBe(3);
    // Socket errors can accompany a cut link, and herdsman complains when a frame from the contact sensor this file
    // removed on purpose arrives after its removal ("unknown/deleted device <its address>"); anything else herdsman
    // logged as a warning or error is a bug.
    const removedOnPurpose = new RegExp(`unknown/deleted device 0x${contact.ieee.replace(/^0x/, '')}\\b`);
    expect(herdsmanErrors.filter((m) => !/Socket error|Port error/.test(m) && !removedOnPurpose.test(m))).toEqual([]);
  }, 40_000);
});
