// Each purpose with its plain-language text and a switch; strictly necessary processing is shown as always on.
import * as Switch from '@radix-ui/react-switch';
import type { ConsentState } from '../../../shared/contract';

export function ConsentList({ purposes, onChange }: { purposes: ConsentState[]; onChange(c: ConsentState, granted: boolean): void }) {
  return (
    <ul className="consent-list">
      {purposes.map((c) => {
        const id = `consent-${c.purpose}`;
        return (
          <li key={c.purpose} className="consent">
            <div className="consent-text">
              <label htmlFor={id} id={`${id}-label`}>
                <strong>{c.title}</strong>
              </label>
              <p id={`${id}-text`}>{c.text}</p>
              <p className="muted small">
                {c.required ? 'Always on' : c.granted ? 'On' : 'Off'} · text version {c.version}
                {c.since && !c.required ? ` · chosen ${new Date(c.since).toLocaleString()}` : ''}
              </p>
            </div>
            <Switch.Root
              id={id}
              className="switch"
              checked={c.granted}
              disabled={c.required}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-text`}
              onCheckedChange={(on) => onChange(c, on)}
            >
              <Switch.Thumb className="switch-thumb" />
            </Switch.Root>
          </li>
        );
      })}
    </ul>
  );
}
