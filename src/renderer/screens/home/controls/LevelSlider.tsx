import * as Slider from '@radix-ui/react-slider';
import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: number | null;
  busy: boolean;
  min?: number | undefined;
  max?: number | undefined;
  /** Read-only (over the plan's limit): shown, not usable; `describedBy` names the element that says why. */
  disabled?: boolean;
  describedBy?: string | undefined;
  onCommit(value: number): void;
}

/** A 0–100 % slider: follows the device's reports, except while the user is dragging it. */
export function LevelSlider({ label, value, busy, min = 0, max = 100, disabled = false, describedBy, onCommit }: Props) {
  const [draft, setDraft] = useState<number | null>(null);
  useEffect(() => {
    if (!busy) setDraft(null);
  }, [value, busy]);
  const shown = draft ?? value ?? 0;
  return (
    <div className="slider-row">
      <Slider.Root
        className="slider"
        min={min}
        max={max}
        step={1}
        value={[shown]}
        onValueChange={([v]) => setDraft(v ?? 0)}
        onValueCommit={([v]) => onCommit(v ?? 0)}
        aria-label={label}
        aria-busy={busy}
        disabled={disabled}
      >
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb className="slider-thumb" aria-label={label} aria-describedby={describedBy} />
      </Slider.Root>
      <span className="slider-value" aria-hidden="true">{value === null ? '—' : `${Math.round(shown)} %`}</span>
    </div>
  );
}
