// Google Assistant smart-home fulfillment: answers action.devices.SYNC, QUERY, EXECUTE and DISCONNECT for the devices
// the person exposed to Google Assistant (assistants/exposure.ts; nothing is exposed until chosen, and nothing while
// the subscription's tier has no voice assistants). EXECUTE runs every write through the core's normal command path
// (the dispatcher's devices.command, with the caller's grant: roles, plan limits, the audit log and history apply),
// then reports per device SUCCESS (the device confirmed), PENDING (sent, not confirmed yet), OFFLINE or ERROR with
// Google's errorCode. The same code serves whatever relay forwards Google's requests (docs/ASSISTANTS.md).
import type { GoogleCommandResult, GoogleExecuteResponse, GoogleLinkActivity, GoogleLinkStatus, GoogleQueryResponse, GoogleRequest, GoogleResponse, GoogleSyncResponse } from '../../../shared/contract';
import type { DeviceCommand } from '../../../shared/contract/devices';
import type { HearthError } from '../../../shared/errors';
import type { Area, CapabilityValue, Device } from '../../../shared/model';
import type { Reply } from '../../../shared/wire';
import type { CallContext } from '../../transport/dispatch';
import { googleError, planCommand, type Write } from './execute';
import type { GoogleLink } from './link';
import { deviceType, isOnline, syncDevice, traitStates } from './traits';

/** What the fulfillment needs of the exposure module (assistants/exposure.ts). */
export interface GoogleExposure {
  exposedDevices(assistant: 'google'): Device[];
  isExposed(assistant: 'google', deviceId: string): boolean;
  refusal(): HearthError | null;
  /** Which devices Google can do something with: the others are shown so in Settings and cannot be exposed to it. */
  declareSupport(assistant: 'google', supports: (d: Device) => boolean): void;
}

export interface GoogleDeps {
  exposure: GoogleExposure;
  devices: {
    find(id: string): Device | undefined;
    areas(): Area[];
    /** The value the device last confirmed, after waiting briefly for a command's confirmation. */
    confirmed(id: string, capabilityId: string): Promise<CapabilityValue | undefined>;
  };
  /** The core's command path: the dispatcher's devices.command with the caller's context. */
  command(input: DeviceCommand, ctx: CallContext): Promise<Reply>;
  /** The home's temperature unit (Settings → Home), shown by Google for thermostats. */
  unit(): 'C' | 'F';
  link: GoogleLink;
}

const same = (a: CapabilityValue | undefined, b: CapabilityValue): boolean => {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 0.5;
  if (a && b && typeof a === 'object' && typeof b === 'object') return Math.abs(a.hue - b.hue) < 1 && Math.abs(a.saturation - b.saturation) < 1;
  return a === b;
};

export class GoogleFulfillment {
  readonly #d: GoogleDeps;

  constructor(deps: GoogleDeps) {
    this.#d = deps;
    // A device with no Google type (a sensor, a meter) has no trait SYNC could offer: not exposable to Google.
    deps.exposure.declareSupport('google', (d) => deviceType(d) !== null);
  }

  async handle(request: GoogleRequest, ctx: CallContext): Promise<GoogleResponse> {
    const input = request.inputs[0]!;
    const intent = input.intent.replace('action.devices.', '');
    try {
      switch (input.intent) {
        case 'action.devices.SYNC':
          return this.sync(request.requestId);
        case 'action.devices.QUERY':
          this.#d.link.asked('QUERY');
          return this.query(request.requestId, input.payload.devices.map((d) => d.id));
        case 'action.devices.EXECUTE':
          this.#d.link.asked('EXECUTE');
          return await this.execute(request.requestId, input.payload.commands, ctx);
        case 'action.devices.DISCONNECT':
          this.#d.link.unlinked();
          return {};
      }
    } catch (err) {
      this.#d.link.failed(intent, err instanceof Error ? err.message : String(err));
      throw err;
    }
  }

  /** Whether Google is linked, and how much it may see. */
  status(): GoogleLinkStatus {
    const refused = this.#d.exposure.refusal();
    return { ...this.#d.link.status(), exposed: this.#d.exposure.exposedDevices('google').length, problem: refused ? `${refused.message} ${refused.next ?? ''}`.trim() : null };
  }

  /** The status with the relay's last requests and the last error Hearth answered (for the owner). */
  activity(): GoogleLinkActivity {
    const a = this.#d.link.activity();
    return { ...this.status(), lastQueryAt: a.queryAt, lastExecuteAt: a.executeAt, synced: a.synced, lastError: a.error };
  }

  /** The exposed device, or undefined when Google may not see it (unknown, not exposed, or the tier has none). */
  #exposed(id: string): Device | undefined {
    return this.#d.exposure.isExposed('google', id) ? this.#d.devices.find(id) : undefined;
  }

