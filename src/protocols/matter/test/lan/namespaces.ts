// A private LAN made of network namespaces for the Matter LAN test. Each peer (peer.ts) is a process started with
// `unshare --net`, so it sits in a namespace of its own with nothing but `lo`; the links are veth pairs created
// from inside those namespaces (never in the namespace the test runs in) and joined by a bridge in the devices'
// namespace. Private addresses only (fd00:4d::/64 ULA, 10.77.0.0/24), no default routes, nothing else: packets
// can go nowhere but between these namespaces. When the peers exit, their namespaces and links vanish with them.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Line, type PeerEvent, type Request, type RequestOf } from './messages';

const run = promisify(execFile);
const PEER = fileURLToPath(new URL('./peer.ts', import.meta.url));

/** Whether this process may make network namespaces (root, with unshare, nsenter and ip at hand). */
export async function canMakeNamespaces(): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (process.platform !== 'linux') return { ok: false, reason: 'network namespaces are Linux only' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'making network namespaces needs root' };
  try {
    await run('unshare', ['--net', '--', 'ip', 'link', 'show', 'lo']);
    await run('nsenter', ['--version']);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: `unshare/nsenter/ip do not work here: ${(err as Error).message}` };
  }
}

export class Peer {
  readonly events: PeerEvent[] = [];
  #next = 1;
  readonly #waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #exited = false;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcessWithoutNullStreams,
    readonly pid: number,
  ) {
    createInterface({ input: child.stdout }).on('line', (text) => this.#onLine(text));
    child.on('exit', () => {
      this.#exited = true;
      for (const w of this.#waiting.values()) w.reject(new Error(`${name} exited`));
      this.#waiting.clear();
    });
  }

  /** Starts a peer process in a network namespace of its own; resolves once it runs there. */
  static async start(name: string, stderr: (text: string) => void): Promise<Peer> {
    const child = spawn('unshare', ['--net', '--', process.execPath, '--import', 'tsx', PEER], { stdio: ['pipe', 'pipe', 'pipe'], cwd: process.cwd() });
    child.stderr.on('data', (b: Buffer) => stderr(`[${name}] ${b.toString()}`));
    const pid = await new Promise<number>((resolve, reject) => {
      const rl = createInterface({ input: child.stdout });
      rl.once('line', (text) => {
        rl.close();
        const line = Line.safeParse(JSON.parse(text));
        if (line.success && 'ready' in line.data) resolve(line.data.pid);
        else reject(new Error(`${name} did not start: ${text}`));
      });
      child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready`)));
    });
    // `unshare` execs the peer, so the pid is the peer's; make sure it really is in another namespace before
    // anything is configured through it.
    if (readlinkSync(`/proc/${pid}/ns/net`) === readlinkSync('/proc/self/ns/net')) {
      child.kill('SIGKILL');
      throw new Error(`${name} runs in the test's own network namespace; refusing to touch it`);
    }
    return new Peer(name, child, pid);
  }

  #onLine(text: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) return;
    const line = parsed.data;
    if ('event' in line) this.events.push(line.event);
    else if ('id' in line) {
      const w = this.#waiting.get(line.id);
      this.#waiting.delete(line.id);
      if (line.ok) w?.resolve(line.result);
      else w?.reject(new Error(`${this.name}: ${line.error}`));
    }
  }

  call<Op extends Request['op']>(op: Op, args: Omit<RequestOf<Op>, 'op'>): Promise<unknown> {
    if (this.#exited) return Promise.reject(new Error(`${this.name} has exited`));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ id, op, ...args })}\n`);
    });
  }

  /** Runs a command in this peer's network namespace (ip, sysctl). */
  async sh(...args: string[]): Promise<string> {
    const { stdout } = await run('nsenter', ['-t', String(this.pid), '-n', '--', ...args]);
    return stdout;
  }

  async stop(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await Promise.race([this.call('stop', {}).catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
    if (!this.#exited) this.child.kill('SIGKILL');
  }

  kill(): void {
    if (!this.#exited) this.child.kill('SIGKILL');
  }
}

export const LAN = {
  bridge: 'br0',
  devices: { ipv6: 'fd00:4d::1', ipv4: '10.77.0.1' },
  hearth: { ipv6: 'fd00:4d::2', ipv4: '10.77.0.2', port: 'dh' },
  other: { ipv6: 'fd00:4d::3', ipv4: '10.77.0.3', port: 'do' },
  iface: 'eth0',
} as const;

const QUIET = ['net.ipv6.conf.default.dad_transmits=0', 'net.ipv6.conf.default.router_solicitations=0', 'net.ipv6.conf.all.dad_transmits=0', 'net.ipv6.conf.default.keep_addr_on_down=1'];

/**
 * Wires the three namespaces: devices' bridge br0 (fd00:4d::1, 10.77.0.1) with a port to Hearth's eth0
 * (fd00:4d::2, 10.77.0.2) and one to the other controller's eth0 (fd00:4d::3, 10.77.0.3).
 */
export async function wireLan(devices: Peer, hearth: Peer, other: Peer): Promise<void> {
  for (const p of [devices, hearth, other]) {
    await p.sh('sysctl', '-qw', ...QUIET);
    await p.sh('ip', 'link', 'set', 'lo', 'up');
  }
  await devices.sh('ip', 'link', 'add', LAN.bridge, 'type', 'bridge', 'mcast_snooping', '0', 'forward_delay', '0', 'stp_state', '0');
  for (const [peer, side] of [
    [hearth, LAN.hearth],
    [other, LAN.other],
  ] as const) {
    await devices.sh('ip', 'link', 'add', side.port, 'type', 'veth', 'peer', 'name', LAN.iface, 'netns', String(peer.pid));
    await devices.sh('ip', 'link', 'set', side.port, 'master', LAN.bridge, 'up');
    await peer.sh('ip', 'addr', 'add', `${side.ipv6}/64`, 'dev', LAN.iface, 'nodad');
    await peer.sh('ip', 'addr', 'add', `${side.ipv4}/24`, 'dev', LAN.iface);
    await peer.sh('ip', 'link', 'set', LAN.iface, 'up');
  }
  await devices.sh('ip', 'addr', 'add', `${LAN.devices.ipv6}/64`, 'dev', LAN.bridge, 'nodad');
  await devices.sh('ip', 'addr', 'add', `${LAN.devices.ipv4}/24`, 'dev', LAN.bridge);
  await devices.sh('ip', 'link', 'set', LAN.bridge, 'up');
  await Promise.all([waitForCarrier(devices, LAN.bridge), waitForCarrier(hearth, LAN.iface), waitForCarrier(other, LAN.iface)]);
}

/** Waits until the interface is up with a carrier (the OS lists an interface's addresses only then). */
export async function waitForCarrier(peer: Peer, iface: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const line = await peer.sh('ip', '-o', 'link', 'show', iface);
    if (/[<,]LOWER_UP[,>]/.test(line) && /[<,]UP[,>]/.test(line)) return;
    if (Date.now() > until) throw new Error(`${iface} in ${peer.name} has no carrier: ${line}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What each namespace holds: its interfaces and whether any has a default route (none may). */
export async function describeNamespace(peer: Peer): Promise<{ interfaces: string[]; defaultRoutes: string }> {
  const links = await peer.sh('ip', '-o', 'link', 'show');
  const interfaces = links
    .split('\n')
    .map((l) => /^\d+:\s+([^:@]+)/.exec(l)?.[1])
    .filter((x): x is string => x !== undefined);
  const routes = `${await peer.sh('ip', 'route', 'show', 'default')}${await peer.sh('ip', '-6', 'route', 'show', 'default')}`.trim();
  return { interfaces, defaultRoutes: routes };
}

/** Packets the namespace's interfaces have sent, by interface (from `ip -s link`). */
export async function txPackets(peer: Peer): Promise<Record<string, number>> {
  const json = JSON.parse(await peer.sh('ip', '-s', '-j', 'link', 'show')) as Array<{ ifname: string; stats64?: { tx?: { packets?: number } } }>;
  return Object.fromEntries(json.map((l) => [l.ifname, l.stats64?.tx?.packets ?? 0]));
}
