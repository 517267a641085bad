import type { Device } from '../../../shared/model';
import { useHome } from '../../store/context';
import { DeviceCard } from './DeviceCard';

export function HomeScreen() {
  const devices = useHome((s) => s.devices);
  const areas = useHome((s) => s.areas);
  const loaded = useHome((s) => s.loaded);
  const adapters = useHome((s) => s.adapters);
  const list = Object.values(devices).sort((a, b) => a.name.localeCompare(b.name));
  const byArea = new Map<string | null, Device[]>();
  for (const d of list) {
    const key = d.areaId && areas.some((a) => a.id === d.areaId) ? d.areaId : null;
    byArea.set(key, [...(byArea.get(key) ?? []), d]);
  }
  const sections = [
    ...areas.filter((a) => byArea.has(a.id)).map((a) => ({ id: a.id, name: a.name, devices: byArea.get(a.id)! })),
    ...(byArea.has(null) ? [{ id: 'none', name: 'Other devices', devices: byArea.get(null)! }] : []),
  ];
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
        <div className="areas">
        {sections.map((s) => (
          <section className="area" key={s.id} aria-labelledby={`area-${s.id}`}>
            <h2 id={`area-${s.id}`}>
              {s.name} <span className="count">{s.devices.length}</span>
            </h2>
            <div className="grid">
              {s.devices.map((d) => (
                <DeviceCard device={d} key={d.id} />
              ))}
            </div>
          </section>
        ))}
        </div>
      )}
    </>
  );
}
