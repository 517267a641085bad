// matter.js Network service that only ever touches the loopback interface: UDP sockets are LoopbackUdpSockets,
// the only interface reported (for mDNS announcements and GeneralDiagnostics) is loopback, and TCP is allowed
// to loopback addresses only. This holds even outside a private network namespace (the demo home).
import { InterfaceType, Network, NetworkError } from './matterjs';
import type {
  NetworkInterface,
  NetworkInterfaceDetails,
  TcpConnection,
  TcpConnectOptions,
  TcpListener,
  TcpListenerOptions,
  UdpSocket,
  UdpSocketOptions,
} from './matterjs';
import { isLoopbackAddress, LOOPBACK_IPV6, loopbackDetails, loopbackInterfaceName } from './loopback-address';
import { LoopbackUdpSocket } from './loopback-udp-socket';

export class LoopbackNetwork extends Network {
  readonly loopback = loopbackInterfaceName();

  /** `tcp` is matter.js's own Network, used only for (loopback) TCP, which Matter uses rarely. */
  constructor(private readonly tcp: Network) {
    super();
  }

  getNetInterfaces(): NetworkInterface[] {
    return [{ name: this.loopback, type: InterfaceType.Ethernet }];
  }

  getIpMac(netInterface: string): NetworkInterfaceDetails | undefined {
    return netInterface === this.loopback ? loopbackDetails(netInterface) : undefined;
  }

  createUdpSocket(options: UdpSocketOptions): Promise<UdpSocket> {
    return LoopbackUdpSocket.create(options, this.loopback);
  }

  override createTcpListener(options: TcpListenerOptions): Promise<TcpListener> {
    const listeningAddress = options.listeningAddress ?? LOOPBACK_IPV6;
    if (!isLoopbackAddress(listeningAddress)) {
      return Promise.reject(new NetworkError(`Refusing to listen on ${listeningAddress}: loopback only`));
    }
    return this.tcp.createTcpListener({ ...options, listeningAddress });
  }

  override connectTcp(host: string, port: number, options?: TcpConnectOptions): Promise<TcpConnection> {
    if (!isLoopbackAddress(host)) {
      return Promise.reject(new NetworkError(`Refusing TCP connection to ${host}: loopback only`));
    }
    return this.tcp.connectTcp(host, port, options);
  }

  override async close(): Promise<void> {
    // The wrapped TCP Network belongs to matter.js's default environment; it is not ours to close.
  }
}
