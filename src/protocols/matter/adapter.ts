// Hearth's Matter controller as an Integration (shared/integration.ts): a matter.js ServerNode with the controller
// behaviour, on loopback only (see environment.ts), whose fabric and device cache live in a caller-supplied folder
// or vault. Matter-only operations (commissioning, multi-admin, network info) are its facets; commissioning
// progress arrives as 'commissioning' stack events in the one stream. Only plain values leave this folder.
import { fanOut, type DeviceDetails, type IntegrationDevice, type IntegrationEvent, type IntegrationFeature, type IntegrationListener, type IntegrationStatus } from '../../shared/integration';
import type { Logger } from '../../shared/logger';
import { HearthError } from '../../shared/errors';
import { commandValueSchema } from '../../shared/model';
import type { CapabilityValue } from '../../shared/model';
import { commission } from './commissioning';
import type { CommissionRequest, StepReport } from './commissioning';
import { closeCommissioningWindow, openCommissioningWindow } from './commissioning-window';
import type { CommissioningWindow } from './commissioning-window';
import { deviceDetails } from './details';
import { DeviceRegistry } from './device-registry';
import { discoverCommissionable } from './discovery';
import type { CommissionableDevice } from './discovery';
import { environmentFor, releaseEnvironment } from './environment';
import { LOOPBACK_SCOPE, type MatterNetworkScope } from './home-network';
import { commissioningError, operationError } from './errors';
import { listFabrics } from './fabrics';
import { LINK_CLUSTERS, MatterLinks, nodeIdOf } from './link-quality';
import { LinkReads } from './link-reads';
import type { FabricList } from './fabrics';
import { actionFor } from './mapping';
import { BasicInformationClient, ChangeNotificationService, ControllerBehavior, NetworkClient, ServerNode, VendorId } from './matterjs';
import type { Environment } from './matterjs';
import { knownTransport, networkInfo } from './network-info';
import type { NetworkInfo } from './network-info';
import { executeAction } from './actions';
import type { CommissioningEvent, MatterConnection, MatterEvent, MatterFacets, MatterIntegration } from './facets';
import { routeMatterLogging } from './logging';
import { CommissioningAsPairing } from './pairing';
import { directoryVault } from './vault';
import type { MatterVault } from './vault';

export interface MatterAdapterOptions {
  /** Hearth's folder for Matter data (fabric keys, certificates, known devices). Used when `vault` is absent. */
  dataDir?: string;
  /** Storage backend, e.g. directoryVault(dir, cipher) to encrypt credentials at rest. */
  vault?: MatterVault;
  /**
   * Which network the controller uses: loopback (the default, and always for the demo home), or the home network
   * interfaces the user chose after agreeing to it.
   */
  network?: MatterNetworkScope;
  /** Controller UDP port (0 or absent: any free port). */
  port?: number;
  /** How Hearth appears in other apps' lists of connected controllers. */
  fabricLabel?: string;
  /** Give up on a device command after this long (default 15 s). */
  commandTimeoutMs?: number;
  /** What the controller talks to, as the radio list shows it. */
  label?: string;
  /** Takes matter.js's warnings and errors from now on (see logging.ts; matter.js has one logger per process). */
  log?: Logger;
  /**
   * How often each online device is asked for its network diagnostics (Wi-Fi or Thread RSSI), which its
   * subscription does not report when they change (link-reads.ts). Default 5 min; 0: never.
   */
  linkReadEveryMs?: number;
}

const CONTROLLER_ID = 'hearth-controller';
let attempts = 0;

const FEATURES: ReadonlySet<IntegrationFeature> = new Set<IntegrationFeature>(['commissioning', 'remove', 'details', 'multiAdmin', 'networkInfo', 'linkQuality']);

export class MatterAdapter implements MatterIntegration {
  readonly protocol = 'matter' as const;
  readonly label: string;
  readonly features = FEATURES;
  readonly facets: MatterIntegration['facets'];
  private readonly vault: MatterVault;
  private readonly listeners = new Set<IntegrationListener<MatterEvent>>();
  private readonly registry = new DeviceRegistry((e) => this.emit(e));
  private readonly links = new MatterLinks();
  private readonly linkReads: LinkReads;
  private controller: ServerNode | undefined;
  private environment: Environment | undefined;
  private current: IntegrationStatus = { state: 'stopped' };
  private unobserve: (() => void) | undefined;
  /** Commissioning attempts as the generic pairing window. */
  private readonly window = new CommissioningAsPairing((event) => this.emit({ type: 'pairing', event }));

