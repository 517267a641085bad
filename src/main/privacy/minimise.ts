// Data minimisation: what a diagnostics report (support bundle) holds. Without the "diagnostics" consent it
// carries no names, rooms or command text (placeholders instead); network keys and tokens never, since it
// is built only from the device model, which holds none.
import type { AdapterState } from '../../shared/contract';
import type { Area, Device } from '../../shared/model';
import type { SaidCommand } from './commands';

export interface DiagnosticsInput {
  version: string;
  host: string;
  adapters: AdapterState[];
  devices: Device[];
  areas: Area[];
  commands: SaidCommand[];
}

export function diagnosticsReport(input: DiagnosticsInput, consented: boolean) {
  const ref = new Map(input.devices.map((d, i) => [d.id, `device-${i + 1}`]));
  const areaRef = new Map(input.areas.map((a, i) => [a.id, `room-${i + 1}`]));
  return {
    version: input.version,
    host: input.host,
    includesPersonalData: consented,
    adapters: input.adapters.map((a) => ({ protocol: a.protocol, state: a.state, message: a.message ?? null })),
    devices: input.devices.map((d) => ({
      ref: ref.get(d.id),
      ...(consented ? { name: d.name, room: input.areas.find((a) => a.id === d.areaId)?.name ?? null } : { room: d.areaId ? areaRef.get(d.areaId) : null }),
      protocol: d.protocol,
      manufacturer: d.manufacturer,
      model: d.model,
      firmware: d.firmware,
      health: d.health,
      capabilities: d.capabilities.map((c) => c.kind),
    })),
    rooms: input.areas.length,
    recentCommands: consented
      ? input.commands.map((c) => ({ text: c.text, outcome: c.outcome, at: c.at }))
      : { count: input.commands.length, note: 'Command text is left out without your consent to share diagnostics.' },
  };
}
