// Apple Home's switch, the paths that never start the bridge (nothing listens or advertises here): off by default,
// refused on Free with the way to upgrade, refused for a connection this computer does not have, Apple Home offered
// only for devices it can use, and the setup codes made for a home valid (never the trivial ones HomeKit refuses).
import { afterAll, describe, expect, it } from 'vitest';
import type { HomekitStatus } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome } from '../test-home';
import { newIdentity } from '.';

const dir = tempDir('hearth-homekit-service-');
const homes: { core: { stop(): Promise<void> } }[] = [];
afterAll(async () => {
  for (const h of homes) await h.core.stop();
});

describe('Apple Home bridge settings', () => {
  it('is off by default, and on Free turning it on is refused with the way to upgrade', async () => {
    const h = await assistantHome(dir, { tier: 'free' });
    homes.push(h);
    const s = (await h.call('assistants.homekit.status', {})).result as HomekitStatus;
    expect(s).toMatchObject({ enabled: false, running: false, paired: 0, setup: null, port: null });
    expect(s.available.some((i) => i.loopback)).toBe(true);
    const r = await h.call('assistants.homekit.enable', { interfaces: [s.available[0]!.name], textVersion: '1' });
    expect(r.error).toMatchObject({ code: 'PLAN_LIMIT' });
    expect(r.error?.next).toMatch(/Upgrade/);
    expect(((await h.call('assistants.homekit.status', {})).result as HomekitStatus).enabled).toBe(false);
  });

  it('refuses a connection this computer does not have, and a member may not turn it on', async () => {
    const h = await assistantHome(dir, { tier: 'premium' });
    homes.push(h);
    const r = await h.call('assistants.homekit.enable', { interfaces: ['nosuch0'], textVersion: '1' });
    expect(r.error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(r.error?.message).toContain('nosuch0');
    const member = await h.core.dispatch('assistants.homekit.enable', { interfaces: ['lo'], textVersion: '1' }, { actor: 'api:m', grant: { role: 'member', scope: 'control', rooms: [] } });
    expect(member.ok).toBe(false);
    expect(((await h.call('assistants.homekit.status', {})).result as HomekitStatus).enabled).toBe(false);
  });

  it('offers Apple Home only the devices it can use', async () => {
    const h = await assistantHome(dir, { tier: 'premium' });
    homes.push(h);
    const list = (await h.call('assistants.exposure.list', {})).result as { devices: { name: string; supported: string[] }[] };
    for (const d of list.devices) expect(d.supported).toContain('homekit');
    h.radio.emit({ type: 'device', device: { nativeId: '99', suggestedName: 'Meter', suggestedArea: null, manufacturer: 'Acme', model: 'M', firmware: null, health: 'online', capabilities: [{ id: 'p', kind: 'meter', writable: false, measure: 'power', unit: 'W' }], state: { p: 1 } } });
    const refused = await h.call('assistants.exposure.set', { assistant: 'homekit', deviceId: h.id('Meter'), exposed: true });
    expect(refused.error).toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('makes setup codes HomeKit accepts: XXX-XX-XXX, never one digit repeated or 12345678, and a 4-character setup id', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = newIdentity();
      expect(id.pincode).toMatch(/^\d{3}-\d{2}-\d{3}$/);
      const digits = id.pincode.replace(/-/g, '');
      expect(/^(\d)\1{7}$/.test(digits) || digits === '12345678' || digits === '87654321').toBe(false);
      expect(id.setupID).toMatch(/^[0-9A-Z]{4}$/);
      expect(id.username).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
      seen.add(digits);
    }
    expect(seen.size).toBeGreaterThan(1990);
  });
});
