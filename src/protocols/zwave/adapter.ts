// Z-Wave through a real zwave-js Driver, as an Integration (shared/integration.ts). The same code serves a USB
// stick (/dev/ttyUSB0, COM3) and the demo home's simulated stick (tcp://127.0.0.1:<port>): only the port string
// differs. zwave-js objects stay in this folder: the facets take native ids and hand out plain values.
import { linkQualityFacet } from './link-quality';
import { Driver, NodeStatus, RemoveNodeReason, type ValueID, type ZWaveNode } from './zwavejs';
import type { InclusionState } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { fanOut, type IntegrationDevice, type IntegrationEvent, type IntegrationFeature, type IntegrationListener, type IntegrationStatus } from '../../shared/integration';
import type { Logger } from '../../shared/logger';
import type { CapabilityValue, DeviceHealth } from '../../shared/model';
import { releaseCacheLocks } from './cache-locks';
import type { ZWaveContext } from './context';
import { nodeDetails, nodeInfo } from './details';
import { hearthTransport } from './log';
import { isDriverFailure, noSuchNode, notRunning, otherNetwork, setValueError, startError, startTimeout, unreachable } from './errors';
import type { ZWaveEvent, ZWaveFacets, ZWaveIntegration } from './facets';
import { firmwareFacet } from './firmware';
import { ZWaveInclusion } from './inclusion';
import { maintenanceFacet, ZWaveMaintenance } from './maintenance';
import { bindingsFor, currentState, sameValueId, type Binding } from './mapping';
import { nvmBackups } from './nvm';
import { ZWavePairing } from './pairing';
import { smartStartFacet } from './smart-start';
import { probe } from '../../shared/timing-probe';

export interface ZWaveAdapterOptions {
  /** Serial port path or tcp://host:port. */
  port: string;
  /** Where zwave-js keeps its network cache (inside Hearth's data folder). */
  cacheDir: string;
  /** Shown to the user ("Aeotec Z-Stick 7 on /dev/ttyUSB0", "Demo home (simulated stick)"). */
  label: string;
  log: Logger;
  /** S0/S2 network keys (16 bytes each); generated and stored encrypted by the caller. */
  securityKeys?: Partial<Record<'S0_Legacy' | 'S2_Unauthenticated' | 'S2_Authenticated' | 'S2_AccessControl', Uint8Array<ArrayBuffer>>>;
  /** zwave-js's own lines (info and above, DSKs removed) into `log`; off when absent or false. */
  stackLog?: boolean;
  startTimeoutMs?: number;
  /** How long stop() waits for the driver to close (default 10 s). */
  stopTimeoutMs?: number;
  /**
   * How often nodes zwave-js marked dead are pinged, so a device that is back is online again without waiting for
   * the next command (ms; default 60 s, 0: never). A device that sends something is marked alive at once anyway.
   */
  deadNodeCheckMs?: number;
}

interface NodeEntry {
  node: ZWaveNode;
  bindings: Binding[];
}

/** What the Z-Wave integration can do (no generic "remove": a working node leaves by exclusion, with its button). */
const FEATURES: ReadonlySet<IntegrationFeature> = new Set<IntegrationFeature>([
  'pairing',
  'details',
  'firmwareUpdate',
  'backups',
  'healthCheck',
  'routes',
  'secureInclusion',
  'smartStart',
  'failedNodes',
  'linkQuality',
]);

export class ZWaveAdapter implements ZWaveIntegration {
  readonly protocol = 'zwave' as const;
  readonly label: string;
  readonly features = FEATURES;
  readonly facets: ZWaveIntegration['facets'];
  #driver: Driver | null = null;
  #status: IntegrationStatus = { state: 'stopped' };
  readonly #listeners = new Set<IntegrationListener<ZWaveEvent>>();
  readonly #nodes = new Map<number, NodeEntry>();
  readonly #opts: ZWaveAdapterOptions;
  #homeId = '';
  #inclusion: ZWaveInclusion | null = null;
  #restarting = false;
  /** Rejects a start in progress (stop() was called). */
  #abortStart: ((err: Error) => void) | null = null;
  #deadCheck: NodeJS.Timeout | null = null;
  #checkingDead = false;
  readonly #pairing: ZWavePairing;
  /** What the feature modules (inclusion, SmartStart, maintenance, firmware, NVM) use; tests in this folder too. */
  readonly ctx: ZWaveContext;
  readonly maintenance: ZWaveMaintenance;

