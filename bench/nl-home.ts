// A generated home of any size for latency runs: the fixture's floors and areas plus many more rooms,
// devices of every kind with names like "North Bedroom 3 Ceiling Light 2". Deterministic.
import type { NlArea, NlEntity, NlFloor, NlHome } from '../src/main/nl/home';
import { slugify } from '../src/main/nl/home';

const ROOMS = ['Bedroom', 'Bathroom', 'Office', 'Kitchen', 'Living Room', 'Hallway', 'Closet', 'Study', 'Nursery',
  'Guest Room', 'Laundry', 'Pantry', 'Den', 'Lounge', 'Porch', 'Attic', 'Gym', 'Library', 'Workshop', 'Studio'];
const SIDES = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Front', 'Back', 'Small', 'Big'];
const KINDS: readonly { domain: string; name: string; weight: number; deviceClass?: string; state: string }[] = [
  { domain: 'light', name: 'Ceiling Light', weight: 20, state: 'on' },
  { domain: 'light', name: 'Lamp', weight: 12, state: 'off' },
  { domain: 'light', name: 'Strip', weight: 6, state: 'off' },
  { domain: 'switch', name: 'Plug', weight: 12, state: 'on' },
  { domain: 'fan', name: 'Fan', weight: 4, state: 'off' },
  { domain: 'cover', name: 'Blind', weight: 5, deviceClass: 'blind', state: 'open' },
  { domain: 'cover', name: 'Curtain', weight: 3, deviceClass: 'curtain', state: 'closed' },
  { domain: 'lock', name: 'Door Lock', weight: 2, state: 'locked' },
  { domain: 'climate', name: 'Thermostat', weight: 2, state: 'heat' },
  { domain: 'media_player', name: 'Speaker', weight: 3, state: 'idle' },
  { domain: 'sensor', name: 'Temperature', weight: 12, deviceClass: 'temperature', state: '21' },
  { domain: 'sensor', name: 'Humidity', weight: 6, deviceClass: 'humidity', state: '45' },
  { domain: 'binary_sensor', name: 'Motion', weight: 8, deviceClass: 'motion', state: 'off' },
  { domain: 'binary_sensor', name: 'Window Sensor', weight: 5, deviceClass: 'window', state: 'off' },
];

/** Fixture floors/areas (so the benchmark's sentences find their rooms) plus generated ones, `size` entities. */
export function generateHome(size: number, base: { floors: readonly NlFloor[]; areas: readonly NlArea[] }): NlHome {
  const floors = [...base.floors];
  const areas: NlArea[] = [...base.areas];
  let seed = 42;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; areas.length < Math.max(20, Math.round(size / 25)); i++) {
    const name = `${SIDES[i % SIDES.length]} ${ROOMS[Math.floor(i / SIDES.length) % ROOMS.length]}${i >= SIDES.length * ROOMS.length ? ` ${i}` : ''}`;
    areas.push({ id: slugify(name), name, floor: floors[i % floors.length]?.name ?? null });
  }
  const total = KINDS.reduce((n, k) => n + k.weight, 0);
  const entities: NlEntity[] = [];
  const used = new Map<string, number>();
  while (entities.length < size) {
    let r = rand() * total;
    const kind = KINDS.find((k) => (r -= k.weight) < 0) ?? KINDS[0]!;
    const area = areas[Math.floor(rand() * areas.length)]!;
    const stem = `${area.name} ${kind.name}`;
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    const name = n === 1 ? stem : `${stem} ${n}`;
    entities.push({
      id: `${kind.domain}.${slugify(name)}`, name, domain: kind.domain, area: area.name, floor: area.floor,
      state: kind.state, deviceClass: kind.deviceClass ?? null, attributes: kind.domain === 'sensor' ? { unit_of_measurement: kind.deviceClass === 'temperature' ? '°C' : '%' } : {},
    });
  }
  return { entities, areas, floors };
}
