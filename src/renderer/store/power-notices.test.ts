// What the core tells the person outside any request — a database restored from a backup at start-up, a full
// disk — becomes a notice, once; and low-power mode (on battery) reaches the store that turns animations off.
import { describe, expect, it } from 'vitest';
import type { SystemNotice } from '../../shared/contract';
import { createFakeCore } from '../api/fake-transport';
import { device, settle } from './fixtures';
import { createHomeStore } from './home';
import { createNoticesStore } from './notices';

const restored: SystemNotice = {
  kind: 'database.restored',
  level: 'warning',
  at: 5,
  message: "Hearth's database was damaged (the file is empty). It was moved aside and restored from the automatic backup of 2026-12-04 08:00 UTC. Changes made after that time were lost.",
  next: 'The damaged file is kept as hearth.db.corrupt-… for support.',
};

async function setup(extra: { notices?: SystemNotice[]; lowPower?: boolean }) {
  const core = createFakeCore('connecting');
  core.answer('system.info', () => ({ version: '0.1.0', host: 'electron', demo: false, dataDir: '/tmp/h', startedAt: 1, adapters: [], ...extra }));
  core.answer('devices.list', () => [device()]);
  core.answer('areas.list', () => []);
  core.answer('onboarding.state', () => ({ status: 'done', step: 'done', radioChoice: 'demo', tutorialSkipped: false, updatedAt: 1 }));
  core.answer('home.preferences', () => ({ name: 'Home', location: { kind: 'none' }, units: { temperature: 'C', clock: '24h' } }));
  const notices = createNoticesStore();
  const home = createHomeStore({ client: core.client, notices });
  core.setConnection('open');
  await settle();
  return { core, notices, home };
}

describe('notices and power from the core', () => {
  it('a database restored at start-up is shown once, with what was lost and the next step', async () => {
    const { core, notices } = await setup({ notices: [restored] });
    expect(notices.getState().notices).toEqual([expect.objectContaining({ kind: 'warning', message: restored.message, next: restored.next })]);
    // The window reconnects and loads again: not shown a second time.
    core.setConnection('closed');
    core.setConnection('open');
    await settle();
    expect(notices.getState().notices).toHaveLength(1);
  });

  it('a full disk while running is an error notice; low power follows the core', async () => {
    const { core, notices, home } = await setup({ lowPower: true });
    expect(home.getState().lowPower).toBe(true);
    core.emit('system.notice', { kind: 'storage.full', level: 'error', at: 9, message: 'The disk is full: Hearth cannot save device states for now.', next: 'Free some space.' });
    expect(notices.getState().notices.at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/disk is full/) });
    core.emit('system.power', { lowPower: false });
    expect(home.getState().lowPower).toBe(false);
  });
});
