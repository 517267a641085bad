// Recordings for tests and the bench: a sentence said by espeak-ng as a WAV file (no test runner needed).
import { spawnSync } from 'node:child_process';

/** `text` said by espeak-ng as a WAV file (its own 22.05 kHz mono 16-bit: the core resamples it). `speed` in words a
 *  minute; the default voice (en-us+f2 at 140) is the one pocketsphinx's US model hears best of espeak-ng's. */
export function say(text: string, o: { voice?: string; speed?: number } = {}): Buffer {
  const r = spawnSync('espeak-ng', ['--stdout', '-v', o.voice ?? 'en-us+f2', '-s', String(o.speed ?? 140)], { input: text, maxBuffer: 16 << 20 });
  if (r.status !== 0 || !r.stdout?.length) throw new Error(`espeak-ng could not say “${text}”: is it installed? (apt-get install espeak-ng)`);
  return r.stdout;
}
