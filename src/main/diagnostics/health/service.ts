// Health for support staff: the system's vital signs, sampled on an interval and sent as 'system.health', and
// each device's health with the reasons it may drop (predict.ts), from the devices, their recorded history and
// the commands the device service sent (commands.ts).
import type { KbArticle } from '../../../shared/kb-articles';
import { statfsSync, statSync } from 'node:fs';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { AdapterState, SystemNotice } from '../../../shared/contract';
import type { Alert, DeviceHealthRow, DeviceLink, LinkSample, RadioHealth, SystemHealth } from '../../../shared/contract/health';
import { PROTOCOL_NAMES } from '../../../shared/model';
import type { Device, Protocol } from '../../../shared/model';
import type { EventBus } from '../../bus';
import type { Db } from '../../storage/db';
import type { Clock, TimerHandle } from '../../time/clock';
import { AlertCenter, type AlertCandidate, type DesktopNotifier } from './alerts';
import type { CommandStats } from './commands';
import { assessRisk, reportInterval, slopePerDay, type Sample } from './predict';

export interface HealthDeps {
  db: Db;
  /** The database file (its size, and its -wal file's). */
  dbFile: string;
  /** The data folder (free space on its disk). */
  dataDir: string;
  bus: EventBus;
  clock: Clock;
  devices: { list(): Device[] };
  radios: () => AdapterState[];
  commands: CommandStats;
  /** Writes queued state values, so history read here is current. */
  flush: () => void;
  /** How often 'system.health' is sent (ms); default 10 s. */
  everyMs?: number;
  /** How often alerts are looked for (ms); default 60 s. */
  alertsEveryMs?: number;
  /**
   * A device's latest link measurement from its integration's linkQuality facet (for stacks that declare it);
   * null when it has none.
   */
  link?: (deviceId: string) => DeviceLink | null;
  /** Why a device is offline in its stack's own words (Matter says why), when the stack says; null otherwise. */
  offlineReason?: (deviceId: string) => string | null;
}

/** Link measurements kept per device (about a week of one every 5 minutes). */
const LINK_SAMPLES = 2016;

const DAY = 86_400_000;
const MB = 1024 * 1024;

export class HealthService {
  readonly #d: HealthDeps;
  readonly #startedAt: number;
  #loop: IntervalHistogram | null = null;
  #timer: TimerHandle | null = null;
  #last: SystemHealth | null = null;
  readonly #failures = new Map<Protocol, { count: number; last: { at: number; message: string } | null; state: AdapterState['state'] }>();
  #off: (() => void) | null = null;
  readonly #history;
  readonly #reports;
  readonly #traces;
  readonly #failing;
  readonly #alerts: AlertCenter;
  #alertsAt = -Infinity;
  #every: number;
  readonly #links = new Map<string, LinkSample[]>();
  /** Trouble the core told the person about (a full disk, a restored database), as alerts until it clears. */
  readonly #noticeAlerts = new Map<string, AlertCandidate>();
  #offNotice: (() => void) | null = null;
  #found: AlertCandidate[] = [];
  #offState: (() => void) | null = null;

