import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requestNames, requests, type RequestName } from '../../shared/contract';
import { defineRequests } from '../../shared/contract/define';
import { HearthError } from '../../shared/errors';
import type { AuditEntry } from '../storage/audit';
import { quietLog } from '../test/temp';
import { createDispatcher, type Handlers } from './dispatch';

const info = { version: '1', host: 'hub' as const, demo: true, dataDir: '/d', startedAt: 1, adapters: [] };

function handlers(over: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('not used');
  };
  // Every request fails unless a test below gives it a handler.
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

  it('records every call that reads or writes personal data in the audit log: who, what, which item, and whether it worked', async () => {
    const log: AuditEntry[] = [];
    const d = createDispatcher(
      handlers({ 'devices.rename': () => { throw new HearthError('NOT_FOUND', 'Gone.'); } }),
      quietLog,
      { append: (e) => log.push(e) },
    );
    await d('system.info', {}, ctx);
    await d('devices.list', {}, { actor: 'hub:client-7' });
    await d('devices.rename', { deviceId: 'zwave:x-2', name: 'Secret Name' }, ctx);
    await d('devices.rename', { deviceId: '' }, ctx); // invalid: nothing was accessed
    expect(log).toEqual([
      { actor: 'hub:client-7', action: 'api.devices.list', target: null, detail: { access: 'read', ok: true } },
      { actor: 'test', action: 'api.devices.rename', target: 'zwave:x-2', detail: { access: 'write', ok: false } },
    ]);
    // The values themselves (a new name) are not copied into the log entry.
    expect(JSON.stringify(log)).not.toContain('Secret Name');
  });

  it('records a request declared audited as its declared action, with the declared input fields and whether it worked', async () => {
    const log: AuditEntry[] = [];
    const status = { secrets: 'plain' as const, hubSessions: null, database: { encrypted: true, cipher: 'sqlcipher', keyChangedAt: 1 } };
    let fails = false;
    const d = createDispatcher(
      handlers({
        'security.setDatabaseEncryption': () => {
          if (fails) throw new HearthError('INTERNAL', 'Disk full.');
          return status;
        },
        'security.rotateDatabaseKey': () => status,
        'security.status': () => status,
      }),
      quietLog,
      { append: (e) => log.push(e) },
    );
    await d('security.setDatabaseEncryption', { on: true }, { actor: 'hub:client-1' });
    fails = true;
    await d('security.setDatabaseEncryption', { on: false }, ctx);
    await d('security.rotateDatabaseKey', {}, ctx);
    await d('security.status', {}, ctx); // neither audited nor personal: not recorded
    await d('security.setDatabaseEncryption', { on: 'yes' }, ctx); // invalid: nothing was done
    expect(log).toEqual([
      { actor: 'hub:client-1', action: 'security.database.setEncryption', target: 'security', detail: { on: true, ok: true } },
      { actor: 'test', action: 'security.database.setEncryption', target: 'security', detail: { on: false, ok: false } },
      { actor: 'test', action: 'security.database.rotateKey', target: 'security', detail: { ok: true } },
    ]);
  });

  it('an audit declaration names input fields only, and finds its target in the input, then in the output', () => {
    const input = z.object({ deviceId: z.string(), strategy: z.number() }).strict();
    const defs = defineRequests({
      'x.start': { input, output: z.object({ attemptId: z.string() }), personal: 'none', audit: { action: 'x.start', detail: ['strategy'], target: 'attemptId' } },
      // @ts-expect-error: 'pin' is not a field of the input, so it cannot be declared to go into the log
      'x.pin': { input, output: z.object({}), personal: 'none', audit: { action: 'x.pin', detail: ['pin'] } },
    });
    expect(Object.keys(defs)).toEqual(['x.start', 'x.pin']);
    // Declaring an audit keeps the request names literal (a widened detail list once made every name a string).
    const valid = defineRequests({ 'x.start': defs['x.start'], 'x.stop': { input, output: z.object({}), personal: 'none', audit: { action: 'x.stop', detail: ['deviceId'] } } });
    const named: keyof typeof valid = 'x.stop';
    expect(Object.keys(valid)).toEqual(['x.start', 'x.stop']);
    // @ts-expect-error: not a request of these definitions
    const unknown: keyof typeof valid = 'x.other';
    // @ts-expect-error: nor of the contract, whose audited requests (security.*) keep their names too
    const notARequest: RequestName = 'security.nothing';
    expect([named, unknown, notARequest]).toHaveLength(3);
    // Every declaration in the contract names fields its input has.
    for (const name of requestNames) {
      const decl = (requests[name] as { audit?: { detail?: readonly string[] } }).audit;
      const shape = (requests[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const f of decl?.detail ?? []) expect(Object.keys(shape), `${name}: ${f}`).toContain(f);
    }
  });

  it('every request of the contract says whether it touches personal data', () => {
    for (const name of requestNames) expect(['none', 'read', 'write'], name).toContain(requests[name].personal);
    expect(requests['devices.list'].personal).toBe('read');
    expect(requests['privacy.export'].personal).toBe('read');
    expect(requests['privacy.erase'].personal).toBe('write');
  });
});
