// Matter on a home network, across a private LAN made of network namespaces (namespaces.ts): virtual devices in
// one namespace, Hearth's controller (limited to the interface the user chose) in another, a second controller in
// a third, joined by veth pairs on a bridge. Commission by the code on the label (found by mDNS on that link),
// control it, share it with the other controller (multi-admin), unplug Hearth's link (offline, with the reason),
// plug it back (resubscribed, state flows again). Needs root; skips itself, with the reason, otherwise.
// `npm run test:matter-lan` runs it under scripts/matter-leak-check.sh, which counts the packets reaching a
// "real" network beside it (must be 0); inside `npm test` it runs in test:unit's loopback-only namespace.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canMakeNamespaces, describeNamespace, LAN, Peer, wireLan } from './namespaces';
import type { PeerEvent } from './messages';

const can = await canMakeNamespaces();
const SKIP = can.ok ? '' : `skipped: ${can.reason}`;
if (!can.ok) console.warn(`[matter-lan] ${SKIP}`);

function eventually(peer: Peer, match: (e: PeerEvent) => boolean, ms: number, what: string): Promise<PeerEvent> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const hit = peer.events.find(match);
      if (hit) return resolve(hit);
      if (Date.now() - started > ms) return reject(new Error(`timed out after ${ms} ms waiting for ${what}; ${peer.name} saw ${JSON.stringify(peer.events.slice(-8))}`));
      setTimeout(poll, 50);
    };
    poll();
  });
}

const ownInterfaces = () =>
  readFileSync('/proc/net/dev', 'utf8')
    .split('\n')
    .slice(2)
    .map((l) => l.split(':')[0]!.trim())
    .filter(Boolean)
    .sort();

