// Demo home only: the simulated devices' box labels (DSK + PIN, SmartStart code), clearly marked as such.
import { Package } from 'lucide-react';
import type { DemoLabel } from '../../../../shared/contract';

const KIND: Record<DemoLabel['kind'], string> = { s2: 'S2 security', s0: 'S0 only (older security)', insecure: 'No security', smartStart: 'SmartStart' };

export function DemoLabels({ labels, only }: { labels: DemoLabel[]; only?: DemoLabel['kind'][] }) {
  const shown = labels.filter((l) => l.inBox && (!only || only.includes(l.kind)));
  if (shown.length === 0) return null;
  return (
    <section className="demo-label" aria-label="Demo: simulated box labels">
      <p className="eyebrow">
        <Package size={13} aria-hidden="true" /> Demo home · the labels on the simulated devices' boxes (not real devices)
      </p>
      <ul>
        {shown.map((l) => (
          <li key={l.key} aria-label={`Label of ${l.name}`}>
            <strong>{l.name}</strong> <span className="muted">· {KIND[l.kind]}</span>
            <div>
              {l.pin && (
                <>
                  PIN <strong className="mono">{l.pin}</strong>
                </>
              )}
              {l.dsk && <span className="mono muted"> · DSK {l.dsk}</span>}
              {l.qr && (
                <>
                  <br />
                  SmartStart code <span className="mono qr">{l.qr}</span>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
