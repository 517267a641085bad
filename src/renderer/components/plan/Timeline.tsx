// The plan as a timeline: one lane per device, time across (steps in order, with the time each group runs),
// every step showing before → after. Steps in a conflict are amber and carry the reason.
import type { Conflict, PlanStep } from '../../../shared/plan';
import { clockTime, formatValue, sameValue } from '../../../shared/describe-values';

const LABEL_W = 150;
const COL_W = 168;
const LANE_H = 58;
const TOP = 34;

function when(ms: number, startsAt: number, immediate: boolean): string {
  if (ms === 0) return immediate ? 'Now' : clockTime(startsAt);
  const min = ms / 60_000;
  const rel = min < 1 ? `+${Math.round(ms / 1000)} s` : min < 60 ? `+${Math.round(min)} min` : `+${Math.floor(min / 60)} h ${Math.round(min % 60) || ''}`.trim();
  return `${rel} · ${clockTime(startsAt + ms)}`;
}

const CONTROL: Partial<Record<PlanStep['capabilityKind'], string>> = {
  onOff: 'Power', level: 'Brightness', colorTemp: 'Colour temperature', color: 'Colour', setpoint: 'Target temperature', cover: 'Position', lock: 'Lock',
};

function change(s: PlanStep): string {
  // A relative step whose result depends on the value when it runs ("dim by 10") is shown as the change.
  if (s.by !== undefined && s.after === null) return `${s.by >= 0 ? '+' : '−'}${formatValue(s.capabilityKind, Math.abs(s.by))}`;
  const after = formatValue(s.capabilityKind, s.after);
  if (s.before === null) return `→ ${after}`;
  return sameValue(s.before, s.after) ? `already ${after}` : `${formatValue(s.capabilityKind, s.before)} → ${after}`;
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function Timeline({ steps, conflicts, startsAt, immediate }: { steps: PlanStep[]; conflicts: Conflict[]; startsAt: number; immediate: boolean }) {
  const lanes = [...new Set(steps.map((s) => s.deviceId))];
  const names = new Map(steps.map((s) => [s.deviceId, s.deviceName]));
  const ordered = [...steps].sort((a, b) => a.atMs - b.atMs);
  const reasons = new Map<string, string[]>();
  for (const c of conflicts) for (const id of c.stepIds) reasons.set(id, [...(reasons.get(id) ?? []), c.message]);
  const width = LABEL_W + Math.max(3, ordered.length) * COL_W + 16;
  const height = TOP + lanes.length * LANE_H + 8;
  const groups: { atMs: number; col: number }[] = [];
  ordered.forEach((s, i) => {
    if (groups.at(-1)?.atMs !== s.atMs) groups.push({ atMs: s.atMs, col: i });
  });
  const summary = ordered.map((s) => `${when(s.atMs, startsAt, immediate)}: ${s.label}`).join('; ');

  return (
    <div className="timeline-scroll">
      <svg className="timeline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Timeline: ${summary}`}>
        {groups.map((g, i) => (
          <g key={g.col}>
            <line className="tl-tick" x1={LABEL_W + g.col * COL_W} x2={LABEL_W + g.col * COL_W} y1={TOP - 8} y2={height - 4} />
            <text className="tl-time" x={LABEL_W + g.col * COL_W + 6} y={18}>
              {when(g.atMs, startsAt, immediate)}
            </text>
            {i > 0 && <text className="tl-gap" x={LABEL_W + g.col * COL_W - 4} y={18} textAnchor="end">⋯</text>}
          </g>
        ))}
        {lanes.map((id, lane) => (
          <g key={id} transform={`translate(0 ${TOP + lane * LANE_H})`}>
            <rect className="tl-lane" x={0} y={0} width={width} height={LANE_H - 6} rx={8} />
            <text className="tl-device" x={12} y={LANE_H / 2}>
              {short(names.get(id) ?? '', 18)}
            </text>
          </g>
        ))}
        {ordered.map((s, i) => {
          const lane = lanes.indexOf(s.deviceId);
          const x = LABEL_W + i * COL_W + 6;
          const y = TOP + lane * LANE_H + 5;
          const why = reasons.get(s.id);
          const cls = `tl-step ${why ? 'conflict' : ''} ${s.status}`;
          return (
            <g key={s.id} className={cls} data-step={s.id}>
              <title>{`${s.label}${why ? ` — ${why.join(' ')}` : ''}`}</title>
              <rect x={x} y={y} width={COL_W - 14} height={LANE_H - 16} rx={7} />
              <text className="tl-change" x={x + 10} y={y + 17}>
                {short(change(s), 22)}
              </text>
              <text className="tl-label" x={x + 10} y={y + 33}>
                {why ? '⚠ ' : ''}
                {CONTROL[s.capabilityKind] ?? s.capabilityKind}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
