// Z-Wave controller (NVM) backups: list, back up now, and restore with the stick-generation warning and an
// explicit confirmation.
import { ArchiveRestore, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { EventPayload, NvmBackupInfo } from '../../../../shared/contract';
import { BackupTable, takenAt, type BackupColumn } from '../../../components/BackupTable';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { createNvmBackup, listNvmBackups, restoreNvmBackup } from '../../../api/zwave';

const GEN: Record<NvmBackupInfo['generation'], string> = { '500': '500 series', '700': '700 series', '800': '800 series', unknown: 'Unknown series' };
const COLUMNS: BackupColumn<NvmBackupInfo>[] = [
  {
    head: 'Stick',
    cell: (b) => (
      <>
        {GEN[b.generation]}
        <span className="muted small">
          {b.stickModel ? ` · ${b.stickModel.replace(/^_RESERVED_\s*/, '')}` : ''}
          {b.sdkVersion ? ` · SDK ${b.sdkVersion}` : ''}
        </span>
      </>
    ),
  },
  { head: 'Devices', cell: (b) => b.nodes },
  { head: 'Size', cell: (b) => `${Math.round(b.sizeBytes / 1024)} KB` },
];
const OP: Record<EventPayload<'zwave.nvm.progress'>['operation'], string> = { backup: 'Reading the stick', convert: 'Converting for this stick', restore: 'Writing to the stick' };

function Progress() {
  const [p, setP] = useState<EventPayload<'zwave.nvm.progress'> | null>(null);
  useEvent('zwave.nvm.progress', setP);
  if (!p) return null;
  return (
    <div className="scan-progress" role="status">
      {OP[p.operation]}… {p.bytesTotal ? Math.round((100 * p.bytesDone) / p.bytesTotal) : 0}%
      <progress max={p.bytesTotal || 1} value={p.bytesDone} aria-label={`${OP[p.operation]} progress`} />
    </div>
  );
}

const isGenerationMismatch = (d: unknown): boolean => typeof d === 'object' && d !== null && 'backupGeneration' in d && 'stickGeneration' in d;

function Restore({ backup, onDone }: { backup: NvmBackupInfo; onDone(): void }) {
  const [understood, setUnderstood] = useState(false);
  /** The core refused: the backup is from another stick generation. Its words, and the second confirmation. */
  const [mismatch, setMismatch] = useState<string | null>(null);
  const [convert, setConvert] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // A backup from another stick generation is refused with the reason: asked here, with the second confirmation.
  const restoring = useCall(restoreNvmBackup, {
    handle: (e) => e.code === 'CONFLICT' && isGenerationMismatch(e.details) && (setMismatch([e.message, e.next].filter(Boolean).join(' ')), true),
  });
  const busy = restoring.busy;
  if (done) {
    return (
      <div className="restore" role="status">
        <p>{done}</p>
        <button type="button" className="button" onClick={onDone}>
          Close
        </button>
      </div>
    );
  }
  const restore = async () => {
    const r = await restoring.run(backup.id, convert);
    if (r) setDone(r.message);
  };
  return (
    <div className="restore" role="group" aria-label={`Restore backup from ${takenAt(backup.createdAt)}`}>
      <div className="warning-box" role="note">
        <TriangleAlert size={18} aria-hidden="true" />
        <div>
          <p>
            <strong>Restoring overwrites everything on the stick</strong> (its network, keys and device list) with this backup of{' '}
            {backup.nodes} devices. Devices added since then must be added again.
          </p>
          <p>
            This backup comes from a <strong>{GEN[backup.generation]}</strong> stick. Restore it to a stick of the same generation (500, 700
            or 800 series). Between generations Hearth converts it, settings the other chip lacks are lost, and going back from 700/800 to
            500 can fail. Keep the old stick unplugged for good.
          </p>
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> I understand: overwrite the stick with this
        backup
      </label>
      {mismatch && (
        <div className="warning-box" role="alert">
          <TriangleAlert size={18} aria-hidden="true" />
          <div>
            <p>{mismatch}</p>
            <label className="check">
              <input type="checkbox" checked={convert} onChange={(e) => setConvert(e.target.checked)} /> Convert it for this stick and restore anyway
            </label>
          </div>
        </div>
      )}
      {busy && <Progress />}
      <div className="actions">
        <button type="button" className="button danger" disabled={!understood || (mismatch !== null && !convert) || busy} onClick={() => void restore()}>
          <ArchiveRestore size={14} aria-hidden="true" /> {busy ? 'Restoring… (the stick restarts)' : 'Restore this backup'}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ZWaveBackups() {
  const load = useCall(listNvmBackups).run;
  const creating = useCall(createNvmBackup);
  const [backups, setBackups] = useState<NvmBackupInfo[]>([]);
  useEffect(() => {
    void load().then((b) => b && setBackups(b));
  }, [load]);
  useEvent('zwave.nvm.changed', (e) => setBackups(e.backups));
  const backUp = async () => {
    const b = await creating.run();
    if (b) setBackups((l) => (l.some((x) => x.id === b.id) ? l : [b, ...l]));
  };
  return (
    <BackupTable
      title="Z-Wave controller backups"
      about="A copy of the stick’s memory (NVM): network, security keys and every included device, so a new stick can take over."
      backups={backups}
      columns={COLUMNS}
      backingUp={creating.busy}
      onBackUp={() => void backUp()}
      progress={<Progress />}
      restore={(backup, done) => <Restore backup={backup} onDone={done} />}
    />
  );
}
