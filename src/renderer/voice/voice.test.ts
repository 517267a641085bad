// What the window sends and says: recordings as the core's recognizer hears them, and the sentence said back.
import { WaveFile } from 'wavefile';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/plan';
import { replySentence } from './reply';
import { encodeWav, toBase64 } from './wav';

describe('a recording is sent as a 16 kHz mono 16-bit WAV', () => {
  it('encodes samples at 16 kHz mono 16-bit, loud ones clipped rather than wrapped', () => {
    const samples = Float32Array.from({ length: 16_000 }, (_, i) => 1.5 * Math.sin((2 * Math.PI * 440 * i) / 16_000));
    const bytes = encodeWav(samples);
    const wav = new WaveFile(bytes);
    expect(wav.fmt).toMatchObject({ audioFormat: 1, numChannels: 1, sampleRate: 16_000, bitsPerSample: 16 });
    const out = wav.getSamples(false, Int16Array) as unknown as Int16Array;
    expect(out.length).toBe(16_000);
    expect(Math.max(...out)).toBe(32767);
    expect(Math.min(...out)).toBe(-32768);
    // Clipped, not wrapped: the sample after the peak is still near the top.
    expect(out[9]!).toBeGreaterThan(30_000);
  });

  it('base64 of a long recording equals Node’s', () => {
    const bytes = encodeWav(new Float32Array(16_000 * 5).fill(0.25));
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('the sentence said back', () => {
  const plan = (over: Partial<Plan>): Plan => ({
    id: 'p1', title: 'turn on the kitchen light', source: { kind: 'command', text: 'turn on the kitchen light' }, createdAt: 0, status: 'preview',
    startsAt: 0, steps: [], conflicts: [], notes: [], previewReasons: [], automation: null, startedAt: null, finishedAt: null, undoUntil: null,
    outcome: null, ruleId: null, ...over,
  });

  it('a previewed plan: its one-sentence summary', () => {
    expect(replySentence({ kind: 'plan', planId: 'p1' }, plan({ summary: 'Turn on Kitchen Light, now.' }))).toBe('Turn on Kitchen Light, now.');
  });
  it('a plan that ran at once says so', () => {
    expect(replySentence({ kind: 'plan', planId: 'p1' }, plan({ summary: 'Turn on Kitchen Light, now.', status: 'done' }))).toBe('Done. Turn on Kitchen Light, now.');
  });
  it('a question is asked aloud', () => {
    const q = { kind: 'question' as const, text: 'turn on the lamp', message: 'Which lamp: Bedroom Lamp or Floor Lamp?', subject: 'lamp', options: ['Bedroom Lamp', 'Floor Lamp'] };
    expect(replySentence(q, undefined)).toBe('Which lamp: Bedroom Lamp or Floor Lamp?');
  });
  it('nothing shown, nothing said', () => {
    expect(replySentence(null, undefined)).toBeNull();
  });
});
