// Report State for the relay: while Google Assistant is linked, each change of a device exposed to it (a state the
// device reported, going offline or online) becomes one `assistants.google.reportState` event — the body of Home
// Graph's devices.reportStateAndNotification, which the person's relay sends on with its own service account (Hearth
// holds no Google credentials). Changes made in one turn of the event loop leave as one report. After a DISCONNECT
// nothing is reported until a SYNC links the home again.
import { randomUUID } from 'node:crypto';
import type { Device } from '../../../shared/model';
import type { EventBus } from '../../bus';
import type { GoogleExposure } from './fulfill';
import type { GoogleLink } from './link';
import { traitStates } from './traits';

export interface ReportDeps {
  bus: EventBus;
  exposure: Pick<GoogleExposure, 'isExposed'>;
  devices: { find(id: string): Device | undefined };
  link: Pick<GoogleLink, 'isLinked' | 'agentUserId'>;
}

const OWNER = 'google-report-state';

/** Starts reporting (for the core's life); returns the way to stop. */
export function startGoogleReports(d: ReportDeps): () => void {
  const pending = new Set<string>();
  let scheduled = false;
  let stopped = false;
  const flush = () => {
    scheduled = false;
    // A change in the core's last turn: once stopped (its database closed) nothing more is read or reported.
    if (stopped) return;
    const ids = [...pending];
    pending.clear();
    // Unlinked or unexposed since the change: not reported.
    if (!d.link.isLinked()) return;
    const states: Record<string, Record<string, unknown>> = {};
    for (const id of ids) {
      const device = d.exposure.isExposed('google', id) ? d.devices.find(id) : undefined;
      if (device) states[id] = traitStates(device);
    }
    if (Object.keys(states).length === 0) return;
    d.bus.emit('assistants.google.reportState', { requestId: randomUUID(), agentUserId: d.link.agentUserId(), payload: { devices: { states } } });
  };
  const changed = (deviceId: string) => {
    // Cheap first: most homes never link Google.
    if (!d.link.isLinked() || !d.exposure.isExposed('google', deviceId)) return;
    pending.add(deviceId);
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  d.bus.on('device.state', OWNER, ({ deviceId }) => changed(deviceId));
  d.bus.on('device.health', OWNER, ({ deviceId }) => changed(deviceId));
  return () => {
    stopped = true;
    pending.clear();
    d.bus.removeOwner(OWNER);
  };
}
