// A scripted Integration for unit tests of the core's services (integration tests use the real stacks).
import type { AnyIntegration, IntegrationDevice, IntegrationEvent, IntegrationFeature, IntegrationListener, IntegrationStatus } from '../../shared/integration';
import { HearthError } from '../../shared/errors';
import type { CapabilityValue } from '../../shared/model';

export class ScriptedAdapter implements AnyIntegration {
  readonly protocol = 'zwave' as const;
  readonly label = 'scripted';
  /** What it declares it can do (tests add to it). */
  readonly features = new Set<IntegrationFeature>();
  readonly facets = {};
  readonly commands: { nativeId: string; capabilityId: string; value: CapabilityValue }[] = [];
  #status: IntegrationStatus = { state: 'stopped' };
  readonly #listeners = new Set<IntegrationListener<unknown>>();
  readonly #devices = new Map<string, IntegrationDevice>();

  async start() {
    this.emit({ type: 'status', status: (this.#status = { state: 'ready' }) });
  }
  async stop() {
    this.#status = { state: 'stopped' };
  }
  status() {
    return this.#status;
  }
  devices() {
    return [...this.#devices.values()];
  }
  /** Makes matching commands fail as a radio would (e.g. the device does not answer). */
  failWhen: ((c: { nativeId: string; capabilityId: string; value: CapabilityValue }) => boolean) | null = null;
  /** Reports each accepted command back as the device's new state, as real devices do (before the command call returns, as supervised Z-Wave sets do). */
  echo = false;
  /** With echo: report the new state only after the command call has returned (as unsupervised sets do). */
  echoLate = false;
  /** With echo: the device confirms this many ms (real time) after the command call returned, as Matter devices do. */
  echoAfterMs = 0;
  /** How long (real time) the radio takes to accept a command. */
  latencyMs = 0;
  async command(nativeId: string, capabilityId: string, value: CapabilityValue) {
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.failWhen?.({ nativeId, capabilityId, value })) {
      throw new HearthError('DEVICE_UNREACHABLE', 'The device did not answer.', 'Check that it has power.');
    }
    this.commands.push({ nativeId, capabilityId, value });
    if (this.echo && this.echoAfterMs > 0) setTimeout(() => this.emit({ type: 'state', nativeId, capabilityId, value, at: Date.now() }), this.echoAfterMs);
    else if (this.echo && this.echoLate) setImmediate(() => this.emit({ type: 'state', nativeId, capabilityId, value, at: Date.now() }));
    else if (this.echo) this.emit({ type: 'state', nativeId, capabilityId, value, at: Date.now() });
  }
  subscribe(l: IntegrationListener<unknown>) {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  }
  emit(e: IntegrationEvent<unknown>) {
    if (e.type === 'device') this.#devices.set(e.device.nativeId, e.device);
    if (e.type === 'deviceRemoved') this.#devices.delete(e.nativeId);
    if (e.type === 'status') this.#status = e.status;
    for (const l of this.#listeners) l(e);
  }
}

export function lampDevice(over: Partial<IntegrationDevice> = {}): IntegrationDevice {
  return {
    nativeId: 'h-2',
    suggestedName: 'Floor Lamp',
    suggestedArea: 'Living Room',
    manufacturer: 'Zooz',
    model: 'ZEN77',
    firmware: '1.0',
    capabilities: [
      { id: 'onOff', kind: 'onOff', writable: true },
      { id: 'level', kind: 'level', writable: true, min: 0, max: 100, unit: '%' },
      { id: 'meter.power', kind: 'meter', writable: false, unit: 'W', measure: 'power' },
    ],
    state: { onOff: false, level: 0, 'meter.power': 0 },
    health: 'online',
    ...over,
  };
}

/** The demo home's devices, as the Z-Wave adapter reports them, for unit tests of plans and automations. */
export function demoDevices(): IntegrationDevice[] {
  const base = { manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online' as const };
  return [
    { ...base, nativeId: '2', suggestedName: 'Floor Lamp', suggestedArea: 'Living Room', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }], state: { onOff: false } },
    {
      ...base, nativeId: '3', suggestedName: 'Ceiling Light', suggestedArea: 'Living Room',
      capabilities: [{ id: 'level', kind: 'level', writable: true, min: 0, max: 100, unit: '%' }, { id: 'onOff', kind: 'onOff', writable: true }],
      state: { level: 0, onOff: false },
    },
    {
      ...base, nativeId: '4', suggestedName: 'Thermostat', suggestedArea: 'Hallway',
      capabilities: [{ id: 'setpoint', kind: 'setpoint', writable: true, min: 5, max: 30, unit: '°C' }, { id: 'sensor.temperature', kind: 'sensor', writable: false, unit: '°C', measure: 'temperature' }],
      state: { setpoint: 20, 'sensor.temperature': 19.5 },
    },
    {
      ...base, nativeId: '5', suggestedName: 'Kettle Plug', suggestedArea: 'Kitchen',
      capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }, { id: 'meter.power', kind: 'meter', writable: false, unit: 'W', measure: 'power' }],
      state: { onOff: false, 'meter.power': 0 },
    },
    { ...base, nativeId: '6', suggestedName: 'Back Door', suggestedArea: 'Hallway', capabilities: [{ id: 'lock', kind: 'lock', writable: true }], state: { lock: true } },
  ];
}
