// A device's history as charts (uPlot): temperature, power, link quality and battery — whichever the device
// records — over the last day or week; drag across a chart to zoom in, double-click to zoom out.
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Capability, Device } from '../../../shared/model';
import { deviceHistory } from '../../api/health';
import { useCall } from '../../api/useCall';
import { useHome } from '../../store/context';

const DAY = 86_400_000;
const RANGES = [
  { id: 'day', label: 'Last day', ms: DAY },
  { id: 'week', label: 'Last week', ms: 7 * DAY },
] as const;

/** The controls worth a chart: measured numbers (temperature, power, …), link quality and battery. */
function chartable(d: Device): Capability[] {
  return d.capabilities.filter((c) => c.kind === 'battery' || c.kind === 'meter' || (c.kind === 'sensor' && c.measure !== 'contact' && c.measure !== 'motion') || ['linkquality', 'lqi', 'rssi'].includes(c.id));
}

const title = (c: Capability) => c.label ?? (c.kind === 'battery' ? 'Battery' : c.measure ? c.measure[0]!.toUpperCase() + c.measure.slice(1) : c.id);

function Chart({ device, cap, since }: { device: Device; cap: Capability; since: number }) {
  const load = useCall(deviceHistory).run;
  const box = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let plot: uPlot | null = null;
    let live = true;
    void load(device.id, cap.id, since).then((rows) => {
      if (!live || !rows || !box.current) return;
      const points = rows.filter((r) => typeof r.value === 'number' || typeof r.value === 'boolean');
      setCount(points.length);
      if (!points.length) return;
      const xs = points.map((r) => r.at / 1000);
      const ys = points.map((r) => Number(r.value));
      const css = getComputedStyle(document.documentElement);
      const stroke = css.getPropertyValue('--accent').trim() || '#2563eb';
      const text = css.getPropertyValue('--text-2').trim() || '#666';
      plot = new uPlot(
        {
          width: Math.max(320, box.current.clientWidth),
          height: 180,
          scales: { x: { time: true, range: [since / 1000, Date.now() / 1000] } },
          axes: [{ stroke: text }, { stroke: text, label: cap.unit ?? '' }],
          series: [{}, { label: title(cap), stroke, width: 2, points: { show: points.length < 60 } }],
          cursor: { drag: { x: true, y: false } },
          legend: { show: false },
        },
        [xs, ys],
        box.current,
      );
    });
    return () => {
      live = false;
      plot?.destroy();
    };
  }, [load, device.id, cap, since]);
  return (
    <figure className="history-chart" data-testid={`chart-${cap.id}`}>
      <h3>
        {title(cap)} {cap.unit ? `(${cap.unit})` : ''}
      </h3>
      <div ref={box} />
      {count === 0 && <p className="muted small">No values recorded in this period.</p>}
    </figure>
  );
}

export function HistoryTab() {
  const devices = useHome((s) => s.devices);
  const list = useMemo(() => Object.values(devices).filter((d) => chartable(d).length > 0).sort((a, b) => a.name.localeCompare(b.name)), [devices]);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [range, setRange] = useState<(typeof RANGES)[number]['id']>('day');
  const device = list.find((d) => d.id === deviceId) ?? list[0];
  // Fixed for the chosen range, so charts do not reload on every render.
  const since = useMemo(() => Date.now() - RANGES.find((r) => r.id === range)!.ms, [range, device?.id]);
  if (!device) return <p className="muted">No device records numbers to chart yet.</p>;
  return (
    <div className="history">
      <div className="history-controls">
        <label>
          Device{' '}
          <select value={device.id} onChange={(e) => setDeviceId(e.target.value)}>
            {list.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="Period">
          {RANGES.map((r) => (
            <button key={r.id} type="button" className={`button small${r.id === range ? ' primary' : ''}`} aria-pressed={r.id === range} onClick={() => setRange(r.id)}>
              {r.label}
            </button>
          ))}
        </div>
        <span className="muted small">Drag across a chart to zoom in; double-click to zoom out.</span>
      </div>
      {chartable(device).map((c) => (
        <Chart key={`${device.id}:${c.id}:${range}`} device={device} cap={c} since={since} />
      ))}
    </div>
  );
}
