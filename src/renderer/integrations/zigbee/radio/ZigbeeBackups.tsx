// Coordinator backups: taken on start, daily and on shutdown; on demand; restore to a new stick.
import { ArchiveRestore } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract';
import { BackupTable, takenAt, type BackupColumn } from '../../../components/BackupTable';
import { StickPicker, type StickChoice } from '../../../components/StickPicker';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { createZigbeeBackup, listZigbeeBackups, restoreZigbeeBackup } from '../../../api/zigbee';
import { ZIGBEE_ADAPTERS, isZigbeeAdapter } from '../adapters';

const REASON: Record<BackupInfo['reason'], string> = { start: 'At start', daily: 'Daily', shutdown: 'At shutdown', manual: 'By you', restore: 'Before a restore' };
const COLUMNS: BackupColumn<BackupInfo>[] = [
  { head: 'When', cell: (b) => REASON[b.reason] },
  { head: 'Devices', cell: (b) => b.devices },
  { head: 'Network', className: 'mono', cell: (b) => `PAN ${b.panId.toString(16).padStart(4, '0')} · ch ${b.channel}` },
];

function Restore({ backup, onDone }: { backup: BackupInfo; onDone(): void }) {
  const { run, busy } = useCall(restoreZigbeeBackup);
  const [stick, setStick] = useState<StickChoice | null>(null);
  const [adapter, setAdapter] = useState<string>('');
  const [understood, setUnderstood] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const driver = adapter || stick?.driver || '';
  const restore = async () => {
    const r = await run({
      id: backup.id,
      confirm: true,
      ...(stick ? { port: stick.path } : {}),
      ...(isZigbeeAdapter(driver) ? { adapter: driver } : {}),
    });
    if (r) setDone(`Restored. The network (PAN ${r.restored.panId.toString(16)}, channel ${r.restored.channel}) now runs on ${r.radio.zigbee?.port ?? 'the stick'}.`);
  };
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
  return (
    <div className="restore" role="group" aria-label={`Restore backup from ${takenAt(backup.createdAt)}`}>
      <p className="banner" role="note">
        <strong>Before you restore:</strong> unplug the old stick and keep it unplugged for good. Two sticks with the same network confuse
        every device. The new stick must be of a family Hearth supports (Z-Stack, EmberZNet, deCONZ, ZiGate, ZBOSS); a stick that already
        holds another network is overwritten.
      </p>
      <StickPicker protocol="zigbee" value={stick} onChange={setStick} />
      <label>
        Stick type
        <select value={adapter} onChange={(e) => setAdapter(e.target.value)}>
          <option value="">{stick?.driver ? `As recognised (${stick.driver})` : 'Keep the current type'}</option>
          {ZIGBEE_ADAPTERS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> The old stick is unplugged
      </label>
      <div className="actions">
        <button type="button" className="button danger" disabled={!understood || busy} onClick={() => void restore()}>
          <ArchiveRestore size={14} aria-hidden="true" /> {busy ? 'Restoring… (this takes a minute)' : 'Restore this backup'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ZigbeeBackups() {
  const load = useCall(listZigbeeBackups).run;
  const creating = useCall(createZigbeeBackup);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  useEffect(() => {
    void load().then((b) => b && setBackups(b));
  }, [load]);
  useEvent('zigbee.backups.changed', (e) => setBackups(e.backups));
  return (
    <BackupTable
      title="Zigbee coordinator backups"
      about="Hearth saves the stick's network (keys, device table) when it starts, every day and when it stops, so a new stick can take over without pairing every device again."
      backups={backups}
      columns={COLUMNS}
      backingUp={creating.busy}
      onBackUp={() => void creating.run()}
      restore={(backup, done) => <Restore backup={backup} onDone={done} />}
    />
  );
}
