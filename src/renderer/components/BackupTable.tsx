// A radio's backups as one panel, whatever the stack: what they are for, "Back up now", the list (when each was
// taken, the stack's own columns, Restore…), and the stack's restore steps under the list for the chosen one.
import { HardDriveDownload } from 'lucide-react';
import { Fragment, useState, type ReactNode } from 'react';

export interface BackupColumn<B> {
  head: string;
  cell(backup: B): ReactNode;
  className?: string;
}

export interface BackupTableProps<B extends { id: string; createdAt: string }> {
  /** The panel's heading (its accessible name): "Zigbee coordinator backups". */
  title: string;
  /** What a backup holds and when one is taken. */
  about: ReactNode;
  backups: readonly B[];
  /** The stack's columns between "Taken" and Restore. */
  columns: readonly BackupColumn<B>[];
  backingUp: boolean;
  onBackUp(): void;
  /** Shown while a backup is taken (e.g. how much of the stick was read). */
  progress?: ReactNode;
  /** The stack's restore steps for the chosen backup; `done` closes them. */
  restore(backup: B, done: () => void): ReactNode;
}

export const takenAt = (createdAt: string) => new Date(createdAt).toLocaleString();

export function BackupTable<B extends { id: string; createdAt: string }>(props: BackupTableProps<B>) {
  const { title, backups, columns } = props;
  const [restoring, setRestoring] = useState<string | null>(null);
  const chosen = backups.find((b) => b.id === restoring);
  const titleId = `backups-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="panel backups" aria-labelledby={titleId}>
      <div className="panel-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button" disabled={props.backingUp} onClick={props.onBackUp}>
          <HardDriveDownload size={14} aria-hidden="true" /> {props.backingUp ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <p className="muted">{props.about}</p>
      {props.backingUp && props.progress}
      {backups.length === 0 ? (
        <p className="muted">No backup yet.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              {columns.map((c) => (
                <th scope="col" key={c.head}>
                  {c.head}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id} aria-current={b.id === restoring ? 'true' : undefined}>
                <td>{takenAt(b.createdAt)}</td>
                {columns.map((c) => (
                  <td key={c.head} className={c.className}>
                    {c.cell(b)}
                  </td>
                ))}
                <td>
                  <button type="button" className="button" onClick={() => setRestoring(b.id)}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && <Fragment key={chosen.id}>{props.restore(chosen, () => setRestoring(null))}</Fragment>}
    </section>
  );
}
