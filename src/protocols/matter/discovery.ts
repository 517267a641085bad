// Lists devices that are waiting to be added (in pairing mode) on the network, as plain values.
import { Seconds } from './matterjs';
import type { ServerNode } from './matterjs';

export interface CommissionableDevice {
  /** Name the device advertises, if any. */
  name: string | null;
  vendorId: number | null;
  productId: number | null;
  /** 12-bit discriminator (matches the first digits of its pairing code). */
  discriminator: number | null;
  deviceType: number | null;
  addresses: { ip: string; port: number }[];
}

export async function discoverCommissionable(controller: ServerNode, timeoutMs = 5_000): Promise<CommissionableDevice[]> {
  const nodes = await controller.peers.discover({ timeout: Seconds(timeoutMs / 1000) });
  return nodes
    .filter((node) => !node.lifecycle.isCommissioned)
    .map((node) => {
      const c = node.state.commissioning;
      const n = (v: unknown) => (typeof v === 'number' ? v : null);
      return {
        name: typeof c.deviceName === 'string' && c.deviceName.length > 0 ? c.deviceName : null,
        vendorId: n(c.vendorId),
        productId: n(c.productId),
        discriminator: n(c.discriminator),
        deviceType: n(c.deviceType),
        addresses: (c.addresses ?? []).flatMap((a) => ('ip' in a && 'port' in a ? [{ ip: a.ip, port: a.port }] : [])),
      };
    });
}
