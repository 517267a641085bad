// Issue 18, names in any script: symbols are characters too. A device called "★" or "♫ Speaker" is reached by
// its name, and a symbol the home does not know is asked about — never dropped so that "turn on ★" falls
// back on the device of the sentence before.
import { describe, expect, it } from 'vitest';
import type { Area, Capability, Device } from '../../shared/model';
import { homeFromHearth } from './home-hearth';
import { createParser, type NlResult } from './parser';
import { tokenize } from './tokenize';

const c = (id: string, kind: Capability['kind']): Capability => ({ id, kind, writable: true });
const device = (id: string, name: string, capabilities: Capability[]): Device => ({
  id, protocol: 'zigbee', name, areaId: 'o', manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state: {}, stateAt: {}, health: 'online', lastSeen: null,
});
const lamp = [c('onOff', 'onOff'), c('level', 'level')];
const areas: Area[] = [{ id: 'o', name: 'Office', floor: null, sortOrder: 0 }];
const home = createParser(homeFromHearth([
  device('desk', 'Desk Lamp', lamp), device('star', '★', lamp), device('music', '♫ Speaker', [c('onOff', 'onOff')]), device('euro', 'Lamp €', lamp),
], areas));
const ids = (r: NlResult): string[] => r.actions.map((a) => `${a.entity} ${a.service}`);

describe('names made of symbols', () => {
  it('reaches a device whose name is or holds a symbol', () => {
    expect(ids(home.parse('turn on ★', { previous: ['desk'] }))).toEqual(['star turn_on']);
    expect(ids(home.parse('turn on the ♫ speaker', { previous: ['desk'] }))).toEqual(['music turn_on']);
    expect(ids(home.parse('dim lamp € to 20%'))).toEqual(['euro set_brightness']);
  });

  it('asks about a symbol it does not know instead of acting on the previous device', () => {
    for (const text of ['turn on ☆', 'turn on ∞', 'turn off ♞']) {
      const r = home.parse(text, { previous: ['desk'] });
      expect(r.actions, text).toEqual([]);
      expect(r.error?.code, text).toMatch(/UNKNOWN_NAME|NO_MATCH/);
    }
    expect(home.parse('turn on ☆').error?.message).toBe('I don\'t know a device, room or floor called "☆".');
  });

  it('keeps symbols as words of their own, and the signs people type in commands as before', () => {
    expect(tokenize('turn on ★lamp')).toEqual(['turn', 'on', '★', 'lamp']);
    expect(tokenize('set it to 20°C + 5% = fine')).toEqual(['set', 'it', 'to', '20', '°', 'c', '5', '%', 'fine']);
  });
});
