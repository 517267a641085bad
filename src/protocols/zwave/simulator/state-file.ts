// Persists the simulated devices' state to a JSON file (debounced), so the demo home remembers it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultState, type SimNodeSpec, type SimNodeState } from './spec';

export class StateFile {
  readonly #path: string | undefined;
  readonly #states = new Map<number, SimNodeState>();
  #timer: NodeJS.Timeout | null = null;

  constructor(path: string | undefined, specs: SimNodeSpec[]) {
    this.#path = path;
    let saved: Record<string, Partial<SimNodeState>> = {};
    if (path) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
        if (parsed && typeof parsed === 'object') saved = parsed as Record<string, Partial<SimNodeState>>;
      } catch {
        // Missing or unreadable: the devices start from their factory state.
      }
    }
    for (const spec of specs) {
      const base = defaultState(spec.kind);
      const s = saved[String(spec.id)];
      const merged: SimNodeState = { ...base };
      if (s && typeof s === 'object') {
        for (const k of Object.keys(base) as (keyof SimNodeState)[]) {
          if (typeof s[k] === typeof base[k]) (merged as unknown as Record<string, unknown>)[k] = s[k];
        }
      }
      this.#states.set(spec.id, merged);
    }
  }

  get(id: number): SimNodeState {
    const s = this.#states.get(id);
    if (!s) throw new Error(`no simulated node ${id}`);
    return s;
  }

  save(): void {
    if (!this.#path || this.#timer) return;
    this.#timer = setTimeout(() => this.flush(), 300);
    this.#timer.unref();
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#path) return;
    mkdirSync(dirname(this.#path), { recursive: true });
    const tmp = `${this.#path}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.#states), null, 1));
    renameSync(tmp, this.#path);
  }
}
