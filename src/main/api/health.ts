import type { RequestName } from '../../shared/contract';
import type { HealthService } from '../diagnostics/health/service';
import type { HandlersFor } from '../transport/dispatch';

type HealthRequests = Extract<RequestName, `health.${string}`>;

export function healthHandlers({ health }: { health: HealthService }): HandlersFor<HealthRequests> {
  return {
    'health.system': () => health.sample(),
    'health.devices': () => health.devices(),
    'health.link': (i) => health.linkHistory(i.deviceId),
    'health.alerts': () => health.alerts(),
    'health.alerts.dismiss': (i) => health.dismiss(i.alertId),
    'health.alerts.snooze': (i) => health.snooze(i.alertId, i.hours),
  };
}