  sync(requestId: string): GoogleSyncResponse {
    const rooms = new Map(this.#d.devices.areas().map((a) => [a.id, a.name]));
    const unit = this.#d.unit();
    const devices = this.#d.exposure
      .exposedDevices('google')
      .map((d) => syncDevice(d, unit, d.areaId ? (rooms.get(d.areaId) ?? null) : null))
      .filter((d) => d !== null);
    const refused = this.#d.exposure.refusal();
    this.#d.link.linked(devices.length);
    if (refused) this.#d.link.failed('SYNC', refused.message);
    return { requestId, payload: { agentUserId: this.#d.link.agentUserId(), devices, ...(refused ? { debugString: refused.message } : {}) } };
  }

  query(requestId: string, ids: string[]): GoogleQueryResponse {
    const devices: GoogleQueryResponse['payload']['devices'] = {};
    for (const id of ids) {
      const device = this.#exposed(id);
      if (!device) devices[id] = { online: false, status: 'ERROR', errorCode: 'deviceNotFound' };
      else if (!isOnline(device)) devices[id] = { ...traitStates(device), online: false, status: 'OFFLINE', errorCode: 'deviceOffline' };
      else devices[id] = { ...traitStates(device), online: true, status: 'SUCCESS' };
    }
    const unknown = ids.filter((id) => devices[id]?.errorCode === 'deviceNotFound');
    if (unknown.length) this.#d.link.failed('QUERY', `Google asked for ${unknown.length === 1 ? 'a device' : `${unknown.length} devices`} not exposed to it (${unknown.join(', ')}); it may not have synced since a change.`);
    return { requestId, payload: { devices } };
  }

  async execute(requestId: string, commands: Extract<GoogleRequest['inputs'][number], { intent: 'action.devices.EXECUTE' }>['payload']['commands'], ctx: CallContext): Promise<GoogleExecuteResponse> {
    const results: GoogleCommandResult[] = [];
    for (const command of commands) {
      const outcomes = await Promise.all(command.devices.map((ref) => this.#executeOn(ref.id, command.execution, ctx)));
      results.push(...outcomes);
    }
    const failed = results.filter((r) => r.status === 'ERROR' || r.status === 'OFFLINE');
    if (failed.length) {
      const said = failed.map((r) => `${r.ids.map((id) => this.#d.devices.find(id)?.name ?? id).join(', ')}: ${r.errorCode ?? r.status}${r.debugString ? ` (${r.debugString})` : ''}`);
      this.#d.link.failed('EXECUTE', said.join('; '));
    }
    return { requestId, payload: { commands: results } };
  }

  /** Runs a command's executions, in order, on one device; the first refusal stops the rest. */
  async #executeOn(id: string, executions: { command: string; params: Record<string, unknown> }[], ctx: CallContext): Promise<GoogleCommandResult> {
    const device = this.#exposed(id);
    if (!device) return { ids: [id], status: 'ERROR', errorCode: 'deviceNotFound', debugString: 'No device with this id is exposed to Google Assistant.' };
    if (!isOnline(device)) return { ids: [id], status: 'OFFLINE', errorCode: 'deviceOffline', debugString: `${device.name} is offline.` };
    const sent: Write[] = [];
    for (const execution of executions) {
      // Relative commands read the state as the earlier executions of this request left it.
      const plan = planCommand(this.#d.devices.find(id) ?? device, execution.command, execution.params);
      if (!plan.ok) return { ids: [id], status: 'ERROR', ...plan.refusal };
      for (const write of plan.writes) {
        const reply = await this.#d.command({ deviceId: id, capabilityId: write.capabilityId, value: write.value }, { ...ctx, actor: `${ctx.actor} via Google Assistant` });
        if (!reply.ok) {
          const { status, errorCode } = googleError(reply.error.code);
          return { ids: [id], status, errorCode, debugString: reply.error.message };
        }
        sent.push(write);
      }
    }
    const confirmed = await Promise.all(sent.map(async (w) => same(await this.#d.devices.confirmed(id, w.capabilityId), w.value)));
    const now = this.#d.devices.find(id) ?? device;
    const states = traitStates(now);
    return { ids: [id], status: confirmed.every(Boolean) ? 'SUCCESS' : 'PENDING', states };
  }
}
