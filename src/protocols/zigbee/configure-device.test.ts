// A device removed (or gone) while Hearth was still configuring it: nothing is written back for it. herdsman's
// save() of a deleted device throws from a background task ("DatabaseEntry with ID … does not exist"), which
// ended the test worker once; Hearth must not try.
import { describe, expect, it, vi } from 'vitest';
import type { Models } from './herdsman';
import { CONFIGURE_VERSION, configureDevice } from './configure-device';

function device(isDeleted: boolean) {
  const save = vi.fn(() => {
    if (isDeleted) throw new Error("DatabaseEntry with ID '4' does not exist");
  });
  return { type: 'EndDevice', endpoints: [], meta: {} as Record<string, unknown>, isDeleted, save };
}

describe('configureDevice', () => {
  it('remembers a configured device', async () => {
    const d = device(false);
    expect(await configureDevice(undefined, d as unknown as Models.Device, {} as Models.Endpoint)).toEqual([]);
    expect(d.meta.hearthConfigured).toBe(CONFIGURE_VERSION);
    expect(d.save).toHaveBeenCalledOnce();
  });

  it('writes nothing for a device removed while it was being configured', async () => {
    const d = device(true);
    await expect(configureDevice(undefined, d as unknown as Models.Device, {} as Models.Endpoint)).resolves.toEqual([]);
    expect(d.save).not.toHaveBeenCalled();
  });
});
