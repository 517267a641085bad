// A device's way into the network as herdsman reports it: joined → interview (started, then
// successful or failed with a readable reason) → configure (bindings, reporting) → first read of its
// values. Also the retry of a failed interview.
import type { Events, Models } from './herdsman';
import type { IntegrationEvent } from '../../shared/integration';
import { HearthError } from '../../shared/errors';
import type { DeviceHealth } from '../../shared/model';
import { configureDevice } from './configure-device';
import { readInitialState } from './mapping/converters';
import { type DeviceEntry, DeviceRegistry } from './device-registry';
import { describeError } from './errors';
import type { ZigbeeEvent } from './events';
import { interviewFailureMessage, parseInterviewFailure } from './interview-reasons';

export interface JoiningHost {
  registry: DeviceRegistry;
  emit(event: IntegrationEvent<ZigbeeEvent>): void;
  emitZigbee(event: ZigbeeEvent): void;
  setHealth(entry: DeviceEntry, health: DeviceHealth): void;
  /** The coordinator's endpoint 1 (bind target), when the radio runs. */
  coordinatorEndpoint(): Models.Endpoint | undefined;
}

type InterviewEvent = Pick<Events.DeviceInterviewPayload, 'status' | 'device'>;

export class Joining {
  /** herdsman's reason for each failed interview, from its log. */
  private readonly errors = new Map<string, string>();

  constructor(private readonly host: JoiningHost) {}

  /** Feed herdsman's error log lines here: the interview failure reason is only logged. */
  onErrorLog(message: string): void {
    const failure = parseInterviewFailure(message);
    if (failure) this.errors.set(failure.ieee, failure.reason);
  }

  async onJoined(e: Events.DeviceJoinedPayload): Promise<void> {
    const { registry, emit, emitZigbee } = this.host;
    emitZigbee({ type: 'joined', nativeId: e.device.ieeeAddr });
    const entry = await registry.refresh(e.device, e.device.interviewState === 'SUCCESSFUL' ? 'online' : 'interviewing');
    emit({ type: 'device', device: DeviceRegistry.toAdapterDevice(entry) });
  }

  async onInterview(e: InterviewEvent): Promise<void> {
    const { registry, emit, emitZigbee, setHealth } = this.host;
    const ieee = e.device.ieeeAddr;
    if (e.status === 'started') {
      const entry = registry.get(ieee) ?? (await registry.refresh(e.device));
      setHealth(entry, 'interviewing');
      emitZigbee({ type: 'interview', nativeId: ieee, status: 'started' });
      return;
    }
    const ok = e.status === 'successful';
    const entry = await registry.refresh(e.device, ok ? 'online' : 'unknown');
    const kind = { type: e.device.type, batteryPowered: e.device.powerSource === 'Battery' };
    const message = ok && !entry.definition ? 'Paired, but Hearth does not know this model yet: it has no controls.' : ok ? undefined : interviewFailureMessage(this.errors.get(ieee), kind);
    emit({ type: 'device', device: DeviceRegistry.toAdapterDevice(entry) });
    emitZigbee({ type: 'interview', nativeId: ieee, status: e.status, message });
    if (ok) await this.configure(entry);
  }

  /** Asks a device whose interview failed all pairing questions again (battery devices must be awake). */
  async retry(device: Models.Device | undefined, nativeId: string): Promise<void> {
    if (!device) throw new HearthError('NOT_FOUND', `There is no Zigbee device ${nativeId}.`, 'Pair it again: open the network and reset the device.');
    if (device.interviewState === 'IN_PROGRESS') return;
    this.errors.delete(device.ieeeAddr);
    await this.onInterview({ status: 'started', device });
    try {
      await device.interview(true);
    } catch (e) {
      this.errors.set(device.ieeeAddr, describeError(e));
      await this.onInterview({ status: 'failed', device });
      return;
    }
    await this.onInterview({ status: 'successful', device });
  }

  async configure(entry: DeviceEntry): Promise<void> {
    const coordinator = this.host.coordinatorEndpoint();
    if (!coordinator) return;
    const nativeId = entry.device.ieeeAddr;
    this.host.emitZigbee({ type: 'configure', nativeId, status: 'started' });
    const problems = await configureDevice(entry.definition, entry.device, coordinator);
    this.host.emitZigbee({ type: 'configure', nativeId, status: problems.length ? 'failed' : 'done', message: problems.join('; ') || undefined });
    // Right after pairing even battery devices are awake and can be asked.
    await this.readState(entry);
  }

  /** Asks the device once for its current values, so Hearth knows them before the first report. */
  async readState(entry: DeviceEntry): Promise<void> {
    if (!entry.definition) return;
    await readInitialState(entry.definition, entry.device, entry.bindings, entry.native).catch(() => undefined);
  }
}
