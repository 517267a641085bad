// Apple Home (Siri) for the core: Hearth's HomeKit bridge over the devices exposed to Apple Home. Off until the owner
// turns it on with the network connections to advertise on (a connection beyond this computer records the consent
// "appleHomeNetwork"); the demo home's bridge advertises and answers on this computer's loopback only, always.
// Needs a tier with voice assistants (the demo home is exempt); on a tier without, the bridge stops and says why.
// Each write from Apple Home is the request devices.command through the dispatcher, as a member's control call
// (actor "homekit:<controller>"), so limits, the audit log and history apply as for any other command. Exposing or
// hiding a device adds or removes its accessory on the running bridge (hap-nodejs sends the new configuration).
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { HomekitInterface, HomekitStatus } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import type { CapabilityValue, Device } from '../../../shared/model';
import type { Reply } from '../../../shared/wire';
import type { EventBus } from '../../bus';
import type { ConsentService } from '../../privacy/consent';
import { PURPOSES } from '../../privacy/purposes';
import type { SecretStore } from '../../secrets';
import type { AppSettings } from '../../settings';
import type { CallContext } from '../../transport/dispatch';
import type { ExposureService } from '../exposure';
import { HapBridge, useStorage, type BridgeIdentity } from './hap';
import { accessorySpec, homekitSupports } from './mapping';

export interface HomekitDeps {
  dataDir: string;
  settings: AppSettings;
  bus: EventBus;
  exposure: Pick<ExposureService, 'exposedDevices' | 'refusal' | 'onChange' | 'declareSupport'>;
  devices: { find(id: string): Device | undefined };
  consents: Pick<ConsentService, 'list' | 'set'>;
  /** Hearth's secret store: the key that seals the pairing data hap-nodejs keeps. */
  secrets: Pick<SecretStore, 'getOrCreate'>;
  /** The request devices.command, through the dispatcher. */
  command: (input: { deviceId: string; capabilityId: string; value: CapabilityValue }, ctx: CallContext) => Promise<Reply>;
  unit: () => 'C' | 'F';
  /** True while Hearth runs the demo home (its bridge stays on loopback). */
  demo: () => boolean;
  log: Logger;
  /** This computer's network connections (tests may narrow them). */
  interfaces?: () => HomekitInterface[];
}

/** Setup codes HomeKit refuses: one digit repeated, and the two runs. */
const TRIVIAL = new Set(['12345678', '87654321', ...Array.from({ length: 10 }, (_, i) => String(i).repeat(8))]);
const SETUP_ID_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function newIdentity(): BridgeIdentity {
  let digits: string;
  do digits = String(randomInt(0, 100_000_000)).padStart(8, '0');
  while (TRIVIAL.has(digits));
  const mac = [...randomBytes(6)].map((b) => b.toString(16).padStart(2, '0').toUpperCase());
  return {
    username: mac.join(':'),
    pincode: `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`,
    setupID: Array.from({ length: 4 }, () => SETUP_ID_CHARS[randomInt(0, SETUP_ID_CHARS.length)]).join(''),
  };
}

export function listInterfaces(): HomekitInterface[] {
  return Object.entries(networkInterfaces()).map(([name, addrs]) => ({
    name,
    ipv4: (addrs ?? []).filter((a) => a.family === 'IPv4').map((a) => a.address),
    ipv6: (addrs ?? []).filter((a) => a.family === 'IPv6').map((a) => a.address),
    loopback: (addrs ?? []).some((a) => a.internal),
  }));
}

const MEMBER: CallContext['grant'] = { role: 'member', scope: 'control', rooms: [] };

export class HomekitService {
  readonly #d: HomekitDeps;
  readonly #interfaces: () => HomekitInterface[];
  #started = false;
  #bridge: HapBridge | null = null;
  #bind: string[] = [];
  #problem: string | null = null;
  /** One change of the bridge at a time (start, stop, reset, exposure). */
  #queue: Promise<void> = Promise.resolve();
  readonly #off: (() => void)[] = [];

  constructor(deps: HomekitDeps) {
    this.#d = deps;
    this.#interfaces = deps.interfaces ?? listInterfaces;
    deps.exposure.declareSupport('homekit', homekitSupports);
    this.#off.push(deps.exposure.onChange('homekit', (c) => c.assistant === 'homekit' && this.#syncDevices()));
    const refresh = (id: string) => {
      const d = deps.devices.find(id);
      if (d) this.#bridge?.refresh(d);
    };
    this.#off.push(deps.bus.on('device.state', 'homekit', (e) => refresh(e.deviceId)));
    this.#off.push(deps.bus.on('device.updated', 'homekit', () => this.#syncDevices()));
    this.#off.push(deps.bus.on('subscription.changed', 'homekit', () => void this.apply()));
    // Withdrawing the consent on the Privacy screen takes the bridge off the home network at once.
    this.#off.push(deps.bus.on('consent.changed', 'homekit', () => void this.apply()));
  }

