// The radios store over a fake core: what each radio declares it can do, kept up to date as radios change.
import { describe, expect, it } from 'vitest';
import type { RadioInfo } from '../../shared/contract';
import { createFakeCore } from '../api/fake-transport';
import { settle } from './fixtures';
import { createNoticesStore } from './notices';
import { createRadiosStore, hasFeature, selectRadio } from './radios';

const zigbee = (over: Partial<RadioInfo> = {}): RadioInfo => ({ protocol: 'zigbee', label: 'Zigbee stick', state: 'starting', features: [], devices: 0, ...over });

describe('radios store', () => {
  it('reads the radios when the connection opens, then follows what the core says changed', async () => {
    const core = createFakeCore('connecting');
    core.answer('radios.list', () => [zigbee()]);
    const radios = createRadiosStore({ client: core.client, notices: createNoticesStore() });
    core.setConnection('open');
    await settle();
    expect(selectRadio('zigbee')(radios.getState())?.state).toBe('starting');
    expect(hasFeature(selectRadio('zigbee')(radios.getState()), 'backups')).toBe(false);

    core.emit('radios.changed', { radios: [zigbee({ state: 'ready', features: ['pairing', 'backups', 'networkMap'], devices: 4 })] });
    await settle();
    const radio = selectRadio('zigbee')(radios.getState());
    expect(radio).toMatchObject({ state: 'ready', devices: 4 });
    expect(hasFeature(radio, 'backups')).toBe(true);
    expect(hasFeature(selectRadio('zwave')(radios.getState()), 'backups')).toBe(false);
    expect(core.inputs('radios.list')).toHaveLength(1); // the event carries the list: nothing is read again
  });

  it('screens asking for the list at once read it once more at most, so it never lags behind', async () => {
    const core = createFakeCore();
    let n = 0;
    core.answer('radios.list', () => [zigbee({ label: `read ${++n}` })]);
    const radios = createRadiosStore({ client: core.client, notices: createNoticesStore() });
    for (let i = 0; i < 4; i++) void radios.getState().load();
    for (let i = 0; i < 6; i++) await settle();
    expect(core.inputs('radios.list').length).toBe(2);
    expect(radios.getState().radios[0]?.label).toBe('read 2');
  });
});
