// The hub checks a devices.list reply against the contract (Device's fast path, then the schema): a bad device in a
// list of thousands is still refused with the typed error, never sent.
import { describe, expect, it } from 'vitest';
import { requestNames } from '../../shared/contract';
import { quietLog } from '../test/temp';
import { createDispatcher, type Handlers } from './dispatch';

const device = (i: number) => ({
  id: `zwave:${i}`, protocol: 'zwave', name: `Dimmer ${i}`, areaId: null, manufacturer: 'Bench', model: 'Dimmer', firmware: '1.0',
  capabilities: [{ id: 'level', kind: 'level', writable: true, min: 0, max: 100, unit: '%' }],
  state: { level: 40 }, stateAt: { level: 1 }, health: 'online', lastSeen: 1,
});

function dispatcher(list: unknown[]) {
  const handlers = Object.fromEntries(requestNames.map((n) => [n, () => list])) as unknown as Handlers;
  return createDispatcher(handlers, quietLog);
}

describe('devices.list reply check', () => {
  it('sends a valid list of 10,000 devices as checked', async () => {
    const list = Array.from({ length: 10_000 }, (_, i) => device(i));
    const r = await dispatcher(list)('devices.list', {}, { actor: 't' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.result).toEqual(list);
  });

  for (const [what, bad] of [
    ['an unknown protocol', { ...device(5_000), protocol: 'carrier-pigeon' }],
    ['a NaN state value', { ...device(5_000), state: { level: Number.NaN } }],
    ['a missing name', { ...device(5_000), name: undefined }],
    ['a capability id too long', { ...device(5_000), capabilities: [{ id: 'x'.repeat(65), kind: 'onOff', writable: true }] }],
  ] as const) {
    it(`refuses a list with ${what} in it (INTERNAL, the contract violation)`, async () => {
      const list: unknown[] = Array.from({ length: 10_000 }, (_, i) => device(i));
      list[5_000] = bad;
      const r = await dispatcher(list)('devices.list', {}, { actor: 't' });
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    });
  }
});
