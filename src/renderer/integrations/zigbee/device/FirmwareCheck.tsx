// Device details, Zigbee part: ask whether newer firmware exists for the device (over-the-air index).
import { RefreshCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useCall } from '../../../api/useCall';
import { checkZigbeeFirmware } from '../../../api/zigbee';
import { hasFeature } from '../../../store/radios';
import type { DevicePanelProps } from '../../types';

export function FirmwareCheck({ deviceId, details, radio }: DevicePanelProps) {
  const check = useCall(checkZigbeeFirmware);
  const [result, setResult] = useState<string | null>(null);
  useEffect(() => setResult(null), [deviceId]);
  if (!details || !hasFeature(radio, 'firmwareCheck')) return null;
  const run = async () => {
    const r = await check.run(deviceId);
    if (r) setResult(r.message);
  };
  return (
    <div className="ota">
      <button type="button" className="button" onClick={() => void run()} disabled={check.busy}>
        <RefreshCw size={14} aria-hidden="true" /> {check.busy ? 'Checking…' : 'Check for firmware update'}
      </button>
      {!details.supportsFirmwareUpdate && <span className="muted"> No over-the-air updates for this model.</span>}
      {result && (
        <p role="status" className="ota-result">
          {result}
        </p>
      )}
    </div>
  );
}
