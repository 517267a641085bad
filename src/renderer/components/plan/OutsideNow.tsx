// In the rule editor and a new automation's plan preview, before saving: what the weather and calendars say right now for the rule's weather and
// calendar parts ("The chance of rain today is above 50 %: yes (it was 70 % — Open-Meteo forecast, 12 min old)"),
// asked again a moment after the person stops typing. Nothing is shown for a rule without such parts.
import { CloudSun } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Condition, Trigger } from '../../../shared/automation';
import type { OutsideLine } from '../../../shared/contract/outside';
import { checkOutside } from '../../api/outside';
import { useCall } from '../../api/useCall';
import { outsideLineText, outsideParts } from '../../store/outside';
import './outside-now.css';

export function OutsideNow({ triggers, conditions }: { triggers: Trigger[]; conditions: Condition[] }) {
  const check = useCall(checkOutside, { quiet: true }).run;
  const [lines, setLines] = useState<OutsideLine[] | null>(null);
  const parts = outsideParts({ triggers, conditions });
  const key = parts ? JSON.stringify(parts) : '';
  useEffect(() => {
    if (!key) {
      setLines(null);
      return;
    }
    let live = true;
    const p = JSON.parse(key) as { triggers: Trigger[]; conditions: Condition[] };
    const t = setTimeout(() => void check(p.triggers, p.conditions).then((l) => live && setLines(l ?? null)), 300);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key, check]);
  if (!parts || !lines) return null;
  return (
    <section className="outside-now" aria-label="Weather and calendars now">
      <h3>
        <CloudSun size={15} aria-hidden="true" /> Right now
      </h3>
      <ul>
        {lines.map((l, i) => (
          <li key={i} className={`outside-line ${l.value}`}>
            {outsideLineText(l)}
          </li>
        ))}
      </ul>
      <p className="muted small">Forecasts and calendars are set up in Settings → Weather &amp; calendars.</p>
    </section>
  );
}
