// Issue 18: a device whose name is also a room's (or floor's) name must not take that room over. Room
// phrases ("in the kitchen", "the kitchen lights", "the kitchen's lamp") mean the room; where the sentence
// could mean either and the two readings do different things, Hearth asks.
import { describe, expect, it } from 'vitest';
import type { Area, Capability, Device } from '../../shared/model';
import { applyClarify } from '../automation/plans/parser-cache';
import { demoCore } from '../test/core-fixture';
import { tempDir } from '../test/temp';
import { homeFromHearth } from './home-hearth';
import { createParser, type NlResult } from './parser';

const c = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const device = (id: string, name: string, areaId: string | null, capabilities: Capability[], state: Device['state'] = {}): Device => ({
  id, protocol: 'zigbee', name, areaId, manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state, stateAt: {}, health: 'online', lastSeen: null,
});
const lamp = [c('onOff', 'onOff'), c('level', 'level')];

const areas: Area[] = [
  { id: 'kit', name: 'Kitchen', floor: 'Ground', sortOrder: 0 },
  { id: 'liv', name: 'Living Room', floor: 'Ground', sortOrder: 1 },
  { id: 'bed', name: 'Bedroom', floor: 'Attic', sortOrder: 2 },
];
const home = createParser(homeFromHearth([
  // A living-room light someone called "Kitchen" (it lights the way to the kitchen).
  device('named-kitchen', 'Kitchen', 'liv', lamp, { onOff: false, level: 0 }),
  device('pendant', 'Pendant', 'kit', lamp, { onOff: false, level: 0 }),
  device('sofa', 'Sofa Lamp', 'liv', lamp, { onOff: false, level: 0 }),
  // A fan called like the floor it is on.
  device('attic-fan', 'Attic', 'bed', [c('onOff', 'onOff')], { onOff: false }),
  device('bed-lamp', 'Bed Lamp', 'bed', lamp, { onOff: false, level: 0 }),
], areas));

const ids = (r: NlResult): string[] => r.actions.map((a) => `${a.entity} ${a.service}`);

describe('a device named like a room', () => {
  it('reads room phrases as the room, never as the device', () => {
    expect(ids(home.parse('turn on the lights in the kitchen'))).toEqual(['pendant turn_on']);
    expect(ids(home.parse('turn off the lights in kitchen'))).toEqual(['pendant turn_off']);
    expect(ids(home.parse('turn on the kitchen lights'))).toEqual(['pendant turn_on']);
    expect(ids(home.parse("turn on the kitchen's lights"))).toEqual(['pendant turn_on']);
    expect(ids(home.parse('dim the lights in the kitchen to 30%'))).toEqual(['pendant set_brightness']);
    expect(ids(home.parse('turn off everything in the kitchen'))).toEqual(['pendant turn_off']);
    // Floors the same way: "on the attic" is the floor, not the fan called Attic.
    expect(ids(home.parse('turn on the lights on the attic'))).toEqual(['bed-lamp turn_on']);
  });

  it('asks when the sentence could mean the room or the device, and each answer does what it says', () => {
    const r = home.parse('turn on the kitchen');
    expect(r.actions).toEqual([]);
    expect(r.error).toMatchObject({ code: 'AMBIGUOUS', subject: 'kitchen', options: ['Kitchen room', 'Kitchen device in the Living Room'] });
    expect(r.error?.message).toBe('Kitchen is a room and also a device (a light in the Living Room). Which do you mean: the Kitchen room or the Kitchen device in the Living Room?');
    expect(ids(home.parse(applyClarify(r.text, r.error!.subject!, 'Kitchen room')))).toEqual(['pendant turn_on']);
    expect(ids(home.parse(applyClarify(r.text, r.error!.subject!, 'Kitchen device in the Living Room')))).toEqual(['named-kitchen turn_on']);
    expect(home.parse('turn off attic').error).toMatchObject({ code: 'AMBIGUOUS', options: ['Attic floor', 'Attic device in the Bedroom'] });
  });

  it('does not ask when only one reading can be meant', () => {
    // "open the kitchen": the light called Kitchen can't open, so only the room is left (nothing there opens).
    expect(home.parse('open the kitchen').error?.code).not.toBe('AMBIGUOUS');
    // The device said with its own room is the device.
    expect(ids(home.parse('turn on the kitchen in the living room'))).toEqual(['named-kitchen turn_on']);
  });

  it('does not ask when both readings mean the same devices', () => {
    const same = createParser(homeFromHearth([device('k', 'Kitchen', 'kit', lamp, { onOff: false, level: 0 })], areas));
    expect(ids(same.parse('turn on kitchen'))).toEqual(['k turn_on']);
  });
});

describe('a device named like a room, through the command bar', () => {
  const dir = tempDir();

  it('"turn on the lights in the kitchen" plans the kitchen\'s light, not a living-room light called Kitchen', async () => {
    const f = await demoCore(dir);
    f.radio.emit({
      type: 'device',
      device: {
        nativeId: '41', suggestedName: 'Pendant', suggestedArea: 'Kitchen', manufacturer: 'Acme', model: 'X', firmware: '1.0', health: 'online',
        capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }, { id: 'level', kind: 'level', writable: true, min: 0, max: 100 }], state: { onOff: false, level: 0 },
      },
    });
    f.core.devices.rename(f.id('Floor Lamp'), 'Kitchen', 'me');
    const r = await f.core.plans.preview({ text: 'turn on the lights in the kitchen' }, 'me');
    expect(r.kind === 'plan' && r.plan.steps.map((s) => s.label)).toEqual(['Turn on Pendant']);
    const q = await f.core.plans.preview({ text: 'turn on the kitchen' }, 'me');
    expect(q).toMatchObject({ kind: 'question', options: ['Kitchen room', 'Kitchen device in the Living Room'] });
    await f.core.stop();
  });
});
