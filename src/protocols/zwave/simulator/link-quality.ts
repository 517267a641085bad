// How well the simulated stick hears each node. A real 500/700-series stick ends each SendData with a TX report
// (the RSSI of the node's acknowledgement, the repeaters used; SendData or, as zwave-js sends it, SendDataBridge); zwave-js's mock sends none, so this adds one to the
// mock's transmit report, from a signal strength per node that tests can change (a node moved away, a wall, noise).
import { ProtocolDataRate, SendDataBridgeRequest, SendDataBridgeRequestTransmitReport, SendDataRequest, SendDataRequestTransmitReport, serializableTXReportToTXReport, type MockController, type MockControllerBehavior } from './zwavejs';

/** What a node nearby sounds like, dBm. */
const DEFAULT_RSSI = -55;

export class SimLinks {
  readonly #rssi = new Map<number, number>();
  readonly #repeaters = new Map<number, number[]>();
  /** SendData callback id → node id, until its transmit report goes to the host. */
  readonly #pending = new Map<number, number>();

  /** The signal strength the stick hears the node's acknowledgements with from now on (dBm), and its route. */
  set(nodeId: number, rssi: number, repeaters: number[] = []): void {
    this.#rssi.set(nodeId, Math.max(-120, Math.min(-1, Math.round(rssi))));
    this.#repeaters.set(nodeId, repeaters.slice(0, 4));
  }

  /** Notes which node each SendData goes to, and puts a TX report on the transmit report the mock then sends. */
  install(controller: MockController): MockControllerBehavior {
    const send = controller.sendMessageToHost.bind(controller);
    controller.sendMessageToHost = (msg, fromNode) => {
      const callbackId = msg.callbackId;
      if ((msg instanceof SendDataRequestTransmitReport || msg instanceof SendDataBridgeRequestTransmitReport) && !msg.txReport && msg.isOK() && callbackId !== undefined) {
        const nodeId = this.#pending.get(callbackId);
        this.#pending.delete(callbackId);
        if (nodeId !== undefined) {
          const repeaters = this.#repeaters.get(nodeId) ?? [];
          // The bridge report declares it read-only; it is read when the message is serialized, just after this.
          (msg as { txReport: unknown }).txReport = serializableTXReportToTXReport({
            txTicks: 2,
            routeSpeed: ProtocolDataRate.ZWave_100k,
            ackRSSI: this.#rssi.get(nodeId) ?? DEFAULT_RSSI,
            repeaterNodeIds: repeaters as [number?, number?, number?, number?],
          });
        }
      }
      return send(msg, fromNode);
    };
    return {
      onHostMessage: (_c, msg) => {
        if ((msg instanceof SendDataRequest || msg instanceof SendDataBridgeRequest) && msg.callbackId) this.#pending.set(msg.callbackId, msg.getNodeId()!);
        return false;
      },
    };
  }
}
