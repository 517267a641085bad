// What the Z-Wave feature modules (inclusion, SmartStart, maintenance, firmware, NVM) need from the adapter.
import type { Driver, ZWaveNode } from './zwavejs';
import type { Logger } from '../../shared/logger';

export interface ZWaveContext {
  /** The running driver; throws RADIO_UNAVAILABLE when the stick is not running. */
  driver(): Driver;
  /** A node of the running network; throws NOT_FOUND when there is none with that id. */
  node(nodeId: number): ZWaveNode;
  /** The node id behind a native id; throws NOT_FOUND for a device of another network (another home id). */
  nodeIdOf(nativeId: string): number;
  /** A node's native id: `<home id>-<node id>`. */
  nativeIdOf(nodeId: number): string;
  log: Logger;
}
