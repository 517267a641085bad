// The mock stick's behaviours run inside zwave-js's MockController, which calls them without awaiting their promise
// (`void this.serialOnData(data)`): a behaviour that throws — most often "Host did not respond with an ACK within the
// provided timeout" when the host's event loop stalls for a second — became an unhandled rejection in the process
// that runs the demo home. A real stick that misses an ACK simply drops that exchange and the driver retries; the
// simulated one now does the same: the failure is reported to `onFault` and the message counts as handled.
import type { MockControllerBehavior } from './zwavejs';

export type SimFault = (where: string, err: unknown) => void;

async function settle(where: string, onFault: SimFault, run: () => Promise<boolean | undefined> | boolean | undefined): Promise<boolean | undefined> {
  try {
    return await run();
  } catch (err) {
    onFault(where, err);
    return true;
  }
}

/** The same behaviour, its failures reported instead of thrown. */
export function guardBehavior(b: MockControllerBehavior, onFault: SimFault): MockControllerBehavior {
  const g: MockControllerBehavior = {};
  const { onHostData, onHostMessage, onNodeFrame } = b;
  if (onHostData) g.onHostData = (c, data) => settle('host data', onFault, () => onHostData(c, data));
  if (onHostMessage) g.onHostMessage = (c, msg) => settle('host message', onFault, () => onHostMessage(c, msg));
  if (onNodeFrame) g.onNodeFrame = (c, node, frame) => settle(`frame from node ${node.id}`, onFault, () => onNodeFrame(c, node, frame));
  return g;
}

export const guardBehaviors = (bs: MockControllerBehavior[], onFault: SimFault): MockControllerBehavior[] => bs.map((b) => guardBehavior(b, onFault));
