// The radio list says what is current: the declared features, the live device count, the status; and it is sent
// again (radios.changed) whenever a radio's status or device count changes.
import { afterEach, describe, expect, it } from 'vitest';
import type { RadioInfo } from '../../shared/contract';
import { demoCore, type Fixture } from '../test/core-fixture';
import { BusLog } from '../test/event-log';
import { lampDevice } from '../test/fake-adapter';
import { tempDir } from '../test/temp';

let f: Fixture | undefined;
afterEach(async () => {
  await f?.core.stop();
  f = undefined;
});

const list = async (fx: Fixture) => {
  const reply = await fx.core.dispatch('radios.list', {}, { actor: 'test' });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as RadioInfo[];
};

describe('the radio list', () => {
  it('carries the declared features and the live device count, and is sent again when the count changes', async () => {
    f = await demoCore(tempDir());
    const log = new BusLog(f.core.bus);
    expect(await list(f)).toEqual([expect.objectContaining({ protocol: 'zwave', state: 'ready', features: [], devices: 5 })]);

    f.radio.features.add('pairing');
    f.radio.emit({ type: 'device', device: lampDevice({ nativeId: 'h-9', suggestedName: 'Spare Lamp' }) });
    const grown = await log.waitFor('radios.changed', (e) => e.radios[0]?.devices === 6);
    expect(grown.radios[0]).toMatchObject({ features: ['pairing'], devices: 6 });
    expect((await list(f))[0]?.devices).toBe(6);

    f.radio.emit({ type: 'deviceRemoved', nativeId: 'h-9' });
    await log.waitFor('radios.changed', (e) => e.radios[0]?.devices === 5);
  });

  it('is sent again when a radio fails, with what it says', async () => {
    f = await demoCore(tempDir());
    const log = new BusLog(f.core.bus);
    f.radio.emit({ type: 'status', status: { state: 'failed', message: 'The stick stopped answering.', next: 'Plug it in again.' } });
    const failed = await log.waitFor('radios.changed', (e) => e.radios[0]?.state === 'failed');
    expect(failed.radios[0]).toMatchObject({ message: 'The stick stopped answering.', next: 'Plug it in again.', devices: 5 });
    expect(log.of('system.health').at(-1)?.adapters[0]).toMatchObject({ state: 'failed' });
  });
});
