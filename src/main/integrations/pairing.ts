// Adding devices, for every integration: opens/closes the network where it has a pairing facet, follows each
// joining device through the 'pairing' events of its stream, and puts that on the bus as pairing.window /
// pairing.progress (Matter's commissioning reports through the same events).
import type { AnyIntegration, PairingEvent, PairingFacet } from '../../shared/integration';
import type { PairingDevice, PairingStatus } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Protocol } from '../../shared/model';
import type { EventBus } from '../bus';
import { deviceId } from '../services/devices';

interface Session {
  adapter: AnyIntegration;
  open: boolean;
  endsAt: number | null;
  devices: Map<string, PairingDevice>;
}

export class PairingService {
  readonly #sessions = new Map<Protocol, Session>();
  readonly #unsubscribe: Array<() => void> = [];
  readonly #bus: EventBus;
  readonly #now: () => number;
  readonly #name: (protocol: Protocol) => string;

  constructor(deps: { bus: EventBus; now?: () => number; name: (protocol: Protocol) => string }) {
    this.#bus = deps.bus;
    this.#now = deps.now ?? Date.now;
    this.#name = deps.name;
  }

  attach(adapter: AnyIntegration): void {
    const session: Session = { adapter, open: false, endsAt: null, devices: new Map() };
    this.#sessions.set(adapter.protocol, session);
    this.#unsubscribe.push(adapter.subscribe((e) => e.type === 'pairing' && this.#onEvent(session, e.event)));
  }

  detachAll(): void {
    for (const u of this.#unsubscribe.splice(0)) u();
    this.#sessions.clear();
  }

  supports(protocol: Protocol): boolean {
    return this.#sessions.get(protocol)?.adapter.facets.pairing !== undefined;
  }

  status(protocol: Protocol): PairingStatus {
    const s = this.#session(protocol);
    const open = s.open && (s.endsAt === null || s.endsAt > this.#now());
    return { protocol, open, endsAt: open ? s.endsAt : null, devices: [...s.devices.values()].sort((a, b) => a.steps[0]!.at - b.steps[0]!.at) };
  }

  /** Opens the network for `seconds`; the list of joining devices starts empty. */
  async start(protocol: Protocol, seconds: number): Promise<PairingStatus> {
    const s = this.#ready(protocol);
    s.devices.clear();
    await this.#facet(s).open(seconds);
    // The radio confirms with a window event; until then the request itself is the confirmation.
    if (!s.open) this.#setWindow(s, true, this.#now() + seconds * 1000);
    return this.status(protocol);
  }

  async stop(protocol: Protocol): Promise<PairingStatus> {
    const s = this.#ready(protocol);
    await this.#facet(s).close();
    if (s.open) this.#setWindow(s, false, null);
    return this.status(protocol);
  }

  async retry(protocol: Protocol, nativeId: string): Promise<void> {
    await this.#facet(this.#ready(protocol)).retry(nativeId);
  }

  #facet(s: Session): PairingFacet {
    const facet = s.adapter.facets.pairing;
    if (!facet) throw new HearthError('UNSUPPORTED', `The ${this.#name(s.adapter.protocol)} radio adds devices another way.`, 'Use its own way of adding devices under Devices → Add device.');
    return facet;
  }

  #session(protocol: Protocol): Session {
    const s = this.#sessions.get(protocol);
    if (!s) throw new HearthError('UNSUPPORTED', `There is no ${this.#name(protocol)} radio that can add devices.`, 'Plug in a stick for it and set it up in Settings → Radios.');
    return s;
  }

  #ready(protocol: Protocol): Session {
    const s = this.#session(protocol);
    if (s.adapter.status().state !== 'ready') {
      throw new HearthError('RADIO_UNAVAILABLE', `The ${this.#name(protocol)} radio is not ready.`, 'Wait until it has started, or check it under Radios.');
    }
    return s;
  }

  #setWindow(s: Session, open: boolean, endsAt: number | null): void {
    s.open = open;
    s.endsAt = endsAt;
    this.#bus.emit('pairing.window', { protocol: s.adapter.protocol, open, endsAt });
  }

  #onEvent(s: Session, e: PairingEvent): void {
    if (e.type === 'window') return this.#setWindow(s, e.open, e.endsAt);
    const protocol = s.adapter.protocol;
    const at = this.#now();
    const prev = s.devices.get(e.nativeId);
    const steps = e.step === 'joined' || !prev ? [{ step: e.step, at }] : [...prev.steps, { step: e.step, at }];
    const device: PairingDevice = { protocol, deviceId: deviceId(protocol, e.nativeId), nativeId: e.nativeId, step: e.step, canRetry: e.canRetry, steps, at };
    const message = e.message ?? (e.step === 'ready' && prev?.step === 'configuring' ? prev.message : undefined);
    if (message) device.message = message;
    s.devices.set(e.nativeId, device);
    this.#bus.emit('pairing.progress', device);
  }
}
