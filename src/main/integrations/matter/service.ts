// Matter on Hearth's side: commissioning attempts (started, followed and cancelled by id, with their steps on the
// bus as matter.commissioning.progress), multi-admin pairing windows, the list of connected apps and network
// info, by Hearth device id. Removal and details go through the integration's generic facets. In the demo home it
// also adds the virtual devices the first time the controller is ready, each in its room.
import type { IntegrationStatus } from '../../../shared/integration';
import type { MatterCommissioningProgress, MatterCommissioningWindow, MatterConnection, MatterFabrics, MatterNetworkInfo, RadioInfo } from '../../../shared/contract';
import { ErrorCode, HearthError } from '../../../shared/errors';
import type { CommissioningEvent, MatterIntegration } from '../../../protocols/matter';
import type { EventBus } from '../../bus';
import type { Logger } from '../../../shared/logger';
import { deviceId, type DeviceService } from '../../services/devices';
import type { StackService } from '../registry';

/** Demo only: adds the home's virtual devices that are not commissioned yet; says where each one belongs. */
export type MatterSeed = () => Promise<Array<{ nativeId: string; area: string }>>;

export interface MatterServiceOptions {
  integration: MatterIntegration;
  bus: EventBus;
  devices: Pick<DeviceService, 'find' | 'locate'>;
  log: Logger;
  /** Puts a device in a room by name (creating the room if needed). */
  placeIn?: (deviceId: string, area: string) => void;
  seed?: MatterSeed;
  /** Demo only: the spare device's pairing code, shown where devices are added. */
  demoPairingCode?: string;
  /** The home network interfaces the running controller uses (empty or absent: loopback only). */
  homeNetwork?: string[];
  /** Demo only: pulls a virtual device's plug or plugs it back in. */
  demoPower?: (nativeId: string, on: boolean) => Promise<void>;
}

let counter = 0;

export class MatterService implements StackService {
  readonly #o: MatterServiceOptions;
  readonly #attempts = new Map<string, AbortController>();
  #unsubscribe: Array<() => void> = [];
  #seeded: Promise<void> | undefined;

  constructor(o: MatterServiceOptions) {
    this.#o = o;
  }

  get integration(): MatterIntegration {
    return this.#o.integration;
  }

  /** Call before the integration starts, so the first ready status is seen. */
  start(): void {
    const { integration, bus } = this.#o;
    const onStatus = (s: IntegrationStatus) => {
      if (s.state === 'ready' && this.#o.seed && !this.#seeded) this.#seeded = this.#seed(this.#o.seed);
    };
    this.#unsubscribe.push(
      integration.subscribe((e) => {
        if (e.type === 'stack' && e.event.type === 'commissioning') bus.emit('matter.commissioning.progress', this.#progress(e.event));
        else if (e.type === 'stack' && e.event.type === 'reachability') {
          const { nativeId, online, reason, at } = e.event;
          bus.emit('matter.device.reachability', { deviceId: deviceId('matter', nativeId), online, reason, at });
        }
        else if (e.type === 'status') onStatus(e.status);
      }),
    );
    onStatus(integration.status());
  }

  /** The home network interfaces the running controller uses (empty: loopback only, as in the demo home). */
  homeNetwork(): string[] {
    return this.#o.homeNetwork ?? [];
  }

  info(): Pick<RadioInfo, 'matter'> {
    return { matter: { demoPairingCode: this.#o.demoPairingCode ?? null } };
  }

  /** The Matter node behind a Hearth device id. */
  nativeId(id: string): string {
    const { protocol, nativeId } = this.#o.devices.locate(id);
    if (protocol !== 'matter') throw new HearthError('UNSUPPORTED', 'This is not a Matter device.');
    return nativeId;
  }

  /** Resolves when the demo's first-run commissioning has finished (at once when there is none). */
  seeded(): Promise<void> {
    return this.#seeded ?? Promise.resolve();
  }

  /** Starts commissioning; the result arrives as progress events. Returns the attempt id. */
  commission(input: { code: string; address?: { ip: string; port?: number }; attemptId?: string }): string {
    const attemptId = input.attemptId ?? `attempt-${Date.now().toString(36)}-${++counter}`;
    if (this.#attempts.has(attemptId)) throw new HearthError('CONFLICT', 'That commissioning attempt is already running.');
    const abort = new AbortController();
    this.#attempts.set(attemptId, abort);
    const request = { code: input.code, attemptId, signal: abort.signal, ...(input.address ? { address: input.address } : {}) };
    void this.#o.integration.facets.commissioning
      .commission(request)
      .catch((err: unknown) => {
        // The failure itself reached the UI as a "failed" progress event with the readable reason.
        if (!(err instanceof HearthError)) this.#o.log.warn('Matter commissioning failed', err);
      })
      .finally(() => this.#attempts.delete(attemptId));
    return attemptId;
  }

  cancel(attemptId: string): void {
    this.#attempts.get(attemptId)?.abort();
  }

  async openWindow(id: string, minutes: number): Promise<MatterCommissioningWindow> {
    const w = await this.#o.integration.facets.multiAdmin.openWindow(this.nativeId(id), minutes * 60);
    return { manualPairingCode: w.manualPairingCode, qrPairingCode: w.qrPairingCode, expiresAt: w.expiresAt };
  }

  closeWindow(id: string): Promise<void> {
    return this.#o.integration.facets.multiAdmin.closeWindow(this.nativeId(id));
  }

  fabrics(id: string): Promise<MatterFabrics> {
    return this.#o.integration.facets.multiAdmin.fabrics(this.nativeId(id));
  }

  network(id: string): Promise<MatterNetworkInfo> {
    return this.#o.integration.facets.network.info(this.nativeId(id));
  }

  connection(id: string): MatterConnection {
    const c = this.#o.integration.facets.connection.of(this.nativeId(id));
    if (!c) throw new HearthError('NOT_FOUND', 'There is no such Matter device.', 'Refresh the device list.');
    return c;
  }

  /** Demo home only: a virtual device loses power (it says so and goes offline) or gets it back. */
  async demoPower(id: string, on: boolean): Promise<void> {
    if (!this.#o.demoPower) throw new HearthError('UNSUPPORTED', 'This only exists in the demo home (virtual devices).', 'Unplug a real device to see what Hearth says.');
    await this.#o.demoPower(this.nativeId(id), on);
  }

  stop(): void {
    for (const a of this.#attempts.values()) a.abort();
    for (const u of this.#unsubscribe.splice(0)) u();
  }

  #progress(e: CommissioningEvent): MatterCommissioningProgress {
    const p: MatterCommissioningProgress = { attemptId: e.attemptId, step: e.step === 'parse' ? 'discover' : e.step, message: e.message, at: e.at };
    if (e.matterStep) p.matterStep = e.matterStep;
    if (e.nativeId) p.deviceId = deviceId('matter', e.nativeId);
    if (e.error) {
      const code = ErrorCode.safeParse(e.error.code);
      p.error = { code: code.success ? code.data : 'INTERNAL', message: e.error.message, ...(e.error.next ? { next: e.error.next } : {}) };
    }
    return p;
  }

  async #seed(seed: MatterSeed): Promise<void> {
    const started = Date.now();
    try {
      const placed = await seed();
      for (const { nativeId, area } of placed) {
        const id = deviceId('matter', nativeId);
        if (this.#o.devices.find(id)) this.#o.placeIn?.(id, area);
      }
      if (placed.length) this.#o.log.info(`demo: added ${placed.length} Matter device(s) in ${Date.now() - started} ms`);
    } catch (err) {
      this.#o.log.warn('demo Matter devices were not all added', err);
    }
  }
}
