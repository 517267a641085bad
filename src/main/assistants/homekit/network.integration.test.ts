// Apple Home on "the home network", without leaving loopback: the bridge is told that `lo` is a network connection whose
// only address is 127.0.0.1. Turning it on there records the consent; a connection reaching hap-nodejs's socket on
// another address (127.0.0.2, also on lo but not the chosen connection's) is closed before a byte, while 127.0.0.1
// pairs; withdrawing the consent on the Privacy side takes the bridge off at once. Runs only inside
// scripts/netns-run.sh's loopback-only namespace (the bridge advertises), and is skipped, saying why, anywhere else.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { HttpClient } from 'hap-controller';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';
import { HomekitService } from '.';

const interfaces = readFileSync('/proc/net/dev', 'utf8').split('\n').slice(2).map((l) => l.split(':')[0]!.trim()).filter(Boolean);
const inNamespace = process.env.HEARTH_NETNS === 'loopback' && interfaces.length === 1 && interfaces[0] === 'lo';
const why = inNamespace ? '' : ' (skipped: the bridge advertises, so it runs only inside scripts/netns-run.sh, a namespace with nothing but lo)';

/** Whether a TCP connection to host:port stays open long enough to be answered (false: closed at once). */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host, port }, () => s.write('GET /accessories HTTP/1.1\r\nHost: x\r\n\r\n'));
    s.once('data', () => (s.destroy(), resolve(true)));
    s.once('close', () => resolve(false));
    s.once('error', () => resolve(false));
    setTimeout(() => (s.destroy(), resolve(false)), 5000);
  });
}

const dir = tempDir('hearth-homekit-net-');
let h: AssistantHome;
let homekit: HomekitService;

describe.skipIf(!inNamespace)(`Apple Home on a chosen network connection${why}`, () => {
  beforeAll(async () => {
    h = await assistantHome(dir, { tier: 'premium' });
    await h.core.homekit.stop(); // this test's own bridge below, told a different story about the connections
    homekit = new HomekitService({
      dataDir: join(dir, 'net'), settings: h.core.settings, bus: h.core.bus, exposure: h.core.exposure, devices: h.core.devices,
      consents: h.core.consents, secrets: h.core.secrets, log: { debug() {}, info() {}, warn() {}, error() {} } as never, demo: () => false, unit: () => 'C',
      command: (input, ctx) => h.core.dispatch('devices.command', input, ctx),
      interfaces: () => [{ name: 'lo', ipv4: ['127.0.0.1'], ipv6: [], loopback: false }],
    });
    await homekit.start();
    await h.call('assistants.exposure.set', { assistant: 'homekit', deviceId: h.id('Floor Lamp'), exposed: true });
  });
  afterAll(async () => {
    await homekit?.stop();
    await h?.core.stop();
  });

  it('turned on on a network connection, records the consent, and answers only on that connection’s address', async () => {
    const r = await homekit.enable(['lo'], '1', 'test');
    expect(r.status).toMatchObject({ running: true, advertisedOn: ['lo'] });
    expect(h.core.consents.has('appleHomeNetwork')).toBe(true);
    const port = r.status.port!;
    expect(await answers('127.0.0.2', port)).toBe(false);
    expect(await answers('127.0.0.1', port)).toBe(true);
    const client = new HttpClient('hearth', '127.0.0.1', port);
    await client.pairSetup(r.status.setup!.code);
    expect(homekit.status(true).paired).toBe(1);
    await client.close().catch(() => undefined);
  }, 60_000);

  it('withdrawing the consent takes it off the network at once, saying why', async () => {
    const port = homekit.status(true).port!;
    const r = await h.call('consent.set', { purpose: 'appleHomeNetwork', granted: false, textVersion: '1' });
    expect(r.ok).toBe(true);
    await expect.poll(() => homekit.status(true).running).toBe(false);
    expect(homekit.status(true).problem).toMatch(/consent was withdrawn/);
    expect(await answers('127.0.0.1', port)).toBe(false);
  }, 60_000);
});

describe('Apple Home on a chosen network connection, outside a namespace', () => {
  it.skipIf(inNamespace)('is not started by this file', () => {
    expect(inNamespace).toBe(false);
  });
});
