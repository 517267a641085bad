// Which announced devices the user adopted or ignored, kept in one small JSON file in the stack's data folder
// (written whole to a temporary file, then renamed). A damaged file is moved aside, never silently overwritten.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../shared/logger';

const Choices = z.object({ adopted: z.array(z.string().max(128)).max(10_000), ignored: z.array(z.string().max(128)).max(10_000) });

export class ChoiceStore {
  readonly adopted = new Set<string>();
  readonly ignored = new Set<string>();
  #file: string;

  constructor(dataDir: string, log: Logger) {
    this.#file = join(dataDir, 'mqtt-devices.json');
    if (!existsSync(this.#file)) return;
    let parsed: ReturnType<typeof Choices.safeParse> | undefined;
    try {
      parsed = Choices.safeParse(JSON.parse(readFileSync(this.#file, 'utf8')));
    } catch {
      parsed = undefined;
    }
    if (parsed?.success) {
      for (const id of parsed.data.adopted) this.adopted.add(id);
      for (const id of parsed.data.ignored) this.ignored.add(id);
    } else {
      const aside = `${this.#file}.damaged-${Date.now()}`;
      renameSync(this.#file, aside);
      log.error(`The list of adopted MQTT devices could not be read; it was moved aside to ${aside} and the devices must be adopted again.`);
    }
  }

  save(): void {
    mkdirSync(join(this.#file, '..'), { recursive: true });
    const tmp = `${this.#file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ adopted: [...this.adopted], ignored: [...this.ignored] }));
    renameSync(tmp, this.#file);
  }
}
