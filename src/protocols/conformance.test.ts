// One conformance suite for every integration (shared/integration.ts), run against each stack's own simulator
// through its harness (src/protocols/<stack>/test/harness.ts): the real library on one side, a simulated network
// on the other, nothing stubbed. Every stack must behave alike here; a new one adds its harness to HARNESSES and
// passes the same cases (MQTT: a real mosquitto with simulated Wi-Fi devices). Matter runs only inside a loopback-only network namespace
// (npm run test:conformance and npm run test:unit run it there); elsewhere it skips itself, saying why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearthError } from '../shared/errors';
import type { AnyIntegration, IntegrationEvent, IntegrationFeature } from '../shared/integration';
import { Capability, type CapabilityValue } from '../shared/model';
import type { ConformanceHarness, SimulatedNetwork } from './conformance/harness';
import { conformanceHarness as matter } from './matter/test/harness';
import { conformanceHarness as mqtt } from './mqtt/test/harness';
import { conformanceHarness as zigbee } from './zigbee/test/harness';
import { conformanceHarness as zwave } from './zwave/test/harness';

const HARNESSES: ConformanceHarness[] = [zwave, zigbee, matter, mqtt];

type Event = IntegrationEvent<unknown>;

/** The events of one integration, and waiting for one that matches (no sleeps: it wakes on each event). */
class Recorder {
  readonly events: Event[] = [];
  #wake = new Set<() => void>();
  readonly listener = (e: Event) => {
    this.events.push(e);
    for (const w of this.#wake) w();
  };

  get mark(): number {
    return this.events.length;
  }

  async waitFor<T extends Event>(what: string, pick: (e: Event) => e is T, since = 0, timeoutMs = 30_000): Promise<T> {
    const hit = await this.until(what, () => this.events.slice(since).find(pick), timeoutMs);
    return hit as T;
  }

  /** Waits until `check` gives something (looked at again on every event, and every 100 ms). */
  async until<T>(what: string, check: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined && v !== false) return v;
      const left = end - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; last events: ${JSON.stringify(this.events.slice(-4))}`);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(t);
          this.#wake.delete(done);
          resolve();
        };
        const t = setTimeout(done, Math.min(left, 100));
        this.#wake.add(done);
      });
    }
  }
}

const is =
  <K extends Event['type']>(type: K, match: (e: Extract<Event, { type: K }>) => boolean = () => true) =>
  (e: Event): e is Extract<Event, { type: K }> =>
    e.type === type && match(e as Extract<Event, { type: K }>);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sockets this process has open (the integration's link to the simulated stick, the controller's UDP sockets). */
const sockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'UDPWrap').length;

/** Which facet each generic feature needs; a declared feature without its facet (or the reverse) is a lie. */
const FACET_OF: Partial<Record<IntegrationFeature, (f: AnyIntegration['facets']) => unknown>> = {
  pairing: (f) => f.pairing,
  remove: (f) => f.remove,
  details: (f) => f.details,
  firmwareCheck: (f) => f.firmware?.check,
  firmwareUpdate: (f) => f.firmware?.update,
  backups: (f) => f.backups,
  networkMap: (f) => f.networkMap,
  linkQuality: (f) => f.linkQuality,
};

describe.each(HARNESSES)('$name', (h) => {
  const reason = h.skipReason();

  describe.skipIf(reason !== null)(`conforms to the integration shape${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let net: SimulatedNetwork;
    let integration: AnyIntegration;
    let log: Recorder;
    let unsubscribe: () => void = () => undefined;
    /** Sockets open before the first integration was created (the simulators' own). */
    let socketsBefore = Number.POSITIVE_INFINITY;
    /** Capability ids of each device, as listed before the restart. */
    const listed = new Map<string, string[]>();
    let removed = '';
    let spare = '';

    const run = (i: AnyIntegration) => {
      integration = i;
      log = new Recorder();
      unsubscribe = i.subscribe(log.listener);
    };
    const device = (nativeId: string) => integration.devices().find((d) => d.nativeId === nativeId);

    beforeAll(async () => {
      net = await h.setUp();
      socketsBefore = sockets();
    }, 120_000);

    afterAll(async () => {
      unsubscribe();
      await integration?.stop().catch(() => undefined);
      await net?.tearDown();
    }, 60_000);

    it('starts: its status goes from starting to ready, and the features it declares are the facets it has', async () => {
      run(net.create());
      expect(integration.status()).toEqual({ state: 'stopped' });
      await integration.start();
      expect(integration.status().state).toBe('ready');
      const states = log.events.filter(is('status')).map((e) => e.status.state);
      expect(states).toEqual(['starting', 'ready']);
      for (const [feature, facet] of Object.entries(FACET_OF)) {
        expect({ feature, declared: integration.features.has(feature as IntegrationFeature) }).toEqual({ feature, declared: facet(integration.facets) !== undefined });
      }
    }, 60_000);

    it('lists the devices of the network with their capabilities', async () => {
      await log.until('every device listed with its capabilities', () => net.devices.every((id) => (device(id)?.capabilities.length ?? 0) > 0));
      for (const id of net.devices) {
        const d = device(id)!;
        for (const c of d.capabilities) expect(Capability.safeParse(c).success).toBe(true);
        expect(new Set(d.capabilities.map((c) => c.id)).size).toBe(d.capabilities.length);
        const ids = d.capabilities.map((c) => c.id);
        for (const key of Object.keys(d.state)) expect(ids).toContain(key);
        expect(log.events.some(is('device', (e) => e.device.nativeId === id))).toBe(true);
        listed.set(id, [...ids].sort());
      }
    }, 90_000);

    it('a command gives a state event from what the device itself reports, never from what was sent', async () => {
      const { nativeId, capabilityId } = net.command;
      await log.until('the device online', () => device(nativeId)?.health === 'online');
      const value = net.command.value(device(nativeId)!.state[capabilityId]);
      // What the simulated device holds at the moment each state event for it arrives.
      const held: Array<{ value: CapabilityValue; device: CapabilityValue | undefined }> = [];
      const off = integration.subscribe((e) => {
        if (e.type === 'state' && e.nativeId === nativeId && e.capabilityId === capabilityId) held.push({ value: e.value, device: net.deviceValue(nativeId, capabilityId) });
      });
      try {
        const since = log.mark;
        await integration.command(nativeId, capabilityId, value);
        await log.waitFor('the state event', is('state', (e) => e.nativeId === nativeId && e.capabilityId === capabilityId && e.value === value), since);
        expect(held.filter((h) => h.value === value)).toEqual([expect.objectContaining({ device: value })]);
        expect(device(nativeId)!.state[capabilityId]).toBe(value);
      } finally {
        off();
      }
    }, 60_000);

    it('a device that stops answering gives a health event, and a command it never got changes no state', async () => {
      const { nativeId, capabilityId, value } = net.unreachable;
      await log.until('the device online', () => device(nativeId)?.health === 'online');
      const before = device(nativeId)!.state[capabilityId];
      // The integration may notice the loss by itself, or only when the command finds nobody there.
      const since = log.mark;
      await net.setAnswering(nativeId, false);
      const error = await integration.command(nativeId, capabilityId, value).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HearthError);
      expect((error as HearthError).code).toMatch(/^(DEVICE_UNREACHABLE|TIMEOUT)$/);
      await log.waitFor('the device offline', is('health', (e) => e.nativeId === nativeId && e.health === 'offline'), since);
      await sleep(1_000);
      expect(log.events.slice(since).filter(is('state', (e) => e.nativeId === nativeId && e.capabilityId === capabilityId))).toEqual([]);
      expect(device(nativeId)).toMatchObject({ health: 'offline', state: { [capabilityId]: before } });
      await net.setAnswering(nativeId, true);
    }, 60_000);

    it('pairing: a window opens, a spare joins and is listed, the window closes', async () => {
      const since = log.mark;
      await net.pairing.open(integration);
      const opened = await log.waitFor('the window open', is('pairing', (e) => e.event.type === 'window' && e.event.open), since);
      spare = await net.pairing.join(integration);
      expect(net.devices).not.toContain(spare);
      await log.waitFor('the spare listed with its capabilities', is('device', (e) => e.device.nativeId === spare && e.device.capabilities.length > 0), since, 60_000);
      await log.waitFor('the spare ready', is('pairing', (e) => e.event.type === 'progress' && e.event.nativeId === spare && e.event.step === 'ready'), since, 60_000);
      await net.pairing.close(integration);
      const from = log.events.indexOf(opened);
      await log.waitFor('the window closed', is('pairing', (e) => e.event.type === 'window' && !e.event.open), from);
      listed.set(spare, device(spare)!.capabilities.map((c) => c.id).sort());
    }, 90_000);

    it('remove: the device leaves the network and is no longer listed', async () => {
      removed = net.devices.at(-1)!;
      const since = log.mark;
      await net.remove(integration, removed);
      await log.waitFor('the device removed', is('deviceRemoved', (e) => e.nativeId === removed), since, 60_000);
      expect(device(removed)).toBeUndefined();
      listed.delete(removed);
    }, 90_000);

    it('a restart restores the devices (the paired spare too, not the removed one)', async () => {
      await integration.stop();
      unsubscribe();
      run(net.create());
      await integration.start();
      await log.until('every device back with its capabilities', () =>
        [...listed].every(([id, caps]) => JSON.stringify(device(id)?.capabilities.map((c) => c.id).sort()) === JSON.stringify(caps)),
      60_000);
      expect([...listed.keys()]).toContain(spare);
      expect(device(removed)).toBeUndefined();
    }, 90_000);

    it('stop leaves nothing behind: no link to the simulated network, no socket, no event afterwards', async () => {
      await integration.stop();
      expect(integration.status()).toEqual({ state: 'stopped' });
      expect(log.events.at(-1)).toEqual({ type: 'status', status: { state: 'stopped' } });
      await log.until('the simulated network to see the integration gone', () => net.openLinks() === 0, 10_000);
      const since = log.mark;
      await net.act(net.command.nativeId);
      await sleep(1_000);
      expect(log.events.slice(since)).toEqual([]);
      unsubscribe();
      expect(sockets()).toBeLessThanOrEqual(socketsBefore);
    }, 30_000);

  });
});
