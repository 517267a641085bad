// Scenes: capture how the devices are now under a name; apply one later (through a plan preview).
import { Camera, Play, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { usePlans } from '../../store/plans-context';

export function Scenes() {
  const { scenes, captureScene, applyScene, removeScene } = usePlans((s) => s);
  const [name, setName] = useState('');
  return (
    <section className="panel" aria-labelledby="scenes-title">
      <h2 id="scenes-title">Scenes</h2>
      <form className="row" onSubmit={(e) => { e.preventDefault(); if (name.trim()) void captureScene(name.trim()).then(() => setName('')); }}>
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
                <button type="button" className="icon-button" aria-label={`Apply ${s.name}`} onClick={() => void applyScene(s.id)}>
                  <Play size={16} aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={`Delete ${s.name}`} onClick={() => window.confirm(`Delete the scene “${s.name}”?`) && void removeScene(s.id)}>
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
