// A simulated Z-Wave USB stick: zwave-js's MockController with our simulated products, reachable at
// tcp://127.0.0.1:<port> exactly like a network-attached stick. The driver opens it through the same
// code path it uses for /dev/ttyUSB0. Loopback only, no discovery/mDNS. Besides the devices in the network
// there are "spares" in their boxes: they join when inclusion starts and their button is pressed (or,
// for the demo, by themselves), or by SmartStart once their QR code is on the provisioning list.
import { SimLinks } from './link-quality';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { getDefaultSupportedFunctionTypes, FunctionType, SerialAPIParser, SerialAPIStartedRequest, SerialAPIWakeUpReason, ZWaveSerialFrameType, createAndOpenMockedZWaveSerialPort, MockController, createDefaultMockControllerBehaviors } from './zwavejs';
import { reports, sendReport, SCALE_KWH, SCALE_W } from './behaviors';
import { announceSmartStart, controllerBehaviors, type ControllerSim } from './controller-behaviors';
import { firmwareFragmentBehavior } from './firmware';
import { guardBehavior, guardBehaviors, type SimFault } from './guard';
import { nvmBehavior } from './nvm';
import { deviceLabel, type DeviceLabel } from './security';
import { StateFile } from './state-file';
import type { SimNodeSpec, SimNodeState, SimSpareSpec } from './spec';
import { keyOf, SimWorld } from './world';

export interface ZWaveSimulatorOptions {
  nodes: SimNodeSpec[];
  /** Devices still in their boxes. */
  spares?: SimSpareSpec[];
  homeId?: number;
  /** The network keys (the devices learn them when included; the mock stick needs them to talk to secure devices). */
  securityKeys?: Partial<Record<'S0_Legacy' | 'S2_Unauthenticated' | 'S2_Authenticated' | 'S2_AccessControl', Uint8Array<ArrayBuffer>>>;
  /** Demo: a spare joins whenever inclusion starts, as if its button were pressed. Tests press buttons themselves. */
  autoJoinSpares?: boolean;
  /** JSON file where the simulated devices and the stick's network table persist across restarts. */
  statePath?: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** How often the simulated world moves on (temperature drift, energy use, periodic reports). */
  tickMs?: number;
  /** How often SmartStart devices announce themselves while the stick listens. */
  smartStartEveryMs?: number;
  /** A simulated exchange that failed (the host did not ACK in time, a node did not answer): dropped, as a real stick drops it. */
  onFault?: SimFault;
}

export interface ZWaveSimulator {
  /** Serial port string for the zwave-js Driver: tcp://127.0.0.1:<port>. */
  readonly path: string;
  readonly homeId: number;
  /** A device's state, by node id (in the network) or key (spares). */
  state(idOrKey: number | string): SimNodeState | undefined;
  /** The node id a device has in the network, if it is in. */
  nodeIdOf(key: string): number | undefined;
  /** Node ids the stick lists. */
  nodeIds(): number[];
  /** The label on the device's box: DSK, PIN (its first five digits) and SmartStart QR string. */
  label(key: string): Promise<DeviceLabel>;
  /** The device enters learn mode: it joins the next inclusion/replacement or leaves with the next exclusion (`times`: the next few). */
  pressButton(idOrKey: number | string, times?: number): void;
  /** The device breaks (stops answering), or works again. */
  fail(idOrKey: number | string, failed?: boolean): void;
  /**
   * Someone uses the device itself (the wall switch, the dimmer's paddle, the thermostat's dial): its state changes
   * and it reports the change, as a Z-Wave Plus device with a lifeline does. A broken device does nothing.
   */
  operate(idOrKey: number | string, change: Partial<Pick<SimNodeState, 'on' | 'level' | 'setpoint'>>): void;
  /** Observes raw bytes written by the host (the driver), as a stick would receive them. */
  onHostData(cb: (bytes: Uint8Array) => void): () => void;
  /** Runs one step of the simulated world now. */
  tick(): void;
  /** Whether a host (the driver) has the stick open. */
  connected(): boolean;
  /** Noise on the line: these bytes reach the host as if the stick had sent them (a loose cable, a flaky USB hub). */
  noise(bytes: Uint8Array): void;
  /** The stick restarts by itself (a watchdog or brown-out reset) and says so, as its firmware does after any reset. */
  restartStick(): Promise<void>;
  /** How well the stick hears the node from now on: the RSSI (dBm) of its acknowledgements, and its route's repeaters. */
  setLink(nodeId: number, rssi: number, repeaters?: number[]): void;
  close(): Promise<void>;
}

