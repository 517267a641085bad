// How a Matter device is connected (Thread, Wi-Fi or Ethernet) and the network diagnostics it exposes.
import { Fragment, useEffect, useState } from 'react';
import type { MatterNetworkInfo } from '../../../../shared/contract';
import { matterNetwork } from '../../../api/matter';
import { useCall } from '../../../api/useCall';

const TRANSPORT: Record<MatterNetworkInfo['transport'], string> = { thread: 'Thread', wifi: 'Wi-Fi', ethernet: 'Ethernet', unknown: 'Not reported by the device' };
const hex = (n: number | null, digits = 4) => (n === null ? '—' : `0x${n.toString(16).toUpperCase().padStart(digits, '0')}`);
const value = (v: string | number | null | undefined, unit = '') => (v === null || v === undefined ? '—' : `${v}${unit}`);

function Facts({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function MatterNetwork({ deviceId }: { deviceId: string }) {
  const { run } = useCall(matterNetwork);
  const [info, setInfo] = useState<MatterNetworkInfo | null>(null);
  useEffect(() => {
    setInfo(null);
    void run(deviceId).then((i) => i && setInfo(i));
  }, [run, deviceId]);
  if (!info) return <p className="muted">Reading the network diagnostics…</p>;
  const rows: Array<[string, string]> = [['Connected by', TRANSPORT[info.transport]]];
  if (info.thread) {
    const t = info.thread;
    rows.push(
      ['Thread network', value(t.networkName)],
      ['Channel', value(t.channel)],
      ['PAN ID', hex(t.panId)],
      ['Extended PAN ID', value(t.extendedPanId)],
      ['Role', value(t.routingRole)],
      ['RLOC16', hex(t.rloc16)],
      ['Neighbours', `${t.neighbors}${t.averageRssi !== null ? ` (average ${t.averageRssi} dBm)` : ''}`],
    );
  }
  if (info.wifi) {
    const w = info.wifi;
    rows.push(['Signal', value(w.rssi, ' dBm')], ['Wi-Fi channel', value(w.channel)], ['Security', value(w.security)], ['Access point', value(w.bssid)]);
  }
  if (info.ethernet) {
    const e = info.ethernet;
    rows.push(['Link speed', value(e.phyRateMbps, ' Mbit/s')], ['Full duplex', e.fullDuplex === null ? '—' : e.fullDuplex ? 'Yes' : 'No']);
  }
  if (info.address) rows.push(['IP address', `${info.address.ip.includes(':') ? `[${info.address.ip}]` : info.address.ip}:${info.address.port}`]);
  return <Facts rows={rows} />;
}
