interface Props {
  label: string;
  checked: boolean | null;
  busy: boolean;
  /** Read-only (over the plan's limit): shown, not usable; `describedBy` names the element that says why. */
  disabled?: boolean;
  describedBy?: string | undefined;
  onChange(next: boolean): void;
}

/**
 * On/off switch showing the state the device reported. A plain button with the switch role (what Radix's Switch
 * renders, with the same classes and data-state), without its hidden form input and the layout read each one
 * makes when mounted: a home shows one per card, hundreds at once.
 */
export function PowerSwitch({ label, checked, busy, disabled = false, describedBy, onChange }: Props) {
  const on = checked === true;
  const state = on ? 'checked' : 'unchecked';
  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-checked={on}
      data-state={state}
      data-disabled={disabled ? '' : undefined}
      aria-label={label}
      aria-busy={busy}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!on)}
    >
      <span className="switch-thumb" data-state={state} />
    </button>
  );
}
