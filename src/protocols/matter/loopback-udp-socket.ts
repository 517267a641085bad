// A matter.js UdpSocket on node:dgram that can only use the loopback interface: unicast sockets bind to
// 127.0.0.1 / ::1, multicast (mDNS) sockets join their group on loopback explicitly (never on the
// default-route interface), and datagrams to or from anything that is not loopback are dropped.
import dgram from 'node:dgram';
import { AddressInUseError, BindError, Bytes, ChannelType, MAX_UDP_MESSAGE_SIZE, NetworkError } from './matterjs';
import type { UdpSocket, UdpSocketOptions } from './matterjs';
import { isLoopbackAddress, isMulticastAddress, LOOPBACK_IPV4, LOOPBACK_IPV6, mayDeliver } from './loopback-address';

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

export class LoopbackUdpSocket implements UdpSocket {
  readonly maxPayloadSize = MAX_UDP_MESSAGE_SIZE;

  private constructor(
    private readonly socket: dgram.Socket,
    private readonly family: 'udp4' | 'udp6',
    /** Set for multicast sockets: their multicast interface is pinned to this (the loopback interface). */
    private readonly multicastInterface: string | undefined,
    private readonly loopback: string,
  ) {}

  static async create(options: UdpSocketOptions, loopback: string): Promise<LoopbackUdpSocket> {
    const family = options.type === 'udp4' ? 'udp4' : 'udp6';
    const { netInterface, listeningAddress, listeningPort, reuseAddress } = options;
    if (netInterface !== undefined && netInterface !== loopback) {
      throw new NetworkError(`Hearth's Matter stack is loopback-only; refusing interface ${netInterface}`);
    }
    if (listeningAddress !== undefined && !isLoopbackAddress(listeningAddress)) {
      throw new NetworkError(`Hearth's Matter stack is loopback-only; refusing to bind ${listeningAddress}`);
    }
    const socket = dgram.createSocket({ type: family, reuseAddr: reuseAddress === true, ipv6Only: family === 'udp6' });
    // Multicast sockets need the wildcard address to receive group traffic; their membership and outgoing
    // interface are pinned to loopback below, and non-loopback senders are ignored in onData.
    const multicast = netInterface !== undefined;
    const wildcard = family === 'udp4' ? '0.0.0.0' : '::';
    const loopbackAddress = family === 'udp4' ? LOOPBACK_IPV4 : LOOPBACK_IPV6;
    const address = listeningAddress ?? (multicast ? wildcard : loopbackAddress);
    await bind(socket, listeningPort, address);
    if (multicast) {
      try {
        socket.setMulticastInterface(family === 'udp4' ? LOOPBACK_IPV4 : `::%${loopback}`);
        socket.setMulticastTTL(1);
        socket.setMulticastLoopback(true);
      } catch {
        // Loopback without multicast support for this family: group traffic simply never arrives.
      }
    }
    return new LoopbackUdpSocket(socket, family, multicast ? loopback : undefined, loopback);
  }

  get port(): number {
    return this.socket.address().port;
  }

  addMembership(group: string): void {
    try {
      this.socket.addMembership(group, this.family === 'udp4' ? LOOPBACK_IPV4 : `::%${this.loopback}`);
    } catch {
      // The OS refused loopback multicast for this family (Linux: IPv6 on lo). Discovery uses the other family;
      // without any, commission by address.
    }
  }

  dropMembership(group: string): void {
    try {
      this.socket.dropMembership(group, this.family === 'udp4' ? LOOPBACK_IPV4 : `::%${this.loopback}`);
    } catch {
      // not a member
    }
  }

  onData(listener: UdpSocket.Callback) {
    const onMessage = (data: Buffer, { address, port }: dgram.RemoteInfo) => {
      if (!isLoopbackAddress(address)) return;
      listener(this.loopback, address, port, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    };
    this.socket.on('message', onMessage);
    return {
      close: async () => {
        this.socket.off('message', onMessage);
      },
    };
  }

  send(host: string, port: number, data: Bytes): Promise<void> {
    if (!mayDeliver(host, this.multicastInterface, this.loopback)) {
      return Promise.reject(new NetworkError(`Hearth's Matter stack is loopback-only; refusing to send to ${host}`));
    }
    const target = this.family === 'udp6' && isMulticastAddress(host) && !host.includes('%') ? `${host}%${this.loopback}` : host;
    const bytes = Bytes.of(data);
    return new Promise((resolve, reject) => {
      this.socket.send(bytes, port, target, (err) => (err ? reject(new NetworkError(err.message)) : resolve()));
    });
  }

  supports(type: ChannelType, address?: string): boolean {
    if (type !== ChannelType.UDP) return false;
    if (address === undefined) return true;
    return this.family === 'udp4' ? !address.includes(':') : address.includes(':');
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
