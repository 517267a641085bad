// Persists the simulated world (debounced): each device's own state, and the stick's network table (which
// node id belongs to which device, which security classes it was granted), so the demo home remembers both.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultState, type SimNodeKind, type SimNodeState, type SimSecurityClass } from './spec';

export interface NetworkTable {
  homeId: number;
  lastNodeId: number;
  /** node id -> device key */
  nodes: Record<string, string>;
  /** device key -> security classes granted at inclusion */
  granted: Record<string, SimSecurityClass[]>;
  /** device key -> the node id the device itself believes it has (until it is excluded) */
  members: Record<string, number>;
}

interface Saved {
  version: 2;
  devices: Record<string, Partial<SimNodeState>>;
  network?: NetworkTable;
}

const SECURITY = new Set<string>(['S2_AccessControl', 'S2_Authenticated', 'S2_Unauthenticated', 'S0_Legacy']);

export class StateFile {
  readonly #path: string | undefined;
  readonly #states = new Map<string, SimNodeState>();
  readonly network: NetworkTable;
  #timer: NodeJS.Timeout | null = null;

  constructor(path: string | undefined, devices: Array<{ key: string; kind: SimNodeKind }>, initial: NetworkTable) {
    this.#path = path;
    const saved = path ? read(path) : undefined;
    for (const d of devices) {
      const base = defaultState(d.kind);
      const s = saved?.devices[d.key];
      const merged: SimNodeState = { ...base };
      if (s && typeof s === 'object') {
        for (const k of Object.keys(base) as (keyof SimNodeState)[]) {
          if (typeof s[k] === typeof base[k]) (merged as unknown as Record<string, unknown>)[k] = s[k];
        }
      }
      this.#states.set(d.key, merged);
    }
    this.network = saved?.network ? validNetwork(saved.network, initial, new Set(devices.map((d) => d.key))) : initial;
  }

  get(key: string): SimNodeState {
    const s = this.#states.get(key);
    if (!s) throw new Error(`no simulated device ${key}`);
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
    const data: Saved = { version: 2, devices: Object.fromEntries(this.#states), network: this.network };
    writeFileSync(tmp, JSON.stringify(data, null, 1));
    renameSync(tmp, this.#path);
  }
}

function read(path: string): Saved | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!parsed || typeof parsed !== 'object') return undefined;
    const o = parsed as Record<string, unknown>;
    if (o.version === 2 && o.devices && typeof o.devices === 'object') return o as unknown as Saved;
    // The first format: device states by node id, no network table.
    return { version: 2, devices: o as Record<string, Partial<SimNodeState>> };
  } catch {
    // Missing or unreadable: the devices start from their factory state.
    return undefined;
  }
}

function validNetwork(n: NetworkTable, initial: NetworkTable, keys: Set<string>): NetworkTable {
  if (typeof n.homeId !== 'number' || typeof n.lastNodeId !== 'number' || !n.nodes || typeof n.nodes !== 'object') return initial;
  const nodes: Record<string, string> = {};
  for (const [id, key] of Object.entries(n.nodes)) {
    if (Number(id) >= 2 && Number(id) <= 232 && typeof key === 'string' && keys.has(key)) nodes[id] = key;
  }
  const granted: Record<string, SimSecurityClass[]> = {};
  for (const [key, classes] of Object.entries(n.granted ?? {})) {
    if (keys.has(key) && Array.isArray(classes)) granted[key] = classes.filter((c): c is SimSecurityClass => SECURITY.has(c));
  }
  const members: Record<string, number> = {};
  for (const [key, id] of Object.entries(n.members ?? {})) if (keys.has(key) && typeof id === 'number') members[key] = id;
  return { homeId: n.homeId, lastNodeId: n.lastNodeId, nodes, granted, members };
}
