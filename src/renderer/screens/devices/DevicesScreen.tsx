import { Check, Info, Pencil, Plus, X } from 'lucide-react';
import { lazy, memo, Suspense, useMemo, useState } from 'react';
import type { Area, Device } from '../../../shared/model';
import { chunked, LazyRows } from '../../components/LazyChunk';
import { protocolLabel } from '../../integrations/labels';
import { useHome } from '../../store/context';
import { ReadOnlyBadge } from '../../components/ReadOnlyBadge';

// The dialogs (and each stack's parts of them, integrations/) load when first opened, not with the screen.
const AddDevice = lazy(() => import('./add/AddDevice').then((m) => ({ default: m.AddDevice })));
const DeviceDetails = lazy(() => import('./DeviceDetails').then((m) => ({ default: m.DeviceDetails })));

const byName = new Intl.Collator().compare;
/** Rows per chunk of a large home, and about how tall a row is (a room picker and buttons). 50 rows are about
 *  2,500 px: the first chunk fills a screen and the one after it, and no more is laid out before it is near. */
const CHUNK = 50;
const ROW_H = 50;

const HEALTH: Record<Device['health'], [string, string]> = {
  online: ['ok', 'Online'],
  offline: ['bad', 'Not responding'],
  interviewing: ['warn', 'Getting ready'],
  unknown: ['', 'Connecting'],
};

function NameCell({ device }: { device: Device }) {
  const rename = useHome((s) => s.rename);
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <span className="name-cell">
        {device.name}
        <button type="button" className="icon-button" aria-label={`Rename ${device.name}`} onClick={() => setDraft(device.name)}>
          <Pencil size={14} aria-hidden="true" />
        </button>
      </span>
    );
  }
  const save = async () => {
    const name = draft.trim();
    if (name && name !== device.name) await rename(device.id, name);
    setDraft(null);
  };
  return (
    <form
      className="name-cell"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input
        aria-label={`New name for ${device.name}`}
        value={draft}
        maxLength={64}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
      />
      <button type="submit" className="icon-button" aria-label="Save name">
        <Check size={14} aria-hidden="true" />
      </button>
      <button type="button" className="icon-button" aria-label="Cancel renaming" onClick={() => setDraft(null)}>
        <X size={14} aria-hidden="true" />
      </button>
    </form>
  );
}

/** One device's row; it renders again only when its device, the rooms or its selection change. */
const DeviceRow = memo(function DeviceRow({ d, areas, selected, onSelect }: { d: Device; areas: Area[]; selected: boolean; onSelect: (id: string | null) => void }) {
  const moveTo = useHome((s) => s.moveTo);
  return (
    <tr>
      <td>
        <NameCell device={d} />
        <ReadOnlyBadge kind="devices" id={d.id} />
      </td>
      <td>
        <select aria-label={`Room of ${d.name}`} value={d.areaId ?? ''} onChange={(e) => void moveTo(d.id, e.target.value || null)}>
          <option value="">No room</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </td>
      <td className="nowrap">{protocolLabel(d.protocol)}</td>
      <td className="col-model">
        {d.manufacturer} {d.model}
        {d.firmware ? <span className="muted"> · firmware {d.firmware}</span> : null}
      </td>
      <td className="nowrap">
        <span className="status">
          <span className={`dot ${HEALTH[d.health][0]}`} aria-hidden="true" /> {HEALTH[d.health][1]}
        </span>
      </td>
      <td>
        <button type="button" className="icon-button" aria-label={`Details of ${d.name}`} aria-pressed={selected} onClick={() => onSelect(selected ? null : d.id)}>
          <Info size={16} aria-hidden="true" />
        </button>
      </td>
    </tr>
  );
});

export function DevicesScreen() {
  const devices = useHome((s) => s.devices);
  const areas = useHome((s) => s.areas);
  const list = useMemo(() => Object.values(devices).sort((a, b) => byName(a.name, b.name)), [devices]);
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <div className="screen-head">
        <h1 className="screen-title">Devices</h1>
        {!adding && (
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            <Plus size={16} aria-hidden="true" /> Add device
          </button>
        )}
      </div>
      {adding && (
        <Suspense fallback={<p className="muted" role="status">Opening Add device…</p>}>
          <AddDevice onClose={() => setAdding(false)} />
        </Suspense>
      )}
      <div className={selected && devices[selected] ? 'with-details' : undefined}>
      <table className="table" aria-label="All devices" data-devices={list.length}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Room</th>
            <th scope="col">Radio</th>
            <th scope="col" className="col-model">
              Model
            </th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        {/* A large home renders its rows a chunk at a time, as they come near the screen (LazyChunk.tsx). */}
        {chunked(list, CHUNK).map((rows, i) => (
          <LazyRows key={i} eager={i === 0} height={rows.length * ROW_H} columns={6}>
            {() => rows.map((d) => <DeviceRow key={d.id} d={d} areas={areas} selected={selected === d.id} onSelect={setSelected} />)}
          </LazyRows>
        ))}
      </table>
      {selected && devices[selected] && (
        <Suspense fallback={<p className="muted" role="status">Opening details…</p>}>
          <DeviceDetails deviceId={selected} onClose={() => setSelected(null)} />
        </Suspense>
      )}
      </div>
      {list.length === 0 && <p className="muted">No devices yet.</p>}
    </>
  );
}
