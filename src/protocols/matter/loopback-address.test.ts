import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isMulticastAddress, loopbackDetails, loopbackInterfaceName, mayDeliver } from './loopback-address';

describe('loopback address rules', () => {
  it('accepts only loopback unicast addresses', () => {
    for (const ok of ['127.0.0.1', '127.1.2.3', '::1', '0:0:0:0:0:0:0:1', '[::1]', '::ffff:127.0.0.1', '::1%lo']) {
      expect(isLoopbackAddress(ok), ok).toBe(true);
    }
    for (const bad of ['192.168.1.10', '10.0.0.1', 'fe80::1%eth0', 'fd00::2', '::', '0.0.0.0', '::ffff:10.0.0.1', '128.0.0.1']) {
      expect(isLoopbackAddress(bad), bad).toBe(false);
    }
  });

  it('recognises IPv4 and IPv6 multicast groups', () => {
    expect(isMulticastAddress('224.0.0.251')).toBe(true);
    expect(isMulticastAddress('ff02::fb')).toBe(true);
    expect(isMulticastAddress('ff02::fb%lo')).toBe(true);
    expect(isMulticastAddress('223.255.255.255')).toBe(false);
    expect(isMulticastAddress('fe80::1')).toBe(false);
  });

  it('lets multicast out only from sockets pinned to the loopback interface', () => {
    expect(mayDeliver('224.0.0.251', 'lo', 'lo')).toBe(true);
    expect(mayDeliver('ff02::fb%lo', 'lo', 'lo')).toBe(true);
    expect(mayDeliver('ff02::fb%eth0', 'lo', 'lo')).toBe(false);
    expect(mayDeliver('224.0.0.251', undefined, 'lo')).toBe(false);
    expect(mayDeliver('224.0.0.251', 'eth0', 'lo')).toBe(false);
    expect(mayDeliver('::1', undefined, 'lo')).toBe(true);
    expect(mayDeliver('192.168.1.20', 'lo', 'lo')).toBe(false);
  });

  it('finds the OS loopback interface and its addresses', () => {
    const name = loopbackInterfaceName();
    const details = loopbackDetails(name);
    expect(details?.ipV4).toContain('127.0.0.1');
  });
});
