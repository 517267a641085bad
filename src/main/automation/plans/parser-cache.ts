// One parser per home, rebuilt when devices, names or rooms change; between rebuilds the entities' state
// is refreshed in place (state only matters for answers and relative changes), so a state event costs nothing.
import type { Area, Device } from '../../../shared/model';
import type { NlEntity } from '../../nl/home';
import { homeFromHearth } from '../../nl/home-hearth';
import { createParser, type NlParser } from '../../nl/parser';

export class ParserCache {
  #parser: NlParser | null = null;
  #byId = new Map<string, NlEntity>();
  readonly #stale = new Set<string>();
  readonly #devices: () => Device[];
  readonly #areas: () => Area[];
  readonly #device: (id: string) => Device | undefined;
  /** The home's temperature unit (its preference): what "72" and "up 2 degrees" are in. */
  readonly #unit: () => 'C' | 'F';
  #builtFor: 'C' | 'F' = 'C';

  constructor(deps: { devices: () => Device[]; areas: () => Area[]; device: (id: string) => Device | undefined; unit?: () => 'C' | 'F' }) {
    this.#devices = deps.devices;
    this.#areas = deps.areas;
    this.#device = deps.device;
    this.#unit = deps.unit ?? (() => 'C');
  }

  /** Devices, names or rooms changed: rebuild on next use. */
  invalidate(): void {
    this.#parser = null;
  }

  stateChanged(deviceId: string): void {
    if (this.#parser) this.#stale.add(deviceId);
  }

  get(): NlParser {
    const unit = this.#unit();
    if (!this.#parser || unit !== this.#builtFor) {
      this.#builtFor = unit;
      const home = homeFromHearth(this.#devices(), this.#areas(), { temperatureUnit: unit });
      this.#byId = new Map(home.entities.map((e) => [e.id, e]));
      this.#stale.clear();
      this.#parser = createParser(home);
      return this.#parser;
    }
    if (this.#stale.size > 0) {
      const areas = this.#areas();
      for (const id of this.#stale) {
        const d = this.#device(id);
        if (!d) continue;
        for (const fresh of homeFromHearth([d], areas).entities) {
          const e = this.#byId.get(fresh.id) as { state: string | null; attributes: Readonly<Record<string, unknown>> } | undefined;
          if (e) {
            e.state = fresh.state;
            e.attributes = fresh.attributes;
          }
        }
      }
      this.#stale.clear();
    }
    return this.#parser;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Puts the answer to "Which lamp: …?" into the sentence: "turn on the lamp" + "Bedroom Lamp" → "turn on the Bedroom Lamp". */
export function applyClarify(text: string, subject: string, choice: string): string {
  const word = new RegExp(`\\b${escape(subject)}s?\\b`, 'i');
  const place = /^the one in the (.+)$/i.exec(choice);
  if (place) return word.test(text) ? text.replace(word, (w) => `${w} in the ${place[1]}`) : `${text} in the ${place[1]}`;
  // "5 in the afternoon" for the "5" of "at 5": the clock time, not a value that shares the number ("to 5% at 5").
  const time = new RegExp(`\\b(at|by|until|till|from)\\s+${escape(subject)}\\b(?![%°])`, 'i');
  if (choice.toLowerCase().startsWith(`${subject.toLowerCase()} `) && time.test(text)) return text.replace(time, (w) => w.replace(new RegExp(`${escape(subject)}$`, 'i'), choice));
  if (word.test(text)) return text.replace(word, choice);
  const pronoun = /\b(it|them|that|this|those)\b/i;
  if (pronoun.test(text)) return text.replace(pronoun, `the ${choice}`);
  return `${text} ${choice}`;
}
