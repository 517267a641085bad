// Z-Wave depth requests (contract/zwave.ts). Interim: the service behind them lands in the next commits.
import type { ZWaveRequestName } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Core } from '../core';
import type { HandlersFor } from '../transport/dispatch';

export function zwaveHandlers(_core: Core): HandlersFor<ZWaveRequestName> {
  const later = (): never => {
    throw new HearthError('UNSUPPORTED', 'This Z-Wave feature is not available in this build yet.', 'Update Hearth.');
  };
  return {
    'zwave.inclusion.start': later,
    'zwave.inclusion.stop': later,
    'zwave.inclusion.status': later,
    'zwave.inclusion.grant': later,
    'zwave.inclusion.pin': later,
    'zwave.inclusion.s0Consent': later,
    'zwave.exclusion.start': later,
    'zwave.exclusion.stop': later,
    'zwave.smartStart.parse': later,
    'zwave.smartStart.provision': later,
    'zwave.smartStart.list': later,
    'zwave.smartStart.unprovision': later,
    'zwave.node.status': later,
    'zwave.node.replaceFailed': later,
    'zwave.node.removeFailed': later,
    'zwave.node.healthCheck': later,
    'zwave.node.healthCheck.cancel': later,
    'zwave.node.rebuildRoutes': later,
    'zwave.network.rebuildRoutes': later,
    'zwave.network.rebuildRoutes.cancel': later,
    'zwave.node.firmware.update': later,
    'zwave.node.firmware.abort': later,
    'zwave.nvm.list': later,
    'zwave.nvm.backup': later,
    'zwave.nvm.restore': later,
    'zwave.demo.labels': later,
  };
}
