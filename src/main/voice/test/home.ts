// Test helper: the demo home (a real core, scripted radio, fake clock) plus the lights the voice tests speak to —
// a dimmable Kitchen Light and Bedroom Lamp — and WAV recordings of sentences made by espeak-ng at test time.
import { spawnSync } from 'node:child_process';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { lampDevice } from '../../test/fake-adapter';

export async function voiceHome(dir: string): Promise<Fixture> {
  const f = await demoCore(dir);
  f.radio.emit({ type: 'device', device: lampDevice({ nativeId: 'v-1', suggestedName: 'Kitchen Light', suggestedArea: 'Kitchen' }) });
  f.radio.emit({ type: 'device', device: lampDevice({ nativeId: 'v-2', suggestedName: 'Bedroom Lamp', suggestedArea: 'Bedroom' }) });
  return f;
}

/** `text` said by espeak-ng as a WAV file (its own 22.05 kHz mono 16-bit: the core resamples it). `speed` in words a minute;
 *  the default voice (en-us+f2 at 140) is the one pocketsphinx's US model hears best of espeak-ng's. */
export function say(text: string, o: { voice?: string; speed?: number } = {}): Buffer {
  const r = spawnSync('espeak-ng', ['--stdout', '-v', o.voice ?? 'en-us+f2', '-s', String(o.speed ?? 140)], { input: text, maxBuffer: 16 << 20 });
  if (r.status !== 0 || !r.stdout?.length) throw new Error(`espeak-ng could not say “${text}”: is it installed? (apt-get install espeak-ng)`);
  return r.stdout;
}
