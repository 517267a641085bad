// Secure inclusion with the real zwave-js Driver against the simulated stick: S2 with the right PIN,
// a wrong PIN, a declined grant, an S0-only device under "S2 only" (consent asked; no/yes), exclusion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    nodes: [{ id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' }],
    spares: [
      { key: 's2-a', kind: 'plug', product: 'zen04', security: ['S2_Authenticated', 'S2_Unauthenticated'] },
      { key: 's2-b', kind: 'plug', product: 'zen04', security: ['S2_Authenticated', 'S2_Unauthenticated'] },
      { key: 's2-c', kind: 'plug', product: 'zen04', security: ['S2_Authenticated', 'S2_Unauthenticated'] },
      { key: 's0-a', kind: 'switch', product: 'zw096', security: ['S0_Legacy'] },
      { key: 's0-b', kind: 'switch', product: 'zw096', security: ['S0_Legacy'] },
    ],
  });
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('Z-Wave secure inclusion', () => {
  it('includes an S2 device with the right PIN: the user grants, enters the PIN, S2_Authenticated is granted', async () => {
    const label = await h.sim.label('s2-a');
    const since = h.events.length;
    h.sim.pressButton('s2-a');
    const started = await h.adapter.inclusion.start('s2');
    expect(started).toMatchObject({ stage: 'waiting', strategy: 's2', operation: 'inclusion' });

    const grant = await h.inclusion('grantClasses', since);
    expect(grant.requested).toEqual(['S2_Authenticated', 'S2_Unauthenticated']);
    expect(grant.deadline).toBeGreaterThan(Date.now() + 200_000);
    expect(() => h.adapter.inclusion.pin('12345')).toThrow(/not waiting for a PIN/);
    h.adapter.inclusion.grant(['S2_Authenticated', 'S2_Unauthenticated'], false);

    const pin = await h.inclusion('enterPin', since);
    // The first five digits (the PIN) are hidden; the rest matches the label.
    expect(pin.dsk).toBe(`xxxxx${label.dsk.slice(5)}`);
    h.adapter.inclusion.pin(label.pin);

    const done = await h.inclusion('done', since, 30_000);
    expect(done).toMatchObject({ lowSecurity: false, nodeId: h.sim.nodeIdOf('s2-a') });
    expect(done.granted[0]).toBe('S2_Authenticated');
    expect(done.message).toMatch(/S2 Authenticated security/);
    expect(h.sim.state('s2-a')).toBeDefined();
  }, 45_000);

  it('a wrong PIN: the device is added WITHOUT encryption and the reason says so in plain words', async () => {
    const since = h.events.length;
    h.sim.pressButton('s2-b');
    await h.adapter.inclusion.start('s2');
    await h.inclusion('grantClasses', since);
    h.adapter.inclusion.grant(['S2_Authenticated'], false);
    await h.inclusion('enterPin', since);
    const label = await h.sim.label('s2-b');
    h.adapter.inclusion.pin(label.pin === '00000' ? '11111' : '00000');
    const done = await h.inclusion('done', since, 30_000);
    expect(done.lowSecurity).toBe(true);
    expect(done.granted).toEqual([]);
    expect(done.lowSecurityReason).toMatch(/PIN was wrong.*WITHOUT encryption/);
  }, 45_000);

  it('the user declines the security request: added without encryption, reason "You declined"', async () => {
    const since = h.events.length;
    h.sim.pressButton('s2-c');
    await h.adapter.inclusion.start('default');
    await h.inclusion('grantClasses', since);
    h.adapter.inclusion.grant([], false);
    const done = await h.inclusion('done', since, 30_000);
    expect(done).toMatchObject({ lowSecurity: true, granted: [] });
    expect(done.lowSecurityReason).toMatch(/You declined/);
  }, 45_000);

  it('an S0-only device under "S2 only" asks for consent; without it the device stays unencrypted', async () => {
    const since = h.events.length;
    h.sim.pressButton('s0-a');
    await h.adapter.inclusion.start('s2');
    const ask = await h.inclusion('s0Consent', since, 30_000);
    expect(ask.message).toMatch(/only supports the older S0/);
    // Nothing was sent with S0 behind the user's back.
    expect(h.sim.state('s0-a')).toBeDefined();
    h.adapter.inclusion.s0Consent(false);
    const done = await h.inclusion('done', since, 30_000);
    expect(done).toMatchObject({ lowSecurity: true, granted: [] });
    expect(done.lowSecurityReason).toMatch(/did not allow S0/);
    expect(h.events.slice(since).some((e) => e.type === 'inclusion' && e.state.stage === 'done' && e.state.granted.includes('S0_Legacy'))).toBe(false);
  }, 45_000);

  it('with consent, the S0-only device leaves and joins again with S0', async () => {
    const since = h.events.length;
    h.sim.pressButton('s0-b', 3); // joins, leaves, joins again
    await h.adapter.inclusion.start('s2');
    const ask = await h.inclusion('s0Consent', since, 30_000);
    h.adapter.inclusion.s0Consent(true);
    const done = await h.inclusion('done', since, 40_000);
    expect(done.granted).toEqual(['S0_Legacy']);
    expect(done.lowSecurity).toBe(false);
    expect(done.nodeId).not.toBe(ask.nodeId);
    const stages = h.events.slice(since).flatMap((e) => (e.type === 'inclusion' ? [e.state.stage] : []));
    expect(stages).toEqual(['waiting', 's0Consent', 'waiting', 'waiting', 'interviewing', 'done']);
  }, 55_000);

  it('excludes a device: it leaves the network and the stick forgets it', async () => {
    const nodeId = h.sim.nodeIdOf('s2-a')!;
    const since = h.events.length;
    h.sim.pressButton('s2-a');
    expect(await h.adapter.inclusion.startExclusion()).toMatchObject({ stage: 'waiting' });
    const done = await h.exclusion('done', since);
    expect(done.nodeId).toBe(nodeId);
    expect(h.sim.nodeIds()).not.toContain(nodeId);
    await h.waitFor(() => (h.adapter.devices().some((d) => d.nativeId.endsWith(`-${nodeId}`)) ? undefined : true), 10_000, 'device gone');
  }, 30_000);

  it('refuses answers nobody asked for, and a second flow while one runs', async () => {
    expect(() => h.adapter.inclusion.s0Consent(true)).toThrow(/not asking about S0/);
    expect(() => h.adapter.inclusion.grant(['S2_Authenticated'], false)).toThrow(/no security request/);
    await h.adapter.inclusion.start('insecure');
    await expect(h.adapter.inclusion.start('s2')).rejects.toThrow(/being added or removed/);
    const stopped = await h.adapter.inclusion.stop();
    expect(stopped).toMatchObject({ stage: 'failed', reason: expect.stringMatching(/Cancelled/) });
  }, 20_000);
});
