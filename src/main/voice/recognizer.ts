// The recognizer behind an interface: one recording (16 kHz mono 16-bit WAV) and a grammar in, the words heard
// out. PocketsphinxRecognizer runs Debian's pocketsphinx_continuous as a child process per recording, with the
// grammar and its small dictionary written once per grammar to a private temp folder.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HearthError } from '../../shared/errors';
import type { VoiceGrammar } from './grammar';
import type { VoiceTools } from './tools';

export interface Recognizer {
  /** The words heard in `wav` (lower case, space-separated; empty when nothing in the grammar was heard). */
  recognize(wav: Buffer, grammar: VoiceGrammar): Promise<string>;
  /** Removes what it keeps on disk. */
  close(): void;
}

/** A recording longer than 15 s takes well under a second; this only stops a stuck child. */
const TIMEOUT_MS = 10_000;

export class PocketsphinxRecognizer implements Recognizer {
  readonly #tools: VoiceTools;
  readonly #dir: string;
  /** The grammars written, newest last: the one before stays while a recording started with it may still read it. */
  #written: { grammar: VoiceGrammar; gram: string; dict: string }[] = [];

  constructor(tools: VoiceTools) {
    this.#tools = tools;
    this.#dir = mkdtempSync(join(tmpdir(), 'hearth-voice-'));
  }

  #files(grammar: VoiceGrammar): { gram: string; dict: string } {
    const known = this.#written.find((w) => w.grammar === grammar);
    if (known) return known;
    const tag = randomBytes(4).toString('hex');
    const files = { grammar, gram: join(this.#dir, `home-${tag}.gram`), dict: join(this.#dir, `home-${tag}.dict`) };
    writeFileSync(files.gram, grammar.jsgf, { mode: 0o600 });
    writeFileSync(files.dict, grammar.dict, { mode: 0o600 });
    this.#written.push(files);
    for (const old of this.#written.splice(0, Math.max(0, this.#written.length - 2))) {
      rmSync(old.gram, { force: true });
      rmSync(old.dict, { force: true });
    }
    return files;
  }

  async recognize(wav: Buffer, grammar: VoiceGrammar): Promise<string> {
    const { gram, dict } = this.#files(grammar);
    const input = join(this.#dir, `rec-${randomBytes(6).toString('hex')}.wav`);
    writeFileSync(input, wav, { mode: 0o600 });
    try {
      const args = ['-infile', input, '-hmm', this.#tools.model, '-dict', dict, '-jsgf', gram, '-logfn', '/dev/null'];
      const stdout = await new Promise<string>((resolve, reject) => {
        execFile(this.#tools.recognizer, args, { timeout: TIMEOUT_MS, maxBuffer: 1 << 20, encoding: 'utf8' }, (err, out) => (err ? reject(err) : resolve(out)));
      });
      return stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
    } catch (err) {
      const killed = (err as { killed?: boolean }).killed;
      throw new HearthError('INTERNAL', killed ? 'The recognizer took too long and was stopped.' : 'The recognizer could not hear that recording.', 'Try again. If it keeps happening, reinstall pocketsphinx.', { cause: String((err as Error).message).slice(0, 200) });
    } finally {
      rmSync(input, { force: true });
    }
  }

  close(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
