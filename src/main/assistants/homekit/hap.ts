// The one file that imports hap-nodejs: a HomeKit bridge (hap-nodejs Bridge, advertised with ciao) holding one
// bridged accessory per device exposed to Apple Home, built from mapping.ts's descriptions. Reads answer from the
// device's state; a write becomes Hearth commands through `command` (the dispatcher's devices.command), and a
// refusal becomes a HAP status the Home app shows ("No Response", "not allowed", "invalid value"). `refresh` pushes a
// device's changes to the characteristics, which hap-nodejs sends as events to subscribed controllers.
import { Accessory, Bridge, Characteristic, HAPStorage, HapStatusError, Service, uuid, type Categories, type CharacteristicValue, type HAPStatus, type MDNSAdvertiser, type WithUUID } from 'hap-nodejs';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { Server, type Socket } from 'node:net';
import type { CapabilityValue, Device } from '../../../shared/model';
import { HearthError } from '../../../shared/errors';
import type { AccessorySpec, CharacteristicSpec, HapCharacteristicName, HapServiceName } from './mapping';

// hap-nodejs declares these as const enums, which this build cannot inline: their values, from its declarations.
const STATUS = {
  INSUFFICIENT_PRIVILEGES: -70401, SERVICE_COMMUNICATION_FAILURE: -70402, RESOURCE_BUSY: -70403,
  RESOURCE_DOES_NOT_EXIST: -70409, INVALID_VALUE_IN_REQUEST: -70410,
} as const satisfies Record<string, number>;
const CATEGORY: Record<AccessorySpec['category'] | 'BRIDGE', number> = {
  BRIDGE: 2, LIGHTBULB: 5, DOOR_LOCK: 6, OUTLET: 7, SWITCH: 8, THERMOSTAT: 9, SENSOR: 10, WINDOW_COVERING: 14,
};
const status = (s: keyof typeof STATUS) => STATUS[s] as HAPStatus;
const category = (c: keyof typeof CATEGORY) => CATEGORY[c] as Categories;
const CIAO = 'ciao' as MDNSAdvertiser;

const SERVICES: Record<HapServiceName, WithUUID<typeof Service>> = {
  Lightbulb: Service.Lightbulb, Switch: Service.Switch, Outlet: Service.Outlet, Thermostat: Service.Thermostat,
  LockMechanism: Service.LockMechanism, WindowCovering: Service.WindowCovering, TemperatureSensor: Service.TemperatureSensor,
  HumiditySensor: Service.HumiditySensor, ContactSensor: Service.ContactSensor, MotionSensor: Service.MotionSensor,
  LightSensor: Service.LightSensor, Battery: Service.Battery,
};

const CHARACTERISTICS: Record<HapCharacteristicName, WithUUID<new () => Characteristic>> = {
  On: Characteristic.On, Brightness: Characteristic.Brightness, Hue: Characteristic.Hue, Saturation: Characteristic.Saturation,
  ColorTemperature: Characteristic.ColorTemperature, CurrentHeatingCoolingState: Characteristic.CurrentHeatingCoolingState,
  TargetHeatingCoolingState: Characteristic.TargetHeatingCoolingState, CurrentTemperature: Characteristic.CurrentTemperature,
  TargetTemperature: Characteristic.TargetTemperature, TemperatureDisplayUnits: Characteristic.TemperatureDisplayUnits,
  LockCurrentState: Characteristic.LockCurrentState, LockTargetState: Characteristic.LockTargetState,
  CurrentPosition: Characteristic.CurrentPosition, TargetPosition: Characteristic.TargetPosition, PositionState: Characteristic.PositionState,
  CurrentRelativeHumidity: Characteristic.CurrentRelativeHumidity, ContactSensorState: Characteristic.ContactSensorState,
  MotionDetected: Characteristic.MotionDetected, CurrentAmbientLightLevel: Characteristic.CurrentAmbientLightLevel,
  BatteryLevel: Characteristic.BatteryLevel, StatusLowBattery: Characteristic.StatusLowBattery,
};

