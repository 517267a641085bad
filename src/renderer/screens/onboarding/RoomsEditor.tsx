// Rooms and the floor each is on: add, rename, move to another floor, remove.
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Area } from '../../../shared/model';
import { createArea, removeArea, updateArea } from '../../api/onboarding';
import { useCall } from '../../api/useCall';
import { useHome } from '../../store/context';

function RoomRow({ area }: { area: Area }) {
  const update = useCall(updateArea);
  const remove = useCall(removeArea);
  const [name, setName] = useState(area.name);
  const [floor, setFloor] = useState(area.floor ?? '');
  const save = () => {
    const n = name.trim();
    const f = floor.trim() || null;
    if (!n) return setName(area.name);
    if (n !== area.name || f !== area.floor) void update.run(area.id, { name: n, floor: f });
  };
  return (
    <li className="room-row">
      <input aria-label={`Name of room ${area.name}`} value={name} maxLength={64} onChange={(e) => setName(e.target.value)} onBlur={save} />
      <input aria-label={`Floor of ${area.name}`} value={floor} maxLength={64} placeholder="Floor" onChange={(e) => setFloor(e.target.value)} onBlur={save} />
      <button type="button" className="icon-button" aria-label={`Remove room ${area.name}`} onClick={() => void remove.run(area.id)}>
        <Trash2 size={16} aria-hidden="true" />
      </button>
    </li>
  );
}

export function RoomsEditor() {
  const areas = useHome((s) => s.areas);
  const create = useCall(createArea);
  const [name, setName] = useState('');
  const [floor, setFloor] = useState('');
  const add = async () => {
    if (!name.trim()) return;
    const r = await create.run(name.trim(), floor.trim() || null);
    if (r) setName('');
  };
  return (
    <section className="rooms" aria-labelledby="rooms-title">
      <h2 id="rooms-title">Rooms and floors</h2>
      {areas.length > 0 ? (
        <ul className="room-list">
          {areas.map((a) => (
            <RoomRow key={a.id} area={a} />
          ))}
        </ul>
      ) : (
        <p className="muted">No rooms yet.</p>
      )}
      <form
        className="room-row add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input aria-label="New room name" placeholder="Room, e.g. Kitchen" value={name} maxLength={64} onChange={(e) => setName(e.target.value)} />
        <input aria-label="New room floor" placeholder="Floor, e.g. Ground floor" value={floor} maxLength={64} onChange={(e) => setFloor(e.target.value)} />
        <button type="submit" className="button">
          <Plus size={16} aria-hidden="true" /> Add room
        </button>
      </form>
    </section>
  );
}
