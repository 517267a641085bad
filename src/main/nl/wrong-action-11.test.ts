// Issue 14, eleventh round: the kinds of wrong action development set v10 found, each as a class (sentences of our own,
// on the parser's small test home). Hearth does what was said or asks — never something else.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('values said as fractions in words, one per device', () => {
  it('gives each device its own ("A a quarter and B three quarters"), never the last one copied', () => {
    expect(read('make the desk lamp a quarter and the porch light three quarters')).toEqual(['light.office_lamp set_brightness 25', 'light.porch set_brightness 75']);
    expect(read('set the porch light a third, the desk lamp two thirds')).toEqual(['light.porch set_brightness 33', 'light.office_lamp set_brightness 67']);
    expect(read('put the hallway light three quarters, the porch light a quarter')).toEqual(['light.hallway set_brightness 75', 'light.porch set_brightness 25']);
  });
});

describe('"a quarter to/past <hour>"', () => {
  it('is a clock time, never a position', () => {
    expect(read('at a quarter to eleven close the bedroom curtain')).toEqual(['cover.bedroom_curtain close +6300s']);
    expect(read('open the living room blinds at a quarter past ten')).toEqual(['cover.living_blinds open +4500s']);
  });
});

describe('"turn on/off" said of a lock or a cover', () => {
  it('asks which way, never locks or closes by guess', () => {
    asks('switch on the back door');
    asks('turn the front door off');
    asks('turn off the blinds in the living room');
    asks('switch the bedroom curtain on');
    // (Said with its own verb, it is done; a device that switches is still switched.)
    expect(read('lock the back door')).toEqual(['lock.back lock']);
    expect(read('turn off the porch light')).toEqual(['light.porch turn_off']);
  });
});

describe('a bare number for a player', () => {
  it('asks what it sets ("the tv to 12": volume or channel?), never the volume by guess', () => {
    asks('set the kitchen speaker to 12');
    asks('put the living room tv on 7 and the porch light to 30');
    // (With a word of loudness or a way, it is the volume.)
    expect(read('set the kitchen speaker volume to 12')).toEqual(['media_player.kitchen_speaker set_volume 12']);
    expect(read('turn the kitchen speaker down to 12')).toEqual(['media_player.kitchen_speaker set_volume 12']);
  });
});

describe('"stop" said with half way', () => {
  it('asks: stop now, or move to half way? — never moves it, never opens and stops it', () => {
    asks('the garage door, stop it halfway');
    // (round 27b: "midway" after a stop is the moment it stops, as dev9, dev10, dev12, dev16 and dev20 label it; "halfway" asks)
    expect(read('stop the bedroom curtain midway')).toEqual(['cover.bedroom_curtain stop']);
    expect(new Set(read('stop the living room blinds mid-way').map((a) => a.split(' ')[1]))).toEqual(new Set(['stop']));
    expect(read('stop the bedroom curtain')).toEqual(['cover.bedroom_curtain stop']);
  });
});

describe('a value left unsaid at the end ("… and B to")', () => {
  it('asks, never gives B the value said for A', () => {
    asks('set the desk lamp to 30% and the porch light to');
    asks('dim the hallway light to 20 and the porch light to and close the garage door');
    asks('turn the bedroom thermostat up by');
    // (A list of "device value" with the last device's value not said.)
    asks('desk lamp 30, porch light 70 and the hallway light');
    expect(read('set the desk lamp to 30 and the porch light too')).toEqual(['light.office_lamp set_brightness 30', 'light.porch set_brightness 30']);
    // (A question ending so is still answered; a full value is still set.)
    expect(read('set the desk lamp to 30% and the porch light to 60%')).toEqual(['light.office_lamp set_brightness 30', 'light.porch set_brightness 60']);
  });
});

describe('urging before a step ("go on and …", "come on, …")', () => {
  it('is set aside — never a second "on" beside the step', () => {
    expect(read('go on and toggle it', { previous: ['light.porch'] })).toEqual(['light.porch toggle']);
    expect(read('come on, close it', { previous: ['cover.bedroom_curtain'] })).toEqual(['cover.bedroom_curtain close']);
  });
  it('a toggle beside another change of the same device at the same moment is asked about', () => {
    asks('switch on the porch light and flip it');
    asks('toggle the desk fan and turn it off');
  });
});

describe('a player said to end paused, among other devices', () => {
  it('is paused — never switched off with the device before it', () => {
    expect(read('the porch light off and the kitchen speaker paused')).toEqual(['light.porch turn_off', 'media_player.kitchen_speaker media_pause']);
    expect(read('the desk lamp at 40, the hallway light on and the living room tv paused')).toEqual(['light.office_lamp set_brightness 40', 'light.hallway turn_on', 'media_player.tv media_pause']);
    expect(read('the porch light off, the kitchen speaker paused and the desk fan on')).toEqual(['light.porch turn_off', 'media_player.kitchen_speaker media_pause', 'fan.office turn_on']);
  });
});

describe('a list of names that says the shared word once ("the front and back doors")', () => {
  it('names each device, also after "except"; a part that names nothing is asked about', () => {
    expect(read('lock the front and back doors')).toEqual(['lock.front lock', 'lock.back lock']);
    expect(read('turn off every light except the desk and porch lights')).not.toContain('light.porch turn_off');
    expect(read('turn off every light except the desk and porch lights')).not.toContain('light.office_lamp turn_off');
    asks('lock every door but the cellar and back doors');
  });
});

describe('"everything" switched on, opened or unlocked', () => {
  it('asks which kind — never every device of a place at once', () => {
    asks('turn on everything on the ground floor');
    asks('switch everything in the bedroom on');
    asks('open everything in the garage');
    // (Off, closed and locked is how a home is left: still done.)
    expect(read('turn off everything in the bedroom')).toEqual(['light.bedroom_lamp turn_off', 'fan.bedroom turn_off']);
  });
});

