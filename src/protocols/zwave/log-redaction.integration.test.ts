// zwave-js prints a SmartStart device's DSK at info level when it includes it. Its lines reach Hearth's log only
// through our transport (log.ts): the inclusion is logged, the DSK is not.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../shared/logger';
import { ZWaveAdapter } from './adapter';
import { redactZWave } from './log';
import { startZWaveSimulator, type ZWaveSimulator } from './simulator/server';
import { provision } from './smart-start';

const lines: string[] = [];
const capture: Logger = {
  info: (m, e) => lines.push(`${m} ${e === undefined ? '' : JSON.stringify(e)}`),
  warn: (m, e) => lines.push(`${m} ${e === undefined ? '' : JSON.stringify(e)}`),
  error: (m, e) => lines.push(`${m} ${e === undefined ? '' : JSON.stringify(e)}`),
};
let sim: ZWaveSimulator;
let adapter: ZWaveAdapter;
let dir: string;

const waitFor = async (ok: () => boolean, what: string, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-zwave-log-'));
  const k = () => new Uint8Array(randomBytes(16));
  const securityKeys = { S0_Legacy: k(), S2_Unauthenticated: k(), S2_Authenticated: k(), S2_AccessControl: k() };
  sim = await startZWaveSimulator({
    tickMs: 3_600_000,
    smartStartEveryMs: 250,
    securityKeys,
    nodes: [{ id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' }],
    spares: [{ key: 'porch', kind: 'dimmer', product: 'zen72', security: ['S2_Authenticated'], smartStart: true }],
  });
  adapter = new ZWaveAdapter({ port: sim.path, cacheDir: join(dir, 'cache'), label: 'test', log: capture, securityKeys, stackLog: true });
  await adapter.start();
}, 60_000);

afterAll(async () => {
  await adapter?.stop().catch(() => undefined);
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Z-Wave log redaction', () => {
  it('logs the SmartStart inclusion from zwave-js at info level without the DSK', async () => {
    const label = await sim.label('porch');
    const before = adapter.devices().length;
    await provision(adapter.ctx, label.qr, ['S2_Authenticated'], { name: 'Porch Dimmer' });
    await waitFor(() => lines.some((l) => /Including SmartStart node/.test(l)), 'zwave-js to log the SmartStart inclusion');
    await waitFor(() => adapter.devices().length > before, 'the porch dimmer to join', 40_000);
    // zwave-js's lines did reach the log…
    expect(lines.some((l) => l.startsWith('zwave-js ') && /Including SmartStart node with DSK <dsk>/.test(l))).toBe(true);
    // …and no line holds the DSK, whole or its groups in a row.
    const groups = label.dsk.split('-');
    for (const l of lines) {
      expect(l).not.toContain(label.dsk);
      expect(l).not.toContain(groups.slice(1, 3).join('-'));
    }
  }, 60_000);

  it('cuts whole and partial DSKs out of a line', () => {
    expect(redactZWave('DSK 12345-23456-34567-45678-56789-01234-12345-23456 ok')).toBe('DSK <dsk> ok');
    expect(redactZWave('PIN-less part 23456-34567 and node 5')).toBe('PIN-less part <dsk> and node 5');
    expect(redactZWave('home id 0xe0b4f9a2, node 12')).toBe('home id 0xe0b4f9a2, node 12');
  });
});
