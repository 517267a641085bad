import { beforeAll, describe, expect, it } from 'vitest';
// zigbee-herdsman's own UNPI implementation, used here only as an independent cross-check.
import { HerdsmanUnpiFrame as HerdsmanFrame, HerdsmanUnpiParser as HerdsmanParser, setHerdsmanLogger as setLogger } from '../herdsman';
import { MAX_PAYLOAD, MsgType, type UnpiFrame, UnpiDecoder, type UnpiFrameError, checksum, encodeFrame } from './unpi';

function decodeAll(chunks: Uint8Array[]): { frames: UnpiFrame[]; errors: UnpiFrameError[] } {
  const frames: UnpiFrame[] = [];
  const errors: UnpiFrameError[] = [];
  const d = new UnpiDecoder((f) => frames.push(f), (e) => errors.push(e));
  for (const c of chunks) d.push(c);
  return { frames, errors };
}

const ping: UnpiFrame = { type: MsgType.SREQ, subsystem: 0x01, command: 0x01, data: Buffer.alloc(0) };
const version: UnpiFrame = { type: MsgType.SRSP, subsystem: 0x01, command: 0x02, data: Buffer.from([2, 1, 2, 7, 1, 0x5b, 0x1a, 0x34, 0x01]) };

describe('UNPI framing', () => {
  beforeAll(() => {
    const quiet = () => undefined;
    setLogger({ debug: quiet, info: quiet, warning: quiet, error: quiet });
  });

  it('encodes SYS_PING exactly as TI documents it', () => {
    expect([...encodeFrame(ping)]).toEqual([0xfe, 0x00, 0x21, 0x01, 0x20]);
  });

  it('computes the FCS as XOR over length, command and data', () => {
    const bytes = encodeFrame(version);
    expect(bytes[bytes.length - 1]).toBe(checksum(bytes.subarray(1, bytes.length - 1)));
    expect(checksum(Buffer.from([0x00, 0x21, 0x01]))).toBe(0x20);
  });

  it('round-trips frames delivered in one chunk or byte by byte', () => {
    const wire = Buffer.concat([encodeFrame(ping), encodeFrame(version)]);
    expect(decodeAll([wire]).frames).toEqual([ping, version]);
    const oneByOne = decodeAll([...wire].map((b) => Buffer.from([b])));
    expect(oneByOne.frames).toEqual([ping, version]);
    expect(oneByOne.errors).toEqual([]);
  });

  it('reports leading garbage as a GARBAGE error and still finds the frame behind it', () => {
    const { frames, errors } = decodeAll([Buffer.from([0xef, 0x00, 0x13]), encodeFrame(ping)]);
    expect(frames).toEqual([ping]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('GARBAGE');
    expect([...(errors[0]?.bytes ?? [])]).toEqual([0xef, 0x00, 0x13]);
    expect(errors[0]?.message).toMatch(/skipped 3 byte/);
  });

  it('rejects a frame with a bad FCS with a readable error and recovers on the next frame', () => {
    const bad = encodeFrame(version);
    bad.writeUInt8((bad.at(-1) ?? 0) ^ 0xff, bad.length - 1);
    const { frames, errors } = decodeAll([bad, encodeFrame(ping)]);
    expect(frames).toEqual([ping]);
    expect(errors.map((e) => e.code)).toEqual(['BAD_FCS']);
    expect(errors[0]?.message).toMatch(/checksum mismatch/);
  });

  it('rejects an oversize length byte instead of waiting forever for 255 bytes', () => {
    const { frames, errors } = decodeAll([Buffer.from([0xfe, 0xff, 0x21, 0x01]), encodeFrame(ping)]);
    expect(errors.map((e) => e.code)).toEqual(['TOO_LONG']);
    expect(frames).toEqual([ping]);
  });

  it('waits for the rest of a partial frame', () => {
    const wire = encodeFrame(version);
    const frames: UnpiFrame[] = [];
    const d = new UnpiDecoder((f) => frames.push(f));
    d.push(wire.subarray(0, 6));
    expect(frames).toEqual([]);
    expect(d.pending).toBe(6);
    d.push(wire.subarray(6));
    expect(frames).toEqual([version]);
    expect(d.pending).toBe(0);
  });

  it('refuses to encode payloads above the MT limit', () => {
    expect(() => encodeFrame({ ...ping, data: Buffer.alloc(MAX_PAYLOAD + 1) })).toThrow(RangeError);
  });

  it('never throws on random line noise', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    const noise = Buffer.from(Array.from({ length: 5000 }, rand));
    const d = new UnpiDecoder(() => undefined, () => undefined);
    expect(() => {
      for (let i = 0; i < noise.length; i += 7) d.push(noise.subarray(i, i + 7));
    }).not.toThrow();
  });

  it('agrees with zigbee-herdsman\'s own UNPI parser in both directions', async () => {
    const parser = new HerdsmanParser();
    const parsed = new Promise<HerdsmanFrame>((resolve) => parser.once('parsed', resolve));
    parser.write(encodeFrame(version));
    const theirs = await parsed;
    expect(theirs.type).toBe(version.type);
    expect(theirs.subsystem).toBe(version.subsystem);
    expect(theirs.commandID).toBe(version.command);
    expect([...theirs.data]).toEqual([...version.data]);

    const herdsmanBytes = new HerdsmanFrame(MsgType.AREQ as number, 0x04, 0x81, Buffer.from([1, 2, 3])).toBuffer();
    expect(decodeAll([herdsmanBytes]).frames).toEqual([{ type: MsgType.AREQ, subsystem: 0x04, command: 0x81, data: Buffer.from([1, 2, 3]) }]);
  });
});
