// Issue 14, round 19a: dev16's four wrong actions, each as a class of saying, with sentences of our own on the test home.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 19a: window coverings listed together are every covering of those kinds', () => {
  it('stops, closes or opens the blind-like covering too, where the home has none of the exact kind said', () => {
    // (The test home has a blind and a curtain: no shade, no shutter — the shades and shutters were dropped, only the curtain moved.)
    expect(read('stop every shade and curtain in the house')).toEqual(['cover.living_blinds stop', 'cover.bedroom_curtain stop']);
    expect(read('stop all the shades and curtains')).toEqual(['cover.living_blinds stop', 'cover.bedroom_curtain stop']);
    // (Review 19g: a shutter is no kin of a blind — shutters the home lacks are asked about, never the blind closed.)
    asks('close the curtains and shutters');
    expect(read('close the shades and the curtain')).toEqual(['cover.living_blinds close', 'cover.bedroom_curtain close']);
  });
  it('still asks for a kind said alone that the home does not have', () => {
    asks('stop the shades');
    asks('close every shutter in the house');
  });
});

describe('round 19a: "stop/halt the music" is stopping a player — pause or off is asked', () => {
  it('asks, as "stop the tv" does', () => {
    asks('halt the music on the tv');
    asks('stop the music in the kitchen');
    asks('could you stop the music in the living room');
  });
  it('still pauses when pausing is said, and switches off when off is said', () => {
    expect(read('pause the music in the kitchen')).toEqual(['media_player.kitchen_speaker media_pause']);
    expect(read('stop playing in the kitchen')).toEqual(['media_player.kitchen_speaker media_pause']);
    expect(read('turn the music off in the kitchen')).toEqual(['media_player.kitchen_speaker turn_off']);
  });
});

describe('round 19a: "set X off cleaning" starts a robot; "set X off" alone is asked', () => {
  it('starts the robot when what it is to do follows "off"', () => {
    expect(read('can you set robo off cleaning')).toEqual(['vacuum.robo start']);
    expect(read('set the vacuum off hoovering the kitchen')).toEqual(['vacuum.robo start Kitchen']);
    expect(read('get robo off going')).toEqual(['vacuum.robo start']);
    expect(read('set robo off vacuuming and turn the tv off')).toEqual(['vacuum.robo start', 'media_player.tv turn_off']);
  });
  it('asks whether to start it or send it home when nothing follows', () => {
    asks('set robo off');
    asks('set off the vacuum');
    asks('could you set the vacuum off please');
  });
  it('still sends it home when home is said, or "turn off" is said', () => {
    expect(read('turn robo off')).toEqual(['vacuum.robo return_to_base']);
    expect(read('set robo off back to its base')).toEqual(['vacuum.robo return_to_base']);
  });
});

describe('round 19a: a lead-in that says how the robot is never starts it', () => {
  it('reads "vacuum\'s …" / "vacuum is …" as the robot talked about, not the verb "vacuum"', () => {
    expect(read("vacuum's too loud, send it home and resume the tv")).toEqual(['vacuum.robo return_to_base', 'media_player.tv media_play']);
    expect(read('vacuum is in the way, send it home')).toEqual(['vacuum.robo return_to_base']);
    expect(read("vacuum's in the way, dock it and pause the tv")).toEqual(['vacuum.robo return_to_base', 'media_player.tv media_pause']);
  });
  it('still reads "vacuum" as the verb where it is one', () => {
    expect(read('vacuum the kitchen')).toEqual(['vacuum.robo start Kitchen']);
    expect(read('vacuum the bedroom and turn off the tv')).toEqual(['vacuum.robo start Bedroom', 'media_player.tv turn_off']);
  });
});

describe('round 19a: a TV is no speaker (found by probing)', () => {
  it('never pauses or switches off a speaker for "the tv"', () => {
    // (The kitchen has a speaker and no TV: it was paused or switched off.)
    expect(read('turn on the kitchen lights and pause the tv')).toEqual(['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on', 'media_player.tv media_pause']);
    asks('turn off the tv in the kitchen');
    asks('pause the kitchen telly');
    asks('mute the television in the kitchen');
  });
  it('still finds the TV, and the speaker when a speaker is said', () => {
    expect(read('pause the tv')).toEqual(['media_player.tv media_pause']);
    expect(read('turn off the tv in the living room')).toEqual(['media_player.tv turn_off']);
    expect(read('pause the speaker in the kitchen')).toEqual(['media_player.kitchen_speaker media_pause']);
  });
});

describe('round 19a: a later part "B on/off" with no verb of its own is its own step (found by probing)', () => {
  it('switches B on or off, never with the first part\'s verb', () => {
    // ("dim the floor lamp to 20, porch light on" stepped the porch light DOWN; "unlock the back door, porch light on" was refused.)
    expect(read('dim the floor lamp to 20, porch light on')).toEqual(['light.living_floor_lamp set_brightness 20', 'light.porch turn_on']);
    expect(read('please dim the floor lamp to 20, porch light on')).toEqual(['light.living_floor_lamp set_brightness 20', 'light.porch turn_on']);
    expect(read('unlock the back door, porch light on and pause the tv')).toEqual(['lock.back unlock', 'light.porch turn_on', 'media_player.tv media_pause']);
    expect(read('close the bedroom curtain, desk lamp on, and run the movie scene')).toEqual(['cover.bedroom_curtain close', 'light.office_lamp turn_on', 'scene.movie turn_on']);
    expect(read('lock the front door and hallway light off')).toEqual(['lock.front lock', 'light.hallway turn_off']);
  });
  it('leaves a list ended by a switching verb\'s own particle as it was', () => {
    expect(read('switch the desk lamp and the desk fan off')).toEqual(['light.office_lamp turn_off', 'fan.office turn_off']);
  });
});
