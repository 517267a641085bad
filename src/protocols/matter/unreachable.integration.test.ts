// State is what the device confirmed, over real Matter on loopback: a thermostat that lost power does not take a
// setpoint (matter.js writes its own cache of the device first), so no state event may carry the value it never
// got; when it is back, the first report it sends brings it online again, without a command. Skips itself
// outside a loopback-only network namespace, like the other Matter integration tests (npm run test:matter).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../shared/integration';
import type { MatterEvent } from './facets';
import { MatterAdapter } from './adapter';
import { checkLoopbackOnlyNamespace } from './loopback-namespace';
import { Logger, LogLevel } from './matterjs';
import { VirtualMatterDevice } from './simulator/virtual-device';

const ns = checkLoopbackOnlyNamespace();
const SKIP_REASON = ns.ok ? '' : `skipped: not inside a loopback-only network namespace (${ns.reason}); run "npm run test:matter"`;
if (!ns.ok) console.warn(`[matter unreachable.integration] ${SKIP_REASON}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually<T>(events: T[], from: number, match: (e: T) => boolean, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const hit = events.slice(from).find(match);
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}; last events: ${JSON.stringify(events.slice(-4))}`);
    await sleep(20);
  }
}

describe.skipIf(!ns.ok)(`Matter: a device that lost power ${SKIP_REASON}`, () => {
  let dir: string;
  let thermostat: VirtualMatterDevice;
  let hearth: MatterAdapter;
  const events: IntegrationEvent<MatterEvent>[] = [];
  let id = '';
  const setpoints = (from: number) => events.slice(from).filter((e) => e.type === 'state' && e.nativeId === id && e.capabilityId === 'setpoint');

  beforeAll(async () => {
    Logger.level = LogLevel.FATAL;
    dir = await mkdtemp(join(tmpdir(), 'hearth-matter-unreachable-'));
    // Pairing data of its own: the sibling test files run devices on the same loopback at the same time.
    thermostat = await VirtualMatterDevice.start({
      kind: 'thermostat',
      id: 'unreachable-thermostat',
      storage: join(dir, 'thermostat'),
      discriminator: 0x410,
      passcode: 20202071,
      subscriptionMaxIntervalSeconds: 30,
    });
    hearth = new MatterAdapter({ dataDir: join(dir, 'hearth'), commandTimeoutMs: 3_000 });
    hearth.subscribe((e) => events.push(e));
    await hearth.start();
    id = (await hearth.commission({ code: thermostat.pairing.manualPairingCode, address: thermostat.address })).nativeId;
    await eventually(events, 0, (e) => e.type === 'health' && e.nativeId === id && e.health === 'online', 20_000, 'online');
  }, 60_000);

  afterAll(async () => {
    await thermostat?.powerOn();
    await thermostat?.stop();
    await hearth?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a setpoint the device never got changes no state; when it is back, the first thing it says brings it online', async () => {
    expect(hearth.devices().find((d) => d.nativeId === id)!.state.setpoint).toBe(20);
    await thermostat.powerOff();
    const from = events.length;
    const error = await hearth.command(id, 'setpoint', 25).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: expect.stringMatching(/^(TIMEOUT|DEVICE_UNREACHABLE)$/) });
    await sleep(2_000);
    expect(setpoints(from)).toEqual([]);
    expect(hearth.devices().find((d) => d.nativeId === id)).toMatchObject({ health: 'offline', state: { setpoint: 20 } });

    // Power is back. Whatever it sends first (here: matter.js still delivering the write it had queued, which the
    // thermostat now confirms), Hearth hears it, and it is online — not only once the subscription is renewed.
    const back = events.length;
    await thermostat.powerOn();
    const heard = await eventually(events, back, (e) => e.type === 'state' && e.nativeId === id, 30_000, 'the device heard from');
    await eventually(events, back, (e) => e.type === 'health' && e.nativeId === id && e.health === 'online', 2_000, 'online as soon as it was heard');
    if (heard.type === 'state' && heard.capabilityId === 'setpoint') expect(thermostat.read().heatingSetpoint).toBe(heard.value);
    expect(hearth.devices().find((d) => d.nativeId === id)!.health).toBe('online');
  }, 90_000);
});
