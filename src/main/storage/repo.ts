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

export function loadDevices(db: Db): StoredDevice[] {
  const devices = db
    .prepare('SELECT id, protocol, native_id, name, user_named, area_id, user_area, manufacturer, model, firmware, capabilities FROM devices ORDER BY name')
    .all() as {
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

export function upsertDevice(db: Db, d: Omit<StoredDevice, 'state' | 'stateAt'>, now: number): void {
  db.prepare(
    `INSERT INTO devices (id, protocol, native_id, name, user_named, area_id, user_area, manufacturer, model, firmware, capabilities, created_at, updated_at)
     VALUES (@id, @protocol, @nativeId, @name, @userNamed, @areaId, @userArea, @manufacturer, @model, @firmware, @capabilities, @now, @now)
     ON CONFLICT (id) DO UPDATE SET name = @name, user_named = @userNamed, area_id = @areaId, user_area = @userArea,
       manufacturer = @manufacturer, model = @model, firmware = @firmware, capabilities = @capabilities, updated_at = @now`,
  ).run({
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
