import { describe, expect, it } from 'vitest';
import { applyClarify } from './parser-cache';

describe('answers to clarifying questions', () => {
  it('puts the chosen device or room into the sentence', () => {
    expect(applyClarify('turn on the lamp and close the blinds', 'lamp', 'Bedroom Lamp')).toBe('turn on the Bedroom Lamp and close the blinds');
    expect(applyClarify('dim the lamps to 20%', 'lamp', 'Desk Lamp')).toBe('dim the Desk Lamp to 20%');
    expect(applyClarify('turn on the Lamp', 'Lamp', 'the one in the Kitchen')).toBe('turn on the Lamp in the Kitchen');
    expect(applyClarify('turn it off', 'device', 'Kettle Plug')).toBe('turn the Kettle Plug off');
    expect(applyClarify('pause', 'player', 'Kitchen Speaker')).toBe('pause Kitchen Speaker');
  });
});
