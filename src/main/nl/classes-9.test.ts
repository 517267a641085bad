// Issue 14, ninth round: the kinds of refusal development set v8 found, each as a class (sentences of our own, on the
// parser's small test home). Hearth understands these plain ways of saying it.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read } = testSetting();

describe('"pop on" and "please" typed as it sounds', () => {
  it('switches with "pop on" / "pop … off" and reads "pleaz", "pleez" as please', () => {
    expect(read('can you pop on the porch light')).toEqual(['light.porch turn_on']);
    expect(read('pop the desk lamp off')).toEqual(['light.office_lamp turn_off']);
    expect(read('unlock the front door pleez')).toEqual(['lock.front unlock']);
    expect(read('turn on the porch light pleaz')).toEqual(['light.porch turn_on']);
  });
});

describe('floor lists with "plus", and the way said after the kind', () => {
  it('closes every floor listed ("covers shut on the ground floor and upstairs", "… upstairs plus the ground floor")', () => {
    expect(read('covers shut on the ground floor and upstairs')).toEqual(['cover.living_blinds close', 'cover.garage_door close', 'cover.bedroom_curtain close']);
    expect(read('close the covers upstairs plus the ground floor')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds close', 'cover.garage_door close']);
    // ("plus" between devices is "and" as before.)
    expect(read('turn off the kitchen lights plus the porch light')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.porch turn_off']);
  });
});

describe('"draw back" a curtain', () => {
  it('opens it', () => {
    expect(read('draw back the bedroom curtain')).toEqual(['cover.bedroom_curtain open']);
  });
});

describe('requests wrapped as a wondering ("think you could …?", "I was just wondering if you might …")', () => {
  it('do the request inside, never answer it as a question', () => {
    expect(read('think you could close the bedroom curtain?')).toEqual(['cover.bedroom_curtain close']);
    expect(read('I was just wondering if you might lock the front door')).toEqual(['lock.front lock']);
    expect(read('i wonder if you might switch off the desk lamp')).toEqual(['light.office_lamp turn_off']);
  });
});
