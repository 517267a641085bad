// UNPI framing as used by TI Z-Stack ZNP firmware over serial/TCP:
//   SOF(0xFE) | LEN | CMD0 (type<<5 | subsystem) | CMD1 (command id) | DATA[LEN] | FCS (XOR of LEN..DATA)
// Written from the TI "Unified Network Processor Interface" description; the decoder reports
// garbage, bad checksums and oversize lengths as values instead of throwing.

export const SOF = 0xfe;
/** Largest MT payload a ZNP accepts (LEN is one byte, TI firmware caps it at 250). */
export const MAX_PAYLOAD = 250;

export enum MsgType {
  POLL = 0,
  SREQ = 1,
  AREQ = 2,
  SRSP = 3,
}

export interface UnpiFrame {
  type: MsgType;
  subsystem: number;
  command: number;
  data: Buffer;
}

export type UnpiErrorCode = 'GARBAGE' | 'BAD_FCS' | 'TOO_LONG';

export class UnpiFrameError extends Error {
  readonly code: UnpiErrorCode;
  /** The bytes that were discarded. */
  readonly bytes: Buffer;
  constructor(code: UnpiErrorCode, message: string, bytes: Buffer) {
    super(message);
    this.name = 'UnpiFrameError';
    this.code = code;
    this.bytes = bytes;
  }
}

/** XOR checksum over LEN, CMD0, CMD1 and DATA. */
export function checksum(bytes: Uint8Array): number {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

export function encodeFrame(frame: UnpiFrame): Buffer {
  if (frame.data.length > MAX_PAYLOAD) {
    throw new RangeError(`UNPI payload of ${frame.data.length} bytes exceeds the ${MAX_PAYLOAD}-byte limit`);
  }
  if (frame.subsystem < 0 || frame.subsystem > 0x1f) throw new RangeError(`bad subsystem ${frame.subsystem}`);
  const out = Buffer.alloc(frame.data.length + 5);
  out[0] = SOF;
  out[1] = frame.data.length;
  out[2] = ((frame.type & 0x07) << 5) | (frame.subsystem & 0x1f);
  out[3] = frame.command & 0xff;
  frame.data.copy(out, 4);
  out[out.length - 1] = checksum(out.subarray(1, out.length - 1));
  return out;
}

/**
 * Streaming decoder: feed it whatever the transport delivers; it calls `onFrame` for every valid
 * frame and `onError` for every discarded run of bytes, then resynchronises on the next SOF.
 */
export class UnpiDecoder {
  private buf: Buffer = Buffer.alloc(0);

  constructor(
    private readonly onFrame: (frame: UnpiFrame) => void,
    private readonly onError: (error: UnpiFrameError) => void = () => undefined,
  ) {}

  /** Bytes buffered while waiting for the rest of a frame. */
  get pending(): number {
    return this.buf.length;
  }

  reset(): void {
    this.buf = Buffer.alloc(0);
  }

  push(chunk: Uint8Array): void {
    this.buf = this.buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buf, chunk]);
    for (;;) {
      if (this.buf.length === 0) return;
      if (this.buf[0] !== SOF) {
        const next = this.buf.indexOf(SOF);
        const skipped = next === -1 ? this.buf : this.buf.subarray(0, next);
        this.buf = next === -1 ? Buffer.alloc(0) : this.buf.subarray(next);
        this.onError(new UnpiFrameError('GARBAGE', `skipped ${skipped.length} byte(s) before start-of-frame`, Buffer.from(skipped)));
        continue;
      }
      if (this.buf.length < 2) return;
      const len = this.buf[1] ?? 0;
      if (len > MAX_PAYLOAD) {
        this.dropSof('TOO_LONG', `declared length ${len} exceeds ${MAX_PAYLOAD}`);
        continue;
      }
      const total = len + 5;
      if (this.buf.length < total) return;
      const body = this.buf.subarray(1, total - 1);
      const fcs = this.buf[total - 1];
      if (checksum(body) !== fcs) {
        this.dropSof('BAD_FCS', `checksum mismatch (expected 0x${checksum(body).toString(16)}, got 0x${(fcs ?? 0).toString(16)})`);
        continue;
      }
      const cmd0 = this.buf[2] ?? 0;
      const frame: UnpiFrame = {
        type: (cmd0 >> 5) as MsgType,
        subsystem: cmd0 & 0x1f,
        command: this.buf[3] ?? 0,
        data: Buffer.from(this.buf.subarray(4, total - 1)),
      };
      this.buf = this.buf.subarray(total);
      this.onFrame(frame);
    }
  }

  /**
   * Discard a broken frame up to the next SOF (not past it), so a real frame hidden behind a
   * corrupted length byte can still be found. One error is reported per broken frame.
   */
  private dropSof(code: UnpiErrorCode, message: string): void {
    const next = this.buf.indexOf(SOF, 1);
    const end = next === -1 ? this.buf.length : next;
    const dropped = Buffer.from(this.buf.subarray(0, end));
    this.buf = this.buf.subarray(end);
    this.onError(new UnpiFrameError(code, message, dropped));
  }
}
