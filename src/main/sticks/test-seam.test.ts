// The e2e test seam for fake USB sticks must not switch on by accident: only for a data folder in the
// system's temporary folder and a file inside it, and it says so. When on, it lists and opens as promised.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testOpen } from './probe';
import { FAKE_STICKS_ENV, fakeSticksFromEnv } from './test-seam';

function recorder() {
  const warnings: string[] = [];
  return { warnings, log: { info() {}, warn: (m: string) => void warnings.push(m), error() {} } };
}

describe('fake USB sticks (test seam)', () => {
  it('is off without the variable, and refused for a data folder outside the temporary folder or a file outside it', () => {
    const { log, warnings } = recorder();
    expect(fakeSticksFromEnv({}, '/tmp/x', log)).toBeNull();
    expect(warnings).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'hearth-seam-'));
    expect(fakeSticksFromEnv({ [FAKE_STICKS_ENV]: join(dir, 'sticks.json') }, join(homedir(), '.config', 'Hearth'), log)).toBeNull();
    expect(fakeSticksFromEnv({ [FAKE_STICKS_ENV]: '/etc/passwd' }, dir, log)).toBeNull();
    expect(fakeSticksFromEnv({ [FAKE_STICKS_ENV]: join(dir, '..', 'elsewhere.json') }, dir, log)).toBeNull();
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain('is ignored: it is a test seam');
  });

  it('lists the file\'s ports each time and opens them as told: silent, permission denied, busy', async () => {
    const { log, warnings } = recorder();
    const dir = mkdtempSync(join(tmpdir(), 'hearth-seam-'));
    mkdirSync(join(dir, 'sub'));
    const file = join(dir, 'sub', 'sticks.json');
    const fake = fakeSticksFromEnv({ [FAKE_STICKS_ENV]: file }, dir, log)!;
    expect(warnings[0]).toContain('TEST SEAM');
    expect(await fake.listPorts()).toEqual([]);
    writeFileSync(file, JSON.stringify({ ports: [
      { path: '/dev/ttyUSB5', vendorId: '10c4', productId: 'ea60', pnpId: 'usb-X-if00-port0' },
      { path: '/dev/ttyACM5', behaviour: 'permission' },
      { path: '/dev/ttyACM6', behaviour: 'busy' },
    ] }));
    expect(await fake.listPorts()).toEqual([
      { path: '/dev/ttyUSB5', vendorId: '10c4', productId: 'ea60', pnpId: 'usb-X-if00-port0' }, { path: '/dev/ttyACM5' }, { path: '/dev/ttyACM6' },
    ]);
    const opts = { binding: fake.binding, timeoutMs: 50 };
    expect(await testOpen('/dev/serial/by-id/usb-X-if00-port0', 'zigbee', 'zstack', opts)).toMatchObject({ outcome: 'notCoordinator' });
    expect(await testOpen('/dev/ttyACM5', 'zwave', undefined, opts)).toMatchObject({ outcome: 'permission' });
    expect(await testOpen('/dev/ttyACM6', 'zwave', undefined, opts)).toMatchObject({ outcome: 'busy' });
    expect(await testOpen('/dev/ttyACM7', 'zwave', undefined, opts)).toMatchObject({ outcome: 'missing' });
  });
});