  constructor(opts: ZWaveAdapterOptions) {
    this.#opts = opts;
    this.label = opts.label;
    const ctx: ZWaveContext = {
      log: opts.log,
      driver: () => {
        if (!this.#driver || (this.#status.state !== 'ready' && !this.#restarting)) throw notRunning();
        return this.#driver;
      },
      node: (nodeId) => {
        const node = ctx.driver().controller.nodes.get(nodeId);
        if (!node) throw noSuchNode(nodeId);
        return node;
      },
      nodeIdOf: (nativeId) => {
        const nodeId = this.nodeIdOf(nativeId);
        if (!Number.isInteger(nodeId)) throw otherNetwork();
        return nodeId;
      },
      nativeIdOf: (nodeId) => this.nativeIdOf(nodeId),
    };
    this.ctx = ctx;
    this.maintenance = new ZWaveMaintenance(ctx);
    this.#pairing = new ZWavePairing({
      inclusion: () => this.inclusion,
      nativeIdOf: ctx.nativeIdOf,
      nodeIdOf: ctx.nodeIdOf,
      refresh: (nodeId) => ctx.node(nodeId).refreshInfo(),
      emit: (event) => this.#emit({ type: 'pairing', event }),
    });
    const idle = (): InclusionState => ({ stage: 'idle', operation: 'inclusion', at: Date.now() });
    this.facets = {
      pairing: this.#pairing,
      details: { details: async (nativeId) => nodeDetails(nativeId, ctx.node(ctx.nodeIdOf(nativeId))) },
      firmware: firmwareFacet(ctx),
      backups: nvmBackups(ctx, (work) => this.restartAfter(work)),
      inclusion: {
        state: () => this.#inclusion?.state() ?? idle(),
        exclusionState: () => this.#inclusion?.exclusionState() ?? { stage: 'idle', at: Date.now() },
        start: (strategy) => this.inclusion.start(strategy),
        stop: () => this.inclusion.stop(),
        grant: (classes, clientSideAuth) => this.inclusion.grant(classes, clientSideAuth),
        pin: (pin) => this.inclusion.pin(pin),
        s0Consent: (allow) => this.inclusion.s0Consent(allow),
        replace: (nativeId, strategy) => this.inclusion.replace(ctx.nodeIdOf(nativeId), strategy),
        startExclusion: () => this.inclusion.startExclusion(),
        stopExclusion: () => this.inclusion.stopExclusion(),
      },
      smartStart: smartStartFacet(ctx),
      nodes: {
        status: (nativeId) => nodeInfo(ctx, nativeId, (nodeId) => this.maintenance.isFailed(nodeId)),
        nodeIdOf: ctx.nodeIdOf,
        nativeIdOf: ctx.nativeIdOf,
      },
      maintenance: maintenanceFacet(ctx, this.maintenance),
      linkQuality: linkQualityFacet(ctx),
    } satisfies ZWaveFacets;
  }

  /** Secure inclusion, exclusion and replacement (only while the stick runs). */
  get inclusion(): ZWaveInclusion {
    this.ctx.driver();
    return this.#inclusion!;
  }

  subscribe(listener: IntegrationListener<ZWaveEvent>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  status(): IntegrationStatus {
    return this.#status;
  }

  devices(): IntegrationDevice[] {
    return [...this.#nodes.values()].map((e) => this.#describe(e));
  }

  async start(): Promise<void> {
    this.#setStatus({ state: 'starting', detail: `Opening ${this.#opts.port}` });
    const o = this.#opts;
    const driver = new Driver(o.port, {
      storage: { cacheDir: o.cacheDir, lockDir: this.#lockDir },
      // zwave-js's own transports (console, file) stay off; its lines reach Hearth's log through ours, redacted.
      logConfig: o.stackLog ? { enabled: false, level: 'info', transports: [hearthTransport(o.log)] } : { enabled: false },
      // State shown to the user is what the device reports, never a guess.
      disableOptimisticValueUpdate: true,
      ...(o.securityKeys ? { securityKeys: o.securityKeys } : {}),
      userAgent: { Hearth: '0.1' },
    });
    this.#driver = driver;
    driver.on('error', (err) => {
      o.log.error('zwave driver error', err);
      if (isDriverFailure(err) && !this.#restarting) {
        this.#setStatus({ state: 'failed', message: 'The Z-Wave stick stopped responding.', next: 'Unplug the stick, plug it back in, then restart Hearth.' });
      }
    });
    // Bounded as a whole (opening the port included), and cut short by stop(): a start never hangs.
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(startTimeout(o.port)), o.startTimeoutMs ?? 60_000);
      this.#abortStart = (err) => {
        clearTimeout(timer);
        reject(err);
      };
      driver.once('driver ready', () => {
        clearTimeout(timer);
        resolve();
      });
      // zwave-js reports a failed start as an 'error' event (and destroys the driver).
      driver.on('error', (err) => {
        if (!driver.ready && isDriverFailure(err)) {
          clearTimeout(timer);
          reject(err);
        }
      });
    });
    ready.catch(() => undefined);
    try {
      await Promise.race([driver.start(), ready]);
      await ready;
    } catch (err) {
      this.#abortStart = null;
      // stop() took the driver (and reports 'stopped' itself); otherwise the start failed.
      const stopped = this.#driver !== driver;
      await this.#destroy(driver).catch(() => undefined);
      if (stopped) throw err;
      this.#driver = null;
      const e = startError(err, o.port);
      this.#setStatus({ state: 'failed', message: e.message, ...(e.next ? { next: e.next } : {}) });
      throw e;
    }
    this.#abortStart = null;
    this.#bindController(driver);
    const every = o.deadNodeCheckMs ?? 60_000;
    if (every > 0) {
      this.#deadCheck = setInterval(() => void this.#pingDead(), every);
      this.#deadCheck.unref();
    }
    // zwave-js re-initializes the controller by itself after an NVM restore: bind the new one.
    driver.on('driver ready', () => {
      if (this.#driver === driver) this.#bindController(driver);
    });
  }

  #bindController(driver: Driver): void {
    this.#inclusion?.dispose();
    this.#nodes.clear();
    this.#homeId = (driver.controller.homeId ?? 0).toString(16).padStart(8, '0');
    const inclusion = new ZWaveInclusion(
      this.ctx,
      (state) => {
        this.#pairing.onInclusion(state);
        this.#emitStack({ type: 'inclusion', state, ...this.#named(state) });
      },
      (state) => this.#emitStack({ type: 'exclusion', state, ...this.#named(state) }),
    );
    this.#inclusion = inclusion;
    driver.controller.on('node added', (node) => this.#watch(node));
    driver.controller.on('node removed', (node, reason) => {
      this.#nodes.delete(node.id);
      // A replaced failed node keeps its node id: the new device takes the old one's place (and, in Hearth, its
      // name, room and automations), so it is not reported as gone.
      if (reason === RemoveNodeReason.Replaced) return;
      this.#emit({ type: 'deviceRemoved', nativeId: this.nativeIdOf(node.id) });
    });
    for (const node of driver.controller.nodes.values()) {
      if (!node.isControllerNode) this.#watch(node);
    }
    this.#setStatus({ state: 'ready', detail: `Z-Wave network ${this.#homeId}` });
    inclusion.watchController();
  }

  /** Runs `work` after which zwave-js destroys its driver (an NVM restore does), then starts a new one. */
  async restartAfter<T>(work: () => Promise<T>): Promise<T> {
    this.ctx.driver();
    this.#restarting = true;
    try {
      this.#setStatus({ state: 'starting', detail: 'Writing to the stick' });
      const result = await work();
      // stop() also releases the cache locks the destroyed driver kept (see cache-locks.ts), so the new
      // driver opens the same cache folder at once.
      await this.stop();
      await this.start();
      return result;
    } finally {
      this.#restarting = false;
    }
  }

  /** Pings the nodes marked dead; one that answers is marked alive by zwave-js ('alive' → online). */
  async #pingDead(): Promise<void> {
    if (this.#checkingDead || this.#status.state !== 'ready') return;
    this.#checkingDead = true;
    try {
      for (const { node } of [...this.#nodes.values()]) {
        if (node.ready && node.status === NodeStatus.Dead) await node.ping().catch(() => false);
      }
    } finally {
      this.#checkingDead = false;
    }
  }

  async stop(): Promise<void> {
    if (this.#deadCheck) clearInterval(this.#deadCheck);
    this.#deadCheck = null;
    const d = this.#driver;
    this.#inclusion?.dispose();
    this.#inclusion = null;
    this.#driver = null;
    this.#nodes.clear();
    this.#abortStart?.(new HearthError('RADIO_UNAVAILABLE', 'Hearth is stopping the Z-Wave radio.'));
    this.#abortStart = null;
    if (d) await this.#boundedDestroy(d);
    this.#setStatus({ state: 'stopped' });
  }

  get #lockDir(): string {
    return `${this.#opts.cacheDir}/locks`;
  }

  /** Stopping never hangs on a stick that stopped answering: after `stopTimeoutMs` the driver is left to finish on its own. */
  async #boundedDestroy(driver: Driver): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = this.#opts.stopTimeoutMs ?? 10_000;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), limit);
      timer.unref();
    });
    const done = this.#destroy(driver).then(() => 'done' as const);
    done.catch((err: unknown) => this.#opts.log.warn('zwave: the driver did not close cleanly', err));
    const r = await Promise.race([done.catch(() => 'done' as const), late]);
    clearTimeout(timer);
    if (r === 'late') this.#opts.log.warn(`zwave: the driver had not closed after ${limit} ms; stopping without waiting for it`);
  }

  /** Destroys a driver, then releases the cache locks jsonl-db left held (a later driver needs them). */
  async #destroy(driver: Driver): Promise<void> {
    await driver.destroy();
    const kept = await releaseCacheLocks(this.#lockDir);
    if (kept.length > 0) this.#opts.log.warn('zwave: released cache locks the destroyed driver still held', kept);
  }

  async command(nativeId: string, capabilityId: string, value: CapabilityValue): Promise<void> {
    // A stick that is gone (or still starting) fails the command at once, saying so, instead of timing out per node.
    if (!this.#driver || (this.#status.state !== 'ready' && !this.#restarting)) throw notRunning();
    const entry = this.#nodes.get(this.nodeIdOf(nativeId));
    const binding = entry?.bindings.find((b) => b.capability.id === capabilityId);
    if (!entry || !binding?.write || !binding.toZWave) {
      throw new HearthError('UNSUPPORTED', 'This Z-Wave device cannot do that.');
    }
    probe.current?.mark('stack.call', `${nativeId} ${capabilityId}`);
    const result = await entry.node.setValue(binding.write, binding.toZWave(value)).catch((err: unknown) => {
      throw unreachable(entry.node.id, err);
    });
    const refused = setValueError(result);
    if (refused) throw refused;
  }

  nativeIdOf(nodeId: number): string {
    return `${this.#homeId}-${nodeId}`;
  }

  nodeIdOf(nativeId: string): number {
    const [home, node] = nativeId.split('-');
    return home === this.#homeId ? Number(node) : NaN;
  }

  #named(state: object): { nativeId?: string } {
    return 'nodeId' in state && typeof state.nodeId === 'number' ? { nativeId: this.nativeIdOf(state.nodeId) } : {};
  }

  #emitStack(event: ZWaveEvent): void {
    this.#emit({ type: 'stack', event });
  }

  #watch(node: ZWaveNode): void {
    const entry: NodeEntry = { node, bindings: node.ready ? bindingsFor(node) : [] };
    this.#nodes.set(node.id, entry);
    const refresh = () => {
      entry.bindings = bindingsFor(node);
      this.#emit({ type: 'device', device: this.#describe(entry) });
    };
    node.on('ready', refresh);
    node.on('interview completed', refresh);
    const onValue = (_n: ZWaveNode, args: ValueID & { newValue?: unknown; value?: unknown }) => {
      const at = Date.now();
      for (const b of entry.bindings) {
        if (!sameValueId(b.read, args)) continue;
        probe.current?.mark('stack.report', `${node.id} ${b.capability.id}`);
        this.#emit({ type: 'state', nativeId: this.nativeIdOf(node.id), capabilityId: b.capability.id, value: b.fromZWave(args.newValue ?? args.value), at });
      }
    };
    node.on('value updated', onValue);
    node.on('value added', onValue);
    node.on('value notification', onValue);
    node.on('metadata updated', () => {
      if (node.ready) refresh();
    });
    // While the interview runs the device stays "interviewing"; its 'ready' brings the full description.
    const health = (h: DeviceHealth) => () => {
      if (node.ready) this.#emit({ type: 'health', nativeId: this.nativeIdOf(node.id), health: h });
    };
    node.on('dead', health('offline'));
    node.on('alive', health('online'));
    node.on('wake up', health('online'));
    this.#emit({ type: 'device', device: this.#describe(entry) });
  }

  #describe(e: NodeEntry): IntegrationDevice {
    const n = e.node;
    return {
      nativeId: this.nativeIdOf(n.id),
      suggestedName: n.name ?? null,
      suggestedArea: n.location ?? null,
      manufacturer: n.manufacturer ?? (n.manufacturerId !== undefined ? `Manufacturer 0x${n.manufacturerId.toString(16).padStart(4, '0')}` : ''),
      model: [n.label, n.deviceConfig?.description].filter(Boolean).join(' ') || `Z-Wave node ${n.id}`,
      firmware: n.firmwareVersion ?? null,
      capabilities: e.bindings.map((b) => b.capability),
      state: currentState(n, e.bindings),
      health: !n.ready ? 'interviewing' : n.status === NodeStatus.Dead ? 'offline' : 'online',
    };
  }

  #setStatus(s: IntegrationStatus): void {
    this.#status = s;
    this.#emit({ type: 'status', status: s });
  }

  #emit(e: IntegrationEvent<ZWaveEvent>): void {
    fanOut(this.#listeners, e, (err) => this.#opts.log.error('zwave listener failed', err));
  }
}
