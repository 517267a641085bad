// Round 19 review (19g): wrong actions brought in by round 19's later "B on/off" parts, "them all" after one described
// device, "the main" read as the main thermostat, a shutter read as a shade, and a volume off or a later "on" with a time
// after it. Each asks, or does only what was meant.
import { describe, expect, it } from 'vitest';
import type { NlEntity } from './home';
import { createParser, type NlContext } from './parser';
import { acts, testSetting } from './test-read';

const { home, now, read, asks } = testSetting();

describe('19g class 2: a later part that only reports how a device is is never made a command', () => {
  it('a state said with is/are/\'s/was/still/left is no "turn … on/off"', () => {
    for (const s of ['pause the tv, the lights are still on', 'mute the tv, the desk fan is on', "mute the tv, the desk fan's on",
      'lock the doors, the porch light was left on', 'lock the front door, porch light was off']) {
      expect(read(s), s).not.toContain('light.porch turn_on');
      expect(read(s), s).not.toContain('fan.office turn_on');
      expect(read(s), s).not.toContain('light.porch turn_off');
      asks(s);
    }
  });
  it('a negation is never the way said after it', () => {
    expect(read('mute the tv, not the desk fan off')).toEqual(['media_player.tv mute']);
    asks("dim the desk lamp, the desk fan can't be off");
    asks('turn down the tv, not the desk fan off');
  });
  it('a bare "<device> on" with a time after it is its own step, at that time', () => {
    expect(read('dim the desk lamp to 20, porch light on in 10 minutes')).toEqual(['light.office_lamp set_brightness 20', 'light.porch turn_on +600s']);
    expect(read('dim the desk lamp to 20, porch light on')).toEqual(['light.office_lamp set_brightness 20', 'light.porch turn_on']);
  });
});

describe('19g: the volume off for a time is muted for that time, never the player switched off', () => {
  it('mutes, then unmutes', () => {
    expect(read('turn the tv volume off for 5 minutes')).toEqual(['media_player.tv mute', 'media_player.tv unmute +300s']);
    expect(read('turn off the volume on the tv for 10 minutes')).toEqual(['media_player.tv mute', 'media_player.tv unmute +600s']);
  });
});

describe('19g class 3: one described device, then "them (all)", is asked', () => {
  it('asks which', () => {
    asks("the back door's unlocked, lock them all");
    asks("the porch light's on, turn them all off");
    asks("the bedroom curtain's open, close them all");
    asks("the front door's unlocked, lock them");
    asks("the back door's unlocked, lock all of them");
    // ("it" is still that device.)
    expect(read("the porch light's on, turn it off")).toEqual(['light.porch turn_off']);
  });
});

describe('19g class 5: "the main" is the main thermostat only where heating or a temperature is said', () => {
  const VALVE: NlEntity = { id: 'valve.main_valve', name: 'Main Valve', domain: 'valve', area: 'Garage', floor: null, state: 'open', deviceClass: 'water', attributes: { position: 100 } };
  const MAIN: NlEntity = { id: 'climate.main', name: 'Thermostat', domain: 'climate', area: 'Hallway', floor: null, state: 'heat', deviceClass: null, attributes: { current_temperature: 20, temperature: 20 } };
  const p = createParser({ ...home('C'), entities: [...home('C').entities, VALVE, MAIN] });
  const readP = (text: string, context: NlContext = {}): string[] => acts(p.parse(text, { now, previous: ['climate.bedroom'], ...context }));
  it('never switches a thermostat off for "shut off the main"', () => {
    for (const s of ['shut off the main', 'turn off the main, we have a leak', 'turn the main off']) {
      const got = readP(s);
      expect(got.some((a) => a.startsWith('climate.')), s).toBe(false);
    }
  });
  it('"close the main" closes the valve, as before round 19', () => {
    expect(readP('close the main')).toEqual(['valve.main_valve close']);
  });
});

describe('19g class 9: a shutter is no shade', () => {
  it('shutters listed where the home has none are asked about', () => {
    asks('close the curtains and the shutters');
    asks('close the shutters and the curtain');
    expect(read('close the curtains and the blinds')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds close']);
  });
});

describe('19g: a later report after a command reaching another kind of device is asked', () => {
  it('asks, never stops or steps the device reported on', () => {
    asks("stop the robo, the desk fan's still on");
    asks('turn up the tv, the desk fan is still on');
    asks('turn down the tv, the desk fan is on');
  });
});
