// The recognizer behind an interface: one recording (16 kHz mono 16-bit WAV) and a grammar in, the words heard
// out. PocketsphinxRecognizer runs Debian's pocketsphinx_continuous as a child process per recording, with the
// grammar and its small dictionary written once per grammar to a private temp folder. Each process is started ahead,
// after the recording before (it loads the model and grammar, then waits on its stdin), so a recording is only
// decoded while the person waits; the recording goes in through a FIFO and the process exits with what it heard.
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
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
/** A process waiting for the next recording is stopped after this long unused (it holds its model in memory). */
const SPARE_IDLE_MS = 5 * 60_000;
/** The samples of a PCM WAV file: its data chunk (after the 44-byte header wav.ts writes, or wherever it is). */
function samplesOf(wav: Buffer): Buffer {
  for (let at = 12; at + 8 <= wav.length; ) {
    const size = wav.readUInt32LE(at + 4);
    if (wav.toString('ascii', at, at + 4) === 'data') return wav.subarray(at + 8, Math.min(wav.length, at + 8 + size));
    at += 8 + size + (size & 1);
  }
  throw new Error('the recording has no data chunk');
}

/** A pocketsphinx process started for a grammar, its model loaded, waiting for a recording on stdin. */
interface Ready {
  grammar: VoiceGrammar;
  child: ChildProcessByStdio<null, Readable, null>;
  fifo: string;
  /** What it printed, once it has heard the recording and exited. */
  done: Promise<string>;
}

export class PocketsphinxRecognizer implements Recognizer {
  readonly #tools: VoiceTools;
  readonly #dir: string;
  /** The grammars written, newest last: the one before stays while a recording started with it may still read it. */
  #written: { grammar: VoiceGrammar; gram: string; dict: string }[] = [];
  /** Started after the last recording, for the next one: loading the model is then not part of the wait. */
  #spare: Ready | null = null;
  #idle: NodeJS.Timeout | null = null;
  #closed = false;

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

  /** Starts pocketsphinx for `grammar`: it loads its model and grammar, then waits for the recording on a FIFO of its
   *  own (pocketsphinx opens -infile by name, and Node's stdin for a child is a socket, which it cannot open). */
  #start(grammar: VoiceGrammar): Ready {
    const { gram, dict } = this.#files(grammar);
    const fifo = join(this.#dir, `rec-${randomBytes(6).toString('hex')}.raw`);
    const made = spawnSync('mkfifo', ['-m', '600', fifo]);
    if (made.status !== 0) throw new Error(`mkfifo failed (${made.error?.message ?? made.status})`);
    // Raw 16 kHz 16-bit PCM (pocketsphinx reads a file named *.wav as WAV, anything else as raw samples).
    const args = ['-infile', fifo, '-hmm', this.#tools.model, '-dict', dict, '-jsgf', gram, '-logfn', '/dev/null'];
    const child = spawn(this.#tools.recognizer, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (out.length < 1 << 20) out += chunk;
    });
    const done = new Promise<string>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => {
        rmSync(fifo, { force: true });
        if (code === 0) resolve(out);
        else reject(new Error(signal ? `stopped by ${signal}` : `exited with ${code}`));
      });
    });
    done.catch(() => {}); // a spare that is never used may end unobserved (closed, killed)
    return { grammar, child, fifo, done };
  }

  /** Writes the samples into the process's FIFO. Opening it waits for pocketsphinx to open its end; if the process
   *  ends first, opening the other end here lets that wait finish (then the write fails and `done` says why). */
  async #feed(ready: Ready, samples: Buffer): Promise<void> {
    let opened = false;
    void ready.done
      .catch(() => {})
      .then(async () => {
        if (opened) return;
        const release = await open(ready.fifo, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => null);
        await release?.close();
      });
    const fh = await open(ready.fifo, 'w');
    opened = true;
    try {
      await fh.write(samples);
    } finally {
      await fh.close();
    }
  }

  /** The process started for `grammar` before this recording came, or a new one. */
  #take(grammar: VoiceGrammar): Ready {
    const spare = this.#spare;
    this.#spare = null;
    if (this.#idle) clearTimeout(this.#idle);
    if (spare && spare.grammar === grammar && spare.child.exitCode === null && spare.child.signalCode === null) return spare;
    spare?.child.kill();
    return this.#start(grammar);
  }

  /** Starts the next recording's process now that this one is heard, and stops it after a while unused. */
  #prepare(grammar: VoiceGrammar): void {
    if (this.#closed || this.#spare) return;
    try {
      this.#spare = this.#start(grammar);
    } catch {
      return; // the next recording starts its own, and says what failed
    }
    this.#idle = setTimeout(() => {
      this.#spare?.child.kill();
      this.#spare = null;
    }, SPARE_IDLE_MS);
    this.#idle.unref();
  }

  async recognize(wav: Buffer, grammar: VoiceGrammar): Promise<string> {
    let ready: Ready | null = null;
    const timer = setTimeout(() => ready?.child.kill('SIGKILL'), TIMEOUT_MS);
    try {
      ready = this.#take(grammar);
      await this.#feed(ready, samplesOf(wav)).catch(() => {}); // a process that ended is reported by `done`
      const stdout = await ready.done;
      return stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
    } catch (err) {
      const killed = ready?.child.signalCode === 'SIGKILL';
      throw new HearthError('INTERNAL', killed ? 'The recognizer took too long and was stopped.' : 'The recognizer could not hear that recording.', 'Try again. If it keeps happening, reinstall pocketsphinx.', { cause: String((err as Error).message).slice(0, 200) });
    } finally {
      clearTimeout(timer);
      setImmediate(() => this.#prepare(grammar));
    }
  }

  close(): void {
    this.#closed = true;
    if (this.#idle) clearTimeout(this.#idle);
    this.#spare?.child.kill();
    this.#spare = null;
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
