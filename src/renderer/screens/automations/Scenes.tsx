// Scenes: capture how the devices are now under a name; apply one later (through a plan preview).
import { Camera, Play, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useScenes } from '../../store/context';

export function Scenes() {
  const scenes = useScenes((s) => s.scenes);
  const load = useScenes((s) => s.load);
  const capture = useScenes((s) => s.capture);
  const apply = useScenes((s) => s.apply);
  const remove = useScenes((s) => s.remove);
  const [name, setName] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="panel" aria-labelledby="scenes-title">
      <h2 id="scenes-title">Scenes</h2>
      <form className="row" onSubmit={(e) => { e.preventDefault(); if (name.trim()) void capture(name.trim()).then((saved) => saved && setName('')); }}>
        <input aria-label="Scene name" placeholder="Movie night" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button small" disabled={!name.trim()}>
          <Camera size={14} aria-hidden="true" /> Capture how everything is now
        </button>
      </form>
      {scenes.length > 0 && (
        <ul className="rules scenes" aria-label="Scenes">
          {scenes.map((s) => (
            <li key={s.id} className="rule" aria-label={s.name}>
              <div className="rule-body">
                <h3>{s.name}</h3>
                <p className="muted small">{s.entries.length} values</p>
              </div>
              <div className="rule-actions">
                <button type="button" className="icon-button" aria-label={`Apply ${s.name}`} onClick={() => void apply(s.id)}>
                  <Play size={16} aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={`Delete ${s.name}`} onClick={() => window.confirm(`Delete the scene “${s.name}”?`) && void remove(s.id)}>
                  <Trash2 size={16} aria-hidden="true" />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
