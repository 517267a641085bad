import { AlertTriangle, OctagonX } from 'lucide-react';
import type { Conflict } from '../../../shared/plan';

const KIND_LABEL: Record<Conflict['kind'], string> = {
  overlap: 'Conflict', loop: 'Loop', chain: 'Long chain', undo: 'Undo each other', impossible: 'Not possible', unreachable: 'Not responding', limit: 'Plan limit',
};

/** Conflicts in amber (warnings) or red (must be fixed), each explained in plain English. */
export function ConflictList({ conflicts, label = 'Conflicts' }: { conflicts: Conflict[]; label?: string }) {
  if (conflicts.length === 0) return null;
  return (
    <ul className="conflicts" aria-label={label}>
      {conflicts.map((c, i) => (
        <li key={i} className={`conflict ${c.severity}`}>
          {c.severity === 'blocking' ? <OctagonX size={16} aria-hidden="true" /> : <AlertTriangle size={16} aria-hidden="true" />}
          <span>
            <strong>{KIND_LABEL[c.kind]}:</strong> {c.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
