// Issue 14, round 15c: classes of sentences the parser refused in the development sets, read now — each tested with
// sentences of our own on the test home (no set's lines). Read on Wednesday 2025-03-05 at 09:00.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 15c (misses): two settings side by side, joined by "but"/"while" or said with "goes"/"sits"', () => {
  it('each device gets its own value', () => {
    expect(read('the desk lamp goes to 70 and the porch light goes to 20')).toEqual(['light.office_lamp set_brightness 70', 'light.porch set_brightness 20']);
    expect(read('I want the floor lamp at 60% but the reading light only at 15%')).toEqual(['light.living_floor_lamp set_brightness 60', 'light.living_reading set_brightness 15']);
    expect(read('the kitchen ceiling at 30 percent while the island pendant sits at 90 percent')).toEqual(['light.kitchen_ceiling set_brightness 30', 'light.kitchen_island set_brightness 90']);
    expect(read('make the desk lamp orange while the bedside lamp goes purple')).toEqual(['light.office_lamp set_color orange', 'light.bedroom_lamp set_color purple']);
  });
  it('"but" before another verb or "not" keeps its meaning', () => {
    expect(read('set the kitchen lights to 70 but make the island pendant 30')).toEqual(['light.kitchen_ceiling set_brightness 70', 'light.kitchen_island set_brightness 30']);
    expect(read('dim the kitchen lights to 30 but not the island pendant')).toEqual(['light.kitchen_ceiling set_brightness 30']);
  });
});

describe('round 15c (misses): "the same (colour)", "to match", "should match it"', () => {
  it('is the one value said before', () => {
    expect(read('set the desk lamp to blue and the bedside lamp to the same colour')).toEqual(['light.office_lamp set_color blue', 'light.bedroom_lamp set_color blue']);
    expect(read('turn the floor lamp yellow and the reading light the same colour')).toEqual(['light.living_floor_lamp set_color yellow', 'light.living_reading set_color yellow']);
    expect(read('desk lamp 35% and make the porch light the same')).toEqual(['light.office_lamp set_brightness 35', 'light.porch set_brightness 35']);
    expect(read('the bedside lamp at 25 and the hallway light to match')).toEqual(['light.bedroom_lamp set_brightness 25', 'light.hallway set_brightness 25']);
  });
  it('is asked when the value said is no colour', () => {
    asks('set the desk lamp to 40 and the bedside lamp to the same colour');
  });
});