describe('plain "white" for a light', () => {
  it('asks which white, never the colour by guess', () => {
    asks('change the desk lamp to white');
    asks('porch light white please');
    expect(read('make the desk lamp warm white')).toEqual(['light.office_lamp set_color_temp 2700']);
  });
});

describe('"open"/"close" said of a place with nothing that opens', () => {
  it('asks — never brightens or dims the lights there instead', () => {
    asks('open the hallway up for me');
    asks('close the office down a bit');
    // ("shut off" is off; "open the blinds up a bit" still moves the blinds.)
    expect(read('shut off the porch light')).toEqual(['light.porch turn_off']);
  });
});

describe('"curtains" in a place that has only blinds or shades', () => {
  it('asks — a curtain is no blind (blinds, shades and shutters still go by each other\'s names)', () => {
    asks('open the curtains in the living room');
    expect(read('close the shades in the living room')).toEqual(['cover.living_blinds close']);
    // (The room of the step before is not where "the curtain" must be when none is there.)
    expect(read('open the blinds in the living room and then close the curtain')).toEqual(['cover.living_blinds open', 'cover.bedroom_curtain close']);
  });
});

describe('"the radio" where no player is one', () => {
  it('asks, never takes the one TV for it', async () => {
    const { createParser } = await import('./parser');
    const { home, now } = testSetting();
    const oneTv = createParser({ ...home('C'), entities: home('C').entities.filter((e) => e.id !== 'media_player.kitchen_speaker') });
    asks('turn the radio down', {}, oneTv);
    asks('put the radio on', {}, oneTv);
    expect(oneTv.parse('turn the tv down', { now }).actions.map((a) => a.entity)).toEqual(['media_player.tv']);
  });
});

describe('the structural guard: a number the reading did not use', () => {
  it('asks what it is for, never acts without it', () => {
    asks('turn on the porch light 2');
    asks('switch on the hallway light with 40');
    // (Numbers used as the value, a count or a step are fine.)
    expect(read('dim the desk lamp by 20')).toEqual(['light.office_lamp brightness_step -20']);
  });
  it('a time of day the timing did not read is asked about, never left out', () => {
    asks('stop the bedroom curtain midday');
    asks('close the garage door noon');
    asks('switch off the living room tv after this episode');
    asks('close the bedroom curtain before sunset');
    expect(read('turn off the porch light after 10 minutes')).toEqual(['light.porch turn_off +600s']);
  });
  it('"except" with nothing left out, or "more" read as a setting, is asked about', () => {
    asks('turn off all lights except');
    asks('switch every light off besides');
    asks('set the porch light to 40 more');
    expect(read('make the desk lamp 20 more')).toEqual(['light.office_lamp brightness_step 20']);
    asks('set the porch light to 40 higher');
    asks('half the desk lamp and the porch light to a quarter');
    asks('brighten the porch light by half');
    asks('dim the desk lamp to half of what it is');
    expect(read('open the bedroom curtain halfway')).toEqual(['cover.bedroom_curtain set_position 50']);
  });
});

describe('"the other <kind>" after one of that kind', () => {
  it('is the one other device of the kind, else asked — never the other one whose name holds the word', async () => {
    const { createParser } = await import('./parser');
    const { home } = testSetting();
    const twoLamps = createParser({ ...home('C'), entities: home('C').entities.filter((e) => e.id !== 'light.living_floor_lamp') });
    asks('set the desk lamp to 40 and the other lamp to 70', {}, twoLamps);
    expect(read('set the bedroom thermostat to 20 and the other thermostat to 22')).toEqual(['climate.bedroom set_temperature 20', 'climate.downstairs set_temperature 22']);
  });
});

describe('"X on with the volume at N"', () => {
  it('does both, never only the volume', () => {
    expect(read('switch the kitchen speaker on with the volume at 25')).toEqual(['media_player.kitchen_speaker turn_on', 'media_player.kitchen_speaker set_volume 25']);
  });
});

describe('a change from where a device is, beside a value for another ("A a bit brighter and B 30")', () => {
  it('is two steps — never B\'s value taken as A\'s step or setting', () => {
    expect(read('make the desk lamp a bit brighter and the porch light 30')).toEqual(['light.office_lamp brightness_step 10', 'light.porch set_brightness 30']);
    expect(read('set the porch light to 30 and the desk lamp a touch higher')).toEqual(['light.porch set_brightness 30', 'light.office_lamp brightness_step 10']);
  });
});

describe('"close X by N"', () => {
  it('closes it by N, never opens it further', () => {
    expect(read('close the living room blinds by 20')).toEqual(['cover.living_blinds set_position 40']);
    expect(read('shut the blinds in the living room by 10 and the bedroom curtain')).not.toContain('cover.living_blinds set_position 70');
  });
});

describe('"X off and Y down"', () => {
  it('is two steps, each its own — never the first one turned down instead of off', () => {
    expect(read('turn the desk lamp off and the porch light down')).toEqual(['light.office_lamp turn_off', 'light.porch brightness_step -10']);
    expect(read('turn the porch light up and the desk lamp off')).toEqual(['light.porch brightness_step 10', 'light.office_lamp turn_off']);
  });
});

describe('"both" after one device', () => {
  it('asks which other one — never does the one alone', () => {
    asks('both of them to 40', { previous: ['cover.bedroom_curtain'] });
    asks('close both', { previous: ['cover.bedroom_curtain'] });
    expect(read('close both', { previous: ['cover.bedroom_curtain', 'cover.living_blinds'] })).toEqual(['cover.living_blinds close', 'cover.bedroom_curtain close']);
  });
});