const EXTRA_FUNCTIONS = [
  FunctionType.GetBackgroundRSSI,
  FunctionType.IsFailedNode,
  FunctionType.RemoveFailedNode,
  FunctionType.ReplaceFailedNode,
  FunctionType.GetRoutingInfo,
  FunctionType.RequestNodeNeighborUpdate,
  FunctionType.AssignReturnRoute,
  FunctionType.DeleteReturnRoute,
  FunctionType.SetRFReceiveMode,
  FunctionType.StartWatchdog,
  FunctionType.StopWatchdog,
  FunctionType.NVMOperations,
  FunctionType.SoftReset,
];

export async function startZWaveSimulator(opts: ZWaveSimulatorOptions): Promise<ZWaveSimulator> {
  const specs: Array<SimNodeSpec | SimSpareSpec> = [...opts.nodes, ...(opts.spares ?? [])];
  const initialHomeId = opts.homeId ?? 0xc0ffee01;
  const store = new StateFile(
    opts.statePath,
    specs.map((s) => ({ key: keyOf(s), kind: s.kind })),
    {
      homeId: initialHomeId,
      lastNodeId: Math.max(1, ...opts.nodes.map((n) => n.id)),
      nodes: Object.fromEntries(opts.nodes.map((n) => [String(n.id), String(n.id)])),
      granted: Object.fromEntries(opts.nodes.map((n) => [String(n.id), n.security ?? []])),
      members: Object.fromEntries(opts.nodes.map((n) => [String(n.id), n.id])),
    },
  );
  const homeId = store.network.homeId;
  const { port: mockPort, serial } = await createAndOpenMockedZWaveSerialPort();
  const controller = await MockController.create({
    homeId,
    ownNodeId: 1,
    mockPort,
    serial,
    capabilities: { supportedFunctionTypes: [...getDefaultSupportedFunctionTypes(), ...EXTRA_FUNCTIONS] },
    ...(opts.securityKeys ? { securityKeys: opts.securityKeys } : {}),
  });
  const onFault: SimFault = opts.onFault ?? (() => undefined);
  // zwave-js's own mock behaviours also answer from timers (setImmediate) without awaiting the send; a host that does
  // not ACK in time would make that an unhandled rejection. A real stick retransmits, then gives up on the frame.
  const send = controller.sendMessageToHost.bind(controller);
  controller.sendMessageToHost = (msg, node) => send(msg, node).catch((err: unknown) => onFault('message to the host', err));
  controller.defineBehavior(...guardBehaviors(createDefaultMockControllerBehaviors(), onFault));
  const world = new SimWorld(controller, store, specs, opts.autoJoinSpares ?? false);
  const sim: ControllerSim = { world, smartStartListening: false };
  controller.defineBehavior(
    ...guardBehaviors(
      [
        ...controllerBehaviors(sim),
        firmwareFragmentBehavior((id) => world.device(id)),
        nvmBehavior(world, (id) => {
          controller.homeId = id;
        }),
      ],
      onFault,
    ),
  );
  // Defined last so it runs first (the mock asks its newest behaviours first); it only watches, handling nothing.
  const links = new SimLinks();
  controller.defineBehavior(guardBehavior(links.install(controller), onFault));
  await world.start();

  let client: Socket | undefined;
  const hostListeners = new Set<(b: Uint8Array) => void>();

  // Controller -> host: frames the mock controller emits go to the connected client.
  const reader = serial.readable.getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      if (!value || value.type !== ZWaveSerialFrameType.SerialAPI) continue;
      client?.write(typeof value.data === 'number' ? Uint8Array.from([value.data]) : value.data);
    }
  })();

  const server = createServer((socket) => {
    if (client) {
      // A serial port has one user at a time.
      socket.destroy();
      return;
    }
    client = socket;
    socket.setNoDelay(true);
    // Host -> controller: TCP does not keep frame boundaries; the mock controller wants one frame per chunk.
    const parser = new SerialAPIParser();
    const parserWriter = parser.writable.getWriter();
    void parser.readable
      .pipeTo(
        new WritableStream({
          write: async (frame) => {
            if (frame.type !== ZWaveSerialFrameType.SerialAPI) return;
            const bytes = typeof frame.data === 'number' ? Uint8Array.from([frame.data]) : frame.data;
            await serial.writeAsync(bytes).catch(() => undefined);
          },
        }),
      )
      .catch(() => undefined);
    socket.on('data', (chunk) => {
      for (const l of hostListeners) l(chunk);
      void parserWriter.write(chunk).catch(() => undefined);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (client === socket) client = undefined;
      void parserWriter.abort().catch(() => undefined);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const tick = () => {
    for (const { spec, node, ctx, failed } of world.devices) {
      if (!node || failed) continue;
      const s = ctx.state;
      if (spec.kind === 'thermostat') {
        const diff = s.setpoint - s.temperature;
        if (Math.abs(diff) >= 0.05) {
          s.temperature = Math.round((s.temperature + Math.sign(diff) * Math.min(Math.abs(diff), 0.2)) * 100) / 100;
          ctx.changed();
          sendReport(node, reports.temperature(controller, s));
        }
      } else if (spec.kind === 'plug' && s.on) {
        s.energyKWh += (s.loadW * (opts.tickMs ?? 15_000)) / 3_600_000 / 1000;
        ctx.changed();
        sendReport(node, reports.meter(controller, s, SCALE_W));
        sendReport(node, reports.meter(controller, s, SCALE_KWH));
      }
      // The mocks record every frame for test assertions; a long-running demo must not grow without bound.
      node.clearReceivedControllerFrames();
      node.clearSentControllerFrames();
    }
    controller.clearReceivedHostMessages();
  };
  const timer = setInterval(tick, opts.tickMs ?? 15_000);
  timer.unref();
  const smartStartTimer = setInterval(() => void announceSmartStart(controller, sim).catch(() => undefined), opts.smartStartEveryMs ?? 3_000);
  smartStartTimer.unref();

  return {
    path: `tcp://127.0.0.1:${port}`,
    homeId,
    state: (idOrKey) => world.device(idOrKey)?.ctx.state,
    nodeIdOf: (key) => {
      const d = world.device(key);
      return d ? world.nodeIdOf(d) : undefined;
    },
    nodeIds: () => world.includedIds(),
    setLink: (nodeId, rssi, repeaters) => links.set(nodeId, rssi, repeaters),
    label: (key) => {
      const d = world.device(key);
      if (!d) throw new Error(`no simulated device ${key}`);
      return deviceLabel(d.key, d.spec);
    },
    pressButton: (idOrKey, times) => world.press(idOrKey, times),
    fail: (idOrKey, failed = true) => world.fail(idOrKey, failed),
    operate(idOrKey, change) {
      const d = world.device(idOrKey);
      if (!d?.node || d.failed) return;
      const s = d.ctx.state;
      if (change.level !== undefined) {
        s.level = Math.min(99, Math.max(0, Math.round(change.level)));
        s.on = s.level > 0;
        if (s.level > 0) s.lastLevel = s.level;
      }
      if (change.on !== undefined) {
        s.on = change.on;
        if (d.spec.kind === 'dimmer') s.level = change.on ? s.lastLevel : 0;
      }
      if (change.setpoint !== undefined) s.setpoint = change.setpoint;
      d.ctx.changed();
      if (d.spec.kind === 'dimmer') sendReport(d.node, reports.multilevel(controller, s));
      else if (d.spec.kind === 'thermostat') sendReport(d.node, reports.setpoint(controller, s));
      else {
        sendReport(d.node, reports.binary(controller, s));
        if (d.spec.kind === 'plug') sendReport(d.node, reports.meter(controller, s, SCALE_W));
      }
    },
    onHostData(cb) {
      hostListeners.add(cb);
      return () => hostListeners.delete(cb);
    },
    tick,
    noise: (bytes) => void client?.write(bytes),
    restartStick: () =>
      controller.sendMessageToHost(
        new SerialAPIStartedRequest({
          wakeUpReason: SerialAPIWakeUpReason.WatchdogReset,
          watchdogEnabled: false,
          isListening: true,
          genericDeviceClass: 0x02, // static controller
          specificDeviceClass: 0x01,
          supportedCCs: [],
          controlledCCs: [],
          supportsLongRange: false,
        }),
      ),
    connected: () => client !== undefined && !client.destroyed,
    async close() {
      clearInterval(timer);
      clearInterval(smartStartTimer);
      store.flush();
      client?.destroy();
      await new Promise<void>((r) => server.close(() => r()));
      controller.destroy();
      await reader.cancel().catch(() => undefined);
      await serial.close().catch(() => undefined);
      mockPort.destroy();
    },
  };
}