describe.skipIf(!can.ok)(`Matter on a home network made of namespaces ${SKIP}`, () => {
  let dir: string;
  let devices: Peer;
  let hearth: Peer;
  let other: Peer;
  let lampId = '';
  let pairing: { manualPairingCode: string; qrPairingCode: string };
  const before = ownInterfaces();
  const log: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-matter-lan-'));
    const stderr = (text: string) => (process.env.HEARTH_LAN_LOG ? process.stderr.write(text) : log.push(text));
    [devices, hearth, other] = await Promise.all([Peer.start('devices', stderr), Peer.start('hearth', stderr), Peer.start('other', stderr)]);
    await wireLan(devices, hearth, other);
    pairing = (await devices.call('startDevice', { iface: LAN.bridge, dir: join(dir, 'lamp'), deviceId: 'lamp', passcode: 20202041, discriminator: 0x4d1 })) as typeof pairing;
    await Promise.all([
      hearth.call('startController', { iface: LAN.iface, dir: join(dir, 'hearth'), fabricLabel: 'Hearth' }),
      other.call('startController', { iface: LAN.iface, dir: join(dir, 'other'), fabricLabel: 'Other app' }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([devices, hearth, other].map((p) => p?.stop()));
    for (const p of [devices, hearth, other]) p?.kill();
    if (dir) await rm(dir, { recursive: true, force: true });
    if (log.length) console.log(log.join('').slice(-4000));
  }, 30_000);

  it('is a closed LAN: only lo, the bridge and veths, private addresses, no default route anywhere', async () => {
    expect((await describeNamespace(devices)).interfaces.sort()).toEqual(['br0', 'dh', 'do', 'lo']);
    for (const p of [hearth, other]) expect((await describeNamespace(p)).interfaces.sort()).toEqual(['eth0', 'lo']);
    for (const p of [devices, hearth, other]) expect((await describeNamespace(p)).defaultRoutes).toBe('');
    // Nothing was added to the namespace the test itself runs in.
    expect(ownInterfaces()).toEqual(before);
  });

  it('commissions the lamp by the code on its label, found by mDNS on the chosen interface', async () => {
    const added = (await hearth.call('commission', { code: pairing.manualPairingCode })) as { nativeId: string; state: Record<string, unknown>; address: { ip: string } | null };
    lampId = added.nativeId;
    expect(added.state).toEqual({ onOff: false });
    // Reached over the LAN, not loopback: the device's ULA, its link-local address on eth0, or its IPv4 address.
    expect(added.address?.ip).toMatch(/^(fd00:4d::1|fe80:.*|10\.77\.0\.1)$/);
    expect(await devices.call('readDevice', { deviceId: 'lamp' })).toMatchObject({ commissioned: true, fabrics: 1 });
  }, 60_000);

  it('switches the lamp and sees the state the lamp reports, both ways', async () => {
    await hearth.call('command', { nativeId: lampId, capabilityId: 'onOff', value: true });
    await eventually(hearth, (e) => e.type === 'state' && e.capabilityId === 'onOff' && e.value === true, 10_000, 'onOff true');
    expect(await devices.call('readDevice', { deviceId: 'lamp' })).toMatchObject({ onOff: true });
    await devices.call('flipDevice', { deviceId: 'lamp', onOff: false });
    await eventually(hearth, (e) => e.type === 'state' && e.capabilityId === 'onOff' && e.value === false, 10_000, 'onOff false reported by the lamp');
  }, 30_000);

  it('shares the lamp with a second controller in a third namespace (multi-admin)', async () => {
    const window = (await hearth.call('openWindow', { nativeId: lampId })) as { manualPairingCode: string };
    const theirs = (await other.call('commission', { code: window.manualPairingCode })) as { nativeId: string };
    const fabrics = (await hearth.call('fabrics', { nativeId: lampId })) as { fabrics: { label: string; isHearth: boolean }[] };
    expect(fabrics.fabrics.map((f) => [f.label, f.isHearth])).toEqual([
      ['Hearth', true],
      ['Other app', false],
    ]);
    await other.call('command', { nativeId: theirs.nativeId, capabilityId: 'onOff', value: true });
    await eventually(hearth, (e) => e.type === 'state' && e.capabilityId === 'onOff' && e.value === true && hearth.events.filter((x) => x.type === 'state').length >= 3, 10_000, 'the other controller’s change, seen by Hearth');
  }, 60_000);

  it('marks the lamp offline, with the reason, when Hearth’s link goes down, and resubscribes when it is back', async () => {
    hearth.events.length = 0;
    await devices.sh('ip', 'link', 'set', LAN.hearth.port, 'down');
    const down = Date.now();
    const offline = await eventually(hearth, (e) => e.type === 'reachability' && !e.online, 60_000, 'offline with a reason');
    expect(offline).toMatchObject({ nativeId: lampId, reason: expect.stringMatching(/stopped hearing from the device|did not answer/) });
    expect(hearth.events).toContainEqual({ type: 'health', nativeId: lampId, health: 'offline' });
    console.log(`[matter-lan] offline after ${Date.now() - down} ms`);

    await devices.sh('ip', 'link', 'set', LAN.hearth.port, 'up');
    const up = Date.now();
    const back = await eventually(hearth, (e) => e.type === 'reachability' && e.online, 60_000, 'online again');
    console.log(`[matter-lan] online again after ${Date.now() - up} ms`);
    expect(back).toMatchObject({ nativeId: lampId, reason: expect.stringMatching(/Connected again|reported again/) });
    hearth.events.length = 0;
    // The other controller left it on; someone switches it off at the lamp: Hearth hears it on the new subscription.
    expect(await devices.call('readDevice', { deviceId: 'lamp' })).toMatchObject({ onOff: true });
    await devices.call('flipDevice', { deviceId: 'lamp', onOff: false });
    await eventually(hearth, (e) => e.type === 'state' && e.capabilityId === 'onOff' && e.value === false, 15_000, 'a fresh report after reconnecting');
    await hearth.call('command', { nativeId: lampId, capabilityId: 'onOff', value: true });
    expect(await devices.call('readDevice', { deviceId: 'lamp' })).toMatchObject({ onOff: true });
  }, 150_000);
});
