// The demo home's Z-Wave spares: their printed labels (demo only) match what their simulated devices hold.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietLog, tempDir } from '../../test/temp';
import { startDemoZWave } from './demo';

const k = () => new Uint8Array(randomBytes(16));
let demo: Awaited<ReturnType<typeof startDemoZWave>>;

beforeAll(async () => {
  demo = await startDemoZWave(tempDir('hearth-zwave-demo-'), { S0_Legacy: k(), S2_Unauthenticated: k(), S2_Authenticated: k(), S2_AccessControl: k() }, quietLog);
});
afterAll(async () => {
  await demo?.close();
});

describe('Z-Wave demo labels', () => {
  it('shows the S2 plug\'s DSK and PIN, the SmartStart dimmer\'s QR code, and no codes for the S0 and plain switches', async () => {
    const labels = await demo.demo.labels();
    expect(labels.map((l) => [l.key, l.kind, l.inBox, l.demoOnly])).toEqual([
      ['s2-plug', 's2', true, true],
      ['s0-switch', 's0', true, true],
      ['smartstart-dimmer', 'smartStart', true, true],
      ['replacement-switch', 'insecure', true, true],
    ]);
    const plug = labels[0]!;
    expect(plug.dsk).toMatch(/^\d{5}(-\d{5}){7}$/);
    expect(plug.pin).toBe(plug.dsk!.slice(0, 5));
    expect(plug.qr).toBeNull();
    expect(labels[1]).toMatchObject({ dsk: null, pin: null, qr: null });
    const dimmer = labels[2]!;
    // Read as a SmartStart code (the stick is not running: without the device database's names).
    expect(await demo.integration.facets.smartStart.parse(dimmer.qr!)).toMatchObject({ dsk: dimmer.dsk, version: 'SmartStart', requestedClasses: ['S2_Authenticated'] });
  });
});
