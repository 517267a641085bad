import * as Switch from '@radix-ui/react-switch';

interface Props {
  label: string;
  checked: boolean | null;
  busy: boolean;
  /** Read-only (over the plan's limit): shown, not usable; `describedBy` names the element that says why. */
  disabled?: boolean;
  describedBy?: string | undefined;
  onChange(next: boolean): void;
}

/** On/off switch showing the state the device reported. */
export function PowerSwitch({ label, checked, busy, disabled = false, describedBy, onChange }: Props) {
  return (
    <Switch.Root
      className="switch"
      checked={checked === true}
      onCheckedChange={onChange}
      aria-label={label}
      aria-busy={busy}
      aria-describedby={describedBy}
      disabled={disabled}
    >
      <Switch.Thumb className="switch-thumb" />
    </Switch.Root>
  );
}
