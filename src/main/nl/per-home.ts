// What a check derives from the home's devices (a list of names, an id → device map) is the same for every sentence:
// it is built once per home index and kept beside it, so a check costs the same in a home of 10 devices or 5,000.
import type { NlEntity } from './home';

const kept = new WeakMap<object, Map<string, unknown>>();

/** `build()` once per home (index or home object) and key; the same value after that. */
export function perHome<T>(home: object, key: string, build: () => T): T {
  let mine = kept.get(home);
  if (!mine) {
    mine = new Map();
    kept.set(home, mine);
  }
  if (mine.has(key)) return mine.get(key) as T;
  const value = build();
  mine.set(key, value);
  return value;
}

/** The home's devices by id. */
export function devicesById(home: { entities: readonly NlEntity[] }): ReadonlyMap<string, NlEntity> {
  return perHome(home, 'devicesById', () => new Map(home.entities.map((e) => [e.id, e])));
}
