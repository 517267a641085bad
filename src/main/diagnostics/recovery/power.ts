// Low-power mode: on a laptop running on battery, Hearth polls health less often, batches history writes
// (the state writer flushes every few seconds instead of 200 ms) and the window turns animations off; on mains
// everything is back to normal. Where the power state comes from is behind one interface: Electron's
// powerMonitor (main.ts), Linux's /sys/class/power_supply in hub mode (read bounded: a few small files), or a
// fake in tests.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../../shared/logger';

export interface PowerSource {
  /** True while the computer runs on its battery. */
  onBattery(): boolean;
  /** Called when that changes; returns the unsubscribe function. */
  subscribe(fn: (onBattery: boolean) => void): () => void;
  stop?(): void;
}

/** For tests (and a host that knows nothing): mains until told otherwise. */
export class FakePowerSource implements PowerSource {
  #battery = false;
  readonly #listeners = new Set<(onBattery: boolean) => void>();

  onBattery(): boolean {
    return this.#battery;
  }

  set(onBattery: boolean): void {
    if (onBattery === this.#battery) return;
    this.#battery = onBattery;
    for (const l of [...this.#listeners]) l(onBattery);
  }

  subscribe(fn: (onBattery: boolean) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }
}

/** The part of Electron's powerMonitor used here. */
export interface PowerMonitorLike {
  isOnBatteryPower(): boolean;
  on(event: 'on-battery' | 'on-ac', fn: () => void): unknown;
  removeListener(event: 'on-battery' | 'on-ac', fn: () => void): unknown;
}

export function electronPowerSource(pm: PowerMonitorLike): PowerSource {
  return {
    onBattery: () => pm.isOnBatteryPower(),
    subscribe(fn) {
      const battery = () => fn(true);
      const ac = () => fn(false);
      pm.on('on-battery', battery);
      pm.on('on-ac', ac);
      return () => {
        pm.removeListener('on-battery', battery);
        pm.removeListener('on-ac', ac);
      };
    },
  };
}

const MAX_SUPPLIES = 16;
const MAX_BYTES = 64;

/** The first 64 bytes of a file (sysfs attributes are one short line), never more. */
function readSmall(file: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(MAX_BYTES);
    const n = readSync(fd, buf, 0, MAX_BYTES, 0);
    return buf.subarray(0, n).toString('utf8').trim();
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Reads /sys/class/power_supply (or `dir`): on battery when a battery reports "Discharging" and no mains/USB
 * supply is online. A computer without a battery (a hub, a desktop) is never on battery. At most 16 supplies
 * and 64 bytes per file are read, so a strange sysfs cannot make this expensive.
 */
export function readLinuxOnBattery(dir = '/sys/class/power_supply'): boolean {
  let names: string[];
  try {
    names = readdirSync(dir).slice(0, MAX_SUPPLIES);
  } catch {
    return false;
  }
  let discharging = false;
  let mainsOnline = false;
  for (const name of names) {
    const type = readSmall(join(dir, name, 'type'));
    if (type === 'Battery') {
      if (readSmall(join(dir, name, 'status')) === 'Discharging') discharging = true;
    } else if (type === 'Mains' || type?.startsWith('USB')) {
      if (readSmall(join(dir, name, 'online')) === '1') mainsOnline = true;
    }
  }
  return discharging && !mainsOnline;
}

/** Polls sysfs (Linux has no event here without udev); the timer does not keep the process alive. */
export function linuxPowerSource(opts: { dir?: string; everyMs?: number } = {}): PowerSource {
  const listeners = new Set<(onBattery: boolean) => void>();
  let last = readLinuxOnBattery(opts.dir);
  const timer = setInterval(() => {
    const now = readLinuxOnBattery(opts.dir);
    if (now === last) return;
    last = now;
    for (const l of [...listeners]) l(now);
  }, opts.everyMs ?? 30_000);
  timer.unref();
  return {
    onBattery: () => last,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    stop: () => clearInterval(timer),
  };
}

export interface PowerModeDeps {
  source: PowerSource;
  log: Logger;
  /** Applies the mode: called at start and on every change. */
  apply: (lowPower: boolean) => void;
}

/** Low-power mode follows the power source; `apply` slows what runs on a timer, the event tells the window. */
export class PowerMode {
  readonly #d: PowerModeDeps;
  #low: boolean;
  readonly #off: () => void;

  constructor(deps: PowerModeDeps) {
    this.#d = deps;
    this.#low = deps.source.onBattery();
    deps.apply(this.#low);
    this.#off = deps.source.subscribe((battery) => this.#set(battery));
  }

  get lowPower(): boolean {
    return this.#low;
  }

  #set(low: boolean): void {
    if (low === this.#low) return;
    this.#low = low;
    this.#d.log.info(low ? 'on battery: low-power mode (slower health polling, batched history writes)' : 'on mains: normal mode');
    this.#d.apply(low);
  }

  stop(): void {
    this.#off();
    this.#d.source.stop?.();
  }
}

/** How often the state writer flushes in each mode (ms). */
export const FLUSH_MS = { normal: 200, lowPower: 5_000 } as const;
/** How often health is sampled in each mode (ms). */
export const HEALTH_EVERY_MS = { normal: 10_000, lowPower: 60_000 } as const;