  constructor(deps: HealthDeps) {
    this.#d = deps;
    this.#every = deps.everyMs ?? 10_000;
    this.#alerts = new AlertCenter({ db: deps.db, now: () => deps.clock.now(), changed: (alerts) => deps.bus.emit('health.alerts', { alerts }) });
    this.#failing = deps.db.prepare(
      `SELECT t.rule_id AS ruleId, a.name AS name, GROUP_CONCAT(t.result) AS results FROM (
         SELECT rule_id, result, ROW_NUMBER() OVER (PARTITION BY rule_id ORDER BY at DESC) AS n FROM traces
         WHERE at >= ? AND rule_id IS NOT NULL AND result IN ('ran', 'failed')
       ) t JOIN automations a ON a.id = t.rule_id WHERE t.n <= 3 GROUP BY t.rule_id, a.name`,
    );
    this.#startedAt = deps.clock.now();
    this.#history = deps.db.prepare('SELECT at, value FROM state_history WHERE device_id = ? AND capability_id = ? AND at >= ? ORDER BY at, id');
    this.#reports = deps.db.prepare('SELECT DISTINCT at FROM state_history WHERE device_id = ? AND at >= ? ORDER BY at DESC LIMIT 200');
    this.#traces = deps.db.prepare(`SELECT COUNT(*) AS runs, COALESCE(SUM(result = 'failed'), 0) AS failed FROM traces WHERE at >= ? AND result IN ('ran', 'failed')`);
  }

  /** Starts sampling and sending 'system.health' on the interval. */
  start(): void {
    if (this.#loop) return;
    this.#loop = monitorEventLoopDelay({ resolution: 20 });
    this.#loop.enable();
    this.#off = this.#d.bus.on('system.health', 'health', ({ adapters }) => this.#watch(adapters));
    this.#watch(this.#d.radios());
    // Each report is a frame the radio heard: its link measurement is new too.
    this.#offState = this.#d.bus.on('device.state', 'health', ({ deviceId }) => void this.#link(deviceId));
    this.#offNotice = this.#d.bus.on('system.notice', 'health', (n) => this.notice(n));
    this.#schedule();
  }

  stop(): void {
    this.#timer?.cancel();
    this.#timer = null;
    this.#loop?.disable();
    this.#loop = null;
    this.#off?.();
    this.#off = null;
    this.#offState?.();
    this.#offState = null;
    this.#offNotice?.();
    this.#offNotice = null;
  }

  /**
   * A system notice that describes trouble becomes an alert: a full disk (until writing resumes), a database
   * restored from a backup (until dismissed). Start-up notices are passed in here; later ones come on the bus.
   */
  notice(n: SystemNotice): void {
    const message = [n.message, n.next].filter(Boolean).join(' ');
    if (n.kind === 'storage.full') {
      const title = n.message.startsWith('The disk is full') ? 'The disk is full: changes are not being saved' : 'Hearth cannot save changes';
      this.#noticeAlerts.set('storage.full', { id: 'storage.full', kind: 'storage.full', level: 'error', title, message, fix: { label: 'See health', screen: 'diagnostics?tab=health', article: 'disk-full' } });
    } else if (n.kind === 'storage.resumed') {
      this.#noticeAlerts.delete('storage.full');
    } else if (n.kind === 'database.restored') {
      this.#noticeAlerts.set('database.restored', { id: `database.restored:${n.at}`, kind: 'database.restored', level: 'warning', title: 'The database was damaged and restored from a backup', message, fix: { label: 'See health', screen: 'diagnostics?tab=health', article: 'backups-restore' } });
    } else return;
    try {
      this.checkAlerts();
    } catch {
      // Looking at devices needs the database, which may be what is failing: show what is known.
      try {
        this.#alerts.update([...this.#found.filter((a) => a.kind !== 'storage.full' && a.kind !== 'database.restored'), ...this.#noticeAlerts.values()]);
      } catch {
        /* the alert shows on the next check */
      }
    }
  }

  /** The device's latest link measurement, kept as a sample when it is new. */
  #link(deviceId: string): DeviceLink | null {
    let now: DeviceLink | null = null;
    try {
      now = this.#d.link?.(deviceId) ?? null;
    } catch {
      return null; // the device or its radio went away
    }
    if (!now || (now.lqi === null && now.rssi === null)) return now;
    const kept = this.#links.get(deviceId) ?? [];
    const last = kept.at(-1);
    if (!last || now.at > last.at) {
      kept.push({ at: now.at, lqi: now.lqi, rssi: now.rssi });
      const old = this.#d.clock.now() - 7 * DAY;
      while (kept.length > LINK_SAMPLES || (kept[0] && kept[0].at < old)) kept.shift();
      this.#links.set(deviceId, kept);
    }
    return now;
  }

  /** A device's link measurements since Hearth started (the last 7 days at most), oldest first. */
  linkHistory(deviceId: string): LinkSample[] {
    this.#link(deviceId);
    return [...(this.#links.get(deviceId) ?? [])];
  }

  /** Samples every `ms` from now on (low-power mode polls less often); the next sample is `ms` from now. */
  setEvery(ms: number): void {
    if (ms === this.#every) return;
    this.#every = ms;
    if (!this.#timer) return;
    this.#timer.cancel();
    this.#schedule();
  }

  get everyMs(): number {
    return this.#every;
  }

  #schedule(): void {
    this.#timer = this.#d.clock.at(this.#d.clock.now() + this.#every, () => {
      // Link measurements a stack takes on its own (Matter's periodic reads of network diagnostics) come with no
      // report: look for new ones on each interval, so the history and the trend have them.
      for (const d of this.#d.devices.list()) this.#link(d.id);
      const system = this.sample();
      this.#d.bus.emit('system.health', { adapters: this.#d.radios(), system });
      const now = this.#d.clock.now();
      if (now - this.#alertsAt >= (this.#d.alertsEveryMs ?? 60_000)) {
        this.#alertsAt = now;
        this.checkAlerts();
      }
      if (this.#loop) this.#schedule();
    });
  }

  /** Counts each time a radio goes to 'failed' (stick pulled, serial or transport error). */
  #watch(adapters: AdapterState[]): void {
    for (const a of adapters) {
      const f = this.#failures.get(a.protocol) ?? { count: 0, last: null, state: 'stopped' as const };
      if (a.state === 'failed' && f.state !== 'failed') {
        f.count++;
        f.last = { at: this.#d.clock.now(), message: a.message ?? 'The radio stopped working.' };
      }
      f.state = a.state;
      this.#failures.set(a.protocol, f);
    }
  }

  /** The latest sample, or a fresh one. */
  system(): SystemHealth {
    return this.#last ?? this.sample();
  }

  /** Measures now (and restarts the event-loop histogram for the next interval). */
  sample(): SystemHealth {
    const now = this.#d.clock.now();
    const loop = this.#loop;
    const ms = (ns: number) => (Number.isFinite(ns) ? Math.round(ns / 1e4) / 100 : 0);
    const eventLoop = loop && loop.count > 0 ? { p50Ms: ms(loop.percentile(50)), p99Ms: ms(loop.percentile(99)), maxMs: ms(loop.max) } : { p50Ms: 0, p99Ms: 0, maxMs: 0 };
    loop?.reset();
    const mem = process.memoryUsage();
    const size = (f: string) => {
      try {
        return statSync(f).size;
      } catch {
        return 0;
      }
    };
    let disk: SystemHealth['disk'] = null;
    try {
      const s = statfsSync(this.#d.dataDir);
      disk = { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch {
      disk = null;
    }
    const t = this.#traces.get(now - DAY) as { runs: number; failed: number };
    const radios: RadioHealth[] = this.#d.radios().map((a) => {
      const f = this.#failures.get(a.protocol);
      return { protocol: a.protocol, label: a.label, state: a.state, ...(a.message ? { message: a.message } : {}), failures: f?.count ?? 0, lastFailure: f?.last ?? null };
    });
    const problems: string[] = [];
    for (const r of radios) if (r.state === 'failed') problems.push(`${r.label}: ${r.message ?? 'not working'}.`);
    if (disk && disk.freeBytes < 500 * MB) problems.push(`Only ${Math.round(disk.freeBytes / MB)} MB free on the disk of the data folder.`);
    if (eventLoop.p99Ms > 200) problems.push(`Hearth is slow to respond (event loop ${Math.round(eventLoop.p99Ms)} ms late at the 99th percentile).`);
    if (t.failed >= 3) problems.push(`${t.failed} automation runs failed in the last 24 hours.`);
    this.#last = {
      at: now,
      uptimeSeconds: Math.round((now - this.#startedAt) / 1000),
      eventLoop,
      memory: { rssBytes: mem.rss, heapUsedBytes: mem.heapUsed },
      database: { bytes: size(this.#d.dbFile), walBytes: size(`${this.#d.dbFile}-wal`) },
      disk,
      automations: { runs: t.runs, failed: t.failed },
      radios,
      problems,
    };
    return this.#last;
  }

  // ---- Alerts ----

  /** Electron shows new alerts as desktop notifications through this; the hub sets none. */
  setNotifier(n: DesktopNotifier | null): void {
    this.#alerts.setNotifier(n);
  }

  alerts(): Alert[] {
    return this.#alerts.list();
  }

  dismiss(alertId: string): Alert[] {
    return this.#alerts.dismiss(alertId);
  }

  snooze(alertId: string, hours: number): Alert[] {
    return this.#alerts.snooze(alertId, hours);
  }

  /** Looks for problems now (done on each interval) and answers the alerts to show. */
  checkAlerts(): Alert[] {
    const found: AlertCandidate[] = [];
    const devicesFix = (article: KbArticle) => ({ label: 'See device health', screen: 'diagnostics?tab=devices', article });
    for (const r of this.devices()) {
      // Matter devices have no stick: their article is about the home network (Wi-Fi, Thread border router, other apps).
      const offlineArticle: KbArticle = r.protocol === 'matter' ? 'matter-offline' : 'device-offline';
      if (r.health === 'offline') {
        found.push({ id: `device.offline:${r.deviceId}`, kind: 'device.offline', level: 'error', deviceId: r.deviceId, title: `${r.name} is offline`, message: r.risk.reasons[0] ?? 'It does not answer.', fix: devicesFix(offlineArticle) });
        continue;
      }
      if (r.battery !== null && r.battery <= 15) {
        found.push({ id: `battery.low:${r.deviceId}`, kind: 'battery.low', level: 'warning', deviceId: r.deviceId, title: `${r.name}: battery low`, message: `Battery at ${Math.round(r.battery)} %. Replace or charge it soon.`, fix: devicesFix('battery-devices') });
      }
      if (r.risk.level === 'likely') {
        // A weakening link is a radio matter (channels, interference, distance); the rest is about staying online.
        const article: KbArticle = r.risk.reasons.some((x) => x.startsWith('Link getting worse')) ? (r.protocol === 'matter' ? 'matter-offline' : 'zigbee-channels-wifi') : r.risk.reasons.some((x) => x.startsWith('Battery')) ? 'battery-devices' : offlineArticle;
        found.push({ id: `device.predicted:${r.deviceId}`, kind: 'device.predicted', level: 'warning', deviceId: r.deviceId, title: `${r.name} is likely to drop off`, message: r.risk.reasons.join(' '), fix: devicesFix(article) });
      }
    }
    for (const radio of this.#d.radios()) {
      if (radio.state !== 'failed') continue;
      found.push({ id: `radio.down:${radio.protocol}`, kind: 'radio.down', level: 'error', title: `The ${PROTOCOL_NAMES[radio.protocol]} radio is not working`, message: [radio.message, radio.next].filter(Boolean).join(' ') || 'Its devices cannot be reached.', fix: { label: 'Open Radios', screen: 'radios', article: 'stick-not-found' } });
    }
    for (const f of this.#failing.all(this.#d.clock.now() - DAY) as { ruleId: string; name: string; results: string }[]) {
      const results = f.results.split(',');
      if (results.length < 3 || results.some((x) => x !== 'failed')) continue;
      found.push({ id: `automation.failing:${f.ruleId}`, kind: 'automation.failing', level: 'warning', title: `Automation “${f.name}” keeps failing`, message: 'Its last 3 runs failed. Open it to see why each run failed.', fix: { label: 'Open Automations', screen: 'automations', article: 'automation-did-not-run' } });
    }
    found.push(...this.#noticeAlerts.values());
    this.#found = found;
    return this.#alerts.update(found);
  }

  #samples(deviceId: string, capabilityId: string, since: number): Sample[] {
    // Only numbers count: a null (not reported yet) is unknown, never 0.
    return (this.#history.all(deviceId, capabilityId, since) as { at: number; value: string }[])
      .map((r) => ({ at: r.at, value: JSON.parse(r.value) as unknown }))
      .filter((s): s is Sample => typeof s.value === 'number' && Number.isFinite(s.value));
  }

  /** Each device's health, the devices most likely to drop first. */
  devices(): DeviceHealthRow[] {
    this.#d.flush();
    const now = this.#d.clock.now();
    const order = { likely: 0, watch: 1, ok: 2 };
    return this.#d.devices
      .list()
      .map((d) => this.device(d, now))
      .sort((a, b) => order[a.risk.level] - order[b.risk.level] || a.name.localeCompare(b.name));
  }

  /** When the device was last heard from: its own report time, else the newest report kept (7 days) — what Device health shows. */
  lastHeard(d: Device, now = this.#d.clock.now()): number | null {
    if (d.lastSeen !== null) return d.lastSeen;
    const times = (this.#reports.all(d.id, now - 7 * DAY) as { at: number }[]).map((r) => r.at);
    return times.length ? Math.max(...times) : null;
  }

  device(d: Device, now = this.#d.clock.now()): DeviceHealthRow {
    const hasBattery = d.capabilities.some((c) => c.kind === 'battery');
    const battery = hasBattery ? this.#samples(d.id, d.capabilities.find((c) => c.kind === 'battery')!.id, now - 14 * DAY) : [];
    const linkNow = this.#link(d.id);
    const linkSamples = this.#links.get(d.id) ?? [];
    // LQI where the stack gives it (Zigbee), else RSSI in dBm; higher is better either way.
    const linkUnit = linkSamples.some((s) => s.lqi !== null) ? 'LQI' : 'dBm';
    const link = linkSamples
      .map((s) => ({ at: s.at, value: linkUnit === 'LQI' ? s.lqi : s.rssi }))
      .filter((s): s is Sample => s.value !== null);
    const times = (this.#reports.all(d.id, now - 7 * DAY) as { at: number }[]).map((r) => r.at);
    const reportEveryMs = reportInterval(times);
    const lastSeen = d.lastSeen ?? (times.length ? Math.max(...times) : null);
    const c = this.#d.commands.of(d.id);
    const batteryNow = battery.at(-1)?.value ?? (typeof d.state.battery === 'number' ? d.state.battery : null);
    let offlineReason: string | null = null;
    if (d.health === 'offline') {
      try {
        offlineReason = this.#d.offlineReason?.(d.id) ?? null;
      } catch {
        offlineReason = null; // the device or its radio went away
      }
    }
    const risk = assessRisk({
      now, health: d.health, lastSeen, reportEveryMs, battery, link,
      linkUnit, linkRoute: linkNow?.route ?? null, recentFailures: c.recentFailures, offlineReason,
    });
    const slope = battery.length >= 2 ? batterySlope(battery) : null;
    return {
      deviceId: d.id, name: d.name, protocol: d.protocol, health: d.health, lastSeen, firmware: d.firmware,
      battery: batteryNow, batteryPerDay: slope, reportEveryMs,
      commands: { sent: c.sent, failed: c.failed, unconfirmed: c.unconfirmed, p50Ms: c.p50Ms, p95Ms: c.p95Ms },
      link: linkNow, risk,
    };
  }
}

const batterySlope = (s: Sample[]) => {
  const v = slopePerDay(s);
  return v === null ? null : Math.round(v * 100) / 100;
};
