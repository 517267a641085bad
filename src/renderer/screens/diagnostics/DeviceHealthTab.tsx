// Each device's health: online or not and since when, how well the radio hears it (LQI/RSSI, route), battery and its trend, commands that failed and how fast
// devices confirm, firmware — sortable, with devices likely to drop first and the reasons in words.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeviceHealthRow } from '../../../shared/contract';
import { deviceHealth } from '../../api/health';
import { useCall } from '../../api/useCall';
import { useEvent } from '../../api/useEvent';
import { protocolLabel } from '../../integrations';
import { ago, duration } from './format';

type Key = 'risk' | 'name' | 'protocol' | 'lastSeen' | 'link' | 'battery' | 'failed' | 'p95';
const RISK = { likely: 0, watch: 1, ok: 2 } as const;
const value = (r: DeviceHealthRow, k: Key): number | string => {
  switch (k) {
    case 'risk':
      return RISK[r.risk.level];
    case 'name':
      return r.name.toLowerCase();
    case 'protocol':
      return r.protocol;
    case 'lastSeen':
      return r.lastSeen ?? 0;
    case 'link':
      // Weakest first: LQI 0–255 and RSSI in dBm brought to one rough scale (−100 dBm ≈ 0, −40 dBm ≈ 255).
      return r.link?.lqi ?? (r.link?.rssi != null ? ((r.link.rssi + 100) * 255) / 60 : 999);
    case 'battery':
      return r.battery ?? 101;
    case 'failed':
      return -(r.commands.failed + r.commands.unconfirmed);
    case 'p95':
      return -(r.commands.p95Ms ?? -1);
  }
};

const COLUMNS: { key: Key; label: string }[] = [
  { key: 'risk', label: 'Status' },
  { key: 'name', label: 'Device' },
  { key: 'protocol', label: 'Radio' },
  { key: 'lastSeen', label: 'Last seen' },
  { key: 'link', label: 'Link' },
  { key: 'battery', label: 'Battery' },
  { key: 'failed', label: 'Commands' },
  { key: 'p95', label: 'Response' },
];

export function DeviceHealthTab() {
  const load = useCall(deviceHealth).run;
  const [rows, setRows] = useState<DeviceHealthRow[] | null>(null);
  const [sort, setSort] = useState<{ key: Key; asc: boolean }>({ key: 'risk', asc: true });
  const [now, setNow] = useState(Date.now());
  const refresh = useCallback(() => {
    void load().then((r) => {
      if (r) setRows(r);
      setNow(Date.now());
    });
  }, [load]);
  useEffect(refresh, [refresh]);
  useEvent('system.health', (p) => p.system && refresh());
  useEvent('device.health', () => refresh());

  const sorted = useMemo(() => {
    if (!rows) return [];
    const dir = sort.asc ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a, sort.key);
      const y = value(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : 0) * dir || a.name.localeCompare(b.name);
    });
  }, [rows, sort]);

  if (!rows) return <p className="muted">Loading…</p>;
  if (!rows.length) return <p className="muted">No devices yet.</p>;
  const flagged = rows.filter((r) => r.risk.level !== 'ok').length;
  return (
    <div className="device-health">
      <p className="lead">{flagged ? `${flagged} device${flagged === 1 ? ' needs' : 's need'} attention.` : 'All devices look healthy.'}</p>
      <table className="table compact health-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="link-button" onClick={() => setSort((s) => ({ key: c.key, asc: s.key === c.key ? !s.asc : true }))}>
                  {c.label}
                  {sort.key === c.key ? (sort.asc ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
            <th>
              <span className="th-label">Firmware</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.deviceId} className={`risk-${r.risk.level}`} data-testid={`health-row-${r.deviceId}`}>
              <td>
                <span className={`dot ${r.risk.level === 'ok' ? (r.health === 'online' ? 'ok' : 'warn') : r.risk.level === 'likely' ? 'bad' : 'warn'}`} aria-hidden="true" />{' '}
                {r.health === 'offline' ? 'Offline' : r.risk.level === 'likely' ? 'Likely to drop' : r.risk.level === 'watch' ? 'Watch' : r.health === 'online' ? 'Online' : 'Not heard yet'}
              </td>
              <td>
                <div>{r.name}</div>
                {r.risk.reasons.map((reason) => (
                  <div key={reason} className="health-reason">
                    {reason}
                  </div>
                ))}
              </td>
              <td>{protocolLabel(r.protocol)}</td>
              <td title={r.lastSeen ? new Date(r.lastSeen).toLocaleString() : undefined}>
                {ago(r.lastSeen, now)}
                {r.reportEveryMs !== null && <div className="muted small">reports every {duration(r.reportEveryMs)}</div>}
              </td>
              <td data-testid="health-link">
                {r.link === null ? '—' : r.link.lqi !== null ? `LQI ${r.link.lqi}` : r.link.rssi !== null ? `${r.link.rssi} dBm` : 'no signal to measure'}
                {r.link?.lqi !== null && r.link?.rssi != null && <div className="muted small">{r.link.rssi} dBm</div>}
                {r.link?.route && <div className="muted small">{r.link.route}</div>}
              </td>
              <td>
                {r.battery === null ? '—' : `${Math.round(r.battery)} %`}
                {r.batteryPerDay !== null && r.batteryPerDay !== 0 && <div className="muted small">{r.batteryPerDay > 0 ? '+' : ''}{r.batteryPerDay.toFixed(1)} %/day</div>}
              </td>
              <td>
                {r.commands.sent === 0 ? '—' : `${r.commands.sent} sent`}
                {(r.commands.failed > 0 || r.commands.unconfirmed > 0) && (
                  <div className="bad small">
                    {r.commands.failed} failed, {r.commands.unconfirmed} unconfirmed
                  </div>
                )}
              </td>
              <td>{r.commands.p50Ms === null ? '—' : `${Math.round(r.commands.p50Ms)} ms (p95 ${Math.round(r.commands.p95Ms ?? 0)} ms)`}</td>
              <td>{r.firmware ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
