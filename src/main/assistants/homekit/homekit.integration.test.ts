// Apple Home, end to end: a real core (a Premium home with a scripted radio), devices exposed to Apple Home, the
// bridge turned on on `lo`, and hap-controller pairing with it by the setup code the status gives the owner, reading
// and writing characteristics (Hearth's device changes through the core), hearing a change made in Hearth as an
// event, seeing an accessory go when it is no longer exposed, and unpairing. The bridge advertises (mDNS), so this
// runs only inside scripts/netns-run.sh's loopback-only namespace and is skipped, saying why, anywhere else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpClient } from 'hap-controller';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomekitStatus } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';

const interfaces = readFileSync('/proc/net/dev', 'utf8').split('\n').slice(2).map((l) => l.split(':')[0]!.trim()).filter(Boolean);
const inNamespace = process.env.HEARTH_NETNS === 'loopback' && interfaces.length === 1 && interfaces[0] === 'lo';
const why = inNamespace ? '' : ' (skipped: the bridge advertises, so it runs only inside scripts/netns-run.sh, a namespace with nothing but lo)';

/** HAP's short form of an Apple-defined UUID ("00000025-0000-1000-8000-0026BB765291" → "25"). */
const short = (t: string) => t.replace(/-0000-1000-8000-0026BB765291$/i, '').replace(/^0+/, '').toUpperCase();
const T = { name: '23', lightbulb: '43', on: '25', brightness: '8', outlet: '47', lock: '45', lockTarget: '1E', lockCurrent: '1D' };

interface HapChar { iid: number; type: string; value?: unknown }
interface HapAccessory { aid: number; services: { type: string; characteristics: HapChar[] }[] }

const nameOf = (a: HapAccessory) => a.services.flatMap((s) => s.characteristics).find((c) => short(c.type) === T.name)?.value;
function char(list: HapAccessory[], name: string, service: string, type: string): string {
  const a = list.find((x) => nameOf(x) === name);
  if (!a) throw new Error(`no accessory named ${name} among ${list.map(nameOf).join(', ')}`);
  const c = a.services.find((s) => short(s.type) === service)?.characteristics.find((x) => short(x.type) === type);
  if (!c) throw new Error(`${name} has no ${type} in service ${service}`);
  return `${a.aid}.${c.iid}`;
}

const dir = tempDir('hearth-homekit-');
let h: AssistantHome;
let client: HttpClient;
let status: HomekitStatus;

