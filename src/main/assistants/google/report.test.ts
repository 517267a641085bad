// Report State as the relay hears it: nothing before Google links the home (SYNC); then each change of an exposed
// device, in one report per turn; never a device that is not exposed; nothing after the person unlinks (DISCONNECT)
// until Google links again.
import { afterEach, describe, expect, it } from 'vitest';
import type { GoogleReportState } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';

const dir = tempDir('hearth-google-report-');
let home: AssistantHome | undefined;
afterEach(async () => {
  await home?.core.stop();
  home = undefined;
});

const turn = () => new Promise((r) => setImmediate(r));

describe('Google Report State', () => {
  it('reports exposed devices’ changes while linked, and stops when the person unlinks', async () => {
    const h = (home = await assistantHome(dir, { tier: 'premium' }));
    const plug = h.id('Kettle Plug');
    const bulb = h.id('Colour Bulb');
    for (const id of [plug, bulb]) expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: id, exposed: true })).ok).toBe(true);
    const reports: GoogleReportState[] = [];
    h.core.bus.on('assistants.google.reportState', 'test', (r) => reports.push(r));
    const intent = (intent: string) => h.call('assistants.google.fulfill', { requestId: 'r', inputs: [{ intent }] });

    // Not linked yet: nothing goes out.
    await h.call('devices.command', { deviceId: plug, capabilityId: 'onOff', value: true });
    await turn();
    expect(reports).toEqual([]);

    const sync = (await intent('action.devices.SYNC')).result as { payload: { agentUserId: string } };
    await h.call('devices.command', { deviceId: plug, capabilityId: 'onOff', value: false });
    await h.call('devices.command', { deviceId: bulb, capabilityId: 'level', value: 80 });
    await h.call('devices.command', { deviceId: h.id('Floor Lamp'), capabilityId: 'onOff', value: true }); // not exposed
    await turn();
    expect(reports).toEqual([
      {
        requestId: expect.any(String),
        agentUserId: sync.payload.agentUserId,
        payload: { devices: { states: { [plug]: { online: true, on: false }, [bulb]: { online: true, on: true, brightness: 80, color: { spectrumRgb: 0x80ff80 } } } } },
      },
    ]);

    // Going offline is reported too.
    h.radio.emit({ type: 'health', nativeId: '5', health: 'offline' });
    await turn();
    expect(reports[1]?.payload.devices.states).toEqual({ [plug]: { online: false, on: false } });

    // Unlinked: nothing more until Google links the home again.
    expect((await intent('action.devices.DISCONNECT')).result).toEqual({});
    h.radio.emit({ type: 'health', nativeId: '5', health: 'online' });
    await h.call('devices.command', { deviceId: bulb, capabilityId: 'level', value: 20 });
    await turn();
    expect(reports).toHaveLength(2);
    await intent('action.devices.SYNC');
    await h.call('devices.command', { deviceId: bulb, capabilityId: 'level', value: 30 });
    await turn();
    expect(reports).toHaveLength(3);
    expect(reports[2]?.payload.devices.states[bulb]).toMatchObject({ brightness: 30 });
  });

  it('a change in the last moment before Hearth stops is not reported, and reads nothing from the closed database', async () => {
    const h = await assistantHome(dir, { tier: 'premium' });
    const plug = h.id('Kettle Plug');
    expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: plug, exposed: true })).ok).toBe(true);
    await h.call('assistants.google.fulfill', { requestId: 'r', inputs: [{ intent: 'action.devices.SYNC' }] });
    const reports: GoogleReportState[] = [];
    h.core.bus.on('assistants.google.reportState', 'test', (r) => reports.push(r));
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      h.radio.emit({ type: 'health', nativeId: '5', health: 'offline' });
      await h.core.stop();
      await turn();
      await turn();
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
    expect(reports).toEqual([]);
  });
});
