// The Zigbee card on Radios: the stick and network in use (never the key), and choosing another stick.
import { StickSetup } from '../../../components/StickSetup';
import type { RadioProps } from '../../types';
import { ZIGBEE_ADAPTERS } from '../adapters';

export function ZigbeeNetwork({ radio }: RadioProps) {
  const z = radio.zigbee;
  if (!z) return null;
  return (
    <dl className="facts">
      <dt>Port</dt>
      <dd className="mono">{z.port}</dd>
      <dt>Stick type</dt>
      <dd>{z.adapter}</dd>
      <dt>Channel</dt>
      <dd>{z.channel}</dd>
      <dt>PAN id</dt>
      <dd className="mono">0x{z.panId.toString(16).padStart(4, '0')}</dd>
      <dt>Extended PAN id</dt>
      <dd className="mono">{z.extendedPanId}</dd>
    </dl>
  );
}

export function ZigbeeStick() {
  return <StickSetup protocol="zigbee" families={ZIGBEE_ADAPTERS} />;
}
