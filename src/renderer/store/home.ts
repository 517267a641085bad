// The renderer's home state, fed by the core's events (never polled). Commands are not applied
// optimistically: a control shows "sending" until the device's own report arrives.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AdapterState, HomePreferences, OnboardingState, SystemInfo } from '../../shared/contract';
import type { Area, CapabilityValue, Device } from '../../shared/model';
import { ApiError, type Client } from '../api/client';
import type { ConnectionState } from '../api/transport';

export interface Notice {
  id: number;
  kind: 'error' | 'warning';
  message: string;
  next?: string | undefined;
}

export interface Pending {
  value: CapabilityValue;
  since: number;
}

export interface HomeState {
  /** The typed client, for screens with requests of their own (pairing, radios...). */
  client: Client;
  connection: ConnectionState;
  loaded: boolean;
  info: SystemInfo | null;
  adapters: AdapterState[];
  devices: Record<string, Device>;
  areas: Area[];
  pending: Record<string, Pending>;
  notices: Notice[];
  /** First-run setup progress; the wizard shows while it is new or in progress. */
  onboarding: OnboardingState | null;
  preferences: HomePreferences | null;
  command(deviceId: string, capabilityId: string, value: CapabilityValue): Promise<void>;
  rename(deviceId: string, name: string): Promise<void>;
  moveTo(deviceId: string, areaId: string | null): Promise<void>;
  /** Shows an error or warning with what to do next. */
  notify(kind: Notice['kind'], message: string, next?: string): void;
  dismiss(id: number): void;
  /** Shows an error from a call as a notice. */
  report(err: unknown): void;
}

export const pendingKey = (deviceId: string, capabilityId: string) => `${deviceId}/${capabilityId}`;
export const CONFIRM_TIMEOUT_MS = 10_000;

export function createHomeStore(client: Client): StoreApi<HomeState> {
  let noticeId = 1;
  const store = createStore<HomeState>()((set, get) => ({
    client,
    connection: client.transport.connection,
    loaded: false,
    info: null,
    adapters: [],
    devices: {},
    areas: [],
    pending: {},
    notices: [],
    onboarding: null,
    preferences: null,
    async command(deviceId, capabilityId, value) {
      const key = pendingKey(deviceId, capabilityId);
      set((s) => ({ pending: { ...s.pending, [key]: { value, since: Date.now() } } }));
      try {
        await client.call('devices.command', { deviceId, capabilityId, value });
        setTimeout(() => {
          const p = get().pending[key];
          if (p && Date.now() - p.since >= CONFIRM_TIMEOUT_MS - 50) {
            clearPending(key);
            const name = get().devices[deviceId]?.name ?? 'The device';
            notify('warning', `${name} did not confirm the change.`, 'It may be out of range or busy; check it and try again.');
          }
        }, CONFIRM_TIMEOUT_MS);
      } catch (err) {
        clearPending(key);
        report(err);
      }
    },
    async rename(deviceId, name) {
      try {
        await client.call('devices.rename', { deviceId, name });
      } catch (err) {
        report(err);
      }
    },
    async moveTo(deviceId, areaId) {
      try {
        await client.call('devices.setArea', { deviceId, areaId });
      } catch (err) {
        report(err);
      }
    },
    notify(kind, message, next) {
      notify(kind, message, next);
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    report(err) {
      report(err);
    },
  }));

  const clearPending = (key: string) =>
    store.setState((s) => {
      if (!(key in s.pending)) return s;
      const pending = { ...s.pending };
      delete pending[key];
      return { pending };
    });
  const notify = (kind: Notice['kind'], message: string, next?: string) =>
    store.setState((s) => ({ notices: [...s.notices.slice(-4), { id: noticeId++, kind, message, next }] }));
  const report = (err: unknown) => {
    const e = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) });
    notify('error', e.message, e.next);
  };

  let areasLoading: Promise<void> | null = null;
  const loadAreas = () =>
    (areasLoading ??= client
      .call('areas.list', {})
      .then((areas) => store.setState({ areas }))
      .catch(() => undefined)
      .finally(() => (areasLoading = null)));
  const load = async () => {
    try {
      const [info, devices, areas, onboarding, preferences] = await Promise.all([
        client.call('system.info', {}),
        client.call('devices.list', {}),
        client.call('areas.list', {}),
        client.call('onboarding.state', {}),
        client.call('home.preferences', {}),
      ]);
      store.setState({
        info,
        adapters: info.adapters,
        areas,
        devices: Object.fromEntries(devices.map((d) => [d.id, d])),
        onboarding,
        preferences,
        loaded: true,
      });
    } catch (err) {
      if (err instanceof ApiError) notify('error', err.message, err.next);
    }
  };
  const putDevice = (d: Device) => {
    store.setState((s) => ({ devices: { ...s.devices, [d.id]: d } }));
    if (d.areaId && store.getState().loaded && !store.getState().areas.some((a) => a.id === d.areaId)) void loadAreas();
  };

  client.transport.onConnection((connection) => {
    store.setState({ connection });
    if (connection === 'open') void load();
  });
  client.on('device.added', putDevice);
  client.on('device.updated', putDevice);
  client.on('device.removed', ({ deviceId }) =>
    store.setState((s) => {
      const devices = { ...s.devices };
      delete devices[deviceId];
      return { devices };
    }),
  );
  client.on('device.state', ({ deviceId, capabilityId, value, at }) => {
    const d = store.getState().devices[deviceId];
    if (!d) return;
    putDevice({ ...d, state: { ...d.state, [capabilityId]: value }, stateAt: { ...d.stateAt, [capabilityId]: at }, lastSeen: at });
    clearPending(pendingKey(deviceId, capabilityId));
  });
  client.on('device.health', ({ deviceId, health }) => {
    const d = store.getState().devices[deviceId];
    if (d) putDevice({ ...d, health });
  });
  client.on('system.health', ({ adapters }) => store.setState({ adapters }));
  client.on('onboarding.changed', (onboarding) => store.setState({ onboarding }));
  client.on('home.preferences', (preferences) => store.setState({ preferences }));
  client.on('areas.changed', (areas) => store.setState({ areas }));
  // Everything personal was erased: drop what we hold and load the fresh (first-run) state.
  client.on('privacy.erased', () => {
    store.setState({ devices: {}, areas: [], pending: {} });
    void load();
  });
  return store;
}
