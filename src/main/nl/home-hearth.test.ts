import { describe, expect, it } from 'vitest';
import type { Area, Capability, Device } from '../../shared/model';
import { homeFromHearth } from './home-hearth';
import { commandsForAction } from './hearth-commands';
import { createParser } from './parser';

const c = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const device = (id: string, name: string, areaId: string | null, capabilities: Capability[], state: Device['state']): Device => ({
  id, protocol: 'zwave', name, areaId, manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state, stateAt: {},
  health: 'online', lastSeen: null,
});

const areas: Area[] = [
  { id: 'a1', name: 'Kitchen', floor: 'Ground Floor', sortOrder: 0 },
  { id: 'a2', name: 'Bedroom', floor: 'First Floor', sortOrder: 1 },
];
const devices: Device[] = [
  device('d1', 'Ceiling Light', 'a1', [c('onOff', 'onOff'), c('level', 'level'), c('ct', 'colorTemp', { min: 2200, max: 6500 }), c('color', 'color')], { onOff: true, level: 60, ct: 3000 }),
  device('d2', 'Coffee Plug', 'a1', [c('onOff', 'onOff'), c('meter.power', 'meter', { writable: false, measure: 'power', unit: 'W' })], { onOff: false, 'meter.power': 3 }),
  device('d3', 'Bedroom Thermostat', 'a2', [c('setpoint', 'setpoint'), c('temp', 'sensor', { writable: false, measure: 'temperature', unit: '°C' })], { setpoint: 19, temp: 18.5 }),
  device('d4', 'Bedroom Blind', 'a2', [c('cover', 'cover')], { cover: 40 }),
  device('d5', 'Back Door', 'a1', [c('lock', 'lock')], { lock: false }),
  device('d6', 'Hall Motion', null, [c('motion', 'sensor', { writable: false, measure: 'motion' })], { motion: true }),
];

describe('homeFromHearth', () => {
  const home = homeFromHearth(devices, areas);
  const byId = new Map(home.entities.map((e) => [e.id, e]));

  it('gives each device a domain from its capabilities', () => {
    expect(byId.get('d1')).toMatchObject({ domain: 'light', area: 'Kitchen', floor: 'Ground Floor', state: 'on', attributes: { brightness: 60 } });
    expect(byId.get('d2')).toMatchObject({ domain: 'switch', state: 'off' });
    expect(byId.get('d2#meter.power')).toMatchObject({ domain: 'sensor', name: 'Coffee Plug power', deviceClass: 'power', state: '3' });
    expect(byId.get('d3')).toMatchObject({ domain: 'climate', attributes: { temperature: 19, current_temperature: 18.5 } });
    expect(byId.get('d4')).toMatchObject({ domain: 'cover', state: 'open' });
    expect(byId.get('d5')).toMatchObject({ domain: 'lock', state: 'unlocked' });
    expect(byId.get('d6')).toMatchObject({ domain: 'binary_sensor', deviceClass: 'motion', state: 'on' });
  });

  it('treats a switch named like a lamp as a light, which "dim them" leaves out rather than failing', () => {
    const room: Area[] = [{ id: 'lr', name: 'Living Room', floor: null, sortOrder: 0 }];
    const home2 = homeFromHearth(
      [
        device('sw', 'Floor Lamp', 'lr', [c('onOff', 'onOff')], { onOff: false }),
        device('dim', 'Ceiling Light', 'lr', [c('level', 'level'), c('onOff', 'onOff')], { level: 0, onOff: false }),
        device('plug', 'Kettle Plug', 'lr', [c('onOff', 'onOff')], { onOff: false }),
      ],
      room,
    );
    expect(home2.entities.find((e) => e.id === 'sw')).toMatchObject({ domain: 'light', features: [] });
    expect(home2.entities.find((e) => e.id === 'plug')).toMatchObject({ domain: 'switch' });
    const p = createParser(home2);
    expect(p.parse('turn on the lamp').actions.map((a) => a.entity)).toEqual(['sw']);
    const r = p.parse('turn on the living room lights and dim them to 50%');
    expect(r.actions.map((a) => [a.entity, a.service])).toEqual([['sw', 'turn_on'], ['dim', 'turn_on'], ['dim', 'set_brightness']]);
    expect(p.parse('dim the floor lamp to 30%').error?.code).toBe('UNSUPPORTED');
    expect(p.parse('turn it off', { previous: ['plug'] }).actions.map((a) => a.entity)).toEqual(['plug']);
  });

  it('parses against Hearth devices and maps actions back to capability commands', () => {
    const parser = createParser(home);
    const r = parser.parse('dim the kitchen lights by 20% and lock the back door');
    expect(r.actions.map((a) => [a.entity, a.service])).toEqual([['d1', 'brightness_step'], ['d5', 'lock']]);
    const dev = new Map(devices.map((d) => [d.id, d]));
    expect(r.actions.map((a) => commandsForAction(a, dev.get(a.entity)!))).toEqual([
      [{ capabilityId: 'level', value: 40 }], [{ capabilityId: 'lock', value: true }],
    ]);
    const color = parser.parse('make the ceiling light red').actions[0]!;
    expect(commandsForAction(color, dev.get('d1')!)).toEqual([{ capabilityId: 'color', value: { hue: 0, saturation: 100 } }]);
    expect(parser.parse('is there motion in the hall?').answer).toBe('Yes, Hall Motion');
    expect(parser.parse('set the bedroom to 21 degrees').actions).toEqual([{ entity: 'd3', service: 'set_temperature', data: { temperature: 21 }, delay_s: 0 }]);
  });
});
