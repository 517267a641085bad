// The audit log: who read or changed personal data, when, and whether the hash chain is intact.
import { useEffect, useState } from 'react';
import type { RequestOutput } from '../../../shared/contract';
import { auditLog } from '../../api/privacy';
import { useCall } from '../../api/useCall';

export function AuditSection({ version }: { version: number }) {
  const load = useCall(auditLog).run;
  const [audit, setAudit] = useState<RequestOutput<'privacy.audit'> | null>(null);
  useEffect(() => {
    void load(15).then((r) => r && setAudit(r));
  }, [load, version]);
  if (!audit) return <p className="muted">Loading…</p>;
  return (
    <>
      <p role="status" className={audit.intact ? 'ok-text' : 'bad-text'}>
        {audit.intact
          ? `Intact: all ${audit.total} entries check out; none was changed or removed.`
          : `Tampering detected: ${audit.problem ?? `the chain breaks at entry ${audit.brokenAt}.`}`}
      </p>
      <table className="table compact">
        <caption className="visually-hidden">Latest audit log entries</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Item</th>
          </tr>
        </thead>
        <tbody>
          {audit.entries.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.at).toLocaleString()}</td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td>{e.target ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
