// Recordings at other rates, in stereo or at other bit depths reach the recognizer as 16 kHz mono 16-bit PCM with the
// sound kept (a 440 Hz tone stays a 440 Hz tone of the same loudness) and nothing folded back from above 8 kHz; fast
// enough that converting a recording is not part of the wait (wavefile's resampler took 100–300 ms of it).
import { performance } from 'node:perf_hooks';
import wavefile from 'wavefile';
import { describe, expect, it } from 'vitest';
import { toRecognizerWav } from './wav';

const { WaveFile } = wavefile;

function tone(rate: number, seconds: number, hz: number, o: { channels?: number; bitDepth?: string; amplitude?: number } = {}): Buffer {
  const frames = Math.round(rate * seconds);
  const bits = o.bitDepth ?? '16';
  const full = bits === '32f' ? 1 : 2 ** (Number(bits) - 1) - 1;
  const offset = bits === '8' ? 128 : 0;
  const a = (o.amplitude ?? 0.25) * full;
  const channel = Array.from({ length: frames }, (_, i) => offset + (bits === '32f' ? a * Math.sin((2 * Math.PI * hz * i) / rate) : Math.round(a * Math.sin((2 * Math.PI * hz * i) / rate))));
  const w = new WaveFile();
  const channels = o.channels ?? 1;
  w.fromScratch(channels, rate, bits, channels === 1 ? channel : Array.from({ length: channels }, () => channel));
  return Buffer.from(w.toBuffer());
}

/** The converted recording's samples (±1), its rate and format. */
function heard(wav: Buffer) {
  const w = new WaveFile(wav);
  const s = w.getSamples(false, Float64Array) as unknown as Float64Array;
  return { fmt: w.fmt as { sampleRate: number; numChannels: number; bitsPerSample: number }, samples: Array.from(s, (v) => v / 32768) };
}

/** Strength of `hz` in the samples (one DFT bin, as an amplitude), away from the edges. */
function strength(samples: number[], rate: number, hz: number): number {
  const s = samples.slice(200, -200);
  let re = 0;
  let im = 0;
  for (let i = 0; i < s.length; i++) {
    re += s[i]! * Math.cos((2 * Math.PI * hz * i) / rate);
    im += s[i]! * Math.sin((2 * Math.PI * hz * i) / rate);
  }
  return (2 * Math.hypot(re, im)) / s.length;
}

describe('recordings converted for the recognizer', () => {
  it('keeps a 440 Hz tone at its loudness from every rate, channel count and bit depth Hearth takes', () => {
    for (const [rate, o] of [
      [22_050, {}], [44_100, { channels: 2 }], [48_000, { bitDepth: '24' }], [8_000, { bitDepth: '8' }], [11_025, { bitDepth: '32f' }], [16_000, {}], [32_000, { bitDepth: '32' }],
    ] as const) {
      const { fmt, samples } = heard(toRecognizerWav(tone(rate, 1, 440, o)).wav);
      expect(fmt, `${rate} ${JSON.stringify(o)}`).toMatchObject({ sampleRate: 16_000, numChannels: 1, bitsPerSample: 16 });
      expect(samples.length).toBeGreaterThan(15_900);
      expect(strength(samples, 16_000, 440), `${rate} ${JSON.stringify(o)}`).toBeCloseTo(0.25, 1);
    }
  });

  it('a 10 kHz tone (above what 16 kHz holds) is filtered out, not folded back to 6 kHz', () => {
    const { samples } = heard(toRecognizerWav(tone(44_100, 1, 10_000)).wav);
    expect(strength(samples, 16_000, 6_000)).toBeLessThan(0.0025);
    const kept = heard(toRecognizerWav(tone(44_100, 1, 3_000)).wav);
    expect(strength(kept.samples, 16_000, 3_000)).toBeCloseTo(0.25, 1);
  });

  it('converts a 5 s 44.1 kHz stereo recording many times faster than wavefile’s resampler did (same run, interleaved)', () => {
    const wav = tone(44_100, 5, 440, { channels: 2 });
    const ours: number[] = [];
    const before: number[] = [];
    for (let i = 0; i < 3; i++) {
      let t0 = performance.now();
      toRecognizerWav(wav);
      ours.push(performance.now() - t0);
      t0 = performance.now();
      const w = new WaveFile(wav);
      w.toSampleRate(16_000);
      before.push(performance.now() - t0);
    }
    expect(Math.min(...ours) * 5).toBeLessThan(Math.min(...before));
  });
});
