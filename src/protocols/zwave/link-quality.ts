// How well the stick hears each Z-Wave node, from zwave-js's own statistics of the frames exchanged with it: the
// averaged RSSI of the acknowledgements (dBm) and the last working route (direct, or through which repeaters).
import type { LinkQuality, LinkQualityFacet } from '../../shared/integration';
import type { ZWaveContext } from './context';

/** RSSI values zwave-js uses to say it has none (125 no signal, 126 saturated, 127 not available). */
const rssiOf = (v: number | undefined): number | null => (typeof v === 'number' && v < 125 ? v : null);

export function linkQualityFacet(ctx: ZWaveContext): LinkQualityFacet {
  return {
    read(nativeId: string): LinkQuality | null {
      let s;
      try {
        s = ctx.node(ctx.nodeIdOf(nativeId)).statistics;
      } catch {
        return null; // not running, or no such node: nothing measured
      }
      const rssi = rssiOf(s.rssi) ?? rssiOf(s.lwr?.rssi);
      if (rssi === null && !s.lwr) return null;
      const repeaters = s.lwr?.repeaters ?? [];
      const route = !s.lwr ? null : repeaters.length === 0 ? 'direct' : `through node${repeaters.length > 1 ? 's' : ''} ${repeaters.join(', ')}`;
      return { at: s.lastSeen?.getTime() ?? Date.now(), lqi: null, rssi, route };
    },
  };
}
