// The core's event bus: every listener hears each event once, one failing listener does not stop the others, and
// the forwarders of every event (the transports) hear it before the core's own listeners — so a client gets a
// device's new state before the events an automation emits about it, not after.
import { describe, expect, it } from 'vitest';
import { EventBus } from './bus';

const log = { info() {}, warn() {}, error() {} };

describe('EventBus', () => {
  it('forwards an event to every-event listeners before the listeners of that event, causes before effects', () => {
    const bus = new EventBus(log);
    const heard: string[] = [];
    bus.onAny('client', (event, payload) => heard.push(`${event} ${(payload as { deviceId?: string }).deviceId ?? ''}`.trim()));
    // An automation reacting to the new state emits an event of its own, from inside its listener.
    bus.on('device.state', 'automation', ({ deviceId }) => bus.emit('device.health', { deviceId: `${deviceId}-follow`, health: 'online' }));
    bus.emit('device.state', { deviceId: 'zwave:1-2', capabilityId: 'onOff', value: true, at: 1 });
    expect(heard).toEqual(['device.state zwave:1-2', 'device.health zwave:1-2-follow']);
  });

  it('keeps calling the others when one listener throws, and removeOwner drops an owner’s listeners', () => {
    const errors: string[] = [];
    const bus = new EventBus({ ...log, error: (m: string) => errors.push(m) });
    const heard: string[] = [];
    bus.onAny('broken', () => {
      throw new Error('boom');
    });
    bus.on('device.health', 'a', () => heard.push('a'));
    bus.on('device.health', 'b', () => heard.push('b'));
    bus.emit('device.health', { deviceId: 'x', health: 'offline' });
    expect(heard).toEqual(['a', 'b']);
    expect(errors).toEqual(['listener of all events (owner broken) failed on device.health']);
    bus.removeOwner('a');
    bus.removeOwner('broken');
    bus.emit('device.health', { deviceId: 'x', health: 'online' });
    expect(heard).toEqual(['a', 'b', 'b']);
    expect(errors).toHaveLength(1);
  });
});
