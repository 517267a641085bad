// The home store over a fake core: what it loads, how a control waits for the device's own report, and what a
// person is told when a device does not confirm or a command is refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Device } from '../../shared/model';
import { createFakeCore, type FakeCore } from '../api/fake-transport';
import { device, settle } from './fixtures';
import { CONFIRM_TIMEOUT_MS, createHomeStore, pendingKey, selectDeviceCount } from './home';
import { createNoticesStore } from './notices';

function answerHome(core: FakeCore, devices: Device[]) {
  core.answer('system.info', () => ({ version: '0.1.0', host: 'hub', demo: true, dataDir: '/tmp/h', startedAt: 1, adapters: [{ protocol: 'zigbee', label: 'Zigbee', state: 'ready' }] }));
  core.answer('devices.list', () => devices);
  core.answer('areas.list', () => [{ id: 'a1', name: 'Bedroom', floor: null, sortOrder: 0 }]);
  core.answer('onboarding.state', () => ({ status: 'done', step: 'done', radioChoice: 'demo', tutorialSkipped: false, updatedAt: 1 }));
  core.answer('home.preferences', () => ({ name: 'Maple Cottage', location: { kind: 'none' }, units: { temperature: 'C', clock: '24h' } }));
}

async function setup(devices: Device[] = [device()]) {
  const core = createFakeCore('connecting');
  answerHome(core, devices);
  const notices = createNoticesStore();
  const home = createHomeStore({ client: core.client, notices });
  core.setConnection('open');
  await settle();
  return { core, notices, home };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('home store', () => {
  it('loads the home once the connection opens', async () => {
    const { home } = await setup();
    const s = home.getState();
    expect(s.loaded).toBe(true);
    expect(Object.keys(s.devices)).toEqual(['zigbee:0x1']);
    expect(s.areas.map((a) => a.name)).toEqual(['Bedroom']);
    expect(s.preferences?.name).toBe('Maple Cottage');
  });

  it('keeps every device by its id, whatever the id (even one that names the prototype)', async () => {
    const { home } = await setup([device(), device({ id: '__proto__' }), device({ id: 'constructor' })]);
    const { devices } = home.getState();
    expect(Object.keys(devices)).toEqual(['zigbee:0x1', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(devices)).toBe(Object.prototype);
    expect(devices['__proto__']?.id).toBe('__proto__');
  });

  it('a switch shows “sending” until the device itself reports the new state', async () => {
    const { core, home } = await setup();
    core.answer('devices.command', () => ({ ok: true }));
    await home.getState().command('zigbee:0x1', 'onOff', true);
    expect(core.inputs('devices.command')).toEqual([{ deviceId: 'zigbee:0x1', capabilityId: 'onOff', value: true }]);
    expect(home.getState().pending[pendingKey('zigbee:0x1', 'onOff')]?.value).toBe(true);
    expect(home.getState().devices['zigbee:0x1']?.state.onOff).toBe(false); // not optimistic

    core.emit('device.state', { deviceId: 'zigbee:0x1', capabilityId: 'onOff', value: true, at: 5 });
    await settle();
    expect(home.getState().pending).toEqual({});
    expect(home.getState().devices['zigbee:0x1']?.state.onOff).toBe(true);
  });

  it('a device that does not confirm in time: “sending” stops and a warning names it', async () => {
    const { core, home, notices } = await setup();
    vi.useFakeTimers();
    core.answer('devices.command', () => ({ ok: true }));
    await home.getState().command('zigbee:0x1', 'onOff', true);
    vi.advanceTimersByTime(CONFIRM_TIMEOUT_MS);
    expect(home.getState().pending).toEqual({});
    expect(notices.getState().notices).toMatchObject([{ kind: 'warning', message: 'Bedside Lamp did not confirm the change.' }]);
  });

  it('a refused command stops “sending” at once and says why', async () => {
    const { core, home, notices } = await setup();
    core.refuse('devices.command', { code: 'DEVICE_UNREACHABLE', message: 'Bedside Lamp is not responding.', next: 'Check its power.' });
    await home.getState().command('zigbee:0x1', 'onOff', true);
    expect(home.getState().pending).toEqual({});
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'Bedside Lamp is not responding.', next: 'Check its power.' }]);
  });

  it('counts each radio’s devices as they come and go (what the Radios cards show)', async () => {
    const { core, home } = await setup([device(), device({ id: 'matter:1', protocol: 'matter', name: 'Desk Lamp' })]);
    const matter = selectDeviceCount('matter');
    expect(matter(home.getState())).toBe(1);
    for (let i = 2; i <= 5; i++) core.emit('device.added', device({ id: `matter:${i}`, protocol: 'matter', name: `Light ${i}` }));
    core.emit('device.removed', { deviceId: 'zigbee:0x1' });
    await settle();
    expect(matter(home.getState())).toBe(5);
    expect(selectDeviceCount('zigbee')(home.getState())).toBe(0);
  });
});