  constructor(private readonly options: MatterAdapterOptions) {
    if (!options.vault && !options.dataDir) throw new Error('MatterAdapter needs a dataDir or a vault');
    this.vault = options.vault ?? directoryVault(options.dataDir!);
    const scope = options.network ?? LOOPBACK_SCOPE;
    this.label =
      options.label ?? (scope.kind === 'loopback' ? 'Matter controller (this computer, loopback only)' : `Matter controller (home network: ${scope.interfaces.join(', ')})`);
    // matter.js has one logger per process: from now on its lines go to this controller's Logger.
    if (options.log) routeMatterLogging(options.log);
    this.linkReads = new LinkReads({
      everyMs: options.linkReadEveryMs ?? 5 * 60_000,
      targets: () => this.registry.tracked().map((t) => ({ nativeId: t.nativeId, node: t.node, online: t.health === 'online' })),
      heard: (nativeId) => this.links.heard(nativeId),
      log: options.log,
    });
    this.facets = {
      remove: { remove: (nativeId, opts) => this.remove(nativeId, opts) },
      details: { details: (nativeId) => this.details(nativeId) },
      commissioning: {
        commission: (request) => this.commission(request),
        discover: (opts) => this.discoverCommissionable(opts),
      },
      multiAdmin: {
        openWindow: (nativeId, seconds) => this.openCommissioningWindow(nativeId, { timeoutSeconds: seconds }),
        closeWindow: (nativeId) => this.closeCommissioningWindow(nativeId),
        fabrics: (nativeId) => this.listFabrics(nativeId),
      },
      network: { info: (nativeId) => this.networkInfo(nativeId) },
      linkQuality: { read: (nativeId) => this.links.read(this.registry.get(nativeId)?.node) },
      connection: { of: (nativeId) => this.connection(nativeId), probe: (nativeId) => this.probe(nativeId) },
      reachability: {
        offlineReason: (nativeId) => {
          const t = this.registry.get(nativeId);
          return t?.health === 'offline' && t.reachability && !t.reachability.online ? t.reachability.reason : null;
        },
      },
    } satisfies MatterFacets;
  }

  async start(): Promise<void> {
    if (this.controller) return;
    this.setStatus({ state: 'starting', detail: 'Opening the Matter controller' });
    let node: ServerNode | undefined;
    const environment = environmentFor(CONTROLLER_ID, this.vault, this.options.network ?? LOOPBACK_SCOPE);
    this.environment = environment;
    try {
      node = await ServerNode.create(ServerNode.RootEndpoint.with(ControllerBehavior), {
        id: CONTROLLER_ID,
        environment,
        network: { port: this.options.port ?? 0 },
        controller: { adminFabricLabel: this.options.fabricLabel ?? 'Hearth' },
        basicInformation: {
          vendorName: 'Hearth',
          vendorId: VendorId(0xfff1),
          productName: 'Hearth',
          productId: 0x8000,
          hardwareVersion: 1,
          softwareVersion: 1,
        },
      });
      const changes = node.env.get(ChangeNotificationService).change;
      const onChange = (c: ChangeNotificationService.Change) => {
        if (c.kind === 'update' && LINK_CLUSTERS.has(c.behavior.id)) this.links.heard(nodeIdOf(c.endpoint));
        if (c.kind === 'update') this.registry.onChange({ endpoint: c.endpoint, cluster: c.behavior.id, properties: c.properties, fromDevice: 'cluster' in c.behavior });
      };
      changes.on(onChange);
      this.unobserve = () => changes.off(onChange);
      await node.start();
      this.controller = node;
      for (const peer of node.peers) {
        if (!peer.lifecycle.isCommissioned) continue;
        // A renewal (renewSubscription) cut short by a crash must not leave a device unsubscribed for good.
        if (peer.stateOf(NetworkClient).autoSubscribe === false) await peer.setStateOf(NetworkClient, { autoSubscribe: true }).catch(() => undefined);
        this.registry.track(peer, { restored: true });
      }
      this.linkReads.start();
      // No device count here: that is the radio list's (it follows the devices as they come and go).
      this.setStatus({ state: 'ready' });
    } catch (err) {
      this.unobserve?.();
      await node?.close().catch(() => undefined);
      await releaseEnvironment(environment);
      const message = `The Matter controller could not start: ${err instanceof Error ? err.message : String(err)}`;
      this.setStatus({ state: 'failed', message, next: 'Restart Hearth. If it keeps failing, create a support bundle.' });
      throw new HearthError('RADIO_UNAVAILABLE', message, 'Restart Hearth. If it keeps failing, create a support bundle.');
    }
  }

