// Round 27w (wrong-27w.ts, said-27w.ts; clock-18.ts, wrong-23j.ts, wrong-26a.ts, wrong-26b.ts, actions.ts): the known wrong
// actions and wrong questions left at the last stop, each as a class, on the own sets' fixture home (read on Wednesday
// 2025-06-11 at 09:00, 24-hour clock: three kitchen lights, Living Room Lamp + Play Corner, a garage light, a bedroom lamp;
// Curtain Left/Right in the living room, a bedroom curtain; a ceiling fan, off, its speed not known).
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks, parsers, now } = fixtureSetting();
const parse = (text: string, area?: string) => parsers.F.parse(text, { now, clock: '24h', ...(area ? { area } : {}) });
const ALL_LIGHTS = ['light.bedroom_lamp', 'light.kitchen_countertop', 'light.kitchen_ceiling', 'light.kitchen_cabinets', 'light.living_room_lamp', 'light.garage', 'light.play_corner'];

describe('27w (1): a clock time already past today, no day said, is asked in every form (never tomorrow by guess)', () => {
  it.each([
    ['turn off the tv at 08:59'],
    ['at 08:59 turn off the tv'],
    ['turn off the tv by 08:59'],
    ['switch the fan on at 07:30'],
    ['close the bedroom curtain at 06:00'],
    ['lock the back door at 08:15'],
    ['open the shade at 05:45'],
    ['the garage light off at 08:00 please'],
    ['turn on the kitchen lights at 00:30'],
    ['at 03:00 start the vacuum'],
    ['turn off the tv at 8:59 am'],
    ['turn off the tv at 8 in the morning'],
    ['turn off the tv at five past eight in the morning'],
    ['turn off the tv at eight o\'clock in the morning'],
    ['turn off the tv at 8:59'],
    ['turn off the tv at 8 o\'clock'],
    ['turn off the tv at five past eight'],
  ])('%s', (s) => {
    asks(s);
    asks(s, {}, 'C');
  });
  it('the question says the time and offers tomorrow', () => {
    expect(parse('turn off the tv at 08:59').error?.message).toBe('08:59 today has already passed. Should it happen now, or tomorrow at 08:59?');
  });
  it('"tomorrow", a weekday, a time still to come today, or midnight are scheduled as said', () => {
    expect(read('turn off the tv tomorrow at 08:59')).toEqual(['media_player.tv turn_off +86340s']);
    expect(read('turn off the tv at 08:59 tomorrow')).toEqual(['media_player.tv turn_off +86340s']);
    expect(read('tomorrow at 5 turn off the tv')).toEqual(['media_player.tv turn_off +72000s']);
    expect(read('turn off the tv at 5 tomorrow')).toEqual(['media_player.tv turn_off +72000s']);
    expect(read('turn off the tv on friday at 08:00')).toEqual(['media_player.tv turn_off +169200s']);
    expect(read('turn off the tv at 09:30')).toEqual(['media_player.tv turn_off +1800s']);
    expect(read('turn off the tv at 21:00')).toEqual(['media_player.tv turn_off +43200s']);
    expect(read('turn off the tv at midnight')).toEqual(['media_player.tv turn_off +54000s']);
    expect(read('lock the side door at ten past midnight')).toEqual(['lock.side_door lock +54600s']);
    expect(read('every day at 07:00 turn off the tv')).toEqual(['media_player.tv turn_off']);
  });
});

describe('27w (2): a step up on a fan whose speed is not known is asked (it set 10 %)', () => {
  it.each([
    ['speed the fan up'],
    ['turn up the fan'],
    ['turn the fan up'],
    ['turn the fan up by 20'],
    ['ceiling fan up a notch'],
    ['speed up the ceiling fan'],
    ['turn the fan up a bit'],
    ['increase the fan speed'],
    ['raise the fan speed by 10 percent'],
    ['crank the fan up'],
    ['bump the fan up'],
    ['speed the living room fan up'],
  ])('%s', (s) => asks(s));
  it('a speed said is set; the step is a question with the speeds as answers', () => {
    expect(read('turn the fan up to 60')).toEqual(['fan.ceiling set_fan_speed 60']);
    expect(read('speed the fan up to 80 percent')).toEqual(['fan.ceiling set_fan_speed 80']);
    expect(parse('speed the fan up').error?.options).toEqual(['low', 'medium', 'high']);
  });
});

