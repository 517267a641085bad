// Issue 14, round 18b: blind v16's worst wrong action as a class, with sentences of our own on the test home.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 18b: a later part\'s "on"/"off" never moves a cover or lock the opposite way of its own verb', () => {
  it('asks instead of opening what was to be closed (or the other way round)', () => {
    asks('shut the living room blinds, desk lamp on, and run the movie scene');
    asks('close the bedroom curtain, the desk lamp too on');
  });
  it('reads a later "B on/off" as its own step (round 19a, sayings-19a.ts): each part ends as said', () => {
    expect(read('close the bedroom curtain, desk lamp on')).toEqual(['cover.bedroom_curtain close', 'light.office_lamp turn_on']);
    expect(read('open the bedroom curtain, tv off')).toEqual(['cover.bedroom_curtain open', 'media_player.tv turn_off']);
    expect(read('open the bedroom curtain for 10 minutes, tv off')).toEqual(['cover.bedroom_curtain open', 'cover.bedroom_curtain close +600s', 'media_player.tv turn_off']);
  });
  it('still does what was said when each way is said or nothing is turned round', () => {
    expect(read('close the bedroom curtain and turn the desk lamp on')).toEqual(['cover.bedroom_curtain close', 'light.office_lamp turn_on']);
    expect(read('open the bedroom curtain and turn off the tv')).toEqual(['cover.bedroom_curtain open', 'media_player.tv turn_off']);
    expect(read('open the bedroom curtain for 10 minutes')).toEqual(['cover.bedroom_curtain open', 'cover.bedroom_curtain close +600s']);
  });
});
