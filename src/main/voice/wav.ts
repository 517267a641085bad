// A push-to-talk recording as it arrives: a WAV file, checked and brought to what the recognizer hears (16 kHz,
// mono, 16-bit PCM). Other PCM rates (8–48 kHz), stereo and 8/24/32-bit or float samples are converted (wavefile);
// anything else is refused in words, never thrown as a crash.
import wavefile from 'wavefile';
import { VOICE_MAX_SECONDS, VOICE_SAMPLE_RATE } from '../../shared/contract/voice';
import { HearthError } from '../../shared/errors';

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
  let channels: Float64Array[];
  try {
    const s = wave.getSamples(false, Float64Array) as unknown as Float64Array | Float64Array[];
    channels = fmt.numChannels === 1 ? [s as Float64Array] : (s as Float64Array[]);
  } catch {
    throw refuse('That WAV file is damaged: its samples cannot be read.');
  }
  const frames = channels[0]?.length ?? 0;
  const seconds = frames / fmt.sampleRate;
  if (frames === 0) throw refuse('That recording is empty: it holds no sound.');
  if (seconds > VOICE_MAX_SECONDS) throw refuse(`That recording is ${seconds.toFixed(1)} s long; Hearth hears at most ${VOICE_MAX_SECONDS} s at a time.`, 'Say one command at a time.');
  if (seconds < MIN_SECONDS) throw refuse('That recording is too short to hold a command.');

  const mono = channels.length === 1 ? channels[0]! : channels[0]!.map((v, i) => (v + channels[1]![i]!) / 2);
  const out = new WaveFile();
  try {
    out.fromScratch(1, fmt.sampleRate, wave.bitDepth, mono);
    if (wave.bitDepth !== '16') out.toBitDepth('16');
    if (fmt.sampleRate !== VOICE_SAMPLE_RATE) out.toSampleRate(VOICE_SAMPLE_RATE);
  } catch {
    throw refuse(`That recording's samples (${wave.bitDepth}-bit) cannot be converted.`, 'Send 16-bit PCM (16 kHz mono is best).');
  }
  return { wav: Buffer.from(out.toBuffer()), durationMs: Math.round(seconds * 1000) };
}
