import { describe, expect, it } from 'vitest';
import { checkLoopbackOnlyNamespace, linuxInterfaces } from './loopback-namespace';

const header = 'Inter-|   Receive |  Transmit\n face |bytes    packets|bytes    packets\n';

describe('loopback-only namespace detection', () => {
  it('lists interfaces from /proc/net/dev', () => {
    expect(linuxInterfaces(`${header}    lo: 0 0\n  eth0: 1 2\n`)).toEqual(['lo', 'eth0']);
  });

  it('accepts a namespace whose only interface is lo', () => {
    expect(checkLoopbackOnlyNamespace(`${header}    lo: 0 0\n`)).toEqual({ ok: true });
  });

  it('refuses the host network (any other interface, even a down one)', () => {
    expect(checkLoopbackOnlyNamespace(`${header}    lo: 0 0\n  eth0: 1 2\n  ifb0: 0 0\n`)).toEqual({
      ok: false,
      reason: 'network interfaces other than lo exist: eth0, ifb0',
    });
    expect(checkLoopbackOnlyNamespace(`${header}`)).toEqual({ ok: false, reason: 'no loopback interface' });
  });
});
