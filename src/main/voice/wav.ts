// A push-to-talk recording as it arrives: a WAV file, checked and brought to what the recognizer hears (16 kHz,
// mono, 16-bit PCM). Other PCM rates (8–48 kHz), stereo and 8/24/32-bit or float samples are converted (read by
// wavefile, 16-bit straight from the bytes; resampled in process by resample.ts);
// anything else is refused in words, never thrown as a crash.
import wavefile from 'wavefile';
import { VOICE_MAX_SECONDS, VOICE_SAMPLE_RATE } from '../../shared/contract/voice';
import { HearthError } from '../../shared/errors';
import { resample } from './resample';

const { WaveFile } = wavefile;

const RECORD_AGAIN = 'Hold the microphone button, say the command, then let go.';
const MIN_RATE = 8_000;
const MAX_RATE = 48_000;
/** Shorter than this is a click, not a command. */
const MIN_SECONDS = 0.25;

export interface Pcm16k {
  /** A 16 kHz mono 16-bit PCM WAV file. */
  wav: Buffer;
  durationMs: number;
}

const refuse = (message: string, next = RECORD_AGAIN) => new HearthError('BAD_REQUEST', message, next);

interface Fmt {
  audioFormat: number;
  numChannels: number;
  sampleRate: number;
  bitsPerSample: number;
}

/** Reads a WAV file and returns it as 16 kHz mono 16-bit PCM, or refuses it with a HearthError saying why. */
export function toRecognizerWav(bytes: Uint8Array): Pcm16k {
  let wave: InstanceType<typeof WaveFile>;
  try {
    wave = new WaveFile(bytes);
  } catch {
    throw refuse('That recording is not a WAV file Hearth can read.', 'Send a PCM WAV file (16 kHz mono is best), or record again.');
  }
  const fmt = wave.fmt as Fmt;
  if (fmt.audioFormat !== 1 && fmt.audioFormat !== 3 && fmt.audioFormat !== 65534) {
    throw refuse('That WAV file is compressed; Hearth hears plain PCM audio only.', 'Send a PCM WAV file (16 kHz mono is best).');
  }
  if (fmt.numChannels < 1 || fmt.numChannels > 2) throw refuse(`That recording has ${fmt.numChannels} channels; Hearth hears mono or stereo.`);
  if (fmt.sampleRate < MIN_RATE || fmt.sampleRate > MAX_RATE) {
    throw refuse(`That recording's sample rate is ${fmt.sampleRate} Hz; Hearth hears ${MIN_RATE / 1000}–${MAX_RATE / 1000} kHz (16 kHz is best).`, 'Record at 16 kHz, or convert the file first.');
  }
  let channels: ArrayLike<number>[];
  let scale: number;
  try {
    ({ channels, scale } = samplesOf(wave, fmt));
  } catch {
    throw refuse('That WAV file is damaged: its samples cannot be read.');
  }
  const frames = channels[0]?.length ?? 0;
  const seconds = frames / fmt.sampleRate;
  if (frames === 0) throw refuse('That recording is empty: it holds no sound.');
  if (seconds > VOICE_MAX_SECONDS) throw refuse(`That recording is ${seconds.toFixed(1)} s long; Hearth hears at most ${VOICE_MAX_SECONDS} s at a time.`, 'Say one command at a time.');
  if (seconds < MIN_SECONDS) throw refuse('That recording is too short to hold a command.');

  // Mono at full scale ±1, at 16 kHz (resample.ts), then 16-bit PCM in a plain WAV file.
  const mono = new Float32Array(frames);
  const [a, b] = channels;
  for (let i = 0; i < frames; i++) mono[i] = (b ? (a![i]! + b[i]!) / 2 : a![i]!) / scale;
  const pcm = resample(mono, fmt.sampleRate, VOICE_SAMPLE_RATE);
  return { wav: pcm16Wav(pcm, VOICE_SAMPLE_RATE), durationMs: Math.round(seconds * 1000) };
}

/** The recording's channels and the value of full scale: 16-bit PCM read straight from its bytes, the rest by wavefile. */
function samplesOf(wave: InstanceType<typeof WaveFile>, fmt: Fmt): { channels: ArrayLike<number>[]; scale: number } {
  const data = (wave as unknown as { data: { samples: Uint8Array } }).data.samples;
  if (fmt.audioFormat !== 3 && wave.bitDepth === '16') {
    const all = new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + (data.byteLength & ~1)));
    if (fmt.numChannels === 1) return { channels: [all], scale: 32768 };
    const left = new Int16Array(all.length >> 1);
    const right = new Int16Array(all.length >> 1);
    for (let i = 0; i < left.length; i++) {
      left[i] = all[2 * i]!;
      right[i] = all[2 * i + 1]!;
    }
    return { channels: [left, right], scale: 32768 };
  }
  const s = wave.getSamples(false, Float64Array) as unknown as Float64Array | Float64Array[];
  const channels = fmt.numChannels === 1 ? [s as Float64Array] : (s as Float64Array[]);
  // Float samples are ±1; integer ones signed at their bit depth, but 8-bit is unsigned (silence is 128).
  if (fmt.audioFormat === 3 || wave.bitDepth === '32f' || wave.bitDepth === '64') return { channels, scale: 1 };
  if (wave.bitDepth === '8') return { channels: channels.map((c) => c.map((v) => v - 128)), scale: 128 };
  return { channels, scale: 2 ** (Number(wave.bitDepth) - 1) };
}

/** A 16-bit mono PCM WAV file of `pcm` (±1, clipped). */
function pcm16Wav(pcm: Float32Array, rate: number): Buffer {
  const out = Buffer.alloc(44 + pcm.length * 2);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + pcm.length * 2, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(pcm.length * 2, 40);
  // Little-endian 16-bit, as WAV wants (the platforms Hearth runs on are little-endian; checked, not assumed).
  const samples = new Int16Array(out.buffer, out.byteOffset + 44, pcm.length);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let i = 0; i < pcm.length; i++) samples[i] = Math.max(-32768, Math.min(32767, Math.round(pcm[i]! * 32768)));
  if (!little) for (let i = 0; i < pcm.length; i++) out.writeInt16LE(samples[i]!, 44 + 2 * i);
  return out;
}