describe.skipIf(!inNamespace)(`Apple Home bridge with hap-controller on lo${why}`, () => {
  beforeAll(async () => {
    h = await assistantHome(dir, { tier: 'premium' });
    for (const name of ['Ceiling Light', 'Kettle Plug', 'Back Door', 'Colour Bulb']) {
      const r = await h.call('assistants.exposure.set', { assistant: 'homekit', deviceId: h.id(name), exposed: true });
      expect(r.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await client?.close().catch(() => undefined);
    await h?.core.stop();
  });

  it('is off until turned on, then runs on lo and tells the owner its setup code', async () => {
    const off = (await h.call('assistants.homekit.status', {})).result as HomekitStatus;
    expect(off).toMatchObject({ enabled: false, running: false, setup: null, exposed: 4 });
    const on = await h.call('assistants.homekit.enable', { interfaces: ['lo'], textVersion: '1' });
    expect(on.ok).toBe(true);
    status = (on.result as { status: HomekitStatus }).status;
    expect(status).toMatchObject({ enabled: true, running: true, advertisedOn: ['lo'], paired: 0 });
    expect(status.setup?.code).toMatch(/^\d{3}-\d{2}-\d{3}$/);
    expect(status.setup?.uri).toMatch(/^X-HM:\/\/[0-9A-Z]{9}[0-9A-Z]{4}$/);
    expect(status.port).toBeGreaterThan(0);
    // A member's token sees the bridge but never its code.
    const member = await h.core.dispatch('assistants.homekit.status', {}, { actor: 'api:x', grant: { role: 'member', scope: 'read', rooms: [] } });
    expect(member.ok && (member.result as HomekitStatus).setup).toBe(null);
  });

  it('pairs with the setup code, and a wrong code is refused', async () => {
    const wrong = new HttpClient('hearth', '127.0.0.1', status.port!);
    const bad = status.setup!.code === '111-22-333' ? '111-22-334' : '111-22-333';
    await expect(wrong.pairSetup(bad)).rejects.toThrow();
    await wrong.close().catch(() => undefined);
    client = new HttpClient('hearth', '127.0.0.1', status.port!, undefined, { usePersistentConnections: true });
    await client.pairSetup(status.setup!.code);
    const after = (await h.call('assistants.homekit.status', {})).result as HomekitStatus;
    expect(after.paired).toBe(1);
    // What hap-nodejs keeps (the bridge's secret key, the pairing) is sealed with Hearth's secrets: no file shows it.
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.parentPath.endsWith('homekit'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(f.parentPath, f.name), 'utf8');
      expect(text.startsWith('hearth-sealed:v1:')).toBe(true);
      expect(text).not.toContain(status.setup!.code);
      expect(text).not.toContain('signSk');
    }
  }, 60_000);

  it('reads the exposed devices and writes from Apple Home change them through the core', async () => {
    const list = (await client.getAccessories()).accessories as unknown as HapAccessory[];
    // The bridge itself ("Hearth" and four characters of its id, as hap-nodejs names it), then one accessory per device.
    expect(list.map(nameOf).sort()).toEqual(['Back Door', 'Ceiling Light', 'Colour Bulb', expect.stringMatching(/^Hearth [0-9A-F]{4}$/), 'Kettle Plug']);
    const on = char(list, 'Ceiling Light', T.lightbulb, T.on);
    const level = char(list, 'Ceiling Light', T.lightbulb, T.brightness);
    const read = await client.getCharacteristics([on, level]);
    expect(read.characteristics.map((c) => Number(c.value))).toEqual([0, 0]); // off (HAP carries booleans as 0 or 1), 0 %
    await client.setCharacteristics({ [on]: true, [level]: 60 });
    const light = () => h.core.devices.find(h.id('Ceiling Light'))!.state;
    await expect.poll(light).toMatchObject({ onOff: true, level: 60 });
    // The lock: Apple Home's "unsecured" target opens it.
    await client.setCharacteristics({ [char(list, 'Back Door', T.lock, T.lockTarget)]: 0 });
    await expect.poll(() => h.core.devices.find(h.id('Back Door'))!.state.lock).toBe(false);
    // Each change is in the audit log as Apple Home's.
    const rows = h.core.db.prepare("SELECT actor FROM audit_log WHERE actor LIKE 'homekit:%'").all();
    expect(rows.length).toBeGreaterThan(0);
  }, 60_000);

  it('a change made in Hearth reaches the controller as an event', async () => {
    const list = (await client.getAccessories()).accessories as unknown as HapAccessory[];
    const level = char(list, 'Ceiling Light', T.lightbulb, T.brightness);
    const heard: unknown[] = [];
    client.on('event', (e: { characteristics: { aid: number; iid: number; value: unknown }[] }) => {
      for (const c of e.characteristics) if (`${c.aid}.${c.iid}` === level) heard.push(c.value);
    });
    await client.subscribeCharacteristics([level]);
    const r = await h.call('devices.command', { deviceId: h.id('Ceiling Light'), capabilityId: 'level', value: 25 });
    expect(r.ok).toBe(true);
    await expect.poll(() => heard, { timeout: 10_000 }).toContain(25);
    await client.unsubscribeCharacteristics([level]);
  }, 60_000);

  it('a device no longer exposed leaves the bridge without a restart; an offline one answers "no response"', async () => {
    await h.call('assistants.exposure.set', { assistant: 'homekit', deviceId: h.id('Kettle Plug'), exposed: false });
    await expect.poll(async () => ((await client.getAccessories()).accessories as unknown as HapAccessory[]).map(nameOf), { timeout: 10_000 }).not.toContain('Kettle Plug');
    const list = (await client.getAccessories()).accessories as unknown as HapAccessory[];
    const on = char(list, 'Colour Bulb', T.lightbulb, T.on);
    h.radio.emit({ type: 'health', nativeId: '7', health: 'offline' });
    await expect.poll(() => h.core.devices.find(h.id('Colour Bulb'))!.health).toBe('offline');
    const r = await client.getCharacteristics([on]);
    expect(r.characteristics[0]).toMatchObject({ status: -70402 });
  }, 60_000);

  it('unpairs: the controller removes its own pairing and the bridge counts none', async () => {
    const me = client.getLongTermData()!.iOSDevicePairingID;
    await client.removePairing(me);
    await expect.poll(async () => ((await h.call('assistants.homekit.status', {})).result as HomekitStatus).paired).toBe(0);
  }, 60_000);

  it('resetting pairings makes a new setup code and forgets the controllers', async () => {
    const again = new HttpClient('hearth', '127.0.0.1', status.port!);
    await again.pairSetup(status.setup!.code);
    expect(((await h.call('assistants.homekit.status', {})).result as HomekitStatus).paired).toBe(1);
    await again.close().catch(() => undefined);
    const r = await h.call('assistants.homekit.resetPairings', {});
    const reset = (r.result as { status: HomekitStatus }).status;
    expect(reset).toMatchObject({ running: true, paired: 0 });
    expect(reset.setup!.code).not.toBe(status.setup!.code);
    expect(reset.setup!.uri).not.toBe(status.setup!.uri);
    status = reset;
  }, 60_000);

  it('turned off, it stops answering', async () => {
    const off = await h.call('assistants.homekit.disable', {});
    expect((off.result as { status: HomekitStatus }).status).toMatchObject({ enabled: false, running: false, port: null });
    const again = new HttpClient('hearth', '127.0.0.1', status.port!);
    await expect(again.pairSetup(status.setup!.code)).rejects.toThrow();
    await again.close().catch(() => undefined);
  }, 60_000);
});

describe('Apple Home bridge outside a namespace', () => {
  it.skipIf(inNamespace)('is not started by this file', () => {
    expect(inNamespace).toBe(false);
  });
});
