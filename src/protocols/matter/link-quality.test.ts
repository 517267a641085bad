// How a Matter device's own network diagnostics become the link Diagnostics shows and watches.
import { describe, expect, it } from 'vitest';
import { linkOf } from './link-quality';

const parent = { rloc16: 0x4400, lqi: 220, averageRssi: -61, lastRssi: -60, isChild: false };

describe('Matter link quality from network diagnostics', () => {
  it('reads Wi-Fi RSSI and channel', () => {
    expect(linkOf({ wiFiNetworkDiagnostics: { rssi: -52, channelNumber: 6 } })).toEqual({ lqi: null, rssi: -52, route: 'Wi-Fi, channel 6' });
    expect(linkOf({ wiFiNetworkDiagnostics: { rssi: null, channelNumber: null } })).toEqual({ lqi: null, rssi: null, route: 'Wi-Fi' });
  });

  it('reads a Thread device through the best-heard router, never through a child it serves', () => {
    const child = { rloc16: 0x4401, lqi: 255, averageRssi: -20, isChild: true };
    const far = { rloc16: 0x5000, lqi: 90, averageRssi: -88, isChild: false };
    expect(linkOf({ threadNetworkDiagnostics: { routingRole: 3, channel: 15, neighborTable: [far, child, parent] } })).toEqual({
      lqi: 220, rssi: -61, route: 'Thread end device, channel 15, through router 0x4400',
    });
    expect(linkOf({ threadNetworkDiagnostics: { routingRole: 2, channel: 15, neighborTable: [] } })).toEqual({
      lqi: null, rssi: null, route: 'Thread sleepy end device, channel 15, no neighbour heard',
    });
  });

  it('says a wired device has no signal to measure, and nothing for a device without diagnostics', () => {
    expect(linkOf({ ethernetNetworkDiagnostics: { phyRate: 2 } })).toEqual({ lqi: null, rssi: null, route: 'wired (Ethernet)' });
    expect(linkOf({ basicInformation: {} })).toBeNull();
  });
});
