import { describe, expect, it } from 'vitest';
import { cleanName } from './names';

describe('cleanName', () => {
  it('takes out what does not show and keeps the joiners that are part of what shows', () => {
    expect(cleanName('\u200BDesk\u200D Lamp\u2060\uFEFF')).toBe('Desk Lamp');
    expect(cleanName('Desk \u00A0\u3000 Lamp')).toBe('Desk Lamp');
    expect(cleanName('\u202EpmaL')).toBe('pmaL');
    expect(cleanName('👨\u200D👩\u200D👧 room')).toBe('👨\u200D👩\u200D👧 room');
    expect(cleanName('❤\uFE0F lamp')).toBe('❤\uFE0F lamp');
    expect(cleanName('1\uFE0F\u20E3 lamp')).toBe('1\uFE0F\u20E3 lamp');
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(cleanName(`${scotland} flag`)).toBe(`${scotland} flag`);
    expect(cleanName('می\u200Cخواهم')).toBe('می\u200Cخواهم'); // Persian keeps its non-joiner
    expect(cleanName('Lamp\u200C2')).toBe('Lamp2');
  });

  it('gives nothing for names with nothing visible', () => {
    for (const s of ['', '   ', '\u200B\u200C\u200D', '\u0301', '\uFE0F', '\u3164', '\t\n']) expect(cleanName(s), JSON.stringify(s)).toBe('');
  });
});
