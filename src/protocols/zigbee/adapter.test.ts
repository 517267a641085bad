import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HerdsmanLogger as Logger } from './herdsman';
import type { IntegrationEvent } from '../../shared/integration';
import { HearthError } from '../../shared/errors';
import { ZigbeeAdapter } from './adapter';

// herdsman's logging module, read live (setLogger replaces the exported object).
const herdsmanLogging = createRequire(import.meta.url)('zigbee-herdsman/dist/utils/logger') as { logger: Logger };

const dir = mkdtempSync(join(tmpdir(), 'hearth-zigbee-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = {
  serialPath: 'tcp://127.0.0.1:9',
  adapterType: 'zstack' as const,
  channel: 15,
  panId: 0x1a62,
  extendedPanId: new Uint8Array(8).fill(1),
  networkKey: new Uint8Array(16).fill(2),
  dataDir: dir,
};

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('ZigbeeAdapter options and start-up failures', () => {
  it('validates its options at construction', () => {
    expect(() => new ZigbeeAdapter({ ...base, serialPath: 'mdns://zigstar' })).toThrow(/mDNS/);
    expect(() => new ZigbeeAdapter({ ...base, networkKey: new Uint8Array(15) })).toThrow(/network key must be 16 bytes/);
    expect(() => new ZigbeeAdapter({ ...base, channel: 27 })).toThrow();
    expect(new ZigbeeAdapter(base).label).toBe('Zigbee zstack adapter at tcp://127.0.0.1:9');
  });

  it('reports an unreachable coordinator as a readable failure, not a crash', async () => {
    const port = await closedPort();
    const adapter = new ZigbeeAdapter({ ...base, serialPath: `tcp://127.0.0.1:${port}` });
    const events: IntegrationEvent<unknown>[] = [];
    adapter.subscribe((e) => events.push(e));
    const error = await adapter.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HearthError);
    expect(error).toMatchObject({ code: 'RADIO_UNAVAILABLE', message: `Hearth could not start the Zigbee adapter at tcp://127.0.0.1:${port}.` });
    expect(adapter.status()).toMatchObject({ state: 'failed', next: expect.stringMatching(/plugged in/) });
    expect(events.map((e) => (e.type === 'status' ? e.status.state : e.type))).toEqual(['starting', 'failed']);
    await expect(adapter.command('0x0000000000000001', 'onOff', true)).rejects.toMatchObject({ code: 'RADIO_UNAVAILABLE' });
    await expect(adapter.permitJoin(60)).rejects.toMatchObject({ code: 'RADIO_UNAVAILABLE' });
  });

  it('redacts the network key from everything herdsman and the converters log', async () => {
    const lines: string[] = [];
    const port = await closedPort();
    const adapter = new ZigbeeAdapter({ ...base, serialPath: `tcp://127.0.0.1:${port}`, log: { info: () => undefined, warn: (m) => lines.push(m), error: (m) => lines.push(m) } });
    await adapter.start().catch(() => undefined);
    expect(lines.length).toBeGreaterThan(0);
    // herdsman prints the key in hex when the adapter's network does not match the configuration
    const hex = Buffer.from(base.networkKey).toString('hex');
    herdsmanLogging.logger.error(`- Network Key: configured=${hex}, adapter:active=00`, 'zh:adapter:zstack:manager');
    expect(lines.at(-1)).toBe('zigbee zh:adapter:zstack:manager: - Network Key: configured=<redacted>, adapter:active=00');
    expect(lines.some((l) => l.includes(hex))).toBe(false);
  });
});
