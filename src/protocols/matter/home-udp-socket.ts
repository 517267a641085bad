// A matter.js UdpSocket on node:dgram for the home network the user chose (home-network.ts): it listens on the
// wildcard address (one socket cannot bind several interfaces' addresses, and those change as links come and go)
// but hears only datagrams from addresses on the chosen interfaces, sends only to them, joins multicast groups
// (mDNS) on the chosen interfaces only and sends multicast only out of a chosen interface.
import dgram from 'node:dgram';
import { AddressInUseError, BindError, Bytes, ChannelType, MAX_UDP_MESSAGE_SIZE, NetworkError, NoAddressAvailableError } from './matterjs';
import type { UdpSocket, UdpSocketOptions } from './matterjs';
import { bare, familyOf, isLinkLocalV6, isMulticast, zoneOf, type HomeNetworkScope } from './home-network';

function bind(socket: dgram.Socket, port: number | undefined, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      socket.close();
      const where = `${address}:${port ?? 0}`;
      reject(
        err.code === 'EADDRINUSE'
          ? new AddressInUseError(`Cannot bind ${where} because port is already in use`)
          : new BindError(`Cannot bind to ${where} (code ${err.code})`),
      );
    };
    socket.once('error', onError);
    socket.bind(port, address, () => {
      socket.off('error', onError);
      socket.on('error', () => undefined); // send errors are reported through send()'s callback
      resolve();
    });
  });
}

export class HomeUdpSocket implements UdpSocket {
  readonly maxPayloadSize = MAX_UDP_MESSAGE_SIZE;

  private constructor(
    private readonly socket: dgram.Socket,
    private readonly family: 'udp4' | 'udp6',
    /** Multicast sockets: the one chosen interface they send out of and listen on. */
    private readonly pinned: string | undefined,
    private readonly scope: HomeNetworkScope,
  ) {}

  static async create(options: UdpSocketOptions, scope: HomeNetworkScope): Promise<HomeUdpSocket> {
    const family = options.type === 'udp4' ? 'udp4' : 'udp6';
    const { netInterface, listeningAddress, listeningPort, reuseAddress } = options;
    if (netInterface !== undefined && !scope.interfaces.includes(netInterface)) {
      throw new NetworkError(`Hearth may use only the network interfaces you chose for Matter; refusing ${netInterface}`);
    }
    if (listeningAddress !== undefined && scope.interfaceFor(listeningAddress) === undefined) {
      throw new NetworkError(`Hearth may use only the network interfaces you chose for Matter; refusing to bind ${listeningAddress}`);
    }
    let multicastInterface: string | undefined;
    if (netInterface !== undefined) {
      const addrs = scope.addresses(netInterface);
      if (family === 'udp4') {
        multicastInterface = addrs?.ipv4[0];
        if (multicastInterface === undefined) throw new NoAddressAvailableError(`No IPv4 addresses on interface "${netInterface}"`);
      } else {
        if (!addrs || addrs.ipv6.length === 0) throw new NoAddressAvailableError(`No IPv6 addresses on interface "${netInterface}"`);
        multicastInterface = `::%${netInterface}`;
      }
    }
    const socket = dgram.createSocket({ type: family, reuseAddr: reuseAddress === true, ipv6Only: family === 'udp6' });
    await bind(socket, listeningPort, listeningAddress ?? (family === 'udp4' ? '0.0.0.0' : '::'));
    if (multicastInterface !== undefined) {
      try {
        socket.setMulticastInterface(multicastInterface);
      } catch (err) {
        socket.close();
        throw new NetworkError(`Cannot use ${netInterface} for multicast: ${(err as Error).message}`);
      }
    }
    return new HomeUdpSocket(socket, family, netInterface, scope);
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** Where to join a group: the pinned interface, or every chosen interface that has an address of this family. */
  private memberships(): string[] {
    const ifaces = this.pinned !== undefined ? [this.pinned] : this.scope.present();
    return ifaces.flatMap((iface) => {
      const a = this.scope.addresses(iface);
      if (this.family === 'udp4') return a?.ipv4[0] ? [a.ipv4[0]] : [];
      return a && a.ipv6.length > 0 ? [`::%${iface}`] : [];
    });
  }

  addMembership(group: string): void {
    for (const where of this.memberships()) {
      try {
        this.socket.addMembership(group, where);
      } catch {
        // already a member there, or the interface went away: mDNS on the others still works
      }
    }
  }

  dropMembership(group: string): void {
    for (const where of this.memberships()) {
      try {
        this.socket.dropMembership(group, where);
      } catch {
        // not a member
      }
    }
  }

  onData(listener: UdpSocket.Callback) {
    const onMessage = (data: Buffer, { address, port }: dgram.RemoteInfo) => {
      const iface = this.scope.interfaceFor(address);
      if (iface === undefined || (this.pinned !== undefined && iface !== this.pinned)) return;
      listener(iface, address, port, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    };
    this.socket.on('message', onMessage);
    return {
      close: async () => {
        this.socket.off('message', onMessage);
      },
    };
  }

  /** The address to hand the OS, or undefined when it is not on a chosen interface. */
  private target(host: string): string | undefined {
    if (isMulticast(host)) {
      // Only out of a pinned interface (the OS then keeps it on that link), to that link's group.
      const zone = zoneOf(host);
      if (this.pinned === undefined || (zone !== undefined && zone !== this.pinned)) return undefined;
      return this.family === 'udp6' && zone === undefined ? `${bare(host)}%${this.pinned}` : host;
    }
    const iface = this.scope.interfaceFor(host);
    if (iface === undefined) return undefined;
    return isLinkLocalV6(host) && zoneOf(host) === undefined ? `${bare(host)}%${iface}` : host;
  }

  send(host: string, port: number, data: Bytes): Promise<void> {
    const target = this.target(host);
    if (target === undefined) {
      return Promise.reject(new NetworkError(`${host} is not on the network interfaces chosen for Matter; not sending there`));
    }
    const bytes = Bytes.of(data);
    return new Promise((resolve, reject) => {
      this.socket.send(bytes, port, target, (err) => (err ? reject(new NetworkError(err.message)) : resolve()));
    });
  }

  supports(type: ChannelType, address?: string): boolean {
    if (type !== ChannelType.UDP) return false;
    if (address === undefined) return true;
    return familyOf(address) === (this.family === 'udp4' ? 4 : 6);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      try {
        this.socket.close(() => resolve());
      } catch {
        resolve(); // already closed
      }
    });
  }
}
