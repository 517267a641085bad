// The home network Hearth's Matter controller may use once the user said yes: the interfaces they chose, and the
// rule for which addresses are "on them". Pure helpers plus small reads of the OS (interface list, Linux routes).
//
// An address is on a chosen interface when it is
//  - IPv6 link-local (fe80::/10) scoped to that interface (or unscoped while only one interface is chosen);
//  - inside the prefix of one of the interface's own addresses (on-link: ULA, global or IPv4 private subnets);
//  - routed by the OS through that interface by a route that is not the default route (Linux): a Thread network's
//    ULA prefix behind a border router on the home network. Anything reached only by the default route (the
//    internet) is never on the home network.
import { readFileSync, readlinkSync, existsSync } from 'node:fs';
import { networkInterfaces as osInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type Family = 4 | 6;

/** Which network Hearth's Matter nodes may use. */
export type MatterNetworkScope = { kind: 'loopback' } | { kind: 'homeNetwork'; interfaces: readonly string[] };

export const LOOPBACK_SCOPE: MatterNetworkScope = { kind: 'loopback' };

/** A network interface as the picker shows it. */
export interface HomeInterface {
  name: string;
  /** What it most likely is, from the OS: Wi-Fi, wired, or virtual (containers, bridges, VPNs). */
  kind: 'wifi' | 'wired' | 'virtual';
  up: boolean;
  ipv4: string[];
  ipv6: string[];
  /** Whether Matter can use it: it needs an IPv6 address (Matter runs on IPv6; IPv4 is extra). */
  usable: boolean;
}

// ---- addresses ----

export function bare(host: string): string {
  return host.split('%')[0]!.toLowerCase().replace(/^\[|\]$/g, '');
}

export function zoneOf(host: string): string | undefined {
  const z = host.split('%')[1];
  return z === undefined || z === '' ? undefined : z.replace(/\]$/, '');
}

export function familyOf(host: string): Family | undefined {
  const ip = bare(host);
  if (parseIpv4(ip) !== undefined) return 4;
  if (parseIpv6(ip) !== undefined) return 6;
  return undefined;
}

