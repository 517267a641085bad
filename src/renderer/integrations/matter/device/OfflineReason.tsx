// On a Matter device's card while it is offline: why, in the controller's own words ("The device said it is
// restarting or powering down."). Nothing until the reason is known.
import { useMatterConnection } from './useConnection';

export function MatterOfflineReason({ deviceId }: { deviceId: string }) {
  const { connection } = useMatterConnection(deviceId);
  const r = connection?.reachability;
  if (!r || r.online) return null;
  return (
    <p className="offline-reason" data-testid="offline-reason">
      {r.reason}
    </p>
  );
}
