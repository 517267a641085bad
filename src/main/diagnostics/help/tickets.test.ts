// Support tickets: made on this computer with the support bundle attached, listed newest first with the status
// the person sets, exported as one file that holds the bundle byte for byte; nothing is sent anywhere.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { openDatabase } from '../../storage/db';
import { undeclaredTables } from '../../privacy/catalog';
import { TicketService } from './tickets';

const dir = tempDir('hearth-tickets-');
let n = 0;
const zip = Buffer.from('PK\u0003\u0004 pretend zip with the health snapshot');

function service(bundle?: () => Promise<{ fileName: string; base64: string }>) {
  let t = Date.UTC(2026, 11, 4, 20, 0);
  const dataDir = join(dir, `d${n++}`);
  const db = openDatabase(join(dir, `t${n}.db`));
  return { db, dataDir, tickets: new TicketService({ db, dataDir, now: () => (t += 1000), bundle }) };
}

describe('support tickets', () => {
  it('creates a ticket with the bundle attached, lists it open, and exports one file holding the bundle', async () => {
    let built = 0;
    const { tickets, dataDir } = service(async () => {
      built++;
      return { fileName: 'hearth-support-2026-12-04.zip', base64: zip.toString('base64') };
    });
    const t = await tickets.create({ title: 'Kitchen sensor drops out', description: 'Every night around 2 am.', attachBundle: true });
    expect(built).toBe(1);
    expect(t).toMatchObject({ status: 'open', title: 'Kitchen sensor drops out', bundle: { fileName: 'hearth-support-2026-12-04.zip', bytes: zip.length }, note: null });
    expect(existsSync(join(dataDir, 'tickets', `${t.id}.zip`))).toBe(true);

    const out = tickets.export(t.id);
    expect(out.fileName).toMatch(/^hearth-ticket-2026-12-04-[0-9a-f]{8}\.json$/);
    const file = JSON.parse(Buffer.from(out.base64, 'base64').toString('utf8'));
    expect(file).toMatchObject({ format: 'hearth.ticket', ticket: { id: t.id, description: 'Every night around 2 am.' }, bundle: { fileName: 'hearth-support-2026-12-04.zip' } });
    expect(Buffer.from(file.bundle.base64, 'base64').equals(zip)).toBe(true);
    expect(out.bytes).toBe(Buffer.from(out.base64, 'base64').length);
  });

  it('lists tickets newest first with the status the person set', async () => {
    const { tickets } = service();
    const a = await tickets.create({ title: 'First', description: '', attachBundle: false });
    const b = await tickets.create({ title: 'Second', description: '', attachBundle: false });
    tickets.setStatus(a.id, 'sent');
    const closed = tickets.setStatus(b.id, 'closed');
    expect(closed.updatedAt).toBeGreaterThan(closed.createdAt);
    expect(tickets.list().map((t) => [t.title, t.status])).toEqual([['Second', 'closed'], ['First', 'sent']]);
  });

  it('keeps the ticket with a note when no bundle can be built, and says so', async () => {
    const { tickets } = service(async () => {
      throw new Error('log folder unreadable');
    });
    const t = await tickets.create({ title: 'No bundle', description: 'x', attachBundle: true });
    expect(t.bundle).toBeNull();
    expect(t.note).toMatch(/could not be built \(log folder unreadable\)/);
    expect(JSON.parse(Buffer.from(tickets.export(t.id).base64, 'base64').toString()).bundle).toBeNull();
    const none = await service().tickets.create({ title: 'No builder', description: '', attachBundle: true });
    expect(none.note).toMatch(/No support bundle was attached/);
  });

  it('answers an unknown ticket with NOT_FOUND and a next step', () => {
    const { tickets } = service();
    expect(() => tickets.setStatus('nope', 'sent')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', next: expect.any(String) }));
    expect(() => tickets.export('nope')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('declares its tables in the privacy catalog', () => {
    expect(undeclaredTables(service().db)).toEqual([]);
  });
});
