// The rule for which addresses count as "on the home network interfaces you chose" (home-network.ts).
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { bluetoothAvailability } from './ble';
import { HomeNetworkScope, inPrefix, listInterfaces, parseIpv6, readRoutes } from './home-network';

const info = (address: string, cidr: string, extra: Partial<NetworkInterfaceInfo> = {}): NetworkInterfaceInfo =>
  ({
    address,
    netmask: '',
    family: address.includes(':') ? 'IPv6' : 'IPv4',
    mac: '02:00:00:00:00:01',
    internal: false,
    cidr,
    ...(address.includes(':') ? { scopeid: 0 } : {}),
    ...extra,
  }) as NetworkInterfaceInfo;

const TABLE = {
  lo: [info('127.0.0.1', '127.0.0.1/8', { internal: true }), info('::1', '::1/128', { internal: true })],
  eth0: [info('192.168.1.10', '192.168.1.10/24'), info('fd12:3456::10', 'fd12:3456::10/64'), info('fe80::1', 'fe80::1/64')],
  wlan0: [info('10.0.0.5', '10.0.0.5/24')],
  docker0: [info('172.17.0.1', '172.17.0.1/16'), info('fe80::42', 'fe80::42/64')],
};
// A Thread border router on eth0 announces its ULA prefix (Linux /proc/net/ipv6_route), plus the default route.
const ROUTES = [
  { iface: 'eth0', network: 'fd99:aaaa:bbbb:1::', prefix: 64 },
  { iface: 'wlan0', network: 'fd77::', prefix: 64 },
];

const scope = (ifaces: string[]) => new HomeNetworkScope(ifaces, { interfaces: () => TABLE, routes: () => ROUTES, now: () => 0, refreshMs: 1000 });

describe('Matter on the home network: which addresses are on the chosen interfaces', () => {
  it('accepts on-link IPv4 and IPv6, link-local on that interface, and a Thread prefix routed through it', () => {
    const s = scope(['eth0']);
    expect(s.interfaceFor('192.168.1.77')).toBe('eth0');
    expect(s.interfaceFor('fd12:3456::abcd')).toBe('eth0');
    expect(s.interfaceFor('fe80::99%eth0')).toBe('eth0');
    expect(s.interfaceFor('fe80::99')).toBe('eth0'); // one interface chosen: unscoped link-local is on it
    expect(s.interfaceFor('fd99:aaaa:bbbb:1::7')).toBe('eth0');
  });

  it('refuses the internet, other interfaces, loopback and multicast as peers', () => {
    const s = scope(['eth0']);
    for (const host of ['8.8.8.8', '2001:4860:4860::8888', '10.0.0.9', 'fe80::99%docker0', 'fe80::99%wlan0', '172.17.0.2', '127.0.0.1', '::1', 'ff02::fb', '224.0.0.251', 'fd77::1', 'not-an-ip']) {
      expect(s.interfaceFor(host), host).toBeUndefined();
    }
  });

  it('with two interfaces, an unscoped link-local address is ambiguous and refused', () => {
    const s = scope(['eth0', 'wlan0']);
    expect(s.interfaceFor('fe80::99')).toBeUndefined();
    expect(s.interfaceFor('10.0.0.9')).toBe('wlan0');
    expect(s.present()).toEqual(['eth0', 'wlan0']);
  });

  it('reads Linux routes, leaving out default routes', () => {
    const v6 = [
      'fd99aaaabbbb00010000000000000000 40 00000000000000000000000000000000 00 fe80000000000000000000000000000a 00000400 00000001 00000000 00000003     eth0',
      '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe80000000000000000000000000000a 00000400 00000001 00000000 00000003     eth0',
    ].join('\n');
    const v4 = ['Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT', 'eth0\t0001A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0', 'eth0\t00000000\t0101A8C0\t0003\t0\t0\t0\t00000000\t0\t0\t0'].join('\n');
    expect(readRoutes(v6, v4)).toEqual([
      { iface: 'eth0', network: 'fd99:aaaa:bbbb:0001:0000:0000:0000:0000', prefix: 64 },
      { iface: 'eth0', network: '192.168.1.0', prefix: 24 },
    ]);
  });

  it('parses and compares IPv6 prefixes', () => {
    expect(parseIpv6('::ffff:10.0.0.1')?.slice(10)).toEqual(new Uint8Array([0xff, 0xff, 10, 0, 0, 1]));
    expect(parseIpv6('1:2:3')).toBeUndefined();
    expect(inPrefix('fd00:4d::1', 'fd00:4d::', 64)).toBe(true);
    expect(inPrefix('fd00:4e::1', 'fd00:4d::', 64)).toBe(false);
  });

  it('lists the interfaces for the picker: no loopback, real ones first, virtual ones last, IPv6 needed', () => {
    const kinds: Record<string, 'wired' | 'wifi' | 'virtual'> = { eth0: 'wired', wlan0: 'wifi', docker0: 'virtual' };
    expect(listInterfaces(TABLE, (n) => kinds[n]!).map((i) => [i.name, i.kind, i.usable])).toEqual([
      ['eth0', 'wired', true],
      ['wlan0', 'wifi', false],
      ['docker0', 'virtual', true],
    ]);
  });

  it('says plainly when there is no Bluetooth, and points to the share path', () => {
    const none = bluetoothAvailability([]);
    expect(none.available).toBe(false);
    expect(none.reason).toBe('This computer has no Bluetooth, so Hearth cannot set up a brand-new device over Bluetooth. Set a brand-new device up with your other app first, then share it with Hearth.');
  });

  it('with Bluetooth, says adding over Bluetooth is not in this version and how to add the device instead', () => {
    const ble = bluetoothAvailability(['hci0']);
    expect(ble.available).toBe(false);
    expect(ble.reason).toMatch(/^Adding a brand-new device over Bluetooth is not available in this version of Hearth\./);
    expect(ble.reason).toMatch(/other Matter app .* first, then share it from that app and enter the code it shows here\.$/);
    expect(ble.reason).not.toMatch(/no Bluetooth/);
  });
});