  async stop(): Promise<void> {
    const node = this.controller;
    if (!node) return;
    this.controller = undefined;
    this.linkReads.stop();
    this.unobserve?.();
    this.registry.clear();
    try {
      await node.close();
    } finally {
      await releaseEnvironment(this.environment);
      this.setStatus({ state: 'stopped' });
    }
  }

  status(): IntegrationStatus {
    return this.current;
  }

  devices(): IntegrationDevice[] {
    return this.registry.all();
  }

  async command(nativeId: string, capabilityId: string, value: CapabilityValue): Promise<void> {
    const t = this.tracked(nativeId);
    const bound = t.bound.find((b) => b.id === capabilityId);
    if (!bound) throw new HearthError('NOT_FOUND', `This device has no "${capabilityId}".`);
    const parsed = commandValueSchema(bound.capability).safeParse(value);
    if (!parsed.success) {
      throw new HearthError('BAD_REQUEST', `${JSON.stringify(value)} is not a valid value for ${capabilityId}.`);
    }
    const action = actionFor(t.bound, t.endpoints, capabilityId, parsed.data);
    if (!action) throw new HearthError('UNSUPPORTED', `"${capabilityId}" can only be read, not set.`);
    try {
      await executeAction(t.node, action, this.options.commandTimeoutMs ?? 15_000);
      if (this.registry.answered(nativeId)) void this.renewSubscription(nativeId);
    } catch (err) {
      const error = operationError(err, `set ${capabilityId}`);
      if (error.code === 'TIMEOUT' || error.code === 'DEVICE_UNREACHABLE') this.registry.unreachable(nativeId);
      throw error;
    }
  }

