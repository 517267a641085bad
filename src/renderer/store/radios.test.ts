// The radios store over a fake core: what each radio declares it can do, kept up to date as radios change.
import { describe, expect, it } from 'vitest';
import { RadioInfo } from '../../shared/contract';
import { createFakeCore } from '../api/fake-transport';
import { settle } from './fixtures';
import { createNoticesStore } from './notices';
import { createRadiosStore, hasFeature, selectRadio } from './radios';

const zigbee = (over: Partial<RadioInfo> = {}): RadioInfo => RadioInfo.parse({ protocol: 'zigbee', label: 'Zigbee stick', state: 'starting', features: [], devices: 0, ...over });

describe('radios store', () => {
  it('loads when the connection opens and again when a radio changes state, with what each declares it can do', async () => {
    const core = createFakeCore('connecting');
    let ready = false;
    core.answer('radios.list', () => [ready ? zigbee({ state: 'ready', features: ['pairing', 'backups', 'networkMap'] }) : zigbee()]);
    const radios = createRadiosStore({ client: core.client, notices: createNoticesStore() });
    core.setConnection('open');
    await settle();
    expect(selectRadio('zigbee')(radios.getState())?.state).toBe('starting');
    expect(hasFeature(selectRadio('zigbee')(radios.getState()), 'backups')).toBe(false);

    ready = true;
    core.emit('system.health', { adapters: [{ protocol: 'zigbee', label: 'Zigbee stick', state: 'ready' }] });
    await settle();
    await settle();
    const radio = selectRadio('zigbee')(radios.getState());
    expect(radio?.state).toBe('ready');
    expect(hasFeature(radio, 'backups')).toBe(true);
    expect(hasFeature(selectRadio('zwave')(radios.getState()), 'backups')).toBe(false);
  });

  it('a change while the list is being read reads it once more, so it never lags behind', async () => {
    const core = createFakeCore();
    let n = 0;
    core.answer('radios.list', () => [zigbee({ label: `read ${++n}` })]);
    const radios = createRadiosStore({ client: core.client, notices: createNoticesStore() });
    for (let i = 0; i < 4; i++) core.emit('system.health', { adapters: [] });
    for (let i = 0; i < 6; i++) await settle();
    expect(core.inputs('radios.list').length).toBe(2);
    expect(radios.getState().radios[0]?.label).toBe('read 2');
  });
});
