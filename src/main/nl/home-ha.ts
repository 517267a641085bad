// Adapter: a home in the Home Assistant intents fixture format (ha-fixtures-en.json) → NlHome.
// The top level is one home; `per_file[key]` holds small homes whose entities may lack ids and areas may
// lack floors. The input is a file, so it is validated here (boundary) and trusted afterwards.
import { z } from 'zod';
import { slugify, type NlArea, type NlEntity, type NlFloor, type NlHome } from './home';

const HaFloor = z.object({ id: z.string().optional(), name: z.string() });
const HaArea = z.object({
  id: z.string().optional(),
  name: z.string(),
  floor: z.string().nullish(),
  floor_id: z.string().nullish(),
});
const HaEntity = z.object({
  id: z.string().optional(),
  name: z.string(),
  domain: z.string(),
  area: z.string().nullish(),
  area_id: z.string().nullish(),
  state: z.union([z.string(), z.number(), z.boolean()]).nullish(),
  attributes: z.record(z.string(), z.unknown()).nullish(),
  state_spoken: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});
const HaHome = z.object({
  floors: z.array(HaFloor).optional(),
  areas: z.array(HaArea).optional(),
  entities: z.array(HaEntity).optional(),
});
const HaFixture = HaHome.extend({ per_file: z.record(z.string(), HaHome).optional() });

/** The templates' optional-character syntax ("Trader Joe[']s") is not part of the name people say. */
function cleanName(name: string): string {
  return name.replace(/\[([^\]]*)\]/g, '$1').replace(/\s+/g, ' ').trim();
}

function stateString(value: string | number | boolean | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

function convert(home: z.infer<typeof HaHome>): NlHome {
  const floors: NlFloor[] = [];
  const floorByName = new Map<string, NlFloor>();
  const addFloor = (name: string, id?: string): NlFloor => {
    const existing = floorByName.get(name.toLowerCase());
    if (existing) return existing;
    const floor: NlFloor = { id: id ?? slugify(name), name };
    floors.push(floor);
    floorByName.set(name.toLowerCase(), floor);
    return floor;
  };
  const floorIdToName = new Map<string, string>();
  for (const f of home.floors ?? []) {
    const floor = addFloor(cleanName(f.name), f.id);
    floorIdToName.set(floor.id, floor.name);
  }

  const areas: NlArea[] = [];
  const areaByName = new Map<string, NlArea>();
  const areaIdToName = new Map<string, string>();
  const addArea = (name: string, floorName: string | null, id?: string): NlArea => {
    const existing = areaByName.get(name.toLowerCase());
    if (existing) return existing;
    const area: NlArea = { id: id ?? slugify(name), name, floor: floorName };
    areas.push(area);
    areaByName.set(name.toLowerCase(), area);
    areaIdToName.set(area.id, name);
    return area;
  };
  for (const a of home.areas ?? []) {
    const floorName = a.floor ?? (a.floor_id ? floorIdToName.get(a.floor_id) : undefined) ?? null;
    if (floorName) addFloor(cleanName(floorName));
    addArea(cleanName(a.name), floorName ? cleanName(floorName) : null, a.id);
  }

  const entities: NlEntity[] = (home.entities ?? []).map((e) => {
    const name = cleanName(e.name);
    const areaName = e.area ?? (e.area_id ? areaIdToName.get(e.area_id) : undefined) ?? null;
    const area = areaName ? addArea(cleanName(areaName), null) : null;
    const attributes: Record<string, unknown> = { ...(e.attributes ?? {}) };
    if (e.state_spoken) attributes['state_spoken'] = e.state_spoken;
    const deviceClass = typeof attributes['device_class'] === 'string' ? attributes['device_class'] : null;
    const entity: NlEntity = {
      // CONTRACT.md: entities without an id (per_file homes) are known by their name.
      id: e.id ?? name,
      name,
      domain: e.domain,
      area: area ? area.name : null,
      floor: area ? area.floor : null,
      state: stateString(e.state),
      deviceClass,
      attributes,
    };
    if (e.aliases) entity.aliases = e.aliases.map(cleanName);
    return entity;
  });
  return { entities, areas, floors };
}

/** Parses a fixture file's JSON. With `key`, the home is `per_file[key]`. Throws on a malformed file. */
export function homeFromHaFixture(json: unknown, key?: string): NlHome {
  const fixture = HaFixture.parse(json);
  if (key === undefined) return convert(fixture);
  const part = fixture.per_file?.[key];
  if (!part) throw new Error(`The home file has no per_file entry "${key}".`);
  return convert(part);
}
