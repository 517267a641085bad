// The one call path: a failure becomes a notice unless the caller takes it (or it is a quiet read).
import { describe, expect, it } from 'vitest';
import { createNoticesStore } from '../store/notices';
import { attempt } from './call';
import { createFakeCore } from './fake-transport';
import { parseSmartStart } from './zwave';

function setup() {
  const core = createFakeCore();
  const notices = createNoticesStore();
  core.refuse('zwave.smartStart.parse', { code: 'BAD_REQUEST', message: 'That is not a SmartStart code.', next: 'Type the number under the QR code.' });
  return { core, notices, ctx: { client: core.client, report: notices.getState().report } };
}

describe('attempt', () => {
  it('a refused call resolves to undefined and shows the reason as a notice', async () => {
    const { ctx, notices } = setup();
    expect(await attempt(ctx, {}, parseSmartStart, '9001')).toBeUndefined();
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'That is not a SmartStart code.', next: 'Type the number under the QR code.' }]);
  });

  it('a caller that takes the failure itself (a field message) leaves no notice; one that does not want it passes it on', async () => {
    const { ctx, notices } = setup();
    const seen: string[] = [];
    await attempt(ctx, { handle: (e) => (seen.push(e.message), true) }, parseSmartStart, '9001');
    expect(seen).toEqual(['That is not a SmartStart code.']);
    expect(notices.getState().notices).toEqual([]);
    await attempt(ctx, { handle: (e) => e.code === 'CONFLICT' }, parseSmartStart, '9001');
    expect(notices.getState().notices).toHaveLength(1);
  });

  it('a quiet read fails without a notice', async () => {
    const { ctx, notices } = setup();
    expect(await attempt(ctx, { quiet: true }, parseSmartStart, '9001')).toBeUndefined();
    expect(notices.getState().notices).toEqual([]);
  });
});
