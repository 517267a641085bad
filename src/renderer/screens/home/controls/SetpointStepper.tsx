import { Minus, Plus } from 'lucide-react';
import type { Capability } from '../../../../shared/model';

interface Props {
  deviceName: string;
  cap: Capability;
  value: number | null;
  pendingValue: number | null;
  /** Read-only (over the plan's limit): shown, not usable; `describedBy` names the element that says why. */
  disabled?: boolean;
  describedBy?: string | undefined;
  onSet(value: number): void;
}

/** Target temperature with − / + buttons; shows the requested value while the device confirms. */
export function SetpointStepper({ deviceName, cap, value, pendingValue, disabled = false, describedBy, onSet }: Props) {
  const step = cap.step ?? 0.5;
  const base = pendingValue ?? value;
  const min = cap.min ?? 5;
  const max = cap.max ?? 30;
  const set = (v: number) => onSet(Math.min(max, Math.max(min, Math.round(v / step) * step)));
  return (
    <div className="stepper" role="group" aria-label={`${deviceName} target temperature`} aria-describedby={describedBy}>
      <button type="button" aria-label={`Lower ${deviceName} target temperature`} disabled={disabled || base === null || base <= min} onClick={() => base !== null && set(base - step)}>
        <Minus size={16} aria-hidden="true" />
      </button>
      <output aria-live="polite" aria-label={`${deviceName} target temperature`}>
        {value === null ? '—' : `${value.toFixed(1)} °C`}
      </output>
      <button type="button" aria-label={`Raise ${deviceName} target temperature`} disabled={disabled || base === null || base >= max} onClick={() => base !== null && set(base + step)}>
        <Plus size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
