// Sends a file to the core in pieces (contract/uploads.ts): each piece one quick request well under the hub's message
// limit, the whole checked by its SHA-256. A file over the purpose's limit is refused before anything is sent, in the
// core's own words. A failed send cancels the upload, so nothing is left half-sent.
import { tooLargeText, UPLOAD_LIMITS, type UploadPurpose } from '../../shared/contract';
import { ApiError, type Client } from './client';

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

export const cancelledText = 'You cancelled sending the file.';

/** Sends `file` and answers its upload id, for the request that uses it. `onProgress` hears the bytes sent; `signal`
 * stops sending (the upload is cancelled and the promise fails with CANCELLED). */
export async function uploadFile(
  c: Client,
  purpose: UploadPurpose,
  file: Blob | Uint8Array<ArrayBuffer>,
  filename: string,
  onProgress?: (sent: number, size: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > UPLOAD_LIMITS[purpose]) throw new ApiError({ code: 'BAD_REQUEST', message: tooLargeText(purpose, size), next: 'Check that this is the right file.' });
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
  const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
  const started = await c.call('uploads.start', { purpose, filename, size, sha256 });
  try {
    for (let offset = 0; offset < size; offset += started.chunkBytes) {
      if (signal?.aborted) throw new ApiError({ code: 'CANCELLED', message: cancelledText });
      const piece = bytes.subarray(offset, Math.min(size, offset + started.chunkBytes));
      const r = await c.call('uploads.chunk', { uploadId: started.uploadId, offset, data: base64(piece) });
      onProgress?.(r.received, size);
    }
  } catch (err) {
    await c.call('uploads.cancel', { uploadId: started.uploadId }).catch(() => undefined);
    throw err;
  }
  return started.uploadId;
}
