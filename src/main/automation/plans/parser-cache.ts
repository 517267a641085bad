// One parser per home, rebuilt when devices, names or rooms change; between rebuilds the entities' state
// is refreshed in place (state only matters for answers and relative changes), so a state event costs nothing.
import type { Area, Device } from '../../../shared/model';
import type { NlEntity } from '../../nl/home';
import { homeFromHearth } from '../../nl/home-hearth';
import { createParser, type NlParser } from '../../nl/parser';

/** One parser and what it was built from: the whole home, or the rooms a guest was given. */
interface Entry {
  parser: NlParser;
  byId: Map<string, NlEntity>;
  stale: Set<string>;
  unit: 'C' | 'F';
}

export class ParserCache {
  /** '' is the whole home; a guest's rooms (sorted ids, joined) have their own parser, which knows no other device. */
  readonly #entries = new Map<string, Entry>();
  readonly #devices: () => Device[];
  readonly #areas: () => Area[];
  readonly #device: (id: string) => Device | undefined;
  /** The home's temperature unit (its preference): what "72" and "up 2 degrees" are in. */
  readonly #unit: () => 'C' | 'F';

  constructor(deps: { devices: () => Device[]; areas: () => Area[]; device: (id: string) => Device | undefined; unit?: () => 'C' | 'F' }) {
    this.#devices = deps.devices;
    this.#areas = deps.areas;
    this.#device = deps.device;
    this.#unit = deps.unit ?? (() => 'C');
  }

  /** Devices, names or rooms changed: rebuild on next use. */
  invalidate(): void {
    this.#entries.clear();
  }

  stateChanged(deviceId: string): void {
    for (const e of this.#entries.values()) e.stale.add(deviceId);
  }

  /**
   * The parser for the whole home, or for only the given rooms (a guest's): a device outside them is unknown to it,
   * so neither an action, a question's options, an answer nor a "did you mean" names one.
   */
  get(rooms?: readonly string[]): NlParser {
    const unit = this.#unit();
    const key = rooms ? [...rooms].sort().join('\u0000') || '\u0001none' : '';
    let entry = this.#entries.get(key);
    if (!entry || entry.unit !== unit) {
      const only = rooms ? new Set(rooms) : null;
      const areas = only ? this.#areas().filter((a) => only.has(a.id)) : this.#areas();
      const devices = only ? this.#devices().filter((d) => d.areaId !== null && d.areaId !== undefined && only.has(d.areaId)) : this.#devices();
      const home = homeFromHearth(devices, areas, { temperatureUnit: unit });
      entry = { parser: createParser(home), byId: new Map(home.entities.map((e) => [e.id, e])), stale: new Set(), unit };
      this.#entries.set(key, entry);
      return entry.parser;
    }
    if (entry.stale.size > 0) {
      const areas = this.#areas();
      for (const id of entry.stale) {
        const d = this.#device(id);
        if (!d) continue;
        for (const fresh of homeFromHearth([d], areas).entities) {
          const e = entry.byId.get(fresh.id) as { state: string | null; attributes: Readonly<Record<string, unknown>> } | undefined;
          if (e) {
            e.state = fresh.state;
            e.attributes = fresh.attributes;
          }
        }
      }
      entry.stale.clear();
    }
    return entry.parser;
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
