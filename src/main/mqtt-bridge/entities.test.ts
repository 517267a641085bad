// A Hearth device as Home Assistant sees it: which component each capability becomes, what it publishes, and how
// a command payload is read (or refused, with a reason a person can act on).
import { describe, expect, it } from 'vitest';
import type { Device } from '../../shared/model';
import { entitiesOf } from './entities';

const device = (over: Partial<Device>): Device => ({
  id: 'zigbee:0x01', protocol: 'zigbee', name: 'Desk Lamp', areaId: null, manufacturer: 'IKEA', model: 'LED1545', firmware: null,
  capabilities: [], state: {}, stateAt: {}, health: 'online', lastSeen: null, ...over,
});

describe('Hearth devices as Home Assistant entities', () => {
  const lamp = device({
    capabilities: [
      { id: 'onOff', kind: 'onOff', writable: true },
      { id: 'level', kind: 'level', writable: true, min: 0, max: 100 },
      { id: 'colorTemp', kind: 'colorTemp', writable: true, min: 2200, max: 4000 },
      { id: 'color', kind: 'color', writable: true },
    ],
    state: { onOff: true, level: 60, colorTemp: 2700, color: { hue: 30, saturation: 80 } },
    stateAt: { colorTemp: 2, color: 1 },
  });

  it('makes one colour light of on/off, level, colour temperature and colour', () => {
    const [light, ...rest] = entitiesOf(lamp);
    expect(rest).toEqual([]);
    expect(light!.component).toBe('light');
    expect(light!.config('b')).toMatchObject({ schema: 'json', brightness_scale: 100, supported_color_modes: ['color_temp', 'hs'], color_temp_kelvin: true, min_kelvin: 2200, max_kelvin: 4000 });
    expect(JSON.parse(light!.states(lamp)[0]![1])).toEqual({ state: 'ON', brightness: 60, color_temp: 2700, color: { h: 30, s: 80 }, color_mode: 'color_temp' });
    expect(light!.command('set', '{"state":"ON","brightness":25,"color_temp":370}', lamp)).toEqual({
      ok: true,
      commands: [{ capabilityId: 'onOff', value: true }, { capabilityId: 'level', value: 25 }, { capabilityId: 'colorTemp', value: 2703 }],
    });
    expect(light!.command('set', 'OFF', lamp)).toEqual({ ok: true, commands: [{ capabilityId: 'onOff', value: false }] });
    expect(light!.command('set', '{"color_temp":9000}', lamp)).toEqual({ ok: false, reason: "9000 does not fit Desk Lamp's colorTemp (2200–4000)." });
    expect(light!.command('set', '{}', lamp)).toMatchObject({ ok: false, reason: expect.stringMatching(/asks for nothing/) });
    expect(light!.command('set_position', '5', lamp)).toEqual({ ok: false, reason: 'A light takes commands on …/set only, not …/set_position.' });
  });

  it('makes a switch and a power sensor of a plug, and a door sensor a binary sensor that is ON when open', () => {
    const plug = device({ name: 'Plug', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }, { id: 'meter.energy', kind: 'meter', writable: false, unit: 'kWh', measure: 'energy' }], state: { onOff: false, 'meter.energy': 3.5 } });
    expect(entitiesOf(plug).map((e) => [e.component, e.key])).toEqual([['sensor', 'meter_energy'], ['switch', 'onoff']]);
    expect(entitiesOf(plug)[0]!.config('b')).toMatchObject({ device_class: 'energy', state_class: 'total_increasing', unit_of_measurement: 'kWh' });
    const door = device({ capabilities: [{ id: 'sensor.contact', kind: 'sensor', writable: false, measure: 'contact' }], state: { 'sensor.contact': true } });
    const [contact] = entitiesOf(door);
    expect(contact!.component).toBe('binary_sensor');
    expect(contact!.config('b')).toMatchObject({ device_class: 'opening' });
    expect(contact!.states(door)).toEqual([['state', 'ON']]);
    expect(contact!.command('set', 'ON', door)).toMatchObject({ ok: false, reason: "Desk Lamp's Contact can only be read." });
  });

  it('reads cover positions and refuses STOP, which Hearth cannot do', () => {
    const blind = device({ name: 'Blind', capabilities: [{ id: 'cover', kind: 'cover', writable: true, min: 0, max: 100 }], state: { cover: 30 } });
    const [cover] = entitiesOf(blind);
    expect(cover!.states(blind)).toEqual([['state', 'open'], ['position', '30']]);
    expect(cover!.command('set', 'close', blind)).toEqual({ ok: true, commands: [{ capabilityId: 'cover', value: 0 }] });
    expect(cover!.command('set_position', '55', blind)).toEqual({ ok: true, commands: [{ capabilityId: 'cover', value: 55 }] });
    expect(cover!.command('set_position', 'half', blind)).toEqual({ ok: false, reason: 'A cover position must be a number, not "half".' });
    expect(cover!.command('set', 'STOP', blind)).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot stop Blind part-way/) });
  });
});
