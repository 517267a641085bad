// The simulated world around the stick: every device (in the network or still in its box), the stick's
// network table, which device's button was just pressed (to join or leave), and which devices broke.
import { type SecurityClass, MockNode, type MockController, type MockNodeBehavior, type NodePendingInclusion, createDefaultMockNodeBehaviors } from './zwavejs';
import type { SimContext } from './behaviors';
import { FirmwareSim } from './firmware';
import { nodeBehaviors, nodeCapabilities } from './nodes';
import { deviceKeyPair, noteGrantedKeys, repeatKexEcho, SECURITY_CLASS } from './security';
import { productOf, type SimNodeSpec, type SimSecurityClass, type SimSpareSpec } from './spec';
import type { StateFile } from './state-file';

export interface SimDevice {
  key: string;
  spec: SimNodeSpec | SimSpareSpec;
  ctx: SimContext;
  node: MockNode | null;
  failed: boolean;
  /** S2 devices: their own key pair (its public key is the DSK on the label). */
  keyPair?: MockNode['ecdhKeyPair'];
  firmware: FirmwareSim;
}

const MAX_NODE_ID = 232;

export class SimWorld {
  readonly devices: SimDevice[];
  readonly #controller: MockController;
  readonly #store: StateFile;
  #pressed: SimDevice | undefined;
  /** How many more operations (join/leave) the pressed device takes part in. */
  #presses = 0;
  /** Demo: a spare joins whenever inclusion starts, like a user pressing its button. */
  readonly autoJoinSpares: boolean;
  /** Called whenever the network table changes (the stick's NVM image is then out of date). */
  onTableChanged: () => void = () => undefined;

  constructor(controller: MockController, store: StateFile, specs: Array<SimNodeSpec | SimSpareSpec>, autoJoinSpares: boolean) {
    this.#controller = controller;
    this.#store = store;
    this.autoJoinSpares = autoJoinSpares;
    this.devices = specs.map((spec) => {
      const key = keyOf(spec);
      const ctx = { state: store.get(key), changed: () => store.save() };
      return { key, spec, ctx, node: null, failed: false, firmware: new FirmwareSim(productOf(spec), ctx, spec.firmwareFragmentDelayMs) };
    });
  }

  get table() {
    return this.#store.network;
  }

  /** Creates the mock nodes of every device in the network table. */
  async start(): Promise<void> {
    for (const d of this.devices) {
      if (d.spec.security?.some((c) => c.startsWith('S2_'))) d.keyPair ??= await deviceKeyPair(d.key);
    }
    for (const [id, key] of Object.entries(this.table.nodes)) {
      const device = this.device(key);
      if (!device) continue;
      const node = await MockNode.create({
        id: Number(id),
        controller: this.#controller,
        ...nodeCapabilities(device.spec, device.ctx.state.firmware, this.table.granted[key] ?? device.spec.security ?? []),
      });
      node.defineBehavior(...createDefaultMockNodeBehaviors());
      this.#adopt(device, node);
      this.#controller.addNode(node);
    }
  }

  device(keyOrId: string | number): SimDevice | undefined {
    if (typeof keyOrId === 'number') {
      const key = this.table.nodes[String(keyOrId)];
      return key === undefined ? undefined : this.devices.find((d) => d.key === key);
    }
    return this.devices.find((d) => d.key === keyOrId);
  }

  nodeIdOf(device: SimDevice): number | undefined {
    const entry = Object.entries(this.table.nodes).find(([, key]) => key === device.key);
    return entry ? Number(entry[0]) : undefined;
  }

  /** Included devices by node id (failed ones too: the stick still lists them). */
  includedIds(): number[] {
    return Object.keys(this.table.nodes).map(Number).sort((a, b) => a - b);
  }

  /** Puts a device into learn mode: the next inclusion, exclusion or replacement takes it (`times`: the next few, like a user pressing again). */
  press(keyOrId: string | number, times = 1): void {
    const d = this.device(keyOrId);
    if (!d) throw new Error(`no simulated device ${keyOrId}`);
    this.#pressed = d;
    this.#presses = times;
  }

  #release(): void {
    if (--this.#presses <= 0) this.#pressed = undefined;
  }

  /** The device that joins now: the one whose button was pressed, else (demo) the next spare in its box. */
  takeJoining(): SimDevice | undefined {
    const pressed = this.#pressed;
    if (pressed && this.nodeIdOf(pressed) === undefined && !pressed.failed) {
      this.#release();
      return pressed;
    }
    if (!this.autoJoinSpares) return undefined;
    return this.devices.find((d) => 'key' in d.spec && !d.spec.smartStart && this.nodeIdOf(d) === undefined && !d.failed);
  }

  /** The device that leaves now: the one whose button was pressed, else (demo) the spare that joined last. */
  takeLeaving(): SimDevice | undefined {
    const pressed = this.#pressed;
    if (pressed && this.nodeIdOf(pressed) !== undefined) {
      this.#release();
      return pressed;
    }
    if (!this.autoJoinSpares) return undefined;
    const joined = this.devices.filter((d) => 'key' in d.spec && this.nodeIdOf(d) !== undefined);
    return joined.sort((a, b) => this.nodeIdOf(b)! - this.nodeIdOf(a)!)[0];
  }

