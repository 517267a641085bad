import { describe, expect, it } from 'vitest';
import type { Device } from '../../../shared/model';
import { applyClarify, ParserCache } from './parser-cache';

describe('answers to clarifying questions', () => {
  it('puts the chosen device or room into the sentence', () => {
    expect(applyClarify('turn on the lamp and close the blinds', 'lamp', 'Bedroom Lamp')).toBe('turn on the Bedroom Lamp and close the blinds');
    expect(applyClarify('dim the lamps to 20%', 'lamp', 'Desk Lamp')).toBe('dim the Desk Lamp to 20%');
    expect(applyClarify('turn on the Lamp', 'Lamp', 'the one in the Kitchen')).toBe('turn on the Lamp in the Kitchen');
    expect(applyClarify('turn it off', 'device', 'Kettle Plug')).toBe('turn the Kettle Plug off');
    expect(applyClarify('pause', 'player', 'Kitchen Speaker')).toBe('pause Kitchen Speaker');
  });
});

describe('the home\'s temperature unit', () => {
  const thermostat: Device = {
    id: 't1', protocol: 'zwave', name: 'Hall Thermostat', areaId: null, manufacturer: 'Acme', model: 'T', firmware: null,
    capabilities: [{ id: 'setpoint', kind: 'setpoint', writable: true }], state: { setpoint: 20 }, stateAt: {}, health: 'online', lastSeen: null,
  };
  it('reads temperatures in the unit the home uses, and follows a change of it (issue 14)', () => {
    let unit: 'C' | 'F' = 'F';
    const cache = new ParserCache({ devices: () => [thermostat], areas: () => [], device: () => thermostat, unit: () => unit });
    const step = (): unknown => cache.get().parse('turn the hall thermostat up 2 degrees').actions[0]?.data;
    expect(step()).toEqual({ step: 1.1 });
    expect(cache.get().parse('set the hall thermostat to 72').actions[0]?.data).toEqual({ temperature: 22.2 });
    unit = 'C';
    expect(step()).toEqual({ step: 2 });
    expect(cache.get().parse('set the hall thermostat to 72').error?.code).toBe('AMBIGUOUS');
  });
});
