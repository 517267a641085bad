// SQL for areas, devices and their state. Plain functions over a Db; callers hold the in-memory model.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Capability, CapabilityValue, type Area, type Device } from '../../shared/model';
import type { Db } from './db';

export interface StoredDevice {
  id: string;
  protocol: Device['protocol'];
  nativeId: string;
  name: string;
  userNamed: boolean;
  areaId: string | null;
  userArea: boolean;
  manufacturer: string;
  model: string;
  firmware: string | null;
  capabilities: Capability[];
  state: Record<string, CapabilityValue>;
  stateAt: Record<string, number>;
}

const Capabilities = z.array(Capability);

function parseJson<T>(schema: z.ZodType<T>, text: string, fallback: T): T {
  try {
    const r = schema.safeParse(JSON.parse(text));
    return r.success ? r.data : fallback;
  } catch {
    return fallback;
  }
}

export function loadAreas(db: Db): Area[] {
  const rows = db.prepare('SELECT id, name, floor, sort_order FROM areas ORDER BY sort_order, name').all() as {
    id: string;
    name: string;
    floor: string | null;
    sort_order: number;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, floor: r.floor, sortOrder: r.sort_order }));
}

/** Returns the area with this name (case-insensitive), creating it if needed. */
export function ensureArea(db: Db, name: string, now: number): Area {
  const existing = db.prepare('SELECT id, name, floor, sort_order FROM areas WHERE name = ? COLLATE NOCASE').get(name) as
    | { id: string; name: string; floor: string | null; sort_order: number }
    | undefined;
  if (existing) return { id: existing.id, name: existing.name, floor: existing.floor, sortOrder: existing.sort_order };
  const order = (db.prepare('SELECT COALESCE(MAX(sort_order), -1) + 1 AS n FROM areas').get() as { n: number }).n;
  const area: Area = { id: randomUUID(), name, floor: null, sortOrder: order };
  db.prepare('INSERT INTO areas (id, name, floor, sort_order, created_at) VALUES (?, ?, ?, ?, ?)').run(
    area.id,
    area.name,
    area.floor,
    area.sortOrder,
    now,
  );
  return area;
}

/** Which home a device belongs to (migration 010); null: not known yet (kept before homes were told apart). */
export type DeviceHome = 'demo' | 'real';

/** The devices of one home (every device when `home` is not given). */
export function loadDevices(db: Db, home?: DeviceHome): StoredDevice[] {
  const columns = 'SELECT id, protocol, native_id, name, user_named, area_id, user_area, manufacturer, model, firmware, capabilities FROM devices';
  const devices = (home ? db.prepare(`${columns} WHERE home = ? ORDER BY name`).all(home) : db.prepare(`${columns} ORDER BY name`).all()) as {
    id: string;
    protocol: Device['protocol'];
    native_id: string;
    name: string;
    user_named: number;
    area_id: string | null;
    user_area: number;
    manufacturer: string;
    model: string;
    firmware: string | null;
    capabilities: string;
  }[];
  const states = db.prepare('SELECT device_id, capability_id, value, at FROM device_state').all() as {
    device_id: string;
    capability_id: string;
    value: string;
    at: number;
  }[];
  const byId = new Map<string, StoredDevice>();
  for (const d of devices) {
    byId.set(d.id, {
      id: d.id,
      protocol: d.protocol,
      nativeId: d.native_id,
      name: d.name,
      userNamed: d.user_named === 1,
      areaId: d.area_id,
      userArea: d.user_area === 1,
      manufacturer: d.manufacturer,
      model: d.model,
      firmware: d.firmware,
      capabilities: parseJson(Capabilities, d.capabilities, []),
      state: {},
      stateAt: {},
    });
  }
  for (const s of states) {
    const d = byId.get(s.device_id);
    if (!d) continue;
    d.state[s.capability_id] = parseJson(CapabilityValue, s.value, null);
    d.stateAt[s.capability_id] = s.at;
  }
  return [...byId.values()];
}

/** Writes a device; with `home`, it belongs to that home (a device of the other home with the same id is taken over). */
export function upsertDevice(db: Db, d: Omit<StoredDevice, 'state' | 'stateAt'>, now: number, home: DeviceHome | null = null): void {
  db.prepare(
    `INSERT INTO devices (id, protocol, native_id, name, user_named, area_id, user_area, manufacturer, model, firmware, capabilities, created_at, updated_at, home)
     VALUES (@id, @protocol, @nativeId, @name, @userNamed, @areaId, @userArea, @manufacturer, @model, @firmware, @capabilities, @now, @now, @home)
     ON CONFLICT (id) DO UPDATE SET name = @name, user_named = @userNamed, area_id = @areaId, user_area = @userArea,
       manufacturer = @manufacturer, model = @model, firmware = @firmware, capabilities = @capabilities, updated_at = @now,
       home = COALESCE(@home, home)`,
  ).run({
    home,
    id: d.id,
    protocol: d.protocol,
    nativeId: d.nativeId,
    name: d.name,
    userNamed: d.userNamed ? 1 : 0,
    areaId: d.areaId,
    userArea: d.userArea ? 1 : 0,
    manufacturer: d.manufacturer,
    model: d.model,
    firmware: d.firmware,
    capabilities: JSON.stringify(d.capabilities),
    now,
  });
}

/** Devices that belonged to no home yet (kept before homes were told apart) now belong to `home`. */
export function claimDevices(db: Db, home: DeviceHome): void {
  db.prepare('UPDATE devices SET home = ? WHERE home IS NULL').run(home);
}

/** How many devices of one protocol a home keeps (devices from before homes were told apart count for either). */
export function countHomeDevices(db: Db, home: DeviceHome, protocol: string): number {
  const row = db.prepare('SELECT COUNT(*) AS n FROM devices WHERE protocol = ? AND (home = ? OR home IS NULL)').get(protocol, home) as { n: number };
  return row.n;
}

/** How many devices each home keeps. */
export function countDevicesByHome(db: Db): Record<DeviceHome, number> {
  const rows = db.prepare("SELECT COALESCE(home, 'none') AS home, COUNT(*) AS n FROM devices GROUP BY home").all() as { home: string; n: number }[];
  const n = (h: string) => rows.find((r) => r.home === h)?.n ?? 0;
  return { demo: n('demo'), real: n('real') };
}

export function deleteDevice(db: Db, id: string): void {
  db.prepare('DELETE FROM devices WHERE id = ?').run(id);
}

export function loadHistory(
  db: Db,
  deviceId: string,
  capabilityId: string,
  since: number,
  limit: number,
): { at: number; value: CapabilityValue }[] {
  const rows = db
    .prepare(
      `SELECT at, value FROM (
         SELECT at, value, id FROM state_history WHERE device_id = ? AND capability_id = ? AND at >= ?
         ORDER BY at DESC, id DESC LIMIT ?
       ) ORDER BY at, id`,
    )
    .all(deviceId, capabilityId, since, limit) as { at: number; value: string }[];
  return rows.map((r) => ({ at: r.at, value: parseJson(CapabilityValue, r.value, null) }));
}
