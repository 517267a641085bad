// A device's history as charts (uPlot): temperature, power and battery — whichever the device records — and how
// well the radio hears it (LQI/RSSI, for radios that measure it), over the last day, week, month or year; drag across a chart to zoom in,
// double-click to zoom out. The tier decides how far back history is shown (Free: 7 days; the core returns no more),
// and the tab says so in words when the chosen period reaches further.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { LinkSample } from '../../../shared/contract';
import type { Capability, Device } from '../../../shared/model';
import { deviceHistory, linkHistory } from '../../api/health';
import { useCall } from '../../api/useCall';
import { useHome, useRadios, useSubscription } from '../../store/context';
import { hasFeature } from '../../store/radios';
import { historyNote } from '../../store/subscription';
import { navigate } from '../../nav/router';

const DAY = 86_400_000;
const RANGES = [
  { id: 'day', label: 'Last day', ms: DAY },
  { id: 'week', label: 'Last week', ms: 7 * DAY },
  { id: 'month', label: 'Last month', ms: 30 * DAY },
  { id: 'year', label: 'Last year', ms: 365 * DAY },
] as const;

/** The controls worth a chart: measured numbers (temperature, power, …) and battery. */
function chartable(d: Device): Capability[] {
  return d.capabilities.filter((c) => c.kind === 'battery' || c.kind === 'meter' || (c.kind === 'sensor' && c.measure !== 'contact' && c.measure !== 'motion'));
}

const title = (c: Capability) => c.label ?? (c.kind === 'battery' ? 'Battery' : c.measure ? c.measure[0]!.toUpperCase() + c.measure.slice(1) : c.id);

/** One line chart of (time, value) points over [since, now]; drag to zoom in, double-click to zoom out. */
function Plot({ id, label, unit, points, since, empty }: { id: string; label: string; unit: string; points: { at: number; value: number }[] | null; since: number; empty: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!points?.length || !box.current) return;
    const css = getComputedStyle(document.documentElement);
    const stroke = css.getPropertyValue('--accent').trim() || '#2563eb';
    const text = css.getPropertyValue('--text-2').trim() || '#666';
    const grid = css.getPropertyValue('--border').trim() || 'rgba(128,128,128,0.2)';
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const plot = new uPlot(
      {
        width: Math.max(320, box.current.clientWidth),
        height: 180,
        scales: { x: { time: true, range: [since / 1000, Date.now() / 1000] } },
        axes: [axis, { ...axis, label: unit }],
        series: [{}, { label, stroke, width: 2, points: { show: points.length < 60 } }],
        cursor: { drag: { x: true, y: false } },
        legend: { show: false },
      },
      [points.map((p) => p.at / 1000), points.map((p) => p.value)],
      box.current,
    );
    return () => plot.destroy();
  }, [points, since, label, unit]);
  return (
    <figure className="history-chart" data-testid={`chart-${id}`}>
      <h3>
        {label} {unit ? `(${unit})` : ''}
      </h3>
      <div ref={box} />
      {points?.length === 0 && <p className="muted small">{empty}</p>}
    </figure>
  );
}

function Chart({ device, cap, since }: { device: Device; cap: Capability; since: number }) {
  const load = useCall(deviceHistory).run;
  const [points, setPoints] = useState<{ at: number; value: number }[] | null>(null);
  useEffect(() => {
    let live = true;
    void load(device.id, cap.id, since).then((rows) => {
      if (live && rows) setPoints(rows.filter((r) => typeof r.value === 'number' || typeof r.value === 'boolean').map((r) => ({ at: r.at, value: Number(r.value) })));
    });
    return () => {
      live = false;
    };
  }, [load, device.id, cap, since]);
  return <Plot id={cap.id} label={title(cap)} unit={cap.unit ?? ''} points={points} since={since} empty="No values recorded in this period." />;
}

/**
 * How well the radio hears the device, as its stack measures it from the frames the device sends (Zigbee LQI,
 * Z-Wave and Matter RSSI): kept since Hearth started, for radios that declare 'linkQuality'.
 */
function LinkChart({ device, since }: { device: Device; since: number }) {
  const load = useCall(linkHistory).run;
  const [samples, setSamples] = useState<LinkSample[] | null>(null);
  useEffect(() => {
    let live = true;
    void load(device.id).then((rows) => live && rows && setSamples(rows.filter((r) => r.at >= since)));
    return () => {
      live = false;
    };
  }, [load, device.id, since]);
  const lqi = samples?.some((s) => s.lqi !== null) ?? false;
  const points = samples && samples.flatMap((s) => {
    const v = lqi ? s.lqi : s.rssi;
    return v === null ? [] : [{ at: s.at, value: v }];
  });
  return (
    <Plot
      id="link"
      label={lqi ? 'Link quality (LQI, 0–255)' : 'Signal strength'}
      unit={lqi ? '' : 'dBm'}
      points={points}
      since={since}
      empty="No link measurement yet: it is taken from the frames the device sends, since Hearth started."
    />
  );
}

export function HistoryTab() {
  const devices = useHome((s) => s.devices);
  const radios = useRadios((s) => s.radios);
  const measured = useCallback((d: Device) => hasFeature(radios.find((r) => r.protocol === d.protocol), 'linkQuality'), [radios]);
  const list = useMemo(() => Object.values(devices).filter((d) => chartable(d).length > 0 || measured(d)).sort((a, b) => a.name.localeCompare(b.name)), [devices, measured]);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [range, setRange] = useState<(typeof RANGES)[number]['id']>('day');
  const status = useSubscription((s) => s.status);
  const limitNote = status ? historyNote(status) : null;
  const beyond = status?.historyDays != null && RANGES.find((r) => r.id === range)!.ms > status.historyDays * DAY;
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
      {limitNote && (
        <p className={beyond ? 'history-limit notice-inline' : 'history-limit muted small'} role={beyond ? 'note' : undefined} data-testid="history-limit">
          {limitNote}{' '}
          <button type="button" className="button link small" onClick={() => navigate('subscription')}>
            Open Subscription
          </button>
        </p>
      )}
      {chartable(device).map((c) => (
        <Chart key={`${device.id}:${c.id}:${range}`} device={device} cap={c} since={since} />
      ))}
      {measured(device) && <LinkChart key={`${device.id}:link:${range}`} device={device} since={since} />}
    </div>
  );
}
