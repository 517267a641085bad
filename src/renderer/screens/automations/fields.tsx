// Small form fields for the automation editor: a device control picker, a value field, weekday boxes.
import type { Weekday } from '../../../shared/automation';
import { WEEKDAYS } from '../../../shared/automation';
import type { Capability, CapabilityValue, Device } from '../../../shared/model';
import { useHome } from '../../store/context';

export function useDeviceList(): Device[] {
  const devices = useHome((s) => s.devices);
  return Object.values(devices).sort((a, b) => a.name.localeCompare(b.name));
}

export function capOf(devices: Device[], deviceId: string, capabilityId: string): Capability | undefined {
  return devices.find((d) => d.id === deviceId)?.capabilities.find((c) => c.id === capabilityId);
}

export function ControlPicker(props: { label: string; deviceId: string; capabilityId: string; writable?: boolean; onChange(deviceId: string, capabilityId: string): void }) {
  const devices = useDeviceList();
  const device = devices.find((d) => d.id === props.deviceId);
  const caps = (device?.capabilities ?? []).filter((c) => !props.writable || c.writable);
  return (
    <>
      <select
        aria-label={`${props.label}: device`}
        value={props.deviceId}
        onChange={(e) => {
          const d = devices.find((x) => x.id === e.target.value);
          const c = d?.capabilities.find((x) => !props.writable || x.writable);
          props.onChange(e.target.value, c?.id ?? '');
        }}
      >
        <option value="">Pick a device…</option>
        {devices.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <select aria-label={`${props.label}: control`} value={props.capabilityId} onChange={(e) => props.onChange(props.deviceId, e.target.value)}>
        {caps.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label ?? c.measure ?? c.kind}
          </option>
        ))}
      </select>
    </>
  );
}

export function ValueField({ label, cap, value, onChange }: { label: string; cap: Capability | undefined; value: CapabilityValue | undefined; onChange(v: CapabilityValue): void }) {
  if (cap && (cap.kind === 'onOff' || cap.kind === 'lock' || typeof value === 'boolean')) {
    const [on, off] = cap.kind === 'lock' ? ['locked', 'unlocked'] : ['on', 'off'];
    return (
      <select aria-label={label} value={String(value === true)} onChange={(e) => onChange(e.target.value === 'true')}>
        <option value="true">{on}</option>
        <option value="false">{off}</option>
      </select>
    );
  }
  return (
    <input
      aria-label={label}
      type="number"
      step="any"
      value={typeof value === 'number' ? value : ''}
      min={cap?.min}
      max={cap?.max}
      onChange={(e) => e.target.value !== '' && onChange(Number(e.target.value))}
    />
  );
}

export const defaultValue = (cap: Capability | undefined): CapabilityValue => (cap?.kind === 'onOff' || cap?.kind === 'lock' ? true : (cap?.min ?? 0));

const SHORT: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export function DaysField({ label, days, onChange }: { label: string; days: Weekday[]; onChange(d: Weekday[]): void }) {
  return (
    <fieldset className="days">
      <legend className="visually-hidden">{label}</legend>
      {WEEKDAYS.map((d) => (
        <label key={d}>
          <input type="checkbox" checked={days.includes(d)} onChange={(e) => onChange(e.target.checked ? WEEKDAYS.filter((x) => x === d || days.includes(x)) : days.filter((x) => x !== d))} />
          {SHORT[d]}
        </label>
      ))}
      <span className="muted small">{days.length === 0 ? '(none ticked: every day)' : ''}</span>
    </fieldset>
  );
}
