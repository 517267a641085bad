// Issue 18, "when …" sentences: what the parser can't put into the automation is said, never dropped. A rule
// made from "when the front door opens at night, …" without "at night" would run all day.
import { describe, expect, it } from 'vitest';
import type { Area, Capability, Device } from '../../shared/model';
import { homeFromHearth } from './home-hearth';
import { createParser } from './parser';

const c = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const device = (id: string, name: string, capabilities: Capability[], state: Device['state'] = {}): Device => ({
  id, protocol: 'zigbee', name, areaId: 'hall', manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state, stateAt: {}, health: 'online', lastSeen: null,
});
const areas: Area[] = [{ id: 'hall', name: 'Hallway', floor: null, sortOrder: 0 }];
const home = createParser(homeFromHearth([
  device('fd', 'Front Door', [c('sensor.contact', 'sensor', { writable: false, measure: 'contact', label: 'Contact' }), c('battery', 'battery', { writable: false })], { 'sensor.contact': false }),
  device('hl', 'Hall Light', [c('onOff', 'onOff'), c('level', 'level')], { onOff: false, level: 0 }),
  device('ht', 'Hall Thermometer', [c('t', 'sensor', { writable: false, measure: 'temperature', unit: '°C' })], { t: 20 }),
], areas));
const NOW = new Date('2025-03-05T10:00:00');

describe('"when …" with more than a device changing', () => {
  it('says it cannot add a time or a duration to what starts the automation, instead of dropping it', () => {
    for (const [text, said] of [
      ['when the front door opens at night turn on the hall light', 'at night'],
      ['when the front door opens at 5, turn on the hall light', 'at 5'],
      ['when the front door is open for 10 minutes turn on the hall light', 'for 10 minutes'],
      ['if the front door opens in the evening then turn on the hall light', 'in the evening'],
    ] as const) {
      const r = home.parse(text, { now: NOW });
      expect(r.actions, text).toEqual([]);
      expect(r.schedule, text).toBeUndefined();
      expect(r.error?.code, text).toBe('UNSUPPORTED');
      expect(r.error?.message, text).toContain(`"${said}"`);
      expect(r.error?.message, text).toContain('when Front Door opens');
    }
    // A time said with the command is still part of the command.
    expect(home.parse('when the front door opens turn on the hall light for 5 minutes', { now: NOW }).actions.map((a) => `${a.service} +${a.delay_s}`)).toEqual(['turn_on +0', 'turn_off +300']);
  });

  it('asks what should happen when only the start is said', () => {
    expect(home.parse('when the front door opens').error).toMatchObject({ code: 'NOT_UNDERSTOOD', message: 'What should happen when Front Door opens?' });
  });

  it('says it looks like an automation when the start is no device changing state, even without a comma', () => {
    const r = home.parse('when the temperature in the hallway goes above 25 turn off the hall light');
    expect(r.actions).toEqual([]);
    expect(r.error?.message).toMatch(/^That looks like an automation, but I can't tell what should start it/);
  });
});
