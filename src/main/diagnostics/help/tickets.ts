// Support tickets, kept on this computer: a description and the support bundle as it was when the ticket was
// made (a file in <data folder>/tickets), a status the person sets (open / sent / closed), and one file to send
// by whatever way they choose. Nothing here sends anything anywhere.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ticket, TicketExport } from '../../../shared/contract/help';
import { HearthError } from '../../../shared/errors';
import type { Db } from '../../storage/db';

/** The support bundle as the bundle builder (diagnostics/support) gives it. */
export interface BundleFile {
  fileName: string;
  base64: string;
}

interface Row {
  id: string;
  created_at: number;
  updated_at: number;
  title: string;
  description: string;
  status: Ticket['status'];
  bundle_file: string | null;
  bundle_bytes: number | null;
  note: string | null;
}

const toTicket = (r: Row): Ticket => ({
  id: r.id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  title: r.title,
  description: r.description,
  status: r.status,
  bundle: r.bundle_file ? { fileName: r.bundle_file, bytes: r.bundle_bytes ?? 0 } : null,
  note: r.note,
});

export class TicketService {
  readonly #db: Db;
  readonly #dir: string;
  readonly #now: () => number;
  readonly #bundle: (() => Promise<BundleFile>) | undefined;

  constructor(deps: { db: Db; dataDir: string; now: () => number; /** Builds the support bundle; none: tickets carry a note instead. */ bundle?: (() => Promise<BundleFile>) | undefined }) {
    this.#db = deps.db;
    this.#dir = join(deps.dataDir, 'tickets');
    this.#now = deps.now;
    this.#bundle = deps.bundle;
  }

  async create(input: { title: string; description: string; attachBundle: boolean }): Promise<Ticket> {
    const id = randomUUID();
    const at = this.#now();
    let file: string | null = null;
    let bytes: number | null = null;
    let note: string | null = null;
    if (input.attachBundle) {
      if (!this.#bundle) note = 'No support bundle was attached: this Hearth cannot build one yet.';
      else {
        try {
          const b = await this.#bundle();
          const data = Buffer.from(b.base64, 'base64');
          mkdirSync(this.#dir, { recursive: true, mode: 0o700 });
          file = b.fileName;
          bytes = data.length;
          writeFileSync(join(this.#dir, `${id}.zip`), data, { mode: 0o600 });
        } catch (err) {
          note = `The support bundle could not be built (${err instanceof Error ? err.message : String(err)}); the ticket was kept without it.`;
        }
      }
    }
    this.#db
      .prepare('INSERT INTO tickets (id, created_at, updated_at, title, description, status, bundle_file, bundle_bytes, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, at, at, input.title, input.description, 'open', file, bytes, note);
    return this.get(id);
  }

  list(): Ticket[] {
    return (this.#db.prepare('SELECT * FROM tickets ORDER BY created_at DESC, rowid DESC').all() as Row[]).map(toTicket);
  }

  get(id: string): Ticket {
    const row = this.#db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new HearthError('NOT_FOUND', 'That ticket is not here any more.', 'Refresh the list of tickets.');
    return toTicket(row);
  }

  setStatus(id: string, status: Ticket['status']): Ticket {
    this.get(id);
    this.#db.prepare('UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?').run(status, this.#now(), id);
    return this.get(id);
  }

  /** One JSON file with the ticket and its bundle inside (base64), for the person to send themselves. */
  export(id: string): TicketExport {
    const t = this.get(id);
    let bundle: { fileName: string; base64: string } | null = null;
    if (t.bundle) {
      try {
        bundle = { fileName: t.bundle.fileName, base64: readFileSync(join(this.#dir, `${id}.zip`)).toString('base64') };
      } catch {
        throw new HearthError('NOT_FOUND', 'The support bundle of this ticket is missing from the data folder.', 'Create a new ticket to attach a fresh bundle.');
      }
    }
    const body = JSON.stringify({ format: 'hearth.ticket', version: 1, ticket: t, bundle }, null, 2);
    const data = Buffer.from(body, 'utf8');
    const day = new Date(t.createdAt).toISOString().slice(0, 10);
    return { fileName: `hearth-ticket-${day}-${id.slice(0, 8)}.json`, base64: data.toString('base64'), bytes: data.length };
  }
}
