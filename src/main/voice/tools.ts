// Where the offline voice's programs and model are (Debian's pocketsphinx, pocketsphinx-en-us, espeak-ng), and
// the plain-words error when they are not installed.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { HearthError } from '../../shared/errors';

export interface VoiceTools {
  recognizer: string;
  /** The acoustic model folder (en-us). */
  model: string;
  /** The full pronunciation dictionary the grammar's words are looked up in. */
  dictionary: string;
  speaker: string;
}

const MODEL_ROOT = '/usr/share/pocketsphinx/model/en-us';
export const INSTALL_HINT = 'Install the offline voice: sudo apt-get install pocketsphinx pocketsphinx-en-us espeak-ng (Debian/Ubuntu), then try again.';

function onPath(program: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, program);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** Finds the programs and the model; `missing` says which are not there, in words. */
export function findVoiceTools(env: { PATH?: string; modelRoot?: string } = {}): { tools: VoiceTools | null; missing: string[] } {
  const root = env.modelRoot ?? MODEL_ROOT;
  const recognizer = onPath('pocketsphinx_continuous', env.PATH);
  const speaker = onPath('espeak-ng', env.PATH);
  const model = join(root, 'en-us');
  const dictionary = join(root, 'cmudict-en-us.dict');
  const missing: string[] = [];
  if (!recognizer) missing.push('the recognizer (pocketsphinx_continuous, Debian package pocketsphinx)');
  if (!existsSync(join(model, 'mdef')) || !existsSync(dictionary)) missing.push('its English model (Debian package pocketsphinx-en-us)');
  if (!speaker) missing.push('the voice (espeak-ng, Debian package espeak-ng)');
  if (missing.length) return { tools: null, missing };
  return { tools: { recognizer: recognizer!, model, dictionary, speaker: speaker! }, missing };
}

export function missingToolsError(missing: readonly string[]): HearthError {
  return new HearthError('UNSUPPORTED', `Offline voice is not installed on this computer: ${missing.join('; ')} is missing.`, INSTALL_HINT);
}
