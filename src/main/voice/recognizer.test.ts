// pocketsphinx is started ahead for the next recording (model and grammar loaded while nobody waits), so a recording
// is only decoded while the person waits; that process is the one that hears the next recording, and closing the
// voice stops it. Real pocketsphinx, through a wrapper that notes each start.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp';
import { buildGrammar } from './grammar';
import { PocketsphinxRecognizer } from './recognizer';
import { say } from './test/say';
import { findVoiceTools } from './tools';
import { toRecognizerWav } from './wav';

const dir = tempDir('hearth-recognizer-');
let recognizer: PocketsphinxRecognizer | undefined;
afterEach(() => recognizer?.close());

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); ) {
    if (Date.now() > end) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('pocketsphinx started ahead', () => {
  it('the next recording is heard by a process started before it came; closing stops that process', async () => {
    const { tools } = findVoiceTools();
    expect(tools, 'the offline voice is installed (pocketsphinx, pocketsphinx-en-us, espeak-ng)').not.toBeNull();
    const log = join(dir, 'starts.log');
    writeFileSync(log, '');
    const wrapper = join(dir, 'pocketsphinx');
    writeFileSync(wrapper, `#!/bin/sh\necho $$ >> '${log}'\nexec '${tools!.recognizer}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    const starts = () => readFileSync(log, 'utf8').split('\n').filter(Boolean).map(Number);
    const names = { devices: ['Kitchen Light', 'Bedroom Lamp'], areas: ['Kitchen', 'Bedroom'], floors: [], scenes: [] };
    const grammar = await buildGrammar(names, tools!.dictionary);
    recognizer = new PocketsphinxRecognizer({ ...tools!, recognizer: wrapper });

    expect(await recognizer.recognize(toRecognizerWav(say('turn on the kitchen light')).wav, grammar)).toBe('turn on the kitchen light');
    // The next one is started once this one is heard, and waits.
    await until(() => starts().length === 2);
    const spare = starts()[1]!;
    expect(alive(spare)).toBe(true);
    expect(await recognizer.recognize(toRecognizerWav(say('set the bedroom lamp to forty percent')).wav, grammar)).toBe('set the bedroom lamp to forty percent');
    // Heard by the one started ahead: no process was started while this recording waited, and that one has ended.
    expect(starts()).toHaveLength(2);
    expect(alive(spare)).toBe(false);
    await until(() => starts().length === 3);
    const next = starts()[2]!;
    recognizer.close();
    recognizer = undefined;
    await until(() => !alive(next));
  });
});
