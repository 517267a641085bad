// Where the audit chain's two ends are anchored outside the database: a small file beside it, authenticated
// with a key kept in the secret store (HMAC-SHA256), so only Hearth can write a seal that verifies. The key is
// read once. The file has two fixed 512-byte slots written in turn (each with a counter), so an entry costs one
// small in-place write and a write cut short by a power loss leaves the other slot whole; the secret store
// itself is not rewritten per entry (with Electron's safeStorage that would be a keychain call each time).
import { createHmac, createSecretKey, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SecretStore } from '../secrets';

export const AuditSeal = z.object({
  v: z.literal(1),
  /** The hash the first entry in the table chains from: genesis, or the last entry retention removed. */
  start: z.string(),
  /** The newest entry Hearth wrote; null while the log is empty. */
  head: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
});
export type AuditSeal = z.infer<typeof AuditSeal>;

export type SealRead = { kind: 'ok'; seal: AuditSeal } | { kind: 'missing' } | { kind: 'forged' };

export interface AuditSealStore {
  read(): SealRead;
  write(seal: AuditSeal): void;
}

const SLOT = 512;
const Slot = z.object({ n: z.number().int().nonnegative(), seal: AuditSeal, mac: z.string().regex(/^[0-9a-f]{64}$/) });

/** The name of the key in the secret store. */
const AUDIT_SEAL_KEY = 'audit.sealKey';

export function fileSeal(file: string, secrets: SecretStore): AuditSealStore {
  // A key object made once: an HMAC over it starts faster than over the raw bytes (one per audit entry).
  const key = createSecretKey(secrets.getOrCreate(AUDIT_SEAL_KEY, 32));
  const macOf = (n: number, seal: AuditSeal) => createHmac('sha256', key).update(JSON.stringify([n, seal])).digest();
  /** Hearth's own last seal and its counter: appends never read the file back. */
  let cached: SealRead | null = null;
  let n = 0;

  /** A slot: null when never written (zeros), 'forged' when it does not verify, else its counter and seal. */
  const slot = (bytes: Buffer): { n: number; seal: AuditSeal } | null | 'forged' => {
    const text = bytes.toString('utf8').replace(/[\0 ]+$/, '');
    if (text === '') return null;
    try {
      const p = Slot.safeParse(JSON.parse(text));
      if (!p.success) return 'forged';
      return timingSafeEqual(macOf(p.data.n, p.data.seal), Buffer.from(p.data.mac, 'hex')) ? { n: p.data.n, seal: p.data.seal } : 'forged';
    } catch {
      return 'forged';
    }
  };

  return {
    read() {
      if (cached) return cached;
      if (!existsSync(file)) return (cached = { kind: 'missing' });
      const bytes = readFileSync(file);
      const slots = [slot(bytes.subarray(0, SLOT)), slot(bytes.subarray(SLOT, 2 * SLOT))];
      if (bytes.length !== 2 * SLOT || slots.includes('forged')) return (cached = { kind: 'forged' });
      const valid = slots.filter((x): x is { n: number; seal: AuditSeal } => x !== null && x !== 'forged');
      if (valid.length === 0) return (cached = { kind: 'missing' });
      const newest = valid.reduce((a, b) => (b.n > a.n ? b : a));
      n = newest.n;
      return (cached = { kind: 'ok', seal: newest.seal });
    },
    write(seal) {
      if (!cached) this.read();
      n += 1;
      const record = Buffer.alloc(SLOT, 0x20);
      const json = JSON.stringify({ n, seal, mac: macOf(n, seal).toString('hex') });
      if (Buffer.byteLength(json) > SLOT) throw new Error('audit seal record too large');
      record.write(json, 'utf8');
      // The usual case, one write in place; the folder and the file are made only when the file is not there.
      // The file is opened for each write, not held open: a descriptor held for the whole run once received
      // another connection's bytes (a request's token) in the full test run — something in the process closes a
      // descriptor it does not own, and a long-held one is the likeliest to be reused under it.
      let fd: number | null = null;
      try {
        fd = openSync(file, 'r+');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      if (fd !== null) {
        try {
          writeSync(fd, record, 0, SLOT, (n % 2) * SLOT);
        } finally {
          closeSync(fd);
        }
      } else {
        mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
        const fresh = Buffer.alloc(2 * SLOT, 0);
        record.copy(fresh, (n % 2) * SLOT);
        const created = openSync(file, 'wx', 0o600);
        try {
          writeSync(created, fresh, 0, fresh.length, 0);
        } finally {
          closeSync(created);
        }
      }
      cached = { kind: 'ok', seal };
    },
  };
}
