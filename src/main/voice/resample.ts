// Sample-rate conversion for the recognizer, in process: a polyphase windowed-sinc filter (Blackman window, 32 taps a
// phase at the lower rate), low-passed below the lower rate's Nyquist so nothing folds back as noise. A 3 s recording
// converts in a few milliseconds (wavefile's own cubic resampler took 100–300 ms of the latency people wait for).
const HALF = 16;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

interface Bank {
  /** Output samples advance the input by `step / phases`: phase p's taps start at input index floor(...) - HALF + 1. */
  phases: number;
  step: number;
  taps: Float32Array;
  width: number;
}

const banks = new Map<string, Bank>();
/** Beyond this many phases (an odd rate) the taps are computed per sample instead of kept. */
const MAX_PHASES = 4096;

function tap(offset: number, cutoff: number, half: number): number {
  // offset: input position minus output position, in input samples.
  const x = offset * cutoff;
  const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
  const w = offset / half;
  if (w <= -1 || w >= 1) return 0;
  const blackman = 0.42 + 0.5 * Math.cos(Math.PI * w) + 0.08 * Math.cos(2 * Math.PI * w);
  return cutoff * sinc * blackman;
}

function bankFor(from: number, to: number): Bank {
  const id = `${from}>${to}`;
  const known = banks.get(id);
  if (known) return known;
  const g = gcd(from, to);
  const phases = to / g;
  const step = from / g;
  // Down: cut below the output's Nyquist (in input terms, to/from); up: below the input's. A little margin.
  const cutoff = Math.min(1, to / from) * 0.92;
  const half = Math.ceil(HALF / Math.min(1, to / from));
  const width = 2 * half;
  const kept = phases <= MAX_PHASES ? new Float32Array(phases * width) : new Float32Array(0);
  if (kept.length) {
    for (let p = 0; p < phases; p++) {
      // Phase p is the output samples whose input position is p / phases past an input sample.
      const frac = p / phases;
      for (let k = 0; k < width; k++) kept[p * width + k] = tap(k - half + 1 - frac, cutoff, half);
    }
  }
  const bank = { phases, step, taps: kept, width };
  if (banks.size < 16) banks.set(id, bank);
  return bank;
}

/** `input` (any scale) at `from` Hz, as the same signal at `to` Hz. */
export function resample(input: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return input;
  const { phases, step, taps, width } = bankFor(from, to);
  const half = width / 2;
  const cutoff = Math.min(1, to / from) * 0.92;
  const n = Math.floor((input.length * to) / from);
  const out = new Float32Array(n);
  const last = input.length - 1;
  for (let i = 0; i < n; i++) {
    const pos = (i * step) / phases;
    const base = Math.floor(pos);
    const p = (i * step) % phases;
    const start = base - half + 1;
    let acc = 0;
    if (taps.length) {
      const o = p * width;
      if (start >= 0 && start + width - 1 <= last) for (let k = 0; k < width; k++) acc += input[start + k]! * taps[o + k]!;
      else for (let k = 0; k < width; k++) acc += (input[start + k] ?? 0) * taps[o + k]!;
    } else {
      const frac = pos - base;
      for (let k = 0; k < width; k++) acc += (input[start + k] ?? 0) * tap(k - half + 1 - frac, cutoff, half);
    }
    out[i] = acc;
  }
  return out;
}
