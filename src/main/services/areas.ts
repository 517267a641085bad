// Rooms (areas) and the floors they are on, as the user sets them up (onboarding, Settings).
import { randomUUID } from 'node:crypto';
import { HearthError } from '../../shared/errors';
import type { Area } from '../../shared/model';
import type { EventBus } from '../bus';
import type { Db } from '../storage/db';
import { loadAreas } from '../storage/repo';
import type { DeviceService } from './devices';

export class AreaService {
  readonly #db: Db;
  readonly #bus: EventBus;
  readonly #devices: Pick<DeviceService, 'areaRemoved'>;
  readonly #now: () => number;

  constructor(deps: { db: Db; bus: EventBus; devices: Pick<DeviceService, 'areaRemoved'>; now: () => number }) {
    this.#db = deps.db;
    this.#bus = deps.bus;
    this.#devices = deps.devices;
    this.#now = deps.now;
  }

  #nameTaken(name: string, except?: string): boolean {
    return loadAreas(this.#db).some((a) => a.name.toLowerCase() === name.toLowerCase() && a.id !== except);
  }

  #changed(): void {
    this.#bus.emit('areas.changed', loadAreas(this.#db));
  }

  create(name: string, floor: string | null): Area {
    if (this.#nameTaken(name)) throw new HearthError('CONFLICT', `There is already a room called “${name}”.`, 'Pick another name.');
    const order = (this.#db.prepare('SELECT COALESCE(MAX(sort_order), -1) + 1 AS n FROM areas').get() as { n: number }).n;
    const area: Area = { id: randomUUID(), name, floor, sortOrder: order };
    this.#db.prepare('INSERT INTO areas (id, name, floor, sort_order, created_at) VALUES (?, ?, ?, ?, ?)').run(area.id, name, floor, order, this.#now());
    this.#changed();
    return area;
  }

  update(id: string, change: { name?: string | undefined; floor?: string | null | undefined }): Area {
    const area = loadAreas(this.#db).find((a) => a.id === id);
    if (!area) throw new HearthError('NOT_FOUND', 'That room does not exist.', 'Refresh the list of rooms.');
    if (change.name !== undefined && this.#nameTaken(change.name, id)) {
      throw new HearthError('CONFLICT', `There is already a room called “${change.name}”.`, 'Pick another name.');
    }
    const next: Area = { ...area, name: change.name ?? area.name, floor: change.floor === undefined ? area.floor : change.floor };
    this.#db.prepare('UPDATE areas SET name = ?, floor = ? WHERE id = ?').run(next.name, next.floor, id);
    this.#changed();
    return next;
  }

  remove(id: string): void {
    if (this.#db.prepare('DELETE FROM areas WHERE id = ?').run(id).changes === 0) {
      throw new HearthError('NOT_FOUND', 'That room does not exist.', 'Refresh the list of rooms.');
    }
    this.#devices.areaRemoved(id);
    this.#changed();
  }
}
