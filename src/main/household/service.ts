// The household: the people the owner invited to sign in to the hub (Settings → Household), each a member or a guest
// with its rooms. Kept in SQLite (migration 013). The hub host attaches what only it has — minting a person's one-time
// sign-in code, ending their sessions, whether one is live (hub/signin.ts, hub/server.ts); the desktop app attaches
// nothing: its window is its owner's, and nobody else signs in to it. A person's session carries the Grant returned by
// grant(id), which the dispatcher applies exactly as an API token's (shared/access.ts, transport/roles.ts).
import { randomBytes } from 'node:crypto';
import type { Grant } from '../../shared/access';
import type { HouseholdList, HouseholdMember, MemberRole } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Db } from '../storage/db';

/** What the hub host lets the household do with its sign-ins. */
export interface HouseholdHub {
  /** A one-time sign-in code whose session belongs to this person. */
  mint(memberId: string): { code: string; expiresAt: number };
  /** Ends the person's sessions (their open pages are signed out) and unused codes; returns how many sessions ended. */
  end(memberId: string): number;
  /** A session of theirs is live. */
  signedIn(memberId: string): boolean;
}

interface Row {
  id: string;
  name: string;
  role: MemberRole;
  rooms: string;
  invited_at: number;
  last_seen_at: number | null;
}

export interface HouseholdDeps {
  db: Db;
  now: () => number;
  /** The home's rooms, to check a guest's. */
  areaIds: () => readonly string[];
}

/** Last seen is written at most this often per person. */
const SEEN_MS = 60_000;
const NOT_HERE = new HearthError('UNSUPPORTED', 'Only a hub serves other people: the desktop app’s window is its owner’s alone.', 'Run Hearth as a hub (npm start -- --hub) to invite people to sign in from their browsers.');

export class HouseholdService {
  readonly #d: HouseholdDeps;
  #hub: HouseholdHub | null = null;

  constructor(deps: HouseholdDeps) {
    this.#d = deps;
  }

  /** Called by the hub host once its server runs. */
  attachHub(hub: HouseholdHub): void {
    this.#hub = hub;
  }

  #row(id: string): Row | undefined {
    return this.#d.db.prepare('SELECT * FROM household_members WHERE id = ?').get(id) as Row | undefined;
  }

  #view(r: Row): HouseholdMember {
    return { id: r.id, name: r.name, role: r.role, rooms: JSON.parse(r.rooms) as string[], invitedAt: r.invited_at, lastSeenAt: r.last_seen_at, signedIn: this.#hub?.signedIn(r.id) ?? false };
  }

  list(): HouseholdList {
    const rows = this.#d.db.prepare('SELECT * FROM household_members ORDER BY invited_at, rowid').all() as Row[];
    return { available: this.#hub !== null, members: rows.map((r) => this.#view(r)) };
  }

  invite(input: { name: string; role: MemberRole; rooms: readonly string[] }): { member: HouseholdMember; code: string; expiresAt: number } {
    const hub = this.#hub;
    if (!hub) throw NOT_HERE;
    const rooms = input.role === 'guest' ? [...new Set(input.rooms)] : [];
    if (input.role === 'guest' && rooms.length === 0) throw new HearthError('BAD_REQUEST', 'A guest needs at least one room.', 'Choose the rooms this guest may use.');
    const known = new Set(this.#d.areaIds());
    const unknown = rooms.filter((r) => !known.has(r));
    if (unknown.length) throw new HearthError('BAD_REQUEST', `There is no room with the id ${unknown[0]}.`, 'Choose among the home’s rooms.');
    if (this.#d.db.prepare('SELECT 1 FROM household_members WHERE name = ?').get(input.name)) {
      throw new HearthError('CONFLICT', `${input.name} is in the household already.`, 'Give a new sign-in address from the list instead, or another name.');
    }
    const id = randomBytes(8).toString('hex');
    this.#d.db.prepare('INSERT INTO household_members (id, name, role, rooms, invited_at) VALUES (?, ?, ?, ?, ?)').run(id, input.name, input.role, JSON.stringify(rooms), this.#d.now());
    return { member: this.#view(this.#row(id)!), ...hub.mint(id) };
  }

  reinvite(id: string): { member: HouseholdMember; code: string; expiresAt: number } {
    const hub = this.#hub;
    if (!hub) throw NOT_HERE;
    const row = this.#row(id);
    if (!row) throw new HearthError('NOT_FOUND', 'That person is no longer in the household.', 'Invite them again.');
    return { member: this.#view(row), ...hub.mint(id) };
  }

  remove(id: string): { ended: number } {
    const r = this.#d.db.prepare('DELETE FROM household_members WHERE id = ?').run(id);
    if (r.changes === 0) throw new HearthError('NOT_FOUND', 'That person is no longer in the household.', 'Refresh the list.');
    return { ended: this.#hub?.end(id) ?? 0 };
  }

  /** What a person's session may do, or null when they were removed (their session opens nothing). */
  grant(id: string): Grant | null {
    const row = this.#row(id);
    if (!row) return null;
    // Sessions hold no scope of their own: the role alone limits them (a member never reaches admin).
    return { role: row.role, scope: 'admin', rooms: row.role === 'guest' ? (JSON.parse(row.rooms) as string[]) : [] };
  }

  name(id: string): string | null {
    return this.#row(id)?.name ?? null;
  }

  /** One of the person's pages used Hearth now. */
  seen(id: string): void {
    const now = this.#d.now();
    this.#d.db.prepare('UPDATE household_members SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)').run(now, id, now - SEEN_MS);
  }
}
