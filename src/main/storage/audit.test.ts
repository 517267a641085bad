import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp';
import { AuditLog } from './audit';
import { openDatabase } from './db';

describe('audit log', () => {
  const dir = tempDir();

  it('chains entries so that edits and deletions show', () => {
    const db = openDatabase(join(dir, 'a.db'));
    const log = new AuditLog(db, () => 1000);
    log.append({ actor: 'hub:client-1', action: 'device.command', target: 'zwave:x-2', detail: { value: true } });
    log.append({ actor: 'hub:client-1', action: 'device.rename', target: 'zwave:x-2', detail: { name: 'Lamp' } });
    log.append({ actor: 'electron:window', action: 'device.command', target: 'zwave:x-3' });
    expect(log.verify()).toBeNull();

    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone' WHERE id = 2").run()).toThrow(/append-only/);
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(log.verify()).toBe(3);
    db.close();
  });
});
