import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/contract';
import { buildCore } from '../app';
import { lampDevice, ScriptedAdapter } from '../test/fake-adapter';
import { quietLog, tempDir } from '../test/temp';

const ID = 'zwave:h-2';

async function setup(dataDir: string) {
  const core = buildCore({ dataDir, host: 'hub', version: 't', log: quietLog });
  const adapter = new ScriptedAdapter();
  const seen: { event: EventName; payload: unknown }[] = [];
  core.bus.onAny('test', (event, payload) => seen.push({ event, payload }));
  await core.startAdapters([adapter]);
  return { core, adapter, seen };
}

describe('device service', () => {
  const root = tempDir();

  it('adds a device in the room it names, and follows its name until the user renames it', async () => {
    const { core, adapter, seen } = await setup(join(root, 'a'));
    adapter.emit({ type: 'device', device: lampDevice({ suggestedName: null, manufacturer: '', model: 'Z-Wave node 2', health: 'interviewing' }) });
    expect(core.devices.get(ID).name).toBe('Z-Wave node 2');
    adapter.emit({ type: 'device', device: lampDevice() });
    const lamp = core.devices.get(ID);
    expect(lamp.name).toBe('Floor Lamp');
    expect(core.devices.areas().find((a) => a.id === lamp.areaId)?.name).toBe('Living Room');
    expect(seen.map((s) => s.event)).toEqual(expect.arrayContaining(['device.added', 'device.updated']));

    core.devices.rename(ID, 'Reading Lamp', 'test');
    adapter.emit({ type: 'device', device: lampDevice() });
    expect(core.devices.get(ID).name).toBe('Reading Lamp');
    await core.stop();
  });

  it('validates commands against the capability before the radio sees them', async () => {
    const { core, adapter } = await setup(join(root, 'b'));
    adapter.emit({ type: 'device', device: lampDevice() });
    await expect(core.devices.command(ID, 'level', 140, 'test')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/0–100/) });
    await expect(core.devices.command(ID, 'onOff', 5, 'test')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(core.devices.command(ID, 'meter.power', 5, 'test')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(core.devices.command(ID, 'colorTemp', 3000, 'test')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(core.devices.command('zwave:nope', 'onOff', true, 'test')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(adapter.commands).toEqual([]);
    await core.devices.command(ID, 'level', 40, 'hub:client-1');
    expect(adapter.commands).toEqual([{ nativeId: 'h-2', capabilityId: 'level', value: 40 }]);
    const audit = core.db.prepare("SELECT actor, action, target FROM audit_log WHERE action = 'device.command'").all();
    expect(audit).toEqual([{ actor: 'hub:client-1', action: 'device.command', target: ID }]);
    await core.stop();
  });

  it('refuses commands while the radio is not ready', async () => {
    const { core, adapter } = await setup(join(root, 'c'));
    adapter.emit({ type: 'device', device: lampDevice() });
    await adapter.stop();
    await expect(core.devices.command(ID, 'onOff', true, 'test')).rejects.toMatchObject({ code: 'RADIO_UNAVAILABLE', message: expect.stringMatching(/^The (Z-Wave|Zigbee|Matter) radio is not ready/) });
    await core.stop();
  });

  it('keeps reported state and history across a restart of the core', async () => {
    const dir = join(root, 'd');
    const first = await setup(dir);
    first.adapter.emit({ type: 'device', device: lampDevice() });
    const at = Date.now() + 1000;
    first.adapter.emit({ type: 'state', nativeId: 'h-2', capabilityId: 'level', value: 40, at });
    first.adapter.emit({ type: 'state', nativeId: 'h-2', capabilityId: 'onOff', value: true, at });
    expect(first.seen.filter((s) => s.event === 'device.state')).toHaveLength(2);
    await first.core.stop();

    const core = buildCore({ dataDir: dir, host: 'hub', version: 't', log: quietLog });
    const lamp = core.devices.get(ID);
    expect(lamp.state).toMatchObject({ level: 40, onOff: true });
    expect(lamp.stateAt.level).toBe(at);
    expect(lamp.health).toBe('unknown');
    expect(core.devices.history(ID, 'level', 0, 10).map((h) => h.value)).toEqual([0, 40]);
    await core.stop();
  });

  it('knows which values await the device’s confirmation, and confirmed() waits briefly for a late report', async () => {
    const { core, adapter, seen } = await setup(join(root, 'f'));
    adapter.emit({ type: 'device', device: lampDevice() });
    adapter.echo = true;
    adapter.echoAfterMs = 150; // the device reports its new level after the command call returned, as Matter devices do
    await core.devices.command(ID, 'level', 40, 'test');
    expect(core.devices.get(ID).state.level).toBe(0); // shown: what the device confirmed
    expect(core.devices.awaiting(ID, 'level')).toBe(40);
    const started = Date.now();
    expect(await core.devices.confirmed(ID, 'level')).toBe(40);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(core.devices.awaiting(ID, 'level')).toBeUndefined();
    expect(seen.filter((s) => s.event === 'device.state').map((s) => (s.payload as { value: unknown }).value)).toEqual([40]);

    // A device that never confirms: after a short wait, the last confirmed value.
    adapter.echo = false;
    await core.devices.command(ID, 'level', 70, 'test');
    expect(core.devices.awaiting(ID, 'level')).toBe(70);
    expect(await core.devices.confirmed(ID, 'level')).toBe(40);
    await core.stop();
  });

  it('a command the device did not answer leaves its state at what it confirmed, and marks it offline', async () => {
    const { core, adapter, seen } = await setup(join(root, 'g'));
    adapter.emit({ type: 'device', device: lampDevice() });
    adapter.failWhen = () => true;
    // The person is told which device, by its name, before the radio's own words.
    await expect(core.devices.command(ID, 'onOff', true, 'test')).rejects.toMatchObject({ code: 'DEVICE_UNREACHABLE', message: 'Floor Lamp did not answer. The device did not answer.', next: 'Check that it has power.' });
    expect(core.devices.get(ID)).toMatchObject({ state: { onOff: false }, health: 'offline' });
    expect(core.devices.awaiting(ID, 'onOff')).toBeUndefined();
    expect(await core.devices.confirmed(ID, 'onOff')).toBe(false);
    expect(core.devices.history(ID, 'onOff', 0, 10).map((h) => h.value)).toEqual([false]);
    expect(seen.filter((s) => s.event === 'device.health').map((s) => s.payload)).toEqual([{ deviceId: ID, health: 'offline' }]);
    await core.stop();
  });

  it('a device marked offline is online again as soon as it is heard from, without a command', async () => {
    const { core, adapter, seen } = await setup(join(root, 'h'));
    adapter.emit({ type: 'device', device: lampDevice() });
    adapter.emit({ type: 'health', nativeId: 'h-2', health: 'offline' });
    expect(core.devices.get(ID).health).toBe('offline');
    adapter.emit({ type: 'state', nativeId: 'h-2', capabilityId: 'onOff', value: true, at: Date.now() }); // switched at the wall
    expect(core.devices.get(ID)).toMatchObject({ health: 'online', state: { onOff: true } });
    expect(seen.filter((s) => s.event === 'device.health').map((s) => s.payload)).toEqual([
      { deviceId: ID, health: 'offline' },
      { deviceId: ID, health: 'online' },
    ]);
    expect(adapter.commands).toEqual([]);
    await core.stop();
  });

  it('forgets a removed device', async () => {
    const { core, adapter, seen } = await setup(join(root, 'e'));
    adapter.emit({ type: 'device', device: lampDevice() });
    adapter.emit({ type: 'deviceRemoved', nativeId: 'h-2' });
    expect(core.devices.list()).toEqual([]);
    // The removal first, then what it changed (the radio's device count): a client hears the cause before its effect.
    expect(seen.at(-2)).toEqual({ event: 'device.removed', payload: { deviceId: ID } });
    expect(seen.at(-1)).toMatchObject({ event: 'radios.changed', payload: { radios: [{ protocol: 'zwave', devices: 0 }] } });
    expect(core.db.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 0 });
    await core.stop();
  });
});
