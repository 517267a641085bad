import * as Switch from '@radix-ui/react-switch';

interface Props {
  label: string;
  checked: boolean | null;
  busy: boolean;
  onChange(next: boolean): void;
}

/** On/off switch showing the state the device reported. */
export function PowerSwitch({ label, checked, busy, onChange }: Props) {
  return (
    <Switch.Root
      className="switch"
      checked={checked === true}
      onCheckedChange={onChange}
      aria-label={label}
      aria-busy={busy}
    >
      <Switch.Thumb className="switch-thumb" />
    </Switch.Root>
  );
}
