// The settings registry: every setting Hearth keeps is declared once (key, zod schema, default, description,
// whether a user sees it, and the environment variable that may override it). Each domain declares its own
// keys in its own folder with `defineSetting`; settings/index.ts gathers them into one list, and `Settings`
// reads and writes them typed by key. Values live as JSON in the settings table; a stored value that no
// longer fits its schema reads as the default (and is said once in the log), never as a wrong type.
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import type { Db, Statement } from '../storage/db';

export interface SettingDef<K extends string = string, T = unknown> {
  readonly key: K;
  readonly schema: z.ZodType<T>;
  /** What `get` answers while nothing is stored (and no environment variable overrides it). */
  readonly default: T;
  /** One plain sentence: what the setting changes. The privacy export and the Settings API show it. */
  readonly description: string;
  /** Shown to the person (Settings API, export); false for bookkeeping the app keeps for itself. */
  readonly userVisible: boolean;
  /** Environment variable whose value wins over the stored one (read once, when the registry is built). */
  readonly env?: string;
}

/** Declares one setting, keeping its key literal and its value type for `Settings.get`/`set`. */
export function defineSetting<const K extends string, T>(def: SettingDef<K, T>): SettingDef<K, T> {
  return def;
}

export type SettingDefs = readonly SettingDef<string, never>[] | readonly SettingDef[];
export type SettingKey<D extends SettingDefs> = D[number]['key'];
export type SettingValue<D extends SettingDefs, K extends SettingKey<D>> = Extract<D[number], { key: K }> extends SettingDef<K, infer T> ? T : never;

/** One setting as the Settings API and the privacy export show it. */
export interface SettingReport {
  key: string;
  description: string;
  userVisible: boolean;
  value: unknown;
  default: unknown;
  /** The environment variable whose value is in force instead of the stored one. */
  overriddenBy: string | null;
}

export interface SettingsDeps<D extends SettingDefs> {
  db: Db;
  defs: D;
  log: Logger;
  now: () => number;
  /** Where environment overrides are read from (tests pass their own); default: none. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** An environment variable's text as the setting's value: taken as text first, else as JSON (numbers, booleans). */
function fromEnv(def: SettingDef, raw: string): { ok: true; value: unknown } | { ok: false } {
  const asText = def.schema.safeParse(raw);
  if (asText.success) return { ok: true, value: asText.data };
  try {
    const asJson = def.schema.safeParse(JSON.parse(raw));
    if (asJson.success) return { ok: true, value: asJson.data };
  } catch {
    // not JSON either
  }
  return { ok: false };
}

export class Settings<D extends SettingDefs> {
  readonly #db: Db;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #defs = new Map<string, SettingDef>();
  readonly #overrides = new Map<string, { env: string; value: unknown }>();
  readonly #warned = new Set<string>();
  /** The statements, prepared on first use (settings are read on hot paths: every command asks the plan gate). */
  #sql: { read: Statement<[string], { value: string }>; remove: Statement<[string]>; write: Statement<[string, string, number]>; has: Statement<[string], unknown> } | null = null;
  /** The last stored text read per key and its value, for values that cannot be mutated by callers (not objects). */
  readonly #parsed = new Map<string, { text: string; value: unknown }>();

  constructor(deps: SettingsDeps<D>) {
    this.#db = deps.db;
    this.#log = deps.log;
    this.#now = deps.now;
    for (const def of deps.defs as readonly SettingDef[]) {
      if (this.#defs.has(def.key)) throw new Error(`setting ${def.key} is declared twice`);
      this.#defs.set(def.key, def);
      const raw = def.env ? deps.env?.[def.env] : undefined;
      if (def.env === undefined || raw === undefined || raw === '') continue;
      const parsed = fromEnv(def, raw);
      if (parsed.ok) this.#overrides.set(def.key, { env: def.env, value: parsed.value });
      else this.#log.warn(`${def.env} is not a valid value for ${def.key}; using the saved setting instead`);
    }
  }

  #statements() {
    return (this.#sql ??= {
      read: this.#db.prepare('SELECT value FROM settings WHERE key = ?'),
      remove: this.#db.prepare('DELETE FROM settings WHERE key = ?'),
      write: this.#db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ),
      has: this.#db.prepare('SELECT 1 FROM settings WHERE key = ?'),
    });
  }

  #def(key: string): SettingDef {
    const def = this.#defs.get(key);
    if (!def) throw new Error(`setting ${key} is not declared`);
    return def;
  }

  /** The value in force: the environment's override, else the stored value, else the default. */
  get<K extends SettingKey<D>>(key: K): SettingValue<D, K> {
    const override = this.#overrides.get(key);
    if (override) return override.value as SettingValue<D, K>;
    return this.stored(key);
  }

  /** The stored value (or the default), ignoring any environment override. */
  stored<K extends SettingKey<D>>(key: K): SettingValue<D, K> {
    const def = this.#def(key);
    const row = this.#statements().read.get(key);
    if (!row) return def.default as SettingValue<D, K>;
    const known = this.#parsed.get(key);
    if (known && known.text === row.value) return known.value as SettingValue<D, K>;
    let parsed: ReturnType<SettingDef['schema']['safeParse']> | null = null;
    try {
      parsed = def.schema.safeParse(JSON.parse(row.value));
    } catch {
      parsed = null;
    }
    if (parsed?.success) {
      if (typeof parsed.data !== 'object' || parsed.data === null) this.#parsed.set(key, { text: row.value, value: parsed.data });
      return parsed.data as SettingValue<D, K>;
    }
    if (!this.#warned.has(key)) {
      this.#warned.add(key);
      this.#log.warn(`the saved setting ${key} is not valid; using its default`);
    }
    return def.default as SettingValue<D, K>;
  }

  /** Validates and stores a value; `undefined` forgets the stored one (the default applies again). */
  set<K extends SettingKey<D>>(key: K, value: SettingValue<D, K> | undefined): void {
    const def = this.#def(key);
    if (value === undefined) {
      this.#statements().remove.run(key);
      return;
    }
    const parsed = def.schema.safeParse(value);
    if (!parsed.success) throw new HearthError('BAD_REQUEST', `Invalid value for the setting ${key}: ${z.prettifyError(parsed.error)}`);
    const now = this.#now();
    this.#statements().write.run(key, JSON.stringify(parsed.data), now);
    this.#warned.delete(key);
  }

  /** Whether the setting was ever stored (a default has not been written). */
  has(key: SettingKey<D>): boolean {
    this.#def(key);
    return this.#statements().has.get(key) !== undefined;
  }

  /** The environment variable overriding the setting, if one does. */
  overriddenBy(key: SettingKey<D>): string | null {
    return this.#overrides.get(key)?.env ?? null;
  }

  /** Whether a key is declared (the settings table may hold keys of older versions). */
  declares(key: string): boolean {
    return this.#defs.has(key);
  }

  /** Every declared setting with its value in force; `userVisible` ones only unless `all`. */
  report(opts: { all?: boolean } = {}): SettingReport[] {
    const out: SettingReport[] = [];
    for (const def of this.#defs.values()) {
      if (!def.userVisible && !opts.all) continue;
      const key = def.key as SettingKey<D>;
      out.push({ key: def.key, description: def.description, userVisible: def.userVisible, value: this.get(key), default: def.default, overriddenBy: this.overriddenBy(key) });
    }
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }
}