  /** Starts the bridge if it is on (once the running home is known). */
  start(): Promise<void> {
    this.#started = true;
    return this.apply();
  }

  /** Brings the bridge to what the settings, the tier and the connections say. */
  apply(): Promise<void> {
    return this.#serial(async () => {
      const enabled = this.#d.settings.get('assistants.homekit.enabled');
      if (enabled && !this.#started) this.#problem = 'Apple Home’s bridge starts with the home, in a moment.';
      const want = this.#started && enabled ? this.#wanted() : null;
      if (want && this.#bridge?.published && same(want, this.#bind)) return;
      await this.#stopBridge();
      if (!want) return;
      mkdirSync(join(this.#d.dataDir, 'homekit'), { recursive: true, mode: 0o700 });
      useStorage(join(this.#d.dataDir, 'homekit'), this.#d.secrets.getOrCreate('homekit.storageKey', 32));
      const bridge = new HapBridge({
        name: this.#d.demo() ? 'Hearth Demo' : 'Hearth',
        identity: this.#identity(),
        device: (id) => this.#d.devices.find(id),
        command: (deviceId, capabilityId, value) => this.#command(deviceId, capabilityId, value),
        changed: () => this.#changed(),
        warn: (m) => this.#d.log.warn(m),
      });
      this.#bridge = bridge;
      this.#setDevices();
      try {
        await bridge.publish(want, (local) => this.#allowed(local));
        this.#bind = want;
        this.#d.log.info(`Apple Home bridge on ${want.join(', ')}`);
      } catch (err) {
        this.#problem = `Apple Home’s bridge could not start: ${err instanceof Error ? err.message : String(err)}`;
        this.#d.log.error(this.#problem, err);
        await bridge.stop().catch(() => undefined);
        this.#bridge = null;
      }
      this.#changed();
    });
  }

  /** The connections to advertise on now, or null (with the reason in #problem) when the bridge must not run. */
  #wanted(): string[] | null {
    const refused = this.#d.exposure.refusal();
    if (refused) {
      this.#problem = `${refused.message} ${refused.next ?? ''}`.trim();
      return null;
    }
    const here = this.#interfaces();
    if (this.#d.demo()) {
      this.#problem = null;
      return here.filter((i) => i.loopback).map((i) => i.name);
    }
    const chosen = this.#d.settings.get('assistants.homekit.interfaces');
    const consented = this.#d.consents.list().find((c) => c.purpose === 'appleHomeNetwork')?.granted ?? false;
    // Beyond this computer only with the consent (withdrawn on the Privacy screen, or asked again for a new text).
    const present = chosen.filter((n) => here.some((i) => i.name === n && (i.loopback || consented)));
    if (present.length === 0 && !consented && chosen.some((n) => !here.find((i) => i.name === n)?.loopback)) {
      this.#problem = 'Apple Home may not be announced on your network: that consent was withdrawn (Privacy). Turn Apple Home off and on again to agree.';
      return null;
    }
    this.#problem = present.length === 0 ? `None of the connections chosen for Apple Home (${chosen.join(', ')}) is on this computer now.` : null;
    return present.length > 0 ? present : null;
  }

  /** An address a connection reached the bridge on: one of the chosen connections' (hap-nodejs listens on all). */
  #allowed(local: string): boolean {
    const addr = local.replace(/^::ffff:/, '').replace(/%.*$/, '');
    return this.#interfaces().some((i) => this.#bind.includes(i.name) && [...i.ipv4, ...i.ipv6].some((a) => a.replace(/%.*$/, '') === addr));
  }

  #identity(): BridgeIdentity {
    const home = this.#d.demo() ? 'demo' : 'real';
    const all = this.#d.settings.get('assistants.homekit.identities');
    const have = all[home];
    if (have) return have;
    const made = newIdentity();
    this.#d.settings.set('assistants.homekit.identities', { ...all, [home]: made });
    return made;
  }

  #syncDevices(): void {
    void this.#serial(async () => this.#setDevices());
  }

  #setDevices(): void {
    if (!this.#bridge) return;
    const unit = this.#d.unit;
    const devices = this.#d.exposure.exposedDevices('homekit').flatMap((device) => {
      const spec = accessorySpec(device, unit);
      return spec ? [{ device, spec }] : [];
    });
    this.#bridge.setDevices(devices);
  }

  async #command(deviceId: string, capabilityId: string, value: CapabilityValue): Promise<void> {
    const r = await this.#d.command({ deviceId, capabilityId, value }, { actor: 'homekit:Apple Home', grant: MEMBER });
    if (!r.ok) throw new HearthError(r.error.code, r.error.message, r.error.next);
  }

  #changed(): void {
    this.#d.bus.emit('assistants.homekit.changed', { running: this.#bridge?.published ?? false, paired: this.#bridge?.paired() ?? 0 });
  }

  async #stopBridge(): Promise<void> {
    const b = this.#bridge;
    this.#bridge = null;
    this.#bind = [];
    if (b) await b.stop();
  }

  #serial(step: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(step, step);
    this.#queue = next.catch((err: unknown) => this.#d.log.error('Apple Home bridge', err));
    return next;
  }

  /** The bridge as it stands; the setup code and QR content only for the owner (`owner`). */
  status(owner: boolean): HomekitStatus {
    const enabled = this.#d.settings.get('assistants.homekit.enabled');
    const b = this.#bridge;
    const p = PURPOSES.appleHomeNetwork;
    return {
      enabled,
      running: b?.published ?? false,
      problem: enabled ? this.#problem : null,
      paired: b?.paired() ?? 0,
      interfaces: this.#d.settings.get('assistants.homekit.interfaces'),
      advertisedOn: b?.published ? this.#bind : [],
      port: b?.port ?? null,
      exposed: this.#d.exposure.exposedDevices('homekit').length,
      demo: this.#d.demo(),
      available: this.#interfaces(),
      setup: owner && b?.published ? { code: this.#identity().pincode, uri: b.setupURI() } : null,
      consent: { title: p.title, text: p.text, version: p.version },
    };
  }

  /** Turns the bridge on, on these connections (beyond loopback: the owner agrees to the consent text `textVersion`). */
  async enable(interfaces: string[], textVersion: string, actor: string): Promise<{ status: HomekitStatus; message: string }> {
    const refused = this.#d.exposure.refusal();
    if (refused) throw refused;
    const here = this.#interfaces();
    const missing = interfaces.filter((n) => !here.some((i) => i.name === n));
    if (missing.length > 0) throw new HearthError('BAD_REQUEST', `This computer has no network connection called ${missing.join(', ')}.`, 'Pick one from the list; refresh it if you just plugged in a cable or joined a Wi-Fi network.');
    const beyond = interfaces.some((n) => !here.find((i) => i.name === n)!.loopback);
    // The demo home's bridge stays on loopback whatever is chosen: nothing to agree to there.
    if (beyond && !this.#d.demo()) this.#d.consents.set('appleHomeNetwork', true, textVersion, actor);
    this.#d.settings.set('assistants.homekit.interfaces', [...new Set(interfaces)]);
    this.#d.settings.set('assistants.homekit.enabled', true);
    await this.apply();
    const s = this.status(true);
    const where = s.demo ? 'this computer only (the demo home never advertises beyond it)' : s.advertisedOn.join(', ');
    return { status: s, message: s.running ? `Apple Home’s bridge is on, on ${where}. Scan the code with the Home app to add it.` : (s.problem ?? 'Apple Home’s bridge is on but not running.') };
  }

  async disable(actor: string): Promise<{ status: HomekitStatus; message: string }> {
    this.#d.settings.set('assistants.homekit.enabled', false);
    const consent = this.#d.consents.list().find((c) => c.purpose === 'appleHomeNetwork');
    if (consent?.granted) this.#d.consents.set('appleHomeNetwork', false, consent.version, actor);
    await this.apply();
    return { status: this.status(true), message: 'Apple Home’s bridge is off: it no longer advertises or answers. Its pairings are kept for when you turn it on again.' };
  }

  /** Forgets every controller and makes a new setup code; the bridge starts again if it was on. */
  async resetPairings(): Promise<{ status: HomekitStatus; message: string }> {
    await this.#serial(async () => {
      const b = this.#bridge;
      this.#bridge = null;
      this.#bind = [];
      if (b) await b.destroy();
      const home = this.#d.demo() ? 'demo' : 'real';
      this.#d.settings.set('assistants.homekit.identities', { ...this.#d.settings.get('assistants.homekit.identities'), [home]: newIdentity() });
    });
    await this.apply();
    return { status: this.status(true), message: 'Every Apple Home pairing is forgotten and the bridge has a new setup code. Remove the old bridge from the Home app, then add it again with the new code.' };
  }

  async stop(): Promise<void> {
    for (const off of this.#off.splice(0)) off();
    this.#started = false;
    await this.#serial(() => this.#stopBridge());
  }
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
