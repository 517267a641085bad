// Large files (a node's firmware, up to 8 MB) go up in chunks, each well under the hub's 1 MiB WebSocket message limit:
// uploads.start names the file, its size and SHA-256 (a file over the purpose's limit is refused there, the limit and
// its size in the message), uploads.chunk sends the pieces in order, and the request that uses the file names the
// upload. An upload nobody finishes or uses is dropped (its connection closed, or idle too long).
import { z } from 'zod';
import { Ok } from './common';
import { defineRequests } from './define';

export const UploadPurpose = z.enum(['firmware']);
export type UploadPurpose = z.infer<typeof UploadPurpose>;

/** The largest file each purpose takes. */
export const UPLOAD_LIMITS: Record<UploadPurpose, number> = { firmware: 8 * 1024 * 1024 };
const PURPOSE_TEXT: Record<UploadPurpose, string> = { firmware: 'Firmware files' };
/** Bytes per chunk at most (as base64 about 683 KiB: one WebSocket message with room to spare). */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;
const MAX_CHUNK_BASE64 = 4 * Math.ceil(UPLOAD_CHUNK_BYTES / 3);

export const UploadId = z.string().regex(/^up-[0-9a-f]{16}$/, 'An upload id looks like up- and 16 hex digits.');

/** A size in words: "8 MB", "9.2 MB" (MB of 1,048,576 bytes). */
export function sizeText(bytes: number): string {
  const mb = (bytes / 1_048_576).toFixed(1).replace(/\.0$/, '');
  return `${mb} MB`;
}

/** "Firmware files can be at most 8 MB; this one is 9.2 MB." (in bytes when the two sizes would read alike). */
export function tooLargeText(purpose: UploadPurpose, size: number): string {
  const limit = UPLOAD_LIMITS[purpose];
  const [a, b] = sizeText(limit) === sizeText(size) ? [`${limit.toLocaleString('en')} bytes`, `${size.toLocaleString('en')} bytes`] : [sizeText(limit), sizeText(size)];
  return `${PURPOSE_TEXT[purpose]} can be at most ${a}; this one is ${b}.`;
}

export const UploadStarted = z.object({
  uploadId: UploadId,
  /** Send chunks of at most this many bytes. */
  chunkBytes: z.number().int(),
  maxBytes: z.number().int(),
  /** The upload is dropped if no chunk arrives by then (each chunk moves it on). */
  expiresAt: z.number(),
});
export type UploadStarted = z.infer<typeof UploadStarted>;

export const uploadRequests = defineRequests({
  'uploads.start': {
    input: z
      .object({
        purpose: UploadPurpose,
        filename: z.string().min(1).max(200),
        /** The whole file's size in bytes (a size over the purpose's limit is refused with both sizes in the words). */
        size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        /** SHA-256 of the whole file, hex: the pieces are checked against it once all have arrived. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lowercase hex digits.'),
      })
      .strict(),
    output: UploadStarted,
    personal: 'none',
    // Which file came in, under the upload id the request that uses it names (zwave.node.firmware.update).
    audit: { action: 'uploads.start', detail: ['purpose', 'filename', 'size'], target: 'uploadId' },
  },
  'uploads.chunk': {
    input: z
      .object({
        uploadId: UploadId,
        /** Where this piece starts: the bytes received so far (pieces go in order). */
        offset: z.number().int().min(0),
        /** The piece, base64, at most UPLOAD_CHUNK_BYTES bytes. */
        data: z
          .string()
          .min(4)
          .max(MAX_CHUNK_BASE64)
          .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'data is base64.'),
      })
      .strict(),
    output: z.object({ received: z.number().int(), size: z.number().int(), complete: z.boolean() }),
    personal: 'none',
  },
  'uploads.cancel': { input: z.object({ uploadId: UploadId }).strict(), output: Ok, personal: 'none' },
});

export type UploadRequestName = keyof typeof uploadRequests;
