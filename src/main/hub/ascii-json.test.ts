import { describe, expect, it } from 'vitest';
import { asciiJson } from './ascii-json';

describe('asciiJson', () => {
  const samples: object[] = [
    { type: 'reply', id: 1, ok: true, result: [{ name: 'Küche', unit: '°C', note: 'l’entrée 😀 — 日本' }] },
    { lone: '\ud83d x \ude00', ctl: '\u007f\u0080\u00ff\uffff', quote: '"\\\n' },
    { plain: 'ascii only', n: [1, 2.5, null, true] },
  ];
  it('reads back to the same value as JSON.stringify, and is printable ASCII only (JSON.stringify escapes control characters itself)', () => {
    for (const v of samples) {
      const text = asciiJson(v);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    }
  });
  it('leaves ASCII JSON as JSON.stringify writes it', () => {
    expect(asciiJson(samples[2]!)).toBe(JSON.stringify(samples[2]));
  });
});
