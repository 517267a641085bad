// A full disk, in words: the one notice when state writes start failing and the one when they work again
// (storage/state-writer.ts says each once), and the error a request gets when its own write finds no room.
import type { SystemNotice } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import { isDiskFull, type WriteTrouble } from '../../storage/state-writer';

export const DISK_FULL_NEXT = 'Free some space on the disk that holds the data folder; Hearth saves again by itself once there is room.';

/** A request whose write failed for lack of space gets this error instead of SQLite's. */
export function diskFullError(err: unknown): HearthError | null {
  if (!isDiskFull(err)) return null;
  return new HearthError('INTERNAL', 'The disk is full: Hearth could not save this change. Everything saved before is kept.', DISK_FULL_NEXT, undefined, 'disk-full');
}

export function storageNotice(t: WriteTrouble, at: number): SystemNotice {
  if (t.kind === 'failing') {
    return {
      kind: 'storage.full',
      level: 'error',
      at,
      message: t.full
        ? 'The disk is full: Hearth cannot save device states for now. Everything saved before is kept, and new states wait in memory.'
        : `Hearth cannot save device states for now (${(t.error as Error).message}). Everything saved before is kept, and new states wait in memory.`,
      next: t.full ? DISK_FULL_NEXT : 'Check the disk that holds the data folder; Hearth keeps trying by itself.',
    };
  }
  const lost = t.droppedHistory ? ` While waiting, ${t.droppedHistory} older history values were not kept (the latest state of every device was).` : '';
  return { kind: 'storage.resumed', level: 'info', at, message: `Hearth saves device states again.${lost}` };
}
