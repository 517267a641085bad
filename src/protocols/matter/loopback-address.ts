// Pure helpers deciding what counts as loopback. Used by the loopback-only network layer and its tests.
import { networkInterfaces } from 'node:os';

export const LOOPBACK_IPV4 = '127.0.0.1';
export const LOOPBACK_IPV6 = '::1';

/** Name of the OS loopback interface ("lo" on Linux, "lo0" on macOS): the one whose addresses are all internal. */
export function loopbackInterfaceName(): string {
  for (const [name, infos] of Object.entries(networkInterfaces())) {
    if (infos && infos.length > 0 && infos.every((i) => i.internal)) return name;
  }
  return 'lo';
}

/** Addresses and MAC of the loopback interface, in the shape matter.js's Network#getIpMac returns. */
export function loopbackDetails(name: string): { mac: string; ipV4: string[]; ipV6: string[] } | undefined {
  const infos = networkInterfaces()[name];
  if (!infos || infos.length === 0) return undefined;
  return {
    mac: infos[0]!.mac,
    ipV4: infos.filter((i) => i.family === 'IPv4').map((i) => i.address),
    ipV6: infos.filter((i) => i.family === 'IPv6').map((i) => i.address),
  };
}

function bare(host: string): string {
  return host.split('%')[0]!.toLowerCase().replace(/^\[|\]$/g, '');
}

/** True for 127.0.0.0/8, ::1 and IPv4-mapped 127.x (zone suffixes like "%lo" are ignored). */
export function isLoopbackAddress(host: string): boolean {
  const ip = bare(host);
  if (ip === 'localhost') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip)) return true;
  if (ip === '::1' || ip === '0:0:0:0:0:0:0:1') return true;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  return mapped !== null && mapped[1]!.startsWith('127.');
}

/** IPv4 224.0.0.0/4 or IPv6 ff00::/8. */
export function isMulticastAddress(host: string): boolean {
  const ip = bare(host);
  if (ip.includes(':')) return ip.startsWith('ff');
  const first = Number(ip.split('.')[0]);
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(ip) && first >= 224 && first <= 239;
}

/**
 * Whether a datagram may be sent: unicast only to a loopback address; multicast only from a socket whose
 * multicast interface is pinned to the loopback interface (the kernel then keeps it on that interface).
 */
export function mayDeliver(host: string, socketMulticastInterface: string | undefined, loopback: string): boolean {
  if (isMulticastAddress(host)) {
    const zone = host.split('%')[1];
    return socketMulticastInterface === loopback && (zone === undefined || zone === loopback);
  }
  return isLoopbackAddress(host);
}
