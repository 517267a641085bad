// matter.js Network service for the home network the user chose (home-network.ts): UDP sockets are HomeUdpSockets,
// the interfaces matter.js sees (for mDNS and its diagnostics) are the chosen ones that exist right now, and TCP
// is allowed only to addresses on them. Used only after the user agreed; the demo home never uses it.
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
import { HomeNetworkScope } from './home-network';
import { HomeUdpSocket } from './home-udp-socket';

export class HomeNetwork extends Network {
  readonly scope: HomeNetworkScope;

  /** `tcp` is matter.js's own Network, used only for TCP to devices on the chosen interfaces (Matter rarely uses it). */
  constructor(
    interfaces: readonly string[],
    private readonly tcp: Network,
  ) {
    super();
    this.scope = new HomeNetworkScope(interfaces);
  }

  getNetInterfaces(): NetworkInterface[] {
    return this.scope.present().map((name) => ({ name, type: InterfaceType.Ethernet }));
  }

  getIpMac(netInterface: string): NetworkInterfaceDetails | undefined {
    const a = this.scope.addresses(netInterface);
    return a && { mac: a.mac, ipV4: a.ipv4, ipV6: a.ipv6 };
  }

  createUdpSocket(options: UdpSocketOptions): Promise<UdpSocket> {
    return HomeUdpSocket.create(options, this.scope);
  }

  override createTcpListener(_options: TcpListenerOptions): Promise<TcpListener> {
    // Hearth's controller never accepts Matter connections over TCP (matter.js's default too).
    return Promise.reject(new NetworkError('Hearth does not listen for Matter over TCP on the home network'));
  }

  override connectTcp(host: string, port: number, options?: TcpConnectOptions): Promise<TcpConnection> {
    if (this.scope.interfaceFor(host) === undefined) {
      return Promise.reject(new NetworkError(`Refusing TCP connection to ${host}: not on the interfaces chosen for Matter`));
    }
    return this.tcp.connectTcp(host, port, options);
  }

  override async close(): Promise<void> {
    // The wrapped TCP Network belongs to matter.js's default environment; it is not ours to close.
  }
}