describe('27w (3): a vague tail ("and stuff", "etc", "or whatever") is asked, never dropped', () => {
  it.each([
    ['turn on the lights and stuff'],
    ['turn off the tv and things'],
    ['close the curtains and all that'],
    ['lock the doors etc'],
    ['turn off the lights etc.'],
    ['turn on the fan or whatever'],
    ['lock the doors and so on'],
    ['turn off the kitchen ceiling and the rest'],
    ['open the curtains, and stuff, please'],
    ['switch off the tv, the fan and so forth'],
    ['turn the bedroom lamp off and stuff'],
    ['kitchen lights on and things'],
    ['lights off, tv off and all that'],
    ['turn on the garage light or something'],
    ['shut the curtains and whatnot'],
    ['turn off the fan and such'],
    ['turn off the living room lamp etcetera'],
    ['close the shade and the rest'],
    ['turn on the play corner and things like that'],
    ['lock the front door and stuff then turn off the tv'],
  ])('%s', (s) => asks(s));
  it('"the rest of …" says what the rest is; lights alone act on every light', () => {
    expect(read('turn on the lights')).toEqual(ALL_LIGHTS.map((e) => `${e} turn_on`));
    expect(read('turn off the kitchen ceiling and the rest of the kitchen lights')).toEqual([]); // (asked as before: "rest of")
  });
});

describe('27w (4): "in here"/"here" with no speaker\'s room, then a kind in several rooms, is asked', () => {
  it.each([
    ["it's bright in here, close the curtains"],
    ["it's dark in here, turn on the lights"],
    ['too bright around here, lights off'],
    ["it's so bright in here, shut the curtains please"],
    ['way too dark in here - lights on'],
    ["it's bright here, close the curtains"],
    ['bright in here, curtains closed'],
    ["it's gloomy in here so put the lights on"],
    ["it's too bright in here, dim the lights to 20"],
    ['dark down here, lights on please'],
  ])('%s', (s) => asks(s));
  it('with the speaker\'s room, or each device said by name or room, it acts', () => {
    expect(read("it's bright in here, close the curtains", { area: 'Bedroom' })).toEqual(['cover.bedroom close']);
    expect(read("it's dark in here, turn on the lights", { area: 'Living Room' })).toEqual(['light.living_room_lamp turn_on', 'light.play_corner turn_on']);
    expect(read("it's too bright in here: dim the living room lamp to 30 and close both curtains")).toEqual(['light.living_room_lamp set_brightness 30', 'cover.curtain_left close', 'cover.curtain_right close']);
    expect(read('it is way too bright in here so close the right curtain and turn off the kitchen cabinets')).toEqual(['cover.curtain_right close', 'light.kitchen_cabinets turn_off']);
    expect(read("it's dark in here, turn on the living room lamp and the play corner")).toEqual(['light.living_room_lamp turn_on', 'light.play_corner turn_on']);
    expect(read('the guests are here, so turn on the lights')).toEqual(ALL_LIGHTS.map((e) => `${e} turn_on`));
    expect(read("here's what I need: lights off")).toEqual(ALL_LIGHTS.map((e) => `${e} turn_off`));
  });
});

describe('27w (5): a repeat said with "for N minutes" repeats the undo too; an undo after the next repeat is asked', () => {
  it('"every hour turn on the fan for 10 minutes": on every hour, off 10 minutes after, every hour', () => {
    const r = parse('every hour turn on the fan for 10 minutes');
    expect(r.actions).toEqual([
      { entity: 'fan.ceiling', service: 'turn_on', data: {}, delay_s: 0, schedule: { kind: 'interval', every_s: 3600, text: 'every hour' } },
      { entity: 'fan.ceiling', service: 'turn_off', data: {}, delay_s: 600, schedule: { kind: 'interval', every_s: 3600, text: 'every hour' } },
    ]);
  });
  it.each([
    ['every 30 minutes open the left curtain for 5 minutes', 'cover.curtain_left', 300],
    ['every 2 hours turn on the garage light for 15 minutes', 'light.garage', 900],
    ['every hour switch the fan on for half an hour', 'fan.ceiling', 1800],
    ['every 45 minutes turn on the bedroom lamp for 10 minutes', 'light.bedroom_lamp', 600],
  ])('%s', (s, entity, after) => {
    const r = parse(s);
    expect(r.error).toBeUndefined();
    const undo = r.actions.find((a) => a.entity === entity && a.delay_s === after);
    expect(undo?.schedule?.kind).toBe('interval');
  });
  it.each([
    ['every 5 minutes turn on the fan for 10 minutes'],
    ['every 10 minutes open the shade for 10 minutes'],
    ['every hour turn on the garage light for 2 hours'],
  ])('%s (asked)', (s) => asks(s));
  it('a one-off time keeps its undo unscheduled', () => {
    const r = parse('at 10:00 turn on the fan for 10 minutes');
    expect(r.actions.map((a) => [a.service, a.delay_s, a.schedule?.kind])).toEqual([['turn_on', 3600, 'at'], ['turn_off', 4200, undefined]]);
  });
});

