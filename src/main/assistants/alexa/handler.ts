// The Alexa Smart Home Skill API v3 directive handler: one directive in, the message for Alexa out. Pure over what
// it is given — the devices exposed to Alexa and a command function that goes through the core's normal path (plan
// limits, the audit log, history) — so the same code serves the REST route a forwarding relay calls and the tests.
//
//   Alexa.Discovery Discover        → Discover.Response: the exposed devices Alexa can do something with
//   Alexa ReportState               → StateReport with every property of the endpoint
//   Power / Brightness / Color / ColorTemperature / Thermostat / Lock / Range controllers
//                                   → the commands, then Response with the endpoint's properties as the device confirmed them
//   anything that cannot be done    → ErrorResponse (NO_SUCH_ENDPOINT for an unknown or unexposed endpoint,
//                                     ENDPOINT_UNREACHABLE for an offline device, INVALID_DIRECTIVE, INVALID_VALUE,
//                                     VALUE_OUT_OF_RANGE, …)
import type { AlexaDirectiveMessage, AlexaEndpointRef, AlexaEventMessage, AlexaHeader } from '../../../shared/contract';
import type { CapabilityValue, Device } from '../../../shared/model';
import { CONTROLLERS, type Planned } from './controllers';
import { discoveryEndpoint, endpointIdOf, traitsOf, type AlexaTraits } from './endpoints';
import { AlexaError, errorResponse, header, toAlexaError, withContext, type NewId } from './messages';
import { propertiesOf, type TempUnit } from './properties';

export interface AlexaHandlerDeps {
  /** The running home's devices exposed to Alexa (src/main/assistants/exposure.ts). */
  exposed(): Device[];
  /** A room's name by its id. */
  roomName(areaId: string): string | null;
  /** A device as it is now (its state after a command). */
  device(id: string): Device | undefined;
  /** Sends one command through the core's normal path; rejects with a HearthError. */
  command(deviceId: string, capabilityId: string, value: CapabilityValue): Promise<void>;
  /** Waits (briefly) for the device to confirm a value sent to it. */
  confirmed(deviceId: string, capabilityId: string): Promise<unknown>;
  /** The home's temperature unit (Settings → Home). */
  unit(): TempUnit;
  now(): number;
  newId: NewId;
  /** Told before each command Alexa asked for, so change reports leave out what the Response already says; answers the way to take that back. */
  commanding?(deviceId: string, capabilityId: string, value: CapabilityValue): () => void;
}

interface Found {
  device: Device;
  traits: AlexaTraits;
}

export class AlexaHandler {
  readonly #d: AlexaHandlerDeps;

  constructor(deps: AlexaHandlerDeps) {
    this.#d = deps;
  }

  /** Answers one directive; never throws for anything Alexa or the device did (those are ErrorResponses). */
  async handle(message: AlexaDirectiveMessage): Promise<AlexaEventMessage> {
    const { header: h, endpoint, payload } = message.directive;
    try {
      if (h.payloadVersion !== '3') throw new AlexaError('INVALID_DIRECTIVE', `Hearth speaks payload version 3 of the Smart Home Skill API, not ${h.payloadVersion}.`);
      if (h.namespace === 'Alexa.Discovery') {
        if (h.name !== 'Discover') throw new AlexaError('INVALID_DIRECTIVE', `Hearth does not handle Alexa.Discovery.${h.name}.`);
        return this.#discover();
      }
      const found = this.#find(endpoint);
      if (h.namespace === 'Alexa' && h.name === 'ReportState') {
        this.#reachable(found.device);
        return withContext('Alexa', 'StateReport', h, endpoint, this.#properties(found.device), this.#d.newId);
      }
      const controller = CONTROLLERS[h.namespace];
      if (!controller) throw new AlexaError('INVALID_DIRECTIVE', `Hearth does not handle ${h.namespace}.${h.name}.`);
      const planned = controller(h.name, payload, { ...found, unit: this.#d.unit(), instance: h.instance });
      this.#reachable(found.device);
      await this.#run(found.device, planned);
      return this.#response(h, endpoint, found.device.id);
    } catch (err) {
      return errorResponse(toAlexaError(err), h, endpoint, this.#d.newId);
    }
  }

  #discover(): AlexaEventMessage {
    const endpoints: Record<string, unknown>[] = [];
    for (const d of this.#d.exposed()) {
      const e = discoveryEndpoint(d, d.areaId ? this.#d.roomName(d.areaId) : null);
      if (e) endpoints.push(e);
    }
    return { event: { header: header('Alexa.Discovery', 'Discover.Response', this.#d.newId), payload: { endpoints } } };
  }

  /** The exposed device the endpoint names, with something Alexa can do; else NO_SUCH_ENDPOINT. */
  #find(endpoint: AlexaEndpointRef | undefined): Found {
    if (!endpoint) throw new AlexaError('INVALID_DIRECTIVE', 'This directive names no endpoint.');
    const device = this.#d.exposed().find((d) => endpointIdOf(d.id) === endpoint.endpointId);
    const traits = device ? traitsOf(device) : null;
    if (!device || !traits || Object.keys(traits).length === 0) {
      throw new AlexaError('NO_SUCH_ENDPOINT', 'Hearth has no device by that id exposed to Alexa. It may have been removed, or no longer be exposed to Alexa in Hearth’s settings.');
    }
    return { device, traits };
  }

  #reachable(d: Device): void {
    if (d.health === 'offline') throw new AlexaError('ENDPOINT_UNREACHABLE', `${d.name} is not answering Hearth; check that it has power.`);
  }

  async #run(d: Device, planned: Planned[]): Promise<void> {
    for (const p of planned) {
      const undo = this.#d.commanding?.(d.id, p.capabilityId, p.value);
      try {
        await this.#d.command(d.id, p.capabilityId, p.value);
      } catch (err) {
        undo?.();
        throw err;
      }
    }
    await Promise.all(planned.map((p) => this.#d.confirmed(d.id, p.capabilityId)));
  }

  #properties(d: Device) {
    return propertiesOf(d, traitsOf(d), { unit: this.#d.unit(), now: this.#d.now() });
  }

  #response(h: AlexaHeader, endpoint: AlexaEndpointRef | undefined, id: string): AlexaEventMessage {
    const now = this.#d.device(id);
    if (!now) throw new AlexaError('NO_SUCH_ENDPOINT', 'The device was removed while Hearth was changing it.');
    return withContext('Alexa', 'Response', h, endpoint, this.#properties(now), this.#d.newId);
  }
}
