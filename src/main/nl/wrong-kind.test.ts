// Issue 18, messages that do not fit: a command to a device that can't do it says what the device is and
// what it can't do ("Front Door is a contact sensor: it can't be locked or unlocked."), never "I don't know
// a device called front door" — the speaker named a device Hearth knows well.
import { describe, expect, it } from 'vitest';
import type { Area, Capability, Device } from '../../shared/model';
import { homeFromHearth } from './home-hearth';
import { createParser } from './parser';

const c = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const device = (id: string, name: string, areaId: string | null, capabilities: Capability[], state: Device['state']): Device => ({
  id, protocol: 'zigbee', name, areaId, manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state, stateAt: {}, health: 'online', lastSeen: null,
});
const contact = c('sensor.contact', 'sensor', { writable: false, measure: 'contact', label: 'Contact' });
const battery = c('battery', 'battery', { writable: false, unit: '%' });

const areas: Area[] = [{ id: 'hall', name: 'Hallway', floor: null, sortOrder: 0 }, { id: 'kit', name: 'Kitchen', floor: null, sortOrder: 1 }];
const home = createParser(homeFromHearth([
  // A contact sensor as the Zigbee and Matter adapters report one: contact and battery.
  device('front', 'Front Door', 'hall', [contact, battery], { 'sensor.contact': false, battery: 90 }),
  // One with nothing but its contact.
  device('patio', 'Patio Door', 'kit', [contact], { 'sensor.contact': true }),
  // One whose name says more than the speaker does.
  device('side', 'Side Door Sensor', 'kit', [contact], { 'sensor.contact': false }),
  device('motion', 'Hall Motion', 'hall', [c('motion', 'sensor', { writable: false, measure: 'motion' })], { motion: false }),
  device('temp', 'Kitchen Thermometer', 'kit', [c('t', 'sensor', { writable: false, measure: 'temperature', unit: '°C' })], { t: 21 }),
  device('lamp', 'Hall Lamp', 'hall', [c('onOff', 'onOff'), c('level', 'level')], { onOff: false, level: 0 }),
  device('lock', 'Back Door', 'kit', [c('lock', 'lock')], { lock: true }),
], areas));

describe('a command the named device cannot do', () => {
  it('says that a door contact sensor cannot be locked or unlocked', () => {
    for (const [text, name] of [['unlock the front door', 'Front Door'], ['lock the front door', 'Front Door'], ['unlock the patio door', 'Patio Door']] as const) {
      const r = home.parse(text);
      expect(r.actions, text).toEqual([]);
      expect(r.error, text).toMatchObject({ code: 'UNSUPPORTED', message: `${name} is a contact sensor: it reports whether it is open or closed, and it can't be locked or unlocked.` });
      expect(r.error?.next, text).toContain('whether it is open');
    }
  });

  it('says what other sensors are and what they cannot do', () => {
    expect(home.parse('unlock the side door').error).toMatchObject({ code: 'UNSUPPORTED', message: "Side Door Sensor is a contact sensor: it reports whether it is open or closed, and it can't be locked or unlocked." });
    expect(home.parse('open the front door').error).toMatchObject({ code: 'UNSUPPORTED', message: "Front Door is a contact sensor: it reports whether it is open or closed, and it can't be opened or closed." });
    expect(home.parse('turn on the hall motion').error).toMatchObject({ code: 'UNSUPPORTED', message: "Hall Motion is a motion sensor: it reports motion, and it can't be turned on." });
    expect(home.parse('dim the kitchen thermometer').error).toMatchObject({ code: 'UNSUPPORTED', message: "Kitchen Thermometer is a temperature sensor: it reports the temperature, and it can't be dimmed." });
    expect(home.parse('dim the back door').error).toMatchObject({ code: 'UNSUPPORTED', message: "Back Door is a lock: it can't be dimmed." });
  });

  it('still does what the device can, and still asks about names it does not know', () => {
    expect(home.parse('unlock the back door').actions.map((a) => `${a.entity} ${a.service}`)).toEqual(['lock unlock']);
    expect(home.parse('is the front door open?').answer).toBe('No, closed');
    expect(home.parse('unlock the garden door').error?.code).toMatch(/UNKNOWN_NAME|NO_MATCH/);
  });
});
