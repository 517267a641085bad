// How capability values read to a person.
import type { Capability, CapabilityValue } from '../../../shared/model';

const nf = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const nf2 = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatValue(cap: Capability, value: CapabilityValue | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') {
    switch (cap.kind) {
      case 'onOff':
        return value ? 'On' : 'Off';
      case 'lock':
        return value ? 'Locked' : 'Unlocked';
      default:
        if (cap.measure === 'contact') return value ? 'Open' : 'Closed';
        if (cap.measure === 'motion') return value ? 'Motion' : 'Clear';
        return value ? 'Yes' : 'No';
    }
  }
  if (typeof value === 'number') {
    const unit = cap.unit ?? '';
    const n = cap.unit === 'kWh' ? nf2.format(value) : nf.format(value);
    return unit === '%' || unit.startsWith('°') ? `${n}${unit === '%' ? ' %' : ` ${unit}`}` : `${n}${unit ? ` ${unit}` : ''}`;
  }
  return `${Math.round(value.hue)}°, ${Math.round(value.saturation)} %`;
}

export function capabilityLabel(cap: Capability): string {
  if (cap.label) return cap.label;
  if (cap.measure) return cap.measure.charAt(0).toUpperCase() + cap.measure.slice(1);
  const names: Record<Capability['kind'], string> = {
    onOff: 'Power',
    level: 'Brightness',
    colorTemp: 'Colour temperature',
    color: 'Colour',
    setpoint: 'Target temperature',
    cover: 'Position',
    lock: 'Lock',
    meter: 'Meter',
    battery: 'Battery',
    sensor: 'Sensor',
  };
  return names[cap.kind];
}
