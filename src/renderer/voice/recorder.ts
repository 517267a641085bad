// Push-to-talk recording in the window: the microphone (getUserMedia) through a MediaRecorder; when it stops, the
// browser decodes what it recorded and an OfflineAudioContext brings it to 16 kHz mono, written as a WAV file.
// Nothing is kept: the tracks are stopped as soon as the recording ends.
import { VOICE_MAX_SECONDS, VOICE_SAMPLE_RATE } from '../../shared/contract/voice';

/** A failure in words a person can act on. */
export class MicrophoneError extends Error {}

export interface Recording {
  /** Stops and returns the recording as a base64 16 kHz mono WAV. */
  stop(): Promise<string>;
  /** Stops and throws the recording away. */
  cancel(): void;
}

function microphoneError(err: unknown): MicrophoneError {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return new MicrophoneError('Hearth may not use the microphone: access was refused. Allow the microphone for Hearth (the site settings, or the system’s privacy settings) and try again.');
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return new MicrophoneError('No microphone was found. Plug one in, or type the command instead.');
  if (name === 'NotReadableError') return new MicrophoneError('The microphone is in use by another program, or could not be started.');
  return new MicrophoneError('The microphone could not be started. Type the command instead.');
}

/** Whether this browser can record at all (a page over plain http, or an old browser, cannot). */
export function microphoneProblem(): string | null {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    return 'This browser gives Hearth no microphone (it needs a secure page: the Hearth app, or the hub over https or localhost). Type the command instead.';
  }
  if (typeof MediaRecorder === 'undefined' || typeof OfflineAudioContext === 'undefined') return 'This browser cannot record audio for Hearth. Type the command instead.';
  return null;
}

/** Decodes what MediaRecorder made and resamples it to 16 kHz mono. */
async function toWav16k(blob: Blob): Promise<string> {
  const bytes = await blob.arrayBuffer();
  if (bytes.byteLength === 0) throw new MicrophoneError('Nothing was recorded. Hold the button while you speak.');
  const ctx = new AudioContext();
  let decoded: AudioBuffer;
  try {
    decoded = await ctx.decodeAudioData(bytes);
  } catch {
    throw new MicrophoneError('The recording could not be read. Try again.');
  } finally {
    void ctx.close();
  }
  const seconds = Math.min(decoded.duration, VOICE_MAX_SECONDS);
  const frames = Math.max(1, Math.ceil(seconds * VOICE_SAMPLE_RATE));
  const offline = new OfflineAudioContext(1, frames, VOICE_SAMPLE_RATE);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination); // several channels are mixed down to the one
  source.start();
  const rendered = await offline.startRendering();
  // The WAV writer (wavefile) is loaded on the first recording, not with the window.
  const { encodeWav, toBase64 } = await import('./wav');
  return toBase64(encodeWav(rendered.getChannelData(0)));
}

/** Starts recording; stops by itself after the longest recording the core hears (`onLimit` is then called). */
export async function startRecording(onLimit?: () => void): Promise<Recording> {
  const problem = microphoneProblem();
  if (problem) throw new MicrophoneError(problem);
  let stream: MediaStream;
  try {
    // No automatic gain or noise suppression: they clip and smear speech the recognizer then mishears (it removes
    // noise itself). Echo cancellation stays, so Hearth's own spoken reply is not heard back.
    stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, autoGainControl: false, noiseSuppression: false }, video: false });
  } catch (err) {
    throw microphoneError(err);
  }
  const chunks: Blob[] = [];
  const recorder = new MediaRecorder(stream);
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const release = () => stream.getTracks().forEach((t) => t.stop());
  const stopped = new Promise<Blob>((resolve) => {
    recorder.onstop = () => {
      release();
      resolve(new Blob(chunks, { type: recorder.mimeType }));
    };
  });
  const limit = setTimeout(() => {
    if (recorder.state === 'recording') {
      recorder.stop();
      onLimit?.();
    }
  }, (VOICE_MAX_SECONDS - 0.5) * 1000);
  recorder.start();
  return {
    async stop() {
      clearTimeout(limit);
      if (recorder.state === 'recording') recorder.stop();
      return toWav16k(await stopped);
    },
    cancel() {
      clearTimeout(limit);
      if (recorder.state === 'recording') recorder.stop();
      release();
    },
  };
}

let player: AudioContext | null = null;

/** Plays a WAV file (base64) through Web Audio; resolves when it has been said. */
export async function playWav(base64: string): Promise<void> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  player ??= new AudioContext();
  if (player.state === 'suspended') await player.resume();
  const buffer = await player.decodeAudioData(bytes.buffer);
  const source = player.createBufferSource();
  source.buffer = buffer;
  source.connect(player.destination);
  await new Promise<void>((resolve) => {
    source.onended = () => resolve();
    source.start();
  });
}
