// Little-endian byte reader/writer for MT payloads. IEEE addresses travel LSB first on the wire
// and are shown as "0x" + 16 hex digits, most significant first (the form zigbee-herdsman uses).

export class MtParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MtParseError';
  }
}

export class ByteReader {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number): void {
    if (this.remaining < n) throw new MtParseError(`payload too short: needed ${n} more byte(s) at offset ${this.pos}`);
  }

  u8(): number {
    this.need(1);
    return this.buf.readUInt8(this.pos++);
  }

  u16(): number {
    this.need(2);
    const v = this.buf.readUInt16LE(this.pos);
    this.pos += 2;
    return v;
  }

  u32(): number {
    this.need(4);
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  ieee(): string {
    return ieeeFromWire(this.bytes(8));
  }

  bytes(n: number): Buffer {
    this.need(n);
    const out = Buffer.from(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return out;
  }

  rest(): Buffer {
    return this.bytes(this.remaining);
  }
}

export class ByteWriter {
  private readonly parts: Buffer[] = [];

  u8(v: number): this {
    this.parts.push(Buffer.from([v & 0xff]));
    return this;
  }

  u16(v: number): this {
    const b = Buffer.alloc(2);
    b.writeUInt16LE(v & 0xffff);
    this.parts.push(b);
    return this;
  }

  u32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v >>> 0);
    this.parts.push(b);
    return this;
  }

  ieee(v: string): this {
    this.parts.push(ieeeToWire(v));
    return this;
  }

  bytes(v: Uint8Array): this {
    this.parts.push(Buffer.from(v));
    return this;
  }

  build(): Buffer {
    return Buffer.concat(this.parts);
  }
}

const IEEE_RE = /^0x[0-9a-f]{16}$/;

export function normalizeIeee(v: string): string {
  const s = v.toLowerCase();
  if (!IEEE_RE.test(s)) throw new MtParseError(`not an IEEE address: ${v}`);
  return s;
}

export function ieeeToWire(v: string): Buffer {
  return Buffer.from(normalizeIeee(v).slice(2), 'hex').reverse();
}

export function ieeeFromWire(b: Uint8Array): string {
  return `0x${Buffer.from(b).reverse().toString('hex')}`;
}