describe('27w (7): "these/those <kind>" in the speaker\'s room, which has that kind, acts there', () => {
  it.each([
    ['close these curtains', 'Living Room', ['cover.curtain_left close', 'cover.curtain_right close']],
    ['close these curtains', 'Bedroom', ['cover.bedroom close']],
    ['turn off these lights and the ones in the garage', 'Kitchen', ['light.kitchen_countertop turn_off', 'light.kitchen_ceiling turn_off', 'light.kitchen_cabinets turn_off', 'light.garage turn_off']],
    ['turn off these lights and the ones in the garage', 'Bedroom', ['light.bedroom_lamp turn_off', 'light.garage turn_off']],
    ['turn on those lights', 'Living Room', ['light.living_room_lamp turn_on', 'light.play_corner turn_on']],
    ['these lights to 40%', 'Kitchen', ['light.kitchen_countertop set_brightness 40', 'light.kitchen_ceiling set_brightness 40', 'light.kitchen_cabinets set_brightness 40']],
    ['switch these lamps off', 'Bedroom', ['light.bedroom_lamp turn_off']],
    ['open these curtains', 'Living Room', ['cover.curtain_left open', 'cover.curtain_right open']],
    ['these lights off please', 'Garage', ['light.garage turn_off']],
    ['make these lights blue', 'Bedroom', ['light.bedroom_lamp set_color blue']],
  ])('(%s) %s', (s, area, want) => expect(read(s, { area })).toEqual(want));
  it('no room known, or a room with none of the kind, still asks', () => {
    asks('close these curtains');
    asks('turn off these lights and the ones in the garage');
    asks('close these curtains', { area: 'Kitchen' });
    asks('turn off these lights and the ones in the garage', { area: 'Office' });
    asks('those lights off please', { area: 'Office' });
    asks('flip all those lights around', { area: 'Kitchen' });
  });
});

describe('27w (8): plain meanings that asked', () => {
  it.each([
    ['turn on the bedroom lamp and in 5 minutes turn it off', ['light.bedroom_lamp turn_on', 'light.bedroom_lamp turn_off +300s']],
    ['turn on the fan and in half an hour switch it off', ['fan.ceiling turn_on', 'fan.ceiling turn_off +1800s']],
    ['lock the back door and in 2 minutes unlock it', ['lock.back_door lock', 'lock.back_door unlock +120s']],
    ['turn on the garage light and after 20 minutes turn it off', ['light.garage turn_on', 'light.garage turn_off +1200s']],
    ['every light we have, turn them off', ALL_LIGHTS.map((e) => `${e} turn_off`)],
    ['every light, turn them off', ALL_LIGHTS.map((e) => `${e} turn_off`)],
    ['every lamp we have, turn them off', ['light.bedroom_lamp turn_off', 'light.living_room_lamp turn_off']],
    ['every lamp, turn them off', ['light.bedroom_lamp turn_off', 'light.living_room_lamp turn_off']],
    ['every curtain in the house, close them', ['cover.curtain_left close', 'cover.curtain_right close', 'cover.bedroom close']],
    ['each door we have: lock them', ['lock.front_door lock', 'lock.back_door lock', 'lock.side_door lock', 'lock.sliding_doors lock']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('(Bedroom) "no lights needed in here, off" is the Bedroom Lamp only (the switch is no light)', () => {
    expect(read('no lights needed in here, off', { area: 'Bedroom' })).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('no lamps wanted in here - off please', { area: 'Bedroom' })).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('no lights needed in the garage, turn them off')).toEqual(['light.garage turn_off']);
    asks('no lights needed in here, off');
    asks('no lights needed in here', { area: 'Bedroom' });
  });
});

describe('27w (6): temperature questions by room and floor', () => {
  const answer = (s: string, area?: string): string | undefined => parse(s, area).answer;
  it('a room with a thermostat answers its current temperature; a room without one says so', () => {
    expect(answer('how warm is the office')).toBe("It's 1 °F"); // (the fixture's Office Thermostat reads current_temperature 1, as HA's own tests have it)
    expect(answer('how warm is the living room')).toBe("It's 68 °F");
    for (const room of ['kitchen', 'bedroom', 'guest room', 'entrance']) {
      for (const q of [`how warm is the ${room}`, `how cold is the ${room}`, `what's the temperature in the ${room}`]) expect(answer(q), q).toBe("I don't have a temperature for that.");
    }
  });
  it('"on the <floor>" is the floor, never the state "on" (it answered "Yes, Garage Light, …")', () => {
    expect(answer("what's the temperature on the first floor")).toBe("It's 68 °F");
    expect(answer('how warm is it on the first floor')).toBe("It's 68 °F");
    expect(answer("what's the temp on floor one")).toBe("It's 68 °F");
    expect(answer('what is the temperature on the second floor')).toBe("I don't have a temperature for that.");
    expect(answer("what's the temp on floor two")).toBe("I don't have a temperature for that.");
  });
});
