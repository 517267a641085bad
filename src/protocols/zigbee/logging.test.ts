// herdsman prints the network key when the adapter's configuration does not match ours; in whatever case and
// spelling it prints it, the key never reaches Hearth's log.
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../shared/logger';
import { herdsmanLogger } from './herdsman';
import { installLogging } from './logging';

const KEY = Uint8Array.from([0x01, 0x03, 0x05, 0x07, 0x09, 0x0b, 0x0d, 0x0f, 0x00, 0x02, 0x04, 0x06, 0x08, 0x0a, 0x0c, 0x0d]);
const hex = Buffer.from(KEY).toString('hex');

function capture(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const put = (m: string, e?: unknown) => lines.push(e === undefined ? m : `${m} ${JSON.stringify(e)}`);
  return { log: { info: put, warn: put, error: put }, lines };
}

describe('Zigbee log redaction', () => {
  it.each([
    ['lower-case hex', `Configuration mismatch: networkKey ${hex}`],
    ['upper-case hex', `Configuration mismatch: networkKey ${hex.toUpperCase()}`],
    ['0x-prefixed upper-case hex', `networkKey: 0x${hex.toUpperCase()}`],
    ['a number list', `networkKey [${[...KEY].join(',')}] does not match`],
    ['a number list with spaces', `networkKey [${[...KEY].join(', ')}] does not match`],
    ['hex bytes with separators', `key ${[...KEY].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':')}`],
  ])('keeps the network key out of the log when herdsman prints it as %s', (_what, line) => {
    const { log, lines } = capture();
    installLogging(log, [KEY]);
    herdsmanLogger.error(line, 'zh:adapter');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('<redacted>');
    const out = lines[0]!.toLowerCase().replace(/[^0-9a-f]/g, '');
    expect(out).not.toContain(hex);
    expect(lines[0]).not.toMatch(/1,\s*3,\s*5,\s*7,\s*9,\s*11/);
  });
});
