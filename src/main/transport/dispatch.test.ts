import { describe, expect, it } from 'vitest';
import { requestNames } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { quietLog } from '../test/temp';
import { createDispatcher, type Handlers } from './dispatch';

const info = { version: '1', host: 'hub' as const, demo: true, dataDir: '/d', startedAt: 1, adapters: [] };

function handlers(over: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('not used');
  };
  return {
    ...(Object.fromEntries(requestNames.map((n) => [n, fail])) as unknown as Handlers),
    'system.info': () => info,
    'areas.list': () => [],
    'devices.list': () => [],
    'devices.command': () => ({ ok: true }),
    'devices.rename': fail,
    'devices.setArea': fail,
    'devices.history': () => [],
    ...over,
  };
}
const ctx = { actor: 'test' };

describe('dispatcher', () => {
  it('answers a valid request with the handler result', async () => {
    const d = createDispatcher(handlers(), quietLog);
    expect(await d('system.info', {}, ctx)).toEqual({ ok: true, result: info });
  });

  it('refuses unknown methods, including prototype names', async () => {
    const d = createDispatcher(handlers(), quietLog);
    for (const m of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const r = await d(m, {}, ctx);
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses invalid input with a readable message and never calls the handler', async () => {
    let called = false;
    const d = createDispatcher(
      handlers({
        'devices.command': () => {
          called = true;
          return { ok: true };
        },
      }),
      quietLog,
    );
    for (const params of [{ deviceId: '', capabilityId: 'onOff', value: true }, { deviceId: 'x', capabilityId: 'onOff', value: 'on' }, 'garbage', [1, 2]]) {
      const r = await d('devices.command', params, ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_REQUEST');
        expect(r.error.message).toMatch(/Invalid input for devices\.command/);
      }
    }
    expect(await d('system.info', { extra: 1 }, ctx)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(called).toBe(false);
  });

  it('passes user-facing errors through and hides internal ones', async () => {
    const d = createDispatcher(
      handlers({
        'devices.list': () => {
          throw new HearthError('NOT_FOUND', 'Gone.', 'Refresh.');
        },
        'areas.list': () => {
          throw new Error('SQLITE_CORRUPT at /home/someone/secret/path');
        },
      }),
      quietLog,
    );
    expect(await d('devices.list', {}, ctx)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Gone.', next: 'Refresh.' } });
    const r = await d('areas.list', {}, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(r)).not.toContain('secret');
  });

  it('does not let a handler break the contract', async () => {
    const d = createDispatcher(handlers({ 'areas.list': () => [{ id: 1 }] as never }), quietLog);
    expect(await d('areas.list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
