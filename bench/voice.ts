// Offline voice: from the end of speech (the recording handed to the core) to the plan shown — voice.recognize
// (WAV checked and resampled, pocketsphinx with the home's grammar) then plans.preview of the words heard — over
// 30 recordings of 10 commands said by espeak-ng. Baseline in the same run: the same words typed (plans.preview
// only). Also the recognizer alone, and how many recordings were heard word for word.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCore } from '../src/main/app';
import { demoDevices, lampDevice, ScriptedAdapter } from '../src/main/test/fake-adapter';
import { say } from '../src/main/voice/test/say';
import { summary } from './stats';

const quiet = { info() {}, warn() {}, error() {} };
const ROUNDS = Number(process.env.BENCH_VOICE_ROUNDS ?? 3);
const SENTENCES = [
  'turn on the kitchen light',
  'set the bedroom lamp to forty percent',
  'turn off the floor lamp',
  'set the ceiling light to fifty percent',
  'turn off the kitchen light',
  'turn on the bedroom lamp',
  'set the kitchen light to twenty percent',
  'turn on the ceiling light',
  'set the thermostat to twenty degrees',
  'turn on the garage heater',
];

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-voice-'));
  const core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'bench', log: quiet });
  try {
    const radio = new ScriptedAdapter();
    radio.echo = true;
    await core.startAdapters([radio], { demo: true });
    for (const d of demoDevices()) radio.emit({ type: 'device', device: d });
    radio.emit({ type: 'device', device: lampDevice({ nativeId: 'v-1', suggestedName: 'Kitchen Light', suggestedArea: 'Kitchen' }) });
    radio.emit({ type: 'device', device: lampDevice({ nativeId: 'v-2', suggestedName: 'Bedroom Lamp', suggestedArea: 'Bedroom' }) });
    const ctx = { actor: 'bench' };
    const recordings = SENTENCES.map((text) => ({ text, audio: say(text).toString('base64') }));

    // Warm up: the grammar is built once per home (and again only when a name changes).
    await core.dispatch('voice.recognize', { audio: recordings[0]!.audio }, ctx);

    const voice: number[] = [];
    const recognizeOnly: number[] = [];
    const typed: number[] = [];
    let exact = 0;
    let n = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const r of recordings) {
        const t0 = performance.now();
        const heard = await core.dispatch('voice.recognize', { audio: r.audio }, ctx);
        const t1 = performance.now();
        if (!heard.ok) throw new Error(`voice.recognize failed: ${heard.error.message}`);
        const text = (heard.result as { text: string }).text;
        const shown = await core.dispatch('plans.preview', { text }, ctx);
        const t2 = performance.now();
        if (!shown.ok) throw new Error(`plans.preview failed: ${shown.error.message}`);
        voice.push(t2 - t0);
        recognizeOnly.push(t1 - t0);
        if (text === r.text) exact++;
        n++;
        // Baseline: the same words typed.
        const t3 = performance.now();
        await core.dispatch('plans.preview', { text }, ctx);
        typed.push(performance.now() - t3);
      }
    }
    const v = summary(voice);
    const rec = summary(recognizeOnly);
    const t = summary(typed);
    report('voice_p50_ms', v.p50, 'ms');
    report('voice_p99_ms', v.p99, 'ms');
    report('voice_recognize_p50_ms', rec.p50, 'ms');
    report('voice_recognize_p99_ms', rec.p99, 'ms');
    report('voice_text_only_p50_ms', t.p50, 'ms');
    report('voice_text_only_p99_ms', t.p99, 'ms');
    report('voice_utterances', n, 'count');
    report('voice_heard_exact_pct', Math.round((100 * exact) / n), '%');
  } finally {
    await core.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
