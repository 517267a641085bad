import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { testHome } from './test-home';

const parser = createParser(testHome());
const ask = (text: string, area?: string) => parser.parse(text, { area: area ?? null });

describe('state questions', () => {
  it('answers yes/no about one device, with no actions', () => {
    const r = ask('is the back door locked?');
    expect(r.actions).toEqual([]);
    expect(r.intent).toBe('HassGetState');
    expect(r.slots).toEqual({ name: 'Back Door', state: 'locked' });
    expect(r.answer).toBe('No, unlocked');
    expect(ask('is the front door locked').answer).toBe('Yes');
    expect(ask('is the garage window open?').answer).toBe('Yes');
  });

  it('answers any/all/which/how many over a kind of device', () => {
    expect(ask('are all the doors locked?').answer).toBe('No, Back Door is not locked');
    expect(ask('which lights are on?').answer).toBe('Desk Lamp, Floor Lamp and Kitchen Ceiling');
    expect(ask('how many lights are on downstairs?').answer).toBe('2');
    expect(ask('are any lights on in the bedroom?').answer).toBe('No');
  });

  it('answers about sensors by what they detect', () => {
    expect(ask('is there any motion in the hallway?').answer).toBe('Yes, Hall Motion');
    expect(ask('is the bathroom wet?').answer).toBe('No, dry');
  });

  it('reads temperatures from thermostats or sensors of the room', () => {
    const r = ask("what's the temperature in the kitchen?");
    expect(r.intent).toBe('HassClimateGetTemperature');
    expect(r.slots).toEqual({ area: 'Kitchen' });
    expect(r.answer).toBe("It's 22.4 °C");
    expect(ask('how warm is it in here?', 'Bedroom').answer).toBe("It's 18 °C");
  });

  it('reads values and whereabouts', () => {
    expect(ask("what's the humidity in the bathroom?").answer).toBe('Bathroom Humidity is 71 %');
    expect(ask('where is Bo?').answer).toBe('Bo is away');
    expect(ask('is anyone home?').answer).toBe('Yes, Ada');
  });

  it('answers each question of a sentence', () => {
    expect(ask('is the front door locked and is the back door locked?').answer).toBe('Front Door: Yes. Back Door: No, unlocked');
  });
});

describe('questions in a room', () => {
  it('asks about "the light" in the speaker\'s room, and elsewhere when the room has none', () => {
    expect(ask('is the light on?', 'Office').answer).toBe('Yes');
    expect(ask('is the lamp on?', 'Bedroom').answer).toBe('No, off');
    expect(ask('is the fan on?', 'Kitchen').answer).toBe('Yes, Desk Fan');
  });
});
