// The Zigbee network map: scan on demand (bounded, with progress, cancellable) and a simple SVG of
// who hears whom: coordinator in the middle, routers around it, end devices outside, links by LQI.
import { Network, Square } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { NetworkMap as MapData } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { cancelNetworkMap, followNetworkMap, runningNetworkMap, scanNetworkMap } from '../../../api/zigbee';

const W = 640;
const H = 420;
const MARGIN_X = 80;
const MARGIN_TOP = 28;
const MARGIN_BOTTOM = 44;

function layout(map: MapData) {
  const pos = new Map<string, { x: number; y: number }>();
  const cx = W / 2;
  const cy = H / 2;
  // At least three slots per ring, so two routers never sit opposite each other (their link would
  // hide behind the coordinator).
  const ring = (nodes: MapData['nodes'], r: number, offset: number) =>
    nodes.forEach((n, i) => {
      const slots = Math.max(3, nodes.length);
      const a = offset + (2 * Math.PI * (i - (Math.min(nodes.length, slots) - 1) / 2)) / slots;
      pos.set(n.nativeId, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
    });
  ring(map.nodes.filter((n) => n.role === 'coordinator'), 0, 0);
  ring(map.nodes.filter((n) => n.role === 'router'), 110, -Math.PI / 2);
  ring(map.nodes.filter((n) => n.role !== 'coordinator' && n.role !== 'router'), 185, Math.PI / 2);
  return pos;
}

function MapSvg({ map }: { map: MapData }) {
  const pos = layout(map);
  const seen = new Set<string>();
  const links = map.links.filter((l) => {
    const k = [l.source, l.target].sort().join('|');
    if (seen.has(k) || !pos.has(l.source) || !pos.has(l.target)) return false;
    seen.add(k);
    return true;
  });
  // Drawn as large as the devices need (names hang below the dots), not the whole ring area.
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const left = Math.min(...xs, W / 2) - MARGIN_X;
  const top = Math.min(...ys, H / 2) - MARGIN_TOP;
  const width = Math.max(...xs, W / 2) + MARGIN_X - left;
  const height = Math.max(...ys, H / 2) + MARGIN_BOTTOM - top;
  return (
    <svg
      className="network-map"
      viewBox={`${left} ${top} ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={`Network map: ${map.nodes.length} devices, ${links.length} links`}
    >
      {links.map((l) => {
        const a = pos.get(l.source)!;
        const b = pos.get(l.target)!;
        const tone = l.lqi >= 150 ? 'good' : l.lqi >= 80 ? 'fair' : 'weak';
        return (
          <g key={`${l.source}-${l.target}`} className={`link ${tone}`}>
            <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
            <text x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 4}>
              {l.lqi}
            </text>
          </g>
        );
      })}
      {map.nodes.map((n) => {
        const p = pos.get(n.nativeId)!;
        return (
          <g key={n.nativeId} className={`node ${n.role}`} transform={`translate(${p.x} ${p.y})`}>
            <circle r={n.role === 'coordinator' ? 16 : n.role === 'router' ? 11 : 8} />
            <text y={n.role === 'coordinator' ? 32 : 24}>{n.name}</text>
          </g>
        );
      })}
    </svg>
  );
}

export function NetworkMap() {
  const scanner = useCall(scanNetworkMap);
  const cancelling = useCall(cancelNetworkMap);
  const [map, setMap] = useState<MapData | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEvent('zigbee.networkMap.progress', (p) => setProgress(p));
  const following = useCall(followNetworkMap);
  const finding = useCall(runningNetworkMap, { quiet: true });
  const scanning = scanner.busy || following.busy;
  // A scan already under way (started before a reload, or in another window) is shown and followed to its end.
  const { run: find } = finding;
  const { run: follow } = following;
  useEffect(() => {
    let live = true;
    void find().then(async (op) => {
      if (!live || !op) return;
      setProgress({ done: 0, total: 1 });
      const m = await follow(op);
      if (!live) return;
      setProgress(null);
      if (m) setMap(m);
    });
    return () => {
      live = false;
    };
  }, [find, follow]);
  const scan = async () => {
    setProgress({ done: 0, total: 1 });
    const m = await scanner.run(120, 200);
    setProgress(null);
    if (m) setMap(m);
  };
  return (
    <section className="panel" aria-labelledby="map-title">
      <div className="panel-head">
        <h2 id="map-title">Network map</h2>
        {!scanning ? (
          <button type="button" className="button" onClick={() => void scan()}>
            <Network size={14} aria-hidden="true" /> {map ? 'Scan again' : 'Scan the network'}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void cancelling.run()}>
            <Square size={14} aria-hidden="true" /> Cancel scan
          </button>
        )}
      </div>
      {scanning && progress && (
        <div className="scan-progress" role="status">
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Scan progress" /> Asked {progress.done} of {progress.total} devices for their neighbours…
        </div>
      )}
      {!map && !scanning && <p className="muted">Asks the stick and every mains-powered device which neighbours they hear and how well (at most 2 minutes).</p>}
      {map && (
        <>
          <p className="muted">
            {map.cancelled ? 'Scan cancelled: ' : map.partial ? 'Partial map (time limit): ' : ''}
            {map.nodes.length} devices, read in {(map.durationMs / 1000).toFixed(1)} s. Numbers on links are link quality (0–255).
          </p>
          <MapSvg map={map} />
          {map.failures.length > 0 && (
            <ul className="muted">
              {map.failures.map((f) => (
                <li key={f.nativeId}>
                  {map.nodes.find((n) => n.nativeId === f.nativeId)?.name ?? f.nativeId}: could not be asked ({f.message})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
