// The renderer's home state, fed by the core's events (never polled). Commands are not applied
// optimistically: a control shows "sending" until the device's own report arrives.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AdapterState, HomePreferences, OnboardingState, SystemInfo, SystemNotice, Whoami } from '../../shared/contract';
import { mayCall, OWNER_SESSION } from '../api/household';
import type { Area, CapabilityValue, Device, Protocol } from '../../shared/model';
import { caller } from '../api/call';
import type { Client } from '../api/client';
import { commandDevice, listAreas, listDevices, moveDevice, renameDevice } from '../api/devices';
import { homePreferences, onboardingState } from '../api/onboarding';
import { systemInfo } from '../api/system';
import type { ConnectionState } from '../api/transport';
import type { NoticesState } from './notices';

export interface Pending {
  value: CapabilityValue;
  since: number;
}

export interface HomeState {
  connection: ConnectionState;
  loaded: boolean;
  info: SystemInfo | null;
  adapters: AdapterState[];
  devices: Record<string, Device>;
  areas: Area[];
  pending: Record<string, Pending>;
  /** First-run setup progress; the wizard shows while it is new or in progress. */
  onboarding: OnboardingState | null;
  preferences: HomePreferences | null;
  /** On battery (the core says so): the window turns animations off. */
  lowPower: boolean;
  /** Who this window is: the owner, or a household member or guest signed in to the hub (session.whoami). */
  session: Whoami;
  command(deviceId: string, capabilityId: string, value: CapabilityValue): Promise<void>;
  rename(deviceId: string, name: string): Promise<void>;
  moveTo(deviceId: string, areaId: string | null): Promise<void>;
}

export const pendingKey = (deviceId: string, capabilityId: string) => `${deviceId}/${capabilityId}`;
export const CONFIRM_TIMEOUT_MS = 10_000;

/** Selectors. */
export const selectDevice = (deviceId: string) => (s: HomeState) => s.devices[deviceId];
/** How many devices a radio has now (a number, so a component re-renders only when it changes). */
export const selectDeviceCount = (protocol: Protocol) => (s: HomeState) => {
  let n = 0;
  for (const d of Object.values(s.devices)) if (d.protocol === protocol) n++;
  return n;
};

export function createHomeStore({ client, notices, session = OWNER_SESSION }: { client: Client; notices: StoreApi<NoticesState>; session?: Whoami }): StoreApi<HomeState> {
  const report = (err: unknown) => notices.getState().report(err);
  const call = caller({ client, report });
  const store = createStore<HomeState>()((set, get) => ({
    connection: client.transport.connection,
    loaded: false,
    info: null,
    adapters: [],
    devices: {},
    areas: [],
    pending: {},
    onboarding: null,
    preferences: null,
    lowPower: false,
    session,
    async command(deviceId, capabilityId, value) {
      const key = pendingKey(deviceId, capabilityId);
      set((s) => ({ pending: { ...s.pending, [key]: { value, since: Date.now() } } }));
      const sent = await call(commandDevice, deviceId, capabilityId, value);
      if (!sent) {
        clearPending(key);
        return;
      }
      setTimeout(() => {
        const p = get().pending[key];
        if (p && Date.now() - p.since >= CONFIRM_TIMEOUT_MS - 50) {
          clearPending(key);
          const name = get().devices[deviceId]?.name ?? 'The device';
          notices.getState().notify('warning', `${name} did not confirm the change.`, 'It may be out of range or busy; check it and try again.');
        }
      }, CONFIRM_TIMEOUT_MS);
    },
    async rename(deviceId, name) {
      await call(renameDevice, deviceId, name);
    },
    async moveTo(deviceId, areaId) {
      await call(moveDevice, deviceId, areaId);
    },
  }));

  const clearPending = (key: string) =>
    store.setState((s) => {
      if (!(key in s.pending)) return s;
      const pending = { ...s.pending };
      delete pending[key];
      return { pending };
    });

  let areasLoading: Promise<void> | null = null;
  const loadAreas = () =>
    (areasLoading ??= caller({ client, report }, { quiet: true })(listAreas)
      .then((areas) => areas && store.setState({ areas }))
      .finally(() => (areasLoading = null)));
  const load = async () => {
    // A guest's window reads its rooms and devices only: no setup progress, no home settings.
    const owns = (n: 'onboarding.state' | 'home.preferences') => mayCall(session, n);
    const all = await call((c: Client) =>
      Promise.all([systemInfo(c), listDevices(c), listAreas(c), owns('onboarding.state') ? onboardingState(c) : null, owns('home.preferences') ? homePreferences(c) : null]),
    );
    if (!all) return;
    const [info, devices, areas, onboarding, preferences] = all;
    // A plain loop: Object.fromEntries of [id, device] pairs took Chromium 40-47 ms for 10,000 devices, this 7-19.
    // (An id '__proto__' is defined as an own entry, as fromEntries would, not assigned as the prototype.)
    const byId: Record<string, Device> = {};
    for (const d of devices) {
      if (d.id === '__proto__') Object.defineProperty(byId, d.id, { value: d, enumerable: true, writable: true, configurable: true });
      else byId[d.id] = d;
    }
    store.setState({
      info,
      adapters: info.adapters,
      areas,
      devices: byId,
      onboarding,
      preferences,
      lowPower: info.lowPower ?? false,
      loaded: true,
    });
    for (const n of info.notices ?? []) showNotice(n);
  };
  // A notice from the core (a restored database, a full disk) is shown once, however often the window reloads.
  const shown = new Set<string>();
  const showNotice = (n: SystemNotice) => {
    const key = `${n.kind}@${n.at}`;
    if (shown.has(key)) return;
    shown.add(key);
    notices.getState().notify(n.level === 'error' ? 'error' : n.level === 'warning' ? 'warning' : 'message', n.message, n.next);
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
  client.on('system.notice', (n) => showNotice(n));
  client.on('system.power', ({ lowPower }) => store.setState({ lowPower }));
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