/** Marks a value hap-nodejs stored that Hearth sealed (AES-256-GCM: 12-byte IV, 16-byte tag, ciphertext, base64). */
const SEALED = 'hearth-sealed:v1:';

function seal(key: Buffer, text: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return SEALED + Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

function unseal(key: Buffer, stored: string): string {
  if (!stored.startsWith(SEALED)) return stored; // written before sealing: read as it is, sealed when written next
  const raw = Buffer.from(stored.slice(SEALED.length), 'base64');
  const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
}

interface PersistStore {
  initSync(options: { dir: string; stringify: (v: unknown) => string; parse: (s: string) => unknown }): void;
}

/**
 * Where hap-nodejs keeps pairings (once per process: hap-nodejs holds one storage for all its accessories), each
 * value sealed with `key` (kept with Hearth's other secrets): its node-persist store is read again with Hearth's codec.
 */
let storageDir: string | null = null;
export function useStorage(dir: string, key: Buffer): void {
  if (storageDir === dir) return;
  if (storageDir !== null) throw new HearthError('INTERNAL', 'Apple Home’s pairing data is already kept in another data folder in this process.', 'Restart Hearth.');
  HAPStorage.setCustomStoragePath(dir);
  (HAPStorage.storage() as unknown as PersistStore).initSync({ dir, stringify: (v) => seal(key, JSON.stringify(v)), parse: (s) => JSON.parse(unseal(key, s)) as unknown });
  storageDir = dir;
}

export interface BridgeIdentity {
  /** The bridge's HAP id, shaped like a MAC address. */
  username: string;
  /** The setup code, XXX-XX-XXX. */
  pincode: string;
  /** Four characters of the setup URI (QR), telling the Home app which bridge the code is for. */
  setupID: string;
}

export interface BridgeDeps {
  name: string;
  identity: BridgeIdentity;
  /** A device as it is now (undefined once gone). */
  device(id: string): Device | undefined;
  /** One Hearth command through the core (devices.command); rejects with a HearthError. */
  command(deviceId: string, capabilityId: string, value: CapabilityValue): Promise<void>;
  /** A controller paired or unpaired, or the bridge started or stopped. */
  changed(): void;
  warn(message: string): void;
}

interface Bridged {
  accessory: Accessory;
  signature: string;
  bound: { ch: Characteristic; spec: CharacteristicSpec }[];
}

/** What a HearthError from a write is to the Home app. */
export function hapStatusOf(err: unknown): HAPStatus {
  const code = err instanceof HearthError ? err.code : null;
  if (code === 'FORBIDDEN' || code === 'PLAN_LIMIT' || code === 'UNAUTHORIZED') return status('INSUFFICIENT_PRIVILEGES');
  if (code === 'BAD_REQUEST' || code === 'UNSUPPORTED') return status('INVALID_VALUE_IN_REQUEST');
  if (code === 'NOT_FOUND') return status('RESOURCE_DOES_NOT_EXIST');
  if (code === 'CONFLICT') return status('RESOURCE_BUSY');
  return status('SERVICE_COMMUNICATION_FAILURE');
}

export class HapBridge {
  readonly #d: BridgeDeps;
  readonly #bridge: Bridge;
  readonly #bridged = new Map<string, Bridged>();
  #port: number | null = null;
  #published = false;

  constructor(deps: BridgeDeps) {
    this.#d = deps;
    this.#bridge = new Bridge(deps.name, uuid.generate(`hearth:bridge:${deps.identity.username}`));
    const info = this.#bridge.getService(Service.AccessoryInformation)!;
    info.setCharacteristic(Characteristic.Manufacturer, 'Hearth').setCharacteristic(Characteristic.Model, 'Hearth bridge').setCharacteristic(Characteristic.SerialNumber, deps.identity.username);
    this.#bridge.on('paired', () => deps.changed());
    this.#bridge.on('unpaired', () => deps.changed());
    this.#bridge.on('characteristic-warning', (w) => deps.warn(`Apple Home: ${w.message}`));
  }

  /**
   * Advertises (ciao) only on `bind`, interface names. hap-nodejs's TCP server listens on the unspecified address
   * whatever `bind` says, so a connection that reached it on an address `accept` refuses is closed before a byte.
   */
  async publish(bind: string[], accept: (localAddress: string) => boolean): Promise<void> {
    const { username, pincode, setupID } = this.#d.identity;
    await this.#bridge.publish({ username, pincode, setupID, port: 0, category: category('BRIDGE'), bind, advertiser: CIAO, addIdentifyingMaterial: true });
    this.#published = true;
    const tcp = tcpServerOf(this.#bridge);
    if (!tcp) {
      await this.stop();
      throw new Error('this version of hap-nodejs does not let Hearth check where connections arrive');
    }
    tcp.prependListener('connection', (socket: Socket) => {
      if (!accept(socket.localAddress ?? '')) socket.destroy();
    });
    if (!tcp.listening) await once(tcp, 'listening');
    const addr = tcp.address();
    this.#port = addr && typeof addr === 'object' ? addr.port : null;
  }

  async stop(): Promise<void> {
    this.#published = false;
    this.#port = null;
    this.#cancelConfigurationUpdate();
    await this.#bridge.unpublish();
  }

  /** Stops and forgets every pairing (hap-nodejs removes what it kept for this bridge). */
  async destroy(): Promise<void> {
    this.#published = false;
    this.#port = null;
    this.#cancelConfigurationUpdate();
    await this.#bridge.destroy();
  }

  /**
   * hap-nodejs sends a changed configuration 1 s after the last change, from a timer it keeps on the bridge. `destroy()`
   * forgets the bridge's identifier cache at once but stops its advertiser only later (awaited), so that timer, firing
   * in between, read the forgotten cache and threw an uncaught TypeError (seen when pairings are reset on a busy
   * machine). Stopping or destroying the bridge drops the pending update first: nothing is left to advertise anyway.
   */
  #cancelConfigurationUpdate(): void {
    const bridge = this.#bridge as unknown as { configurationChangeDebounceTimeout?: ReturnType<typeof setTimeout> };
    if (bridge.configurationChangeDebounceTimeout) clearTimeout(bridge.configurationChangeDebounceTimeout);
    bridge.configurationChangeDebounceTimeout = undefined;
  }

  get published(): boolean {
    return this.#published;
  }
  get port(): number | null {
    return this.#published ? this.#port : null;
  }
  paired(): number {
    return this.#bridge._accessoryInfo?.listPairings().length ?? 0;
  }
  setupURI(): string {
    return this.#bridge.setupURI();
  }

  /** Makes the bridged accessories exactly these devices (a device whose name or capabilities changed is rebuilt). */
  setDevices(devices: { device: Device; spec: AccessorySpec }[]): void {
    const want = new Map(devices.map((x) => [x.device.id, x]));
    const gone = [...this.#bridged].filter(([id, b]) => want.get(id)?.device && signature(want.get(id)!.device) !== b.signature);
    for (const [id, b] of this.#bridged) if (!want.has(id)) gone.push([id, b]);
    for (const [id, b] of gone) {
      this.#bridge.removeBridgedAccessory(b.accessory, true);
      this.#bridged.delete(id);
    }
    const added: Accessory[] = [];
    for (const [id, { device, spec }] of want) {
      if (this.#bridged.has(id)) continue;
      const b = this.#build(device, spec);
      this.#bridged.set(id, b);
      added.push(b.accessory);
    }
    if (added.length > 0) this.#bridge.addBridgedAccessories(added);
    else if (gone.length > 0) this.#bridge.removeBridgedAccessories([]); // sends the new configuration once
  }

  /** The device changed: its characteristics take the new values (events to the controllers that listen). */
  refresh(device: Device): void {
    const b = this.#bridged.get(device.id);
    if (!b) return;
    for (const { ch, spec } of b.bound) {
      const v = spec.read(device);
      if (v !== null && v !== ch.value) ch.updateValue(v);
    }
  }

  #build(device: Device, spec: AccessorySpec): Bridged {
    const accessory = new Accessory(device.name, uuid.generate(`hearth:device:${device.id}`));
    accessory.category = category(spec.category);
    accessory.getService(Service.AccessoryInformation)!
      .setCharacteristic(Characteristic.Manufacturer, device.manufacturer || 'Hearth')
      .setCharacteristic(Characteristic.Model, device.model || 'Device')
      .setCharacteristic(Characteristic.SerialNumber, device.id.slice(0, 64))
      .setCharacteristic(Characteristic.FirmwareRevision, firmware(device.firmware));
    const bound: Bridged['bound'] = [];
    for (const s of spec.services) {
      const service = accessory.addService(SERVICES[s.service], device.name, s.subtype);
      for (const c of s.characteristics) {
        const ch = service.getCharacteristic(CHARACTERISTICS[c.name]);
        if (c.props) {
          // The characteristic's default (ColorTemperature's 140) may lie outside the device's own range.
          const { minValue: lo, maxValue: hi, validValues } = c.props;
          if (typeof ch.value === 'number') ch.value = Math.min(hi ?? ch.value, Math.max(lo ?? ch.value, ch.value));
          if (validValues && !validValues.includes(Number(ch.value))) ch.value = validValues[0]!;
          ch.setProps(c.props);
        }
        const initial = c.read(device);
        if (initial !== null) ch.updateValue(initial);
        ch.onGet(() => this.#read(device.id, ch, c));
        const write = c.write;
        if (write) ch.onSet((value) => this.#write(device.id, value, write));
        bound.push({ ch, spec: c });
      }
    }
    return { accessory, signature: signature(device), bound };
  }

  #read(id: string, ch: Characteristic, spec: CharacteristicSpec): CharacteristicValue {
    const d = this.#d.device(id);
    if (!d) throw new HapStatusError(status('RESOURCE_DOES_NOT_EXIST'));
    if (d.health === 'offline') throw new HapStatusError(status('SERVICE_COMMUNICATION_FAILURE'));
    return spec.read(d) ?? ch.value ?? 0;
  }

  async #write(id: string, value: CharacteristicValue, write: NonNullable<CharacteristicSpec['write']>): Promise<void> {
    const d = this.#d.device(id);
    if (!d) throw new HapStatusError(status('RESOURCE_DOES_NOT_EXIST'));
    if (typeof value !== 'number' && typeof value !== 'boolean') throw new HapStatusError(status('INVALID_VALUE_IN_REQUEST'));
    const w = write(value, d);
    if ('local' in w) return;
    try {
      for (const c of w.commands) await this.#d.command(id, c.capabilityId, c.value);
    } catch (err) {
      this.#d.warn(`Apple Home: a change to ${d.name} was refused: ${err instanceof Error ? err.message : String(err)}`);
      throw new HapStatusError(hapStatusOf(err));
    }
  }
}

/** hap-nodejs's listening socket (private in its types: HAPServer.httpServer.tcpServer). */
function tcpServerOf(bridge: Bridge): Server | null {
  const http = (bridge._server as unknown as { httpServer?: { tcpServer?: unknown } } | undefined)?.httpServer;
  return http?.tcpServer instanceof Server ? http.tcpServer : null;
}

/** What makes an accessory's shape: a rename or new capabilities rebuild it. */
const signature = (d: Device) => JSON.stringify([d.name, d.manufacturer, d.model, d.capabilities]);

/** HAP takes a firmware revision of up to three dot-separated numbers. */
function firmware(v: string | null): string {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(v ?? '');
  return m ? [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.') : '1.0.0';
}
