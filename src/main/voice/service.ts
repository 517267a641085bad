// Offline voice in the core: hears a push-to-talk recording with a grammar made of the home's names (rebuilt
// when a device, room, floor or scene name changes) and says replies. What is heard is only returned: the window
// previews it exactly as typed text (plans.preview), so a spoken command gets the same questions when unsure.
import type { Recognized, Spoken, VoiceStatus } from '../../shared/contract/voice';
import { HearthError } from '../../shared/errors';
import { buildGrammar, type HomeNames, type VoiceGrammar } from './grammar';
import { PocketsphinxRecognizer, type Recognizer } from './recognizer';
import { speak } from './speech';
import { findVoiceTools, missingToolsError, type VoiceTools } from './tools';
import { toRecognizerWav } from './wav';

export interface VoiceDeps {
  /** The running home's names, read on each recording (cheap); the grammar is rebuilt when they change. */
  names: () => HomeNames;
  now?: () => number;
  /** Where to look for the programs (tests point it at an empty PATH to see the install message). */
  env?: { PATH?: string; modelRoot?: string };
  /** Another recognizer behind the same interface (default: pocketsphinx). */
  recognizer?: (tools: VoiceTools) => Recognizer;
}

const keyOf = (n: HomeNames) => JSON.stringify([n.devices, n.areas, n.floors, n.scenes].map((l) => [...l].sort()));

export class VoiceService {
  readonly #deps: VoiceDeps;
  readonly #now: () => number;
  #tools: VoiceTools | null | undefined;
  #missing: string[] = [];
  #recognizer: Recognizer | null = null;
  #grammar: { key: string; grammar: Promise<VoiceGrammar> } | null = null;

  constructor(deps: VoiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => performance.now());
  }

  #found(): VoiceTools {
    if (this.#tools === undefined) {
      const { tools, missing } = findVoiceTools(this.#deps.env);
      this.#tools = tools;
      this.#missing = missing;
    }
    if (!this.#tools) throw missingToolsError(this.#missing);
    return this.#tools;
  }

  /** The grammar for the home's names now: the one built before when no name changed. */
  grammar(): Promise<VoiceGrammar> {
    const tools = this.#found();
    const names = this.#deps.names();
    const key = keyOf(names);
    if (this.#grammar?.key !== key) {
      const grammar = buildGrammar(names, tools.dictionary);
      this.#grammar = { key, grammar };
      grammar.catch(() => {
        if (this.#grammar?.grammar === grammar) this.#grammar = null;
      });
    }
    return this.#grammar.grammar;
  }

  async recognize(audio: Uint8Array): Promise<Recognized> {
    const tools = this.#found();
    const { wav, durationMs } = toRecognizerWav(audio);
    const grammar = await this.grammar();
    this.#recognizer ??= (this.#deps.recognizer ?? ((t) => new PocketsphinxRecognizer(t)))(tools);
    const started = this.#now();
    const text = await this.#recognizer.recognize(wav, grammar);
    const recognizeMs = Math.max(0, Math.round(this.#now() - started));
    if (!text) {
      throw new HearthError('BAD_REQUEST', 'Hearth heard no command in that recording.', 'Hold the microphone button, say the command clearly (“turn on the kitchen light”), then let go.');
    }
    return { text, audioMs: durationMs, recognizeMs };
  }

  async speak(text: string): Promise<Spoken> {
    const tools = this.#found();
    const { wav, durationMs } = await speak(tools.speaker, text);
    return { audio: wav.toString('base64'), durationMs };
  }

  async status(): Promise<VoiceStatus> {
    try {
      const g = await this.grammar();
      return { ready: true, problem: null, names: g.names, unheard: g.unheard };
    } catch (err) {
      const problem = err instanceof HearthError ? `${err.message} ${err.next ?? ''}`.trim() : 'The offline voice could not start.';
      return { ready: false, problem, names: 0, unheard: [] };
    }
  }

  close(): void {
    this.#recognizer?.close();
    this.#recognizer = null;
  }
}
