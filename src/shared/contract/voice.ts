// Offline voice: push-to-talk audio goes to the core, which hears it with a grammar made of the home's own names
// (src/main/voice) and answers with the words it heard; the window then previews them exactly as typed text
// (plans.preview), and asks for the reply to be spoken (voice.speak). Nothing leaves the machine.
import { z } from 'zod';
import { NoInput } from './common';
import { defineRequests } from './define';

/** The largest recording voice.recognize takes, in bytes (a 16 kHz mono 16-bit WAV of 15 s is 480 KB): as
 *  base64 it fits one hub WebSocket message (1 MiB) with room to spare. */
export const VOICE_MAX_AUDIO_BYTES = 512 * 1024;
/** The longest recording heard, in seconds. */
export const VOICE_MAX_SECONDS = 15;
/** The sample rate the recognizer hears at; other rates are resampled in the core. */
export const VOICE_SAMPLE_RATE = 16_000;
/** The longest sentence voice.speak says. */
export const VOICE_MAX_SPEAK_CHARS = 400;

const MAX_AUDIO_BASE64 = 4 * Math.ceil(VOICE_MAX_AUDIO_BYTES / 3);
const TOO_LARGE = `a recording can be at most ${VOICE_MAX_AUDIO_BYTES / 1024} KB (about ${VOICE_MAX_SECONDS} seconds of 16 kHz mono speech)`;

/** A WAV file as base64 (16 kHz mono 16-bit is what the recognizer hears; other PCM rates are converted). */
export const VoiceAudio = z
  .string()
  .min(1, { message: 'the recording is empty' })
  .max(MAX_AUDIO_BASE64, { message: TOO_LARGE })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'the recording must be a WAV file as base64' });

export const Recognized = z.object({
  /** The words heard, lower case ("set the bedroom lamp to forty percent"): preview them as typed text. */
  text: z.string(),
  /** How long the recording was, and how long hearing it took (ms). */
  audioMs: z.number().int().min(0),
  recognizeMs: z.number().int().min(0),
});
export type Recognized = z.infer<typeof Recognized>;

export const Spoken = z.object({
  /** A 16 kHz mono 16-bit WAV file as base64. */
  audio: z.string(),
  durationMs: z.number().int().min(0),
});
export type Spoken = z.infer<typeof Spoken>;

export const VoiceStatus = z.object({
  /** The recognizer and the voice are installed. */
  ready: z.boolean(),
  /** What is missing and how to install it; null when ready. */
  problem: z.string().nullable(),
  /** Names of the home (devices, rooms, floors, scenes) the recognizer listens for. */
  names: z.number().int().min(0),
  /** Names it cannot listen for: a word it has no pronunciation for ("Sonos"). Renaming helps. */
  unheard: z.array(z.string()),
});
export type VoiceStatus = z.infer<typeof VoiceStatus>;

export const voiceRequests = defineRequests({
  /** Hears one push-to-talk recording; refuses a broken WAV, one too long or too large, or silence, in words. */
  'voice.recognize': { input: z.object({ audio: VoiceAudio }).strict(), output: Recognized, personal: 'read' },
  /** Says a sentence (a plan's summary, a question) with the offline voice. */
  'voice.speak': {
    input: z.object({ text: z.string().trim().min(1).max(VOICE_MAX_SPEAK_CHARS) }).strict(),
    output: Spoken,
    personal: 'none',
  },
  'voice.status': { input: NoInput, output: VoiceStatus, personal: 'read' },
});
