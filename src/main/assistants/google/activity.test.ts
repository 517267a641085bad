// Settings → Voice assistants shows the owner whether a relay has talked to Hearth for Google: the last SYNC (with how
// many devices Google was given), QUERY and EXECUTE, and the last error Hearth answered. The relay's intents go through
// the core's dispatcher as they arrive from it; the owner reads assistants.google.activity, a member may not.
import { afterEach, describe, expect, it } from 'vitest';
import type { GoogleLinkActivity } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';

const dir = tempDir('hearth-google-activity-');
let home: AssistantHome | undefined;
afterEach(async () => {
  // Let a Report State flush scheduled by the last device change run before the database closes.
  await new Promise((r) => setImmediate(r));
  await home?.core.stop();
  home = undefined;
});

const sync = { requestId: 's-1', inputs: [{ intent: 'action.devices.SYNC' }] };
const query = (...ids: string[]) => ({ requestId: 'q-1', inputs: [{ intent: 'action.devices.QUERY', payload: { devices: ids.map((id) => ({ id })) } }] });
const turnOn = (...ids: string[]) => ({
  requestId: 'e-1',
  inputs: [{ intent: 'action.devices.EXECUTE', payload: { commands: [{ devices: ids.map((id) => ({ id })), execution: [{ command: 'action.devices.commands.OnOff', params: { on: true } }] }] } }],
});

async function activity(h: AssistantHome): Promise<GoogleLinkActivity> {
  const r = await h.call('assistants.google.activity', {});
  expect(r.ok).toBe(true);
  return r.result as GoogleLinkActivity;
}

async function relay(h: AssistantHome, body: unknown): Promise<void> {
  const r = await h.core.dispatch('assistants.google.fulfill', body, { actor: 'api:relay', grant: { role: 'member', scope: 'control', rooms: [] } });
  expect(r.ok).toBe(true);
}

describe('Google Assistant link activity', () => {
  it('shows nothing before the relay has talked, then each intent’s time, the devices synced and the last error', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    for (const name of ['Kettle Plug', 'Colour Bulb']) expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id(name), exposed: true })).ok).toBe(true);
    expect(await activity(h)).toMatchObject({ linked: false, linkedAt: null, lastQueryAt: null, lastExecuteAt: null, synced: null, lastError: null, exposed: 2 });

    const syncedAt = h.clock.now();
    await relay(h, sync);
    h.clock.advance(60_000);
    const queriedAt = h.clock.now();
    await relay(h, query(h.id('Kettle Plug')));
    expect(await activity(h)).toMatchObject({ linked: true, linkedAt: syncedAt, synced: 2, lastQueryAt: queriedAt, lastExecuteAt: null, lastError: null });

    // Google still asks for a device the person stopped exposing: the owner sees why Google got an error.
    h.clock.advance(60_000);
    const lamp = h.id('Floor Lamp');
    const executedAt = h.clock.now();
    await relay(h, turnOn(h.id('Kettle Plug'), lamp));
    const a = await activity(h);
    expect(a.lastExecuteAt).toBe(executedAt);
    expect(a.lastError).toEqual({ at: executedAt, intent: 'EXECUTE', message: `Floor Lamp: deviceNotFound (No device with this id is exposed to Google Assistant.)` });

    // A device gone offline is named in words.
    h.radio.emit({ type: 'health', nativeId: '5', health: 'offline' });
    h.clock.advance(1000);
    await relay(h, turnOn(h.id('Kettle Plug')));
    expect((await activity(h)).lastError).toEqual({ at: h.clock.now(), intent: 'EXECUTE', message: 'Kettle Plug: deviceOffline (Kettle Plug is offline.)' });

    // A re-sync with fewer devices exposed is counted again; the error stays until another one.
    await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id('Colour Bulb'), exposed: false });
    await relay(h, sync);
    expect((await activity(h)).synced).toBe(1);
  });

  it('a QUERY for a device not exposed is the last error, kept in the home’s settings (so a restart keeps it)', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    await relay(h, query('gone-device'));
    expect((await activity(h)).lastError).toMatchObject({ intent: 'QUERY', message: expect.stringContaining('gone-device') });
    expect(h.core.settings.get('assistants.google.activity').error?.intent).toBe('QUERY');
  });

  it('on a tier without voice assistants the SYNC is recorded with no devices and the reason as its error', async () => {
    const h = (home = await assistantHome(dir, { tier: 'free' }));
    await relay(h, sync);
    const a = await activity(h);
    expect(a.synced).toBe(0);
    expect(a.lastError?.intent).toBe('SYNC');
    expect(a.problem).toContain(a.lastError?.message);
  });

  it('is the owner’s: a member or a read token is refused, as is a guest', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    for (const grant of [
      { role: 'member', scope: 'control', rooms: [] },
      { role: 'owner', scope: 'read', rooms: [] },
      { role: 'guest', scope: 'control', rooms: [] },
    ] as const) {
      const r = await h.core.dispatch('assistants.google.activity', {}, { actor: 'api:x', grant });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    }
    expect((await h.core.dispatch('assistants.google.activity', {}, { actor: 'api:owner', grant: { role: 'owner', scope: 'admin', rooms: [] } })).ok).toBe(true);
  });
});
