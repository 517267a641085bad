// A recording as the core's recognizer hears it: 16 kHz mono samples (−1…1) written as a 16-bit PCM WAV (wavefile),
// then base64 for the contract.
import { WaveFile } from 'wavefile';
import { VOICE_SAMPLE_RATE } from '../../shared/contract/voice';

export function encodeWav(samples: Float32Array, rate = VOICE_SAMPLE_RATE): Uint8Array {
  const wav = new WaveFile();
  // Clamp first: a float beyond ±1 (a loud microphone) would wrap around in 16 bits.
  const clamped = Float32Array.from(samples, (v) => (Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0));
  wav.fromScratch(1, rate, '32f', clamped);
  wav.toBitDepth('16');
  return wav.toBuffer();
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) s += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(s);
}
