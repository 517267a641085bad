// Makes a virtual device look like it sits on Thread, Wi-Fi or Ethernet by adding that network's diagnostics
// cluster to its root endpoint with plausible values (the transport itself is always loopback UDP).
import {
  EthernetNetworkDiagnosticsServer,
  ServerNode,
  ThreadNetworkDiagnosticsServer,
  WiFiNetworkDiagnosticsServer,
} from '../matterjs';

export type SimulatedNetwork = 'thread' | 'wifi' | 'ethernet';

export function rootEndpointFor(network: SimulatedNetwork | undefined) {
  switch (network) {
    case 'thread':
      return {
        root: ServerNode.RootEndpoint.with(ThreadNetworkDiagnosticsServer),
        state: {
          threadNetworkDiagnostics: {
            channel: 15,
            routingRole: 3, // end device
            networkName: 'HearthDemo',
            panId: 0x1a2b,
            extendedPanId: 0xdead00beef00cafen,
            rloc16: 0x4401,
            // Its parent router, as a sleepy/end device hears it.
            neighborTable: [
              {
                extAddress: 0x1a2b3c4d5e6f7081n,
                age: 12,
                rloc16: 0x4400,
                linkFrameCounter: 1045,
                mleFrameCounter: 88,
                lqi: 220,
                averageRssi: -61,
                lastRssi: -60,
                frameErrorRate: 0,
                messageErrorRate: 0,
                rxOnWhenIdle: true,
                fullThreadDevice: true,
                fullNetworkData: true,
                isChild: false,
              },
            ],
            routeTable: [],
          },
        },
      };
    case 'wifi':
      return {
        root: ServerNode.RootEndpoint.with(WiFiNetworkDiagnosticsServer),
        state: {
          wiFiNetworkDiagnostics: {
            bssid: new Uint8Array([0x02, 0x00, 0x00, 0xde, 0x4d, 0x01]),
            securityType: 4, // WPA2
            wiFiVersion: 4, // 802.11n
            channelNumber: 6,
            rssi: -52,
          },
        },
      };
    case 'ethernet':
      return {
        root: ServerNode.RootEndpoint.with(EthernetNetworkDiagnosticsServer),
        state: { ethernetNetworkDiagnostics: { phyRate: 2, fullDuplex: true } }, // PHYRate 2 = 1 Gbit/s
      };
    default:
      return { root: ServerNode.RootEndpoint, state: {} };
  }
}
