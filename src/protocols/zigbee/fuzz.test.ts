// Property-based fuzzing of what reaches the Zigbee side as bytes (issue 16): coordinator backup files and the Z-Stack
// emulator's serial frame parser. A file is read or refused saying it is not a backup; frames among noise are found.
// A quick slice runs in `npm test`; HEARTH_FUZZ_RUNS raises it (the soak).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, anyText, typedOrValue } from '../../shared/fuzz-kit';
import { HearthError } from '../../shared/errors';
import { coordinatorBackupOf } from './backup-file';
import { encodeFrame, MsgType, UnpiDecoder, UnpiFrameError, type UnpiFrame } from './simulator/unpi';



describe('Zigbee coordinator backup files', () => {
  const valid = {
    metadata: { format: 'zigpy/open-coordinator-backup', version: 1, source: 'fuzz', internal: { date: '2025-06-11T09:00:00Z' } },
    stack_specific: {},
    coordinator_ieee: '00124b0012345678',
    pan_id: '1a62',
    extended_pan_id: 'dddddddddddddddd',
    nwk_update_id: 0,
    security_level: 5,
    channel: 11,
    channel_mask: [11],
    network_key: { key: '01030507090b0d0f00020406080a0c0d', sequence_number: 0, frame_counter: 0 },
    devices: [],
  };

  it('any bytes, and a real backup with any field replaced: read, or refused saying it is not a backup', { timeout: FUZZ_TIMEOUT_MS }, () => {
    const fields = Object.keys(valid);
    const mutated = fc.tuple(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 })).map(([k, v]) => Buffer.from(JSON.stringify({ ...valid, [k]: v })));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), anyText.map((s) => Buffer.from(s)), mutated), (bytes) => {
        const r = typedOrValue(() => coordinatorBackupOf(bytes));
        if (r instanceof HearthError) expect(r.message).toMatch(/not a Zigbee coordinator backup/);
        else expect(Number.isInteger(r.channel)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe("the Z-Stack emulator's serial frame parser", () => {
  const frame = fc.record({
    type: fc.constantFrom(MsgType.SREQ, MsgType.SRSP, MsgType.AREQ),
    subsystem: fc.nat(0x1f),
    command: fc.nat(0xff),
    data: fc.uint8Array({ maxLength: 250 }).map((d) => Buffer.from(d)),
  }) as fc.Arbitrary<UnpiFrame>;
  /** Noise that holds no start-of-frame byte (0xFE), so the frames around it stay findable. */
  const noise = fc.uint8Array({ maxLength: 30 }).map((b) => Uint8Array.from(b, (x) => (x === 0xfe ? 0 : x)));

  /** Splits bytes into chunks at the given cut points, as a serial port delivers them. */
  const split = (bytes: Buffer, cuts: number[]) => {
    const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    return [...at, bytes.length].map((end, i) => bytes.subarray(i === 0 ? 0 : at[i - 1], end));
  };

  it('frames among line noise, cut anywhere: every frame is found, in order, and the noise reported as garbage', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(noise, frame), { maxLength: 6 }), fc.array(fc.nat(2000), { maxLength: 10 }), (parts, cuts) => {
        const bytes = Buffer.concat(parts.flatMap(([n, f]) => [n, encodeFrame(f)]));
        const found: UnpiFrame[] = [];
        let garbage = 0;
        const d = new UnpiDecoder((f) => found.push(f), (e) => {
          expect(e).toBeInstanceOf(UnpiFrameError);
          garbage += e.code === 'GARBAGE' ? 1 : 0;
        });
        for (const c of split(bytes, cuts)) d.push(c);
        expect(found.map((f) => encodeFrame(f).toString('hex'))).toEqual(parts.map(([, f]) => encodeFrame(f).toString('hex')));
        expect(d.pending).toBe(0);
        if (parts.some(([n]) => n.length > 0)) expect(garbage).toBeGreaterThan(0);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('any bytes at all: never throws, nothing is left waiting beyond one frame', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }), (chunks) => {
        const d = new UnpiDecoder(() => undefined, () => undefined);
        for (const c of chunks) d.push(c);
        expect(d.pending).toBeLessThanOrEqual(255);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
