// A bar chart drawn with uPlot: one bar per label (days, weeks, automations), one or two series side by side.
// Colours come from the theme's tokens, so light and dark both read.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarSeries {
  label: string;
  values: number[];
  /** A CSS custom property of the theme, e.g. '--accent'. */
  color: string;
}

export function BarChart({ title, labels, xLabel, series, unit, format, testId }: { title: string; labels: string[]; xLabel: string; series: BarSeries[]; unit: string; format: (v: number) => string; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || labels.length === 0) return;
    const css = getComputedStyle(document.documentElement);
    const color = (v: string) => css.getPropertyValue(v).trim() || '#888';
    const text = color('--text-2');
    const grid = color('--border');
    const two = series.length > 1;
    const every = Math.max(1, Math.ceil(labels.length / 8));
    const bars = (align: -1 | 0 | 1) => uPlot.paths.bars!({ size: [two ? 0.38 : 0.6, 48], align, gap: 1 });
    const plot = new uPlot(
      {
        width: Math.max(300, el.clientWidth),
        height: 200,
        scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
        axes: [
          // At most about eight labels, so dates never run into each other.
          { stroke: text, grid: { show: false }, ticks: { stroke: grid }, splits: () => labels.map((_, i) => i).filter((i) => (labels.length - 1 - i) % every === 0), values: (_u, splits) => splits.map((i) => labels[i] ?? ''), size: 36 },
          { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, label: unit || undefined, values: (_u, splits) => splits.map((v) => format(v)), size: 64 },
        ],
        series: [
          { label: xLabel, value: (_u: uPlot, i: number | null) => (i === null ? '' : (labels[i] ?? '')) },
          ...series.map((s, i) => ({
            label: s.label,
            stroke: color(s.color),
            fill: color(s.color),
            width: 0,
            paths: bars(two ? (i === 0 ? -1 : 1) : 0),
            points: { show: false },
            value: (_u: uPlot, v: number | null) => (v === null ? '–' : format(v)),
          })),
        ],
        legend: { show: two },
        cursor: { drag: { x: false, y: false }, points: { show: false } },
      },
      [labels.map((_, i) => i), ...series.map((s) => s.values)],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(300, el.clientWidth), height: 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [labels, xLabel, series, unit, format]);
  return (
    <figure className="value-chart" data-testid={testId}>
      <h3>{title}</h3>
      {labels.length === 0 ? <p className="muted small">Nothing to show in this period.</p> : <div ref={box} />}
    </figure>
  );
}