export function parseIpv4(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

/** An IPv6 address as 16 bytes, or undefined. Accepts "::" shortening and a trailing dotted IPv4 part. */
export function parseIpv6(ip: string): Uint8Array | undefined {
  let text = bare(ip);
  if (!text.includes(':')) return undefined;
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const n = parseIpv4(v4[1]!);
    if (n === undefined) return undefined;
    text = `${text.slice(0, -v4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    const g = groups[i]!;
    if (!/^[0-9a-f]{1,4}$/.test(g)) return undefined;
    const v = parseInt(g, 16);
    out[i * 2] = v >> 8;
    out[i * 2 + 1] = v & 0xff;
  }
  return out;
}

export function isLinkLocalV6(host: string): boolean {
  const b = parseIpv6(host);
  return b !== undefined && b[0] === 0xfe && (b[1]! & 0xc0) === 0x80;
}

/** Unique local addresses fc00::/7 (what a home's Thread network and many routers use). */
export function isUniqueLocalV6(host: string): boolean {
  const b = parseIpv6(host);
  return b !== undefined && (b[0]! & 0xfe) === 0xfc;
}

export function isMulticast(host: string): boolean {
  const ip = bare(host);
  const v4 = parseIpv4(ip);
  if (v4 !== undefined) return v4 >>> 28 === 0xe;
  const v6 = parseIpv6(ip);
  return v6 !== undefined && v6[0] === 0xff;
}

function prefixLengthOfMask(mask: string): number | undefined {
  const v4 = parseIpv4(mask);
  if (v4 !== undefined) return 32 - Math.log2((~v4 >>> 0) + 1);
  const v6 = parseIpv6(mask);
  if (!v6) return undefined;
  let n = 0;
  for (const byte of v6) {
    if (byte === 0xff) n += 8;
    else {
      n += 8 - Math.log2((~byte & 0xff) + 1);
      break;
    }
  }
  return n;
}

/** Whether `host` lies in `network`/`prefix` (same family only). */
export function inPrefix(host: string, network: string, prefix: number): boolean {
  const a4 = parseIpv4(bare(host));
  const n4 = parseIpv4(bare(network));
  if (a4 !== undefined && n4 !== undefined) {
    if (prefix <= 0) return true;
    const mask = prefix >= 32 ? 0xffffffff : (~((1 << (32 - prefix)) - 1)) >>> 0;
    return (a4 & mask) >>> 0 === (n4 & mask) >>> 0;
  }
  const a6 = parseIpv6(host);
  const n6 = parseIpv6(network);
  if (!a6 || !n6) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const bits = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - bits)) & 0xff;
    if ((a6[bit / 8]! & mask) !== (n6[bit / 8]! & mask)) return false;
  }
  return true;
}

// ---- the OS ----

export interface Route {
  iface: string;
  network: string;
  prefix: number;
}

function hexToIpv6(hex: string): string {
  return hex.match(/.{4}/g)!.join(':');
}

/** Non-default routes from Linux's /proc/net/ipv6_route and /proc/net/route (empty elsewhere). */
export function readRoutes(ipv6Route?: string, ipv4Route?: string): Route[] {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  const routes: Route[] = [];
  for (const line of (ipv6Route ?? read('/proc/net/ipv6_route')).split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const prefix = parseInt(f[1]!, 16);
    if (!(prefix > 0) || f[9] === 'lo') continue;
    routes.push({ iface: f[9]!, network: hexToIpv6(f[0]!), prefix });
  }
  for (const line of (ipv4Route ?? read('/proc/net/route')).split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8) continue;
    const le = (hex: string) => (parseInt(hex, 16) >>> 0);
    const dest = le(f[1]!);
    const mask = le(f[7]!);
    if (mask === 0) continue; // default route
    const bytes = [dest & 0xff, (dest >>> 8) & 0xff, (dest >>> 16) & 0xff, dest >>> 24];
    let prefix = 0;
    for (let m = mask; m !== 0; m >>>= 1) prefix += m & 1;
    routes.push({ iface: f[0]!, network: bytes.join('.'), prefix });
  }
  return routes;
}

export type InterfaceTable = Record<string, NetworkInterfaceInfo[] | undefined>;

function linuxKind(name: string): HomeInterface['kind'] | undefined {
  const base = `/sys/class/net/${name}`;
  try {
    if (existsSync(`${base}/wireless`) || existsSync(`${base}/phy80211`)) return 'wifi';
    if (readlinkSync(base).includes('/virtual/')) return 'virtual';
    return 'wired';
  } catch {
    return undefined;
  }
}

// Names that are containers, hypervisors' host bridges or VPNs on any OS: never the home network itself.
const VIRTUAL_NAMES = /^(docker|br-|veth|virbr|vmnet|vboxnet|vnet|tun|tap|utun|wg|tailscale|zt|awdl|llw|anpi|bridge|ap\d|gif|stf|p2p|ipsec|ppp)/i;

function kindOf(name: string): HomeInterface['kind'] {
  if (VIRTUAL_NAMES.test(name)) return 'virtual';
  const linux = process.platform === 'linux' ? linuxKind(name) : undefined;
  if (linux) return linux;
  return /^(wl|wi-?fi|en0$)/i.test(name) ? 'wifi' : 'wired';
}

/** The machine's network interfaces for the picker: loopback left out, real ones first, each with its addresses. */
export function listInterfaces(table: InterfaceTable = osInterfaces(), kind: (name: string) => HomeInterface['kind'] = kindOf): HomeInterface[] {
  const out: HomeInterface[] = [];
  for (const [name, infos] of Object.entries(table)) {
    if (!infos || infos.length === 0 || infos.every((i) => i.internal)) continue;
    const ipv4 = infos.filter((i) => i.family === 'IPv4').map((i) => i.address);
    const ipv6 = infos.filter((i) => i.family === 'IPv6').map((i) => i.address);
    out.push({ name, kind: kind(name), up: true, ipv4, ipv6, usable: ipv6.length > 0 });
  }
  const rank = (i: HomeInterface) => (i.kind === 'virtual' ? 2 : i.usable ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

// ---- the rule ----

/**
 * Which of the chosen interfaces an address is on, or undefined when it is on none of them (then Hearth neither
 * sends to it nor listens to it). Interface and route tables are read at most every `refreshMs`.
 */
export class HomeNetworkScope {
  readonly interfaces: readonly string[];
  #table: InterfaceTable = {};
  #routes: Route[] = [];
  #readAt = -Infinity;

  constructor(
    interfaces: readonly string[],
    private readonly os: { interfaces: () => InterfaceTable; routes: () => Route[]; now: () => number; refreshMs: number } = {
      interfaces: osInterfaces,
      routes: () => readRoutes(),
      now: Date.now,
      refreshMs: 2_000,
    },
  ) {
    this.interfaces = [...new Set(interfaces)];
  }

  #fresh(): void {
    const now = this.os.now();
    if (now - this.#readAt < this.os.refreshMs) return;
    this.#readAt = now;
    this.#table = this.os.interfaces();
    this.#routes = this.os.routes();
  }

  /** The chosen interfaces' current addresses (they come and go with the link). */
  addresses(iface: string): { ipv4: string[]; ipv6: string[]; mac: string } | undefined {
    if (!this.interfaces.includes(iface)) return undefined;
    this.#fresh();
    const infos = this.#table[iface];
    if (!infos || infos.length === 0) return undefined;
    return {
      mac: infos[0]!.mac,
      ipv4: infos.filter((i) => i.family === 'IPv4').map((i) => i.address),
      ipv6: infos.filter((i) => i.family === 'IPv6').map((i) => i.address),
    };
  }

  /** The chosen interfaces that exist right now. */
  present(): string[] {
    this.#fresh();
    return this.interfaces.filter((i) => (this.#table[i]?.length ?? 0) > 0);
  }

  interfaceFor(host: string): string | undefined {
    const ip = bare(host);
    const family = familyOf(ip);
    if (family === undefined || isMulticast(ip)) return undefined;
    if (family === 6 && isLinkLocalV6(ip)) {
      const zone = zoneOf(host);
      if (zone !== undefined) return this.interfaces.includes(zone) ? zone : undefined;
      return this.interfaces.length === 1 ? this.interfaces[0] : undefined;
    }
    this.#fresh();
    for (const iface of this.interfaces) {
      for (const info of this.#table[iface] ?? []) {
        if ((info.family === 'IPv4' ? 4 : 6) !== family) continue;
        const prefix = info.cidr ? Number(info.cidr.split('/')[1]) : prefixLengthOfMask(info.netmask);
        if (prefix !== undefined && prefix > 0 && inPrefix(ip, info.address, prefix)) return iface;
      }
    }
    // Behind a router on the home network (a Thread border router's prefix): the longest non-default route.
    let best: Route | undefined;
    for (const r of this.#routes) {
      if (familyOf(r.network) !== family || !inPrefix(ip, r.network, r.prefix)) continue;
      if (!best || r.prefix > best.prefix) best = r;
    }
    return best && this.interfaces.includes(best.iface) ? best.iface : undefined;
  }
}
