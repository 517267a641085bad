// Alexa for the core: the directive handler over the devices exposed to Alexa, each command sent as the request
// devices.command through the dispatcher with the caller's own context (so its role and scope, plan limits, the audit
// log and history apply as for any other command), and the change reports. A tier without voice assistants is
// refused with the way to upgrade (PLAN_LIMIT) before any directive is looked at.
import { randomUUID } from 'node:crypto';
import type { AlexaDirectiveMessage, AlexaEventMessage } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { Area, CapabilityValue, Device } from '../../../shared/model';
import type { Reply } from '../../../shared/wire';
import type { EventBus } from '../../bus';
import type { CallContext } from '../../transport/dispatch';
import type { ExposureService } from '../exposure';
import { watchChangeReports, type ChangeReports } from './change-reports';
import { hasTraits, traitsOf } from './endpoints';
import { AlexaHandler } from './handler';
import type { TempUnit } from './properties';

export interface AlexaDeps {
  bus: EventBus;
  exposure: Pick<ExposureService, 'exposedDevices' | 'isExposed' | 'assertAllowed' | 'declareSupport'>;
  devices: {
    find(id: string): Device | undefined;
    areas(): Area[];
    confirmed(id: string, capabilityId: string): Promise<unknown>;
    awaiting(id: string, capabilityId: string): unknown;
  };
  /** The request devices.command, through the dispatcher. */
  command: (input: { deviceId: string; capabilityId: string; value: CapabilityValue }, ctx: CallContext) => Promise<Reply>;
  /** The home's temperature unit (home.preferences). */
  unit: () => TempUnit;
  now: () => number;
}

export class AlexaService {
  readonly #d: AlexaDeps;
  readonly #reports: ChangeReports;
  readonly #newId = () => randomUUID();

  constructor(deps: AlexaDeps) {
    this.#d = deps;
    deps.exposure.declareSupport('alexa', (d) => hasTraits(traitsOf(d)));
    this.#reports = watchChangeReports({
      bus: deps.bus,
      isExposed: (id) => deps.exposure.isExposed('alexa', id),
      device: (id) => deps.devices.find(id),
      awaiting: (id, cap) => deps.devices.awaiting(id, cap),
      unit: deps.unit,
      now: deps.now,
      newId: this.#newId,
    });
  }

  /** One directive from the forwarding relay, answered for the caller `ctx` (the relay's API token). */
  async handle(message: AlexaDirectiveMessage, ctx: CallContext): Promise<AlexaEventMessage> {
    this.#d.exposure.assertAllowed();
    const d = this.#d;
    const handler = new AlexaHandler({
      exposed: () => d.exposure.exposedDevices('alexa'),
      roomName: (areaId) => d.devices.areas().find((a) => a.id === areaId)?.name ?? null,
      device: (id) => d.devices.find(id),
      command: async (deviceId, capabilityId, value) => {
        const r = await d.command({ deviceId, capabilityId, value }, ctx);
        if (!r.ok) throw new HearthError(r.error.code, r.error.message, r.error.next);
      },
      confirmed: (id, cap) => d.devices.confirmed(id, cap),
      commanding: (id, cap, value) => this.#reports.commanding(id, cap, value),
      unit: d.unit,
      now: d.now,
      newId: this.#newId,
    });
    return handler.handle(message);
  }

  stop(): void {
    this.#reports.stop();
  }
}