  /** SmartStart devices that are powered and not in a network: they keep announcing themselves. */
  smartStartCandidates(): SimDevice[] {
    return this.devices.filter((d) => d.spec.smartStart && this.nodeIdOf(d) === undefined && !d.failed);
  }

  nextNodeId(): number {
    const used = new Set(this.includedIds());
    for (let i = 1; i <= MAX_NODE_ID; i++) {
      const id = ((this.table.lastNodeId + i - 2) % (MAX_NODE_ID - 1)) + 2;
      if (!used.has(id)) return id;
    }
    throw new Error('the simulated network is full');
  }

  /** What the mock controller needs to include `device` as node `id` (see MockController.nodePendingInclusion). */
  pendingInclusion(device: SimDevice, id: number): NodePendingInclusion {
    return {
      id,
      ...nodeCapabilities(device.spec, device.ctx.state.firmware),
      setup: (node) => {
        this.#adopt(device, node);
        this.table.nodes[String(id)] = device.key;
        this.table.members[device.key] = id;
        this.table.lastNodeId = id;
        // What it holds is known once the security bootstrap has run (see #adopt).
        this.table.granted[device.key] = [];
        this.#changed();
      },
    };
  }

  /** A replacement takes the failed node's id; the broken device is gone from the network. */
  async replace(failedId: number, device: SimDevice): Promise<MockNode> {
    const old = this.device(failedId);
    const oldNode = this.#controller.nodes.get(failedId);
    if (oldNode) this.#controller.removeNode(oldNode);
    if (old) {
      old.node = null;
      delete this.table.granted[old.key];
    }
    const node = await MockNode.create({ id: failedId, controller: this.#controller, ...nodeCapabilities(device.spec, device.ctx.state.firmware) });
    node.defineBehavior(...createDefaultMockNodeBehaviors());
    this.#adopt(device, node);
    this.table.nodes[String(failedId)] = device.key;
    this.table.members[device.key] = failedId;
    this.table.granted[device.key] = [];
    this.#controller.addNode(node);
    this.#changed();
    return node;
  }

  /**
   * The stick dropped node `id`: excluded (the device forgets its network too) or removed as failed (a
   * broken device does not hear it).
   */
  forget(id: number, how: 'excluded' | 'removedFailed'): void {
    const device = this.device(id);
    const node = this.#controller.nodes.get(id);
    if (node) this.#controller.removeNode(node);
    delete this.table.nodes[String(id)];
    if (device) {
      device.node = null;
      delete this.table.granted[device.key];
      if (how === 'excluded') delete this.table.members[device.key];
    }
    this.#changed();
  }

  /**
   * Sets the network table from a restored NVM: the stick now lists `ids`; a device answers to an id if it
   * still believes it has it. Ids no device answers to stay in the list as dead nodes.
   */
  async restoreTable(homeId: number, ids: number[]): Promise<void> {
    for (const node of [...this.#controller.nodes.values()]) this.#controller.removeNode(node);
    for (const d of this.devices) d.node = null;
    const sameNetwork = homeId === this.table.homeId;
    this.table.homeId = homeId;
    this.table.nodes = {};
    for (const id of ids) {
      const key = sameNetwork ? Object.keys(this.table.members).find((k) => this.table.members[k] === id) : undefined;
      if (key !== undefined) this.table.nodes[String(id)] = key;
    }
    this.table.lastNodeId = Math.max(1, ...ids);
    await this.start();
    for (const id of ids.filter((i) => !this.table.nodes[String(i)])) {
      const ghost = await MockNode.create({ id, controller: this.#controller });
      ghost.autoAckControllerFrames = false;
      this.#controller.addNode(ghost);
    }
    this.#changed();
  }

  /** A broken device stops answering (no ACK); the stick still lists it until it is removed or replaced. */
  fail(keyOrId: string | number, failed = true): void {
    const d = this.device(keyOrId);
    if (!d) throw new Error(`no simulated device ${keyOrId}`);
    d.failed = failed;
    if (d.node) d.node.autoAckControllerFrames = !failed;
  }

  #adopt(device: SimDevice, node: MockNode): void {
    device.node = node;
    node.autoAckControllerFrames = !device.failed;
    const behaviors: MockNodeBehavior[] = [...nodeBehaviors(device.spec, device.ctx), device.firmware.behavior()];
    if (device.spec.security?.length) behaviors.push(noteGrantedKeys((classes) => this.#granted(device, classes)));
    if (device.spec.security?.some((c) => c.startsWith('S2_'))) behaviors.push(repeatKexEcho());
    if (device.keyPair) node.ecdhKeyPair = device.keyPair;
    node.defineBehavior(...behaviors);
    // A broken device hears nothing. Defined in a call of its own, after the others, so it runs first (each
    // defineBehavior call puts its behaviours in front of the earlier ones, in the order given).
    node.defineBehavior({ handleCC: () => (device.failed ? { action: 'stop' } : undefined) });
  }

  #granted(device: SimDevice, classes: SecurityClass[]): void {
    const names = Object.entries(SECURITY_CLASS)
      .filter(([, c]) => classes.includes(c))
      .map(([name]) => name as SimSecurityClass);
    this.table.granted[device.key] = names;
    this.#store.save();
  }

  #changed(): void {
    this.#store.save();
    this.onTableChanged();
  }
}

export function keyOf(spec: SimNodeSpec | SimSpareSpec): string {
  return 'key' in spec ? spec.key : String(spec.id);
}
