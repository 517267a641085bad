// What the Z-Wave feature modules (inclusion, SmartStart, maintenance, firmware, NVM) need from the adapter.
import type { Driver } from 'zwave-js';
import type { Logger } from '../../shared/logger';

export interface ZWaveContext {
  /** The running driver; throws RADIO_UNAVAILABLE when the stick is not running. */
  driver(): Driver;
  log: Logger;
}
