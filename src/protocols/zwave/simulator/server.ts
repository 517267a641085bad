// A simulated Z-Wave USB stick: zwave-js's MockController with our simulated products, reachable at
// tcp://127.0.0.1:<port> exactly like a network-attached stick. The driver opens it through the same
// code path it uses for /dev/ttyUSB0. Loopback only, no discovery/mDNS.
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { SerialAPIParser, ZWaveSerialFrameType } from '@zwave-js/serial';
import { createAndOpenMockedZWaveSerialPort } from '@zwave-js/serial/mock';
import { MockController, MockNode } from '@zwave-js/testing';
import { createDefaultMockControllerBehaviors, createDefaultMockNodeBehaviors } from 'zwave-js/Testing';
import { reports, sendReport, SCALE_KWH, SCALE_W, type SimContext } from './behaviors';
import { nodeBehaviors, nodeCapabilities } from './nodes';
import { StateFile } from './state-file';
import type { SimNodeSpec, SimNodeState } from './spec';

export interface ZWaveSimulatorOptions {
  nodes: SimNodeSpec[];
  homeId?: number;
  /** JSON file where the simulated devices keep their state across restarts (like real devices do). */
  statePath?: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** How often the simulated world moves on (temperature drift, energy use, periodic reports). */
  tickMs?: number;
}

export interface ZWaveSimulator {
  /** Serial port string for the zwave-js Driver: tcp://127.0.0.1:<port>. */
  readonly path: string;
  readonly homeId: number;
  state(nodeId: number): SimNodeState | undefined;
  /** Observes raw bytes written by the host (the driver), as a stick would receive them. */
  onHostData(cb: (bytes: Uint8Array) => void): () => void;
  /** Runs one step of the simulated world now. */
  tick(): void;
  close(): Promise<void>;
}

export async function startZWaveSimulator(opts: ZWaveSimulatorOptions): Promise<ZWaveSimulator> {
  const homeId = opts.homeId ?? 0xc0ffee01;
  const store = new StateFile(opts.statePath, opts.nodes);
  const { port: mockPort, serial } = await createAndOpenMockedZWaveSerialPort();
  const controller = await MockController.create({ homeId, ownNodeId: 1, mockPort, serial });
  controller.defineBehavior(...createDefaultMockControllerBehaviors());

  const nodes: { spec: SimNodeSpec; node: MockNode; ctx: SimContext }[] = [];
  for (const spec of opts.nodes) {
    const ctx: SimContext = { state: store.get(spec.id), changed: () => store.save() };
    const node = await MockNode.create({ id: spec.id, controller, ...nodeCapabilities(spec) });
    controller.addNode(node);
    node.defineBehavior(...createDefaultMockNodeBehaviors());
    node.defineBehavior(...nodeBehaviors(spec, ctx));
    nodes.push({ spec, node, ctx });
  }

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
    for (const { spec, node, ctx } of nodes) {
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

  return {
    path: `tcp://127.0.0.1:${port}`,
    homeId,
    state: (id) => nodes.find((n) => n.spec.id === id)?.ctx.state,
    onHostData(cb) {
      hostListeners.add(cb);
      return () => hostListeners.delete(cb);
    },
    tick,
    async close() {
      clearInterval(timer);
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
