// Files sent up in pieces (contract/uploads.ts), kept on disk in the data folder's uploads/ (0700 folder, 0600 files)
// while they arrive: pieces in order, each checked (where it starts, its size, the total), the whole checked against
// the SHA-256 named at the start. An upload belongs to the connection that started it; it is dropped when that
// connection closes, when no piece arrives for a while, once it has been used, and when Hearth stops (and any
// leftover from a crash is removed at the next start).
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sizeText, tooLargeText, UPLOAD_CHUNK_BYTES, UPLOAD_LIMITS, type UploadPurpose, type UploadStarted } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';

export interface UploadStoreDeps {
  dir: string;
  log: Logger;
  now?: () => number;
  /** An upload with no piece for this long is dropped (default 2 minutes). */
  idleMs?: number;
  /** Uploads under way at once, across all connections (default 4). */
  maxOpen?: number;
}

interface Upload {
  id: string;
  purpose: UploadPurpose;
  filename: string;
  size: number;
  sha256: string;
  actor: string;
  received: number;
  hash: Hash;
  fd: number | null;
  file: string;
  timer: ReturnType<typeof setTimeout>;
}

const SUFFIX = '.part';
const notFound = () => new HearthError('NOT_FOUND', 'That upload is not here any more (it was finished, cancelled, or idle too long).', 'Send the file again.');

export class UploadStore {
  readonly #d: UploadStoreDeps;
  readonly #uploads = new Map<string, Upload>();

  constructor(deps: UploadStoreDeps) {
    this.#d = deps;
    mkdirSync(deps.dir, { recursive: true, mode: 0o700 });
    // Pieces of uploads from before a crash or a kill: nobody can finish them now.
    for (const f of readdirSync(deps.dir)) if (f.endsWith(SUFFIX)) rmSync(join(deps.dir, f), { force: true });
  }

  get #idleMs(): number {
    return this.#d.idleMs ?? 120_000;
  }

  /** Uploads under way. */
  get open(): number {
    return this.#uploads.size;
  }

  start(i: { purpose: UploadPurpose; filename: string; size: number; sha256: string }, actor: string): UploadStarted {
    const maxBytes = UPLOAD_LIMITS[i.purpose];
    if (i.size > maxBytes) throw new HearthError('BAD_REQUEST', tooLargeText(i.purpose, i.size), 'Check that this is the right file: the manufacturer\'s file for this device.', { maxBytes, size: i.size });
    if (this.#uploads.size >= (this.#d.maxOpen ?? 4)) throw new HearthError('CONFLICT', 'Hearth is already receiving several files.', 'Wait until they have been sent, then try again.');
    const id = `up-${randomBytes(8).toString('hex')}`;
    const file = join(this.#d.dir, `${id}${SUFFIX}`);
    const fd = openSync(file, 'wx', 0o600);
    const u: Upload = { id, purpose: i.purpose, filename: i.filename, size: i.size, sha256: i.sha256, actor, received: 0, hash: createHash('sha256'), fd, file, timer: this.#idleTimer(id) };
    this.#uploads.set(id, u);
    return { uploadId: id, chunkBytes: UPLOAD_CHUNK_BYTES, maxBytes, expiresAt: this.#expiresAt() };
  }

  chunk(i: { uploadId: string; offset: number; data: string }, actor: string): { received: number; size: number; complete: boolean } {
    const u = this.#own(i.uploadId, actor);
    if (u.fd === null) throw new HearthError('CONFLICT', 'All of this file has arrived already.', 'Use it, or start again.');
    if (i.offset !== u.received) {
      throw new HearthError('CONFLICT', `This piece starts at byte ${i.offset}, but ${u.received} bytes have arrived: pieces go in order.`, `Send the piece that starts at byte ${u.received}.`, { received: u.received });
    }
    const bytes = Buffer.from(i.data, 'base64');
    if (bytes.length === 0 || bytes.length > UPLOAD_CHUNK_BYTES) throw new HearthError('BAD_REQUEST', `A piece holds 1 to ${UPLOAD_CHUNK_BYTES} bytes; this one holds ${bytes.length}.`);
    if (u.received + bytes.length > u.size) {
      this.#drop(u);
      throw new HearthError('BAD_REQUEST', `More arrived than the ${sizeText(u.size)} (${u.size} bytes) announced, so the upload was dropped.`, 'Send the file again.');
    }
    writeSync(u.fd, bytes, 0, bytes.length, u.received);
    u.hash.update(bytes);
    u.received += bytes.length;
    clearTimeout(u.timer);
    u.timer = this.#idleTimer(u.id);
    if (u.received === u.size) {
      closeSync(u.fd);
      u.fd = null;
      if (u.hash.digest('hex') !== u.sha256) {
        this.#drop(u);
        throw new HearthError('BAD_REQUEST', `"${u.filename}" arrived damaged: its SHA-256 is not the one announced.`, 'Send the file again.');
      }
    }
    return { received: u.received, size: u.size, complete: u.received === u.size };
  }

  cancel(uploadId: string, actor: string): void {
    this.#drop(this.#own(uploadId, actor));
  }

  /** The finished file, handed over once: the upload is gone afterwards. */
  take(uploadId: string, actor: string, purpose: UploadPurpose): { filename: string; data: Uint8Array<ArrayBuffer> } {
    const u = this.#own(uploadId, actor);
    if (u.purpose !== purpose) throw new HearthError('BAD_REQUEST', `That upload is not a ${purpose} file.`, 'Send the file again for this purpose.');
    if (u.fd !== null) throw new HearthError('CONFLICT', `Only ${u.received} of ${u.size} bytes of "${u.filename}" have arrived.`, 'Send the rest, then try again.', { received: u.received });
    const data = new Uint8Array(readFileSync(u.file));
    this.#drop(u);
    return { filename: u.filename, data };
  }

  /** A connection closed: what it was sending cannot be finished. */
  abandon(actor: string): void {
    for (const u of [...this.#uploads.values()]) if (u.actor === actor) this.#drop(u, `${actor} left`);
  }

  stop(): void {
    for (const u of [...this.#uploads.values()]) this.#drop(u);
  }

  #own(uploadId: string, actor: string): Upload {
    const u = this.#uploads.get(uploadId);
    // Another connection's upload is answered as if it did not exist.
    if (!u || u.actor !== actor) throw notFound();
    return u;
  }

  #expiresAt(): number {
    return (this.#d.now ?? Date.now)() + this.#idleMs;
  }

  #idleTimer(id: string): ReturnType<typeof setTimeout> {
    const t = setTimeout(() => {
      const u = this.#uploads.get(id);
      if (u) this.#drop(u, 'no piece arrived in time');
    }, this.#idleMs);
    t.unref();
    return t;
  }

  #drop(u: Upload, why?: string): void {
    clearTimeout(u.timer);
    this.#uploads.delete(u.id);
    if (u.fd !== null) {
      try {
        closeSync(u.fd);
      } catch {
        // already closed
      }
      u.fd = null;
    }
    rmSync(u.file, { force: true });
    if (why) this.#d.log.info(`dropped the unfinished upload of "${u.filename}" (${u.received} of ${u.size} bytes): ${why}`);
  }
}
