// Periodic reads of each device's network diagnostics. A subscription does not carry every change of them: the
// RSSI of Wi-Fi and of Thread neighbours is "changes omitted" in the Matter specification (a device reports it
// only when asked), so without asking, Hearth would keep the value heard at connection time forever. Every
// `everyMs` (5 min by default) each commissioned device that is online is asked for the few attributes
// link-quality.ts needs, spread evenly over the period (one device at a time, never two reads of one device at
// once). Offline devices are skipped (a read could only time out); failures are logged, never thrown.
import type { Logger } from '../../shared/logger';
import type { ClientNode } from './matterjs';

/** The attributes linkOf() reads, per root-endpoint diagnostics cluster. Ethernet: none (wired has no signal). */
export const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  wiFiNetworkDiagnostics: ['rssi', 'channelNumber'],
  threadNetworkDiagnostics: ['routingRole', 'channel', 'neighborTable'],
};

/**
 * Asks the device for its link attributes; matter.js puts the answer into the node's state (the same copy the
 * subscription keeps). Resolves false when the device has no radio link to ask about (Ethernet, or none).
 */
export async function readLink(node: ClientNode): Promise<boolean> {
  let asked = false;
  for (const [cluster, attributes] of Object.entries(LINK_ATTRIBUTES)) {
    if (!(cluster in node.behaviors.supported)) continue;
    // includeKnownVersions: these attributes may change without the cluster's data version moving on (their
    // changes are omitted from reports), so a version-filtered read could answer "nothing new".
    await node.getStateOf(cluster, attributes, { includeKnownVersions: true });
    asked = true;
  }
  return asked;
}

export interface LinkReadTarget {
  nativeId: string;
  node: ClientNode;
  /** Whether the device is reachable now (its subscription is up); offline devices are not asked. */
  online: boolean;
}

export interface LinkReadsOptions {
  /** Each device is read once per this period (ms); 0 or less: never. */
  everyMs: number;
  /** The commissioned devices now. */
  targets: () => LinkReadTarget[];
  /** A device answered: its link measurement is new (even when the values are the same). */
  heard: (nativeId: string) => void;
  log?: Logger | undefined;
  /** How long the round waits for one device before going on to the next (default: min(everyMs, 30 s)). */
  readTimeoutMs?: number;
  /** The read itself (tests replace it); default readLink. */
  read?: (node: ClientNode) => Promise<boolean>;
}

export class LinkReads {
  readonly #o: LinkReadsOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  /** Devices still to read in this round, and the time between two of them. */
  #round: string[] = [];
  #gap = 0;
  /** Reads not settled yet (a slow device is not asked again until its last read ends). */
  readonly #inFlight = new Set<string>();
  /** Devices whose last read failed (logged once until one succeeds). */
  readonly #failing = new Set<string>();

  constructor(options: LinkReadsOptions) {
    this.#o = options;
  }

  start(): void {
    if (this.#running || !(this.#o.everyMs > 0)) return;
    this.#running = true;
    // The subscription brought each device's values when it connected: the first round starts one period later.
    this.#later(this.#o.everyMs);
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#round = [];
    this.#failing.clear();
  }

  #later(ms: number): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => void this.#next(), Math.max(1, ms));
    this.#timer.unref?.();
  }

  async #next(): Promise<void> {
    if (!this.#running) return;
    if (this.#round.length === 0) {
      this.#round = this.#o.targets().map((t) => t.nativeId);
      if (this.#round.length === 0) return this.#later(this.#o.everyMs);
      // Staggered: the round's reads spread evenly over the period.
      this.#gap = this.#o.everyMs / this.#round.length;
    }
    const nativeId = this.#round.shift()!;
    const started = Date.now();
    const target = this.#o.targets().find((t) => t.nativeId === nativeId);
    if (target?.online && !this.#inFlight.has(nativeId)) await this.#readOne(target);
    this.#later(this.#gap - (Date.now() - started));
  }

  /** Reads one device; waits at most the read timeout (the read itself goes on, and blocks that device only). */
  async #readOne(t: LinkReadTarget): Promise<void> {
    this.#inFlight.add(t.nativeId);
    const read = (this.#o.read ?? readLink)(t.node)
      .then((asked) => {
        if (!this.#running) return;
        this.#failing.delete(t.nativeId);
        if (asked) this.#o.heard(t.nativeId);
      })
      .catch((err: unknown) => {
        if (!this.#running || this.#failing.has(t.nativeId)) return;
        this.#failing.add(t.nativeId);
        this.#o.log?.warn(`Matter: could not read the network diagnostics of device ${t.nativeId}; asked again next round`, err instanceof Error ? err.message : String(err));
      })
      .finally(() => this.#inFlight.delete(t.nativeId));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.#o.readTimeoutMs ?? Math.min(this.#o.everyMs, 30_000));
      timer.unref?.();
    });
    await Promise.race([read, timeout]);
    clearTimeout(timer);
  }
}