  subscribe(listener: IntegrationListener<MatterEvent>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds a device by pairing code or QR payload; resolves with the new device. Progress: 'commissioning' events. */
  async commission(request: CommissionRequest): Promise<IntegrationDevice> {
    const attemptId = request.attemptId ?? `commission-${++attempts}`;
    const report = (r: StepReport & Partial<CommissioningEvent>) =>
      this.emit({ type: 'stack', event: { type: 'commissioning', attemptId, at: Date.now(), ...r } });
    const controller = this.running();
    this.window.begin();
    try {
      const node = await commission(controller, request, report);
      const device = this.registry.track(node);
      report({ step: 'done', message: `Added ${device.suggestedName ?? device.model}`, nativeId: device.nativeId });
      this.window.added(device.nativeId);
      return device;
    } catch (err) {
      const error = err instanceof HearthError ? err : commissioningError(err, 'interview');
      report({ step: 'failed', message: error.message, error: { code: error.code, message: error.message, ...(error.next ? { next: error.next } : {}) } });
      throw error;
    } finally {
      this.window.end();
    }
  }

  /** Devices in pairing mode on the network (mDNS), for an "Add device" list. */
  async discoverCommissionable(options: { timeoutMs?: number } = {}): Promise<CommissionableDevice[]> {
    try {
      return await discoverCommissionable(this.running(), options.timeoutMs);
    } catch (err) {
      throw operationError(err, 'look for devices in pairing mode');
    }
  }

  /** Opens a window for another Matter app or hub to add this device (multi-admin); returns the new codes. */
  async openCommissioningWindow(nativeId: string, options: { timeoutSeconds?: number } = {}): Promise<CommissioningWindow> {
    const t = this.tracked(nativeId);
    try {
      return await openCommissioningWindow(t.node, options.timeoutSeconds);
    } catch (err) {
      throw operationError(err, 'open a pairing window');
    }
  }

  /** Closes the device's pairing window again (another app can no longer join with the code). */
  async closeCommissioningWindow(nativeId: string): Promise<void> {
    const t = this.tracked(nativeId);
    try {
      await closeCommissioningWindow(t.node);
    } catch (err) {
      throw operationError(err, 'close the pairing window');
    }
  }

  /** The Matter fabrics (apps and hubs) the device is part of, read from the device. */
  async listFabrics(nativeId: string): Promise<FabricList> {
    const t = this.tracked(nativeId);
    try {
      return await listFabrics(t.node);
    } catch (err) {
      throw operationError(err, 'read the list of connected apps');
    }
  }

  /**
   * Removes Hearth's fabric from the device and forgets it. With `force`, a device that cannot be reached is
   * forgotten anyway (it then still lists Hearth until it is factory-reset).
   */
  async remove(nativeId: string, options: { force?: boolean } = {}): Promise<void> {
    const t = this.tracked(nativeId);
    try {
      await t.node.decommission();
    } catch (err) {
      if (!options.force) throw operationError(err, 'remove the device');
      await t.node.delete();
    }
    this.registry.untrack(nativeId);
    this.links.forget(nativeId);
  }

  /** Node id, endpoints and clusters, capabilities, power source: for "Device details". */
  async details(nativeId: string): Promise<DeviceDetails> {
    return deviceDetails(this.tracked(nativeId));
  }

  /** Thread / Wi-Fi / Ethernet and the diagnostics the device exposes. */
  async networkInfo(nativeId: string): Promise<NetworkInfo> {
    const t = this.tracked(nativeId);
    try {
      return await networkInfo(t.node);
    } catch (err) {
      throw operationError(err, 'read network diagnostics');
    }
  }

  /** Transport, fabric count and the last reachability change, from what Hearth already knows (no traffic). */
  connection(nativeId: string): MatterConnection | null {
    const t = this.registry.get(nativeId);
    if (!t) return null;
    let fabrics: number | null = null;
    try {
      const n = (t.node.state as unknown as { operationalCredentials?: { commissionedFabrics?: unknown } }).operationalCredentials?.commissionedFabrics;
      fabrics = typeof n === 'number' ? n : null;
    } catch {
      fabrics = null; // the node is closing
    }
    return { transport: knownTransport(t.node), fabrics, reachability: t.reachability && { ...t.reachability }, subscribed: t.subscribed, lastHeard: t.lastSeen };
  }

  /** Reads one small attribute from the device (not from Hearth's copy); an offline device that answers is back. */
  async probe(nativeId: string): Promise<boolean> {
    const t = this.registry.get(nativeId);
    if (!t || !this.controller) return false;
    try {
      await t.node.getStateOf(BasicInformationClient, ['softwareVersion'], { includeKnownVersions: true });
    } catch {
      return false;
    }
    if (this.registry.answered(nativeId)) void this.renewSubscription(nativeId);
    return true;
  }

  /**
   * An offline device answered: subscribe to it again now. matter.js would otherwise renew the subscription only at
   * its next retry (15 s, doubling up to an hour while the device was away), and until then its reports are lost.
   */
  private async renewSubscription(nativeId: string): Promise<void> {
    const t = this.registry.get(nativeId);
    if (!t || t.renewing) return;
    t.renewing = true;
    try {
      await t.node.setStateOf(NetworkClient, { autoSubscribe: false });
    } catch (err) {
      this.options.log?.warn(`Matter: could not renew the subscription to device ${nativeId}`, err instanceof Error ? err.message : String(err));
    } finally {
      // Always back on, whatever happened above: a device left without its subscription would never report again.
      await t.node.setStateOf(NetworkClient, { autoSubscribe: true }).catch(() => undefined);
      t.renewing = false;
    }
  }

  private running(): ServerNode {
    if (!this.controller) {
      throw new HearthError('RADIO_UNAVAILABLE', 'The Matter controller is not running.', 'Start it in Settings → Radios.');
    }
    return this.controller;
  }

  private tracked(nativeId: string) {
    this.running();
    const t = this.registry.get(nativeId);
    if (!t) throw new HearthError('NOT_FOUND', 'There is no such Matter device.', 'Refresh the device list.');
    return t;
  }

  private setStatus(status: IntegrationStatus) {
    this.current = status;
    this.emit({ type: 'status', status });
  }

  private emit(event: IntegrationEvent<MatterEvent>) {
    // one failing listener must not break the others
    fanOut(this.listeners, event);
  }
}
