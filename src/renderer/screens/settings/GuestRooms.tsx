// The rooms a guest may see and control: one checkbox per room of the home. Shared by an API token for a guest
// (Settings → API) and an invitation for a guest (Settings → Household).
import type { Dispatch, SetStateAction } from 'react';
import { useHome } from '../../store/context';

export function GuestRooms({ rooms, setRooms }: { rooms: string[]; setRooms: Dispatch<SetStateAction<string[]>> }) {
  const areas = useHome((s) => s.areas);
  return (
    <fieldset className="field">
      <legend>Rooms this guest may see and control</legend>
      <div className="row">
        {areas.map((a) => (
          <label key={a.id} className="check">
            <input type="checkbox" checked={rooms.includes(a.id)} onChange={(e) => setRooms((r) => (e.target.checked ? [...r, a.id] : r.filter((x) => x !== a.id)))} />{' '}
            {a.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
