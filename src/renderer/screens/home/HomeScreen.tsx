import { useMemo } from 'react';
import type { Device } from '../../../shared/model';
import { chunked, LARGE_LIST, LazyBlock } from '../../components/LazyChunk';
import { useHome } from '../../store/context';
import { DeviceCard } from './DeviceCard';

const byName = new Intl.Collator().compare;
/** Cards per chunk of a large home, and the room a card takes in the grid (app.css: 272 px wide, gaps of 16). */
const CHUNK = 48;
const CARD_W = 288;
const CARD_H = 176;

/** About how big a chunk of `n` cards is, before it is rendered (the grid sits right of the 240 px sidebar). */
function chunkSize(n: number): { width: number; height: number } {
  const perRow = Math.max(1, Math.floor((window.innerWidth - 300) / CARD_W));
  return { width: Math.min(n, perRow) * CARD_W, height: Math.ceil(n / perRow) * CARD_H };
}

export function HomeScreen() {
  const devices = useHome((s) => s.devices);
  const areas = useHome((s) => s.areas);
  const loaded = useHome((s) => s.loaded);
  const adapters = useHome((s) => s.adapters);
  const sections = useMemo(() => {
    const list = Object.values(devices).sort((a, b) => byName(a.name, b.name));
    const known = new Set(areas.map((a) => a.id));
    const byArea = new Map<string | null, Device[]>();
    for (const d of list) {
      const key = d.areaId && known.has(d.areaId) ? d.areaId : null;
      const same = byArea.get(key);
      if (same) same.push(d);
      else byArea.set(key, [d]);
    }
    return [
      ...areas.filter((a) => byArea.has(a.id)).map((a) => ({ id: a.id, name: a.name, devices: byArea.get(a.id)! })),
      ...(byArea.has(null) ? [{ id: 'none', name: 'Other devices', devices: byArea.get(null)! }] : []),
    ];
  }, [devices, areas]);
  const total = sections.reduce((n, s) => n + s.devices.length, 0);
  const failed = adapters.filter((a) => a.state === 'failed');
  const starting = adapters.some((a) => a.state === 'starting');

  return (
    <>
      <h1 className="visually-hidden">Home</h1>
      {failed.map((a) => (
        <div className="banner bad" role="alert" key={a.protocol}>
          <strong>{a.label}:</strong> {a.message} {a.next}
        </div>
      ))}
      {!loaded ? (
        <div className="center-page" role="status">Loading your home…</div>
      ) : sections.length === 0 ? (
        <div className="center-page" role="status">
          <div>
            <h1>No devices yet</h1>
            <p>{starting ? 'Your radios are starting; devices appear here as they answer.' : 'Add a device to get started.'}</p>
          </div>
        </div>
      ) : (
        <div className="areas" data-devices={total}>
        {sections.map((s, si) => (
          <section className="area" key={s.id} aria-labelledby={`area-${s.id}`}>
            <h2 id={`area-${s.id}`}>
              {s.name} <span className="count">{s.devices.length}</span>
            </h2>
            {/* A large home renders its cards a chunk at a time, as they come near the screen (LazyChunk.tsx); a small one at once. */}
            <div className="grid-chunks">
              {chunked(s.devices, CHUNK).map((chunk, ci) => (
                <LazyBlock key={ci} eager={total <= LARGE_LIST || (si === 0 && ci === 0)} size={chunkSize(chunk.length)} className="grid">
                  {() => chunk.map((d) => <DeviceCard device={d} key={d.id} />)}
                </LazyBlock>
              ))}
            </div>
          </section>
        ))}
        </div>
      )}
    </>
  );
}
