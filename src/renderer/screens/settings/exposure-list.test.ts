// The Voice assistants list: a change reported by the core shows at once in the right row; a large home shows the
// exposed devices first, and the search narrows the rest.
import { describe, expect, it } from 'vitest';
import type { ExposureList } from '../../../shared/contract';
import { SHOWN, visibleRows, withChange } from './exposure-list';

const list = (n = 3): ExposureList => ({
  allowed: true,
  problem: null,
  devices: Array.from({ length: n }, (_, i) => ({ deviceId: `zwave:${i}`, name: `Lamp ${String(i).padStart(4, '0')}`, areaId: null, assistants: [], supported: ['alexa', 'google', 'homekit'] })),
});

describe('Voice assistants list', () => {
  it('applies a change to its row only, keeping the assistants in order', () => {
    const a = withChange(list(), { assistant: 'homekit', deviceId: 'zwave:1', exposed: true });
    const b = withChange(a, { assistant: 'alexa', deviceId: 'zwave:1', exposed: true });
    expect(b.devices.map((d) => d.assistants)).toEqual([[], ['alexa', 'homekit'], []]);
    const c = withChange(b, { assistant: 'homekit', deviceId: 'zwave:1', exposed: false });
    expect(c.devices[1]?.assistants).toEqual(['alexa']);
    // Nothing to change (already so, or a device not listed): the same list, so nothing re-renders.
    expect(withChange(c, { assistant: 'alexa', deviceId: 'zwave:1', exposed: true })).toBe(c);
    expect(withChange(c, { assistant: 'alexa', deviceId: 'zigbee:9', exposed: true })).toBe(c);
  });

  it('shows exposed devices first, at most SHOWN rows, narrowed by the search', () => {
    const big = withChange(list(500), { assistant: 'google', deviceId: 'zwave:420', exposed: true });
    const all = visibleRows(big, '');
    expect(all.matched).toBe(500);
    expect(all.rows.length).toBe(SHOWN);
    expect(all.rows[0]?.name).toBe('Lamp 0420');
    const some = visibleRows(big, ' lamp 004');
    expect(some.matched).toBe(10);
    expect(some.rows.map((r) => r.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Lamp 004${i}`));
  });
});
