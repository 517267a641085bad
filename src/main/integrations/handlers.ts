// The radio requests every integration answers alike (contract/radios.ts): the radio list, which stick a radio
// uses, pairing, removing a device and its details. What a radio can do comes from its declared features; what is
// audited (radios.configure, devices.remove) is declared in the contract.
import type { RadioRequestName } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { IntegrationFeature } from '../../shared/integration';
import type { Protocol } from '../../shared/model';
import type { DeviceService } from '../services/devices';
import type { AppSettings } from '../settings';
import type { HandlersFor } from '../transport/dispatch';
import type { IntegrationRegistry } from './registry';
import type { StickChoice } from './stack';

export interface RadioHandlerDeps {
  registry: IntegrationRegistry;
  devices: Pick<DeviceService, 'locate' | 'forget'>;
  settings: AppSettings;
  /** Remembers which stick a radio uses (the stack's settings). */
  configure: (settings: AppSettings, input: StickChoice & { protocol: Protocol }) => { message: string };
}

function unsupported(what: string): HearthError {
  return new HearthError('UNSUPPORTED', `This device's radio cannot ${what} yet.`);
}

export function radioHandlers({ registry, devices, settings, configure }: RadioHandlerDeps): HandlersFor<RadioRequestName> {
  /** The device's integration, when it declares `feature`. */
  const located = (deviceId: string, feature: IntegrationFeature, what: string) => {
    const { protocol, nativeId } = devices.locate(deviceId);
    const integration = registry.get(protocol);
    if (!integration.features.has(feature)) throw unsupported(what);
    return { protocol, nativeId, facets: integration.facets };
  };
  return {
    'radios.list': () => registry.list(),
    'radios.configure': (i) => ({ restartRequired: true as const, ...configure(settings, i) }),
    'pairing.start': (i) => registry.pairing.start(i.protocol, i.seconds),
    'pairing.stop': (i) => registry.pairing.stop(i.protocol),
    'pairing.status': (i) => registry.pairing.status(i.protocol),
    'pairing.retry': async (i) => {
      const { protocol, nativeId } = devices.locate(i.deviceId);
      await registry.pairing.retry(protocol, nativeId);
      return { ok: true as const };
    },
    'devices.remove': async (i, ctx) => {
      const { nativeId, facets } = located(i.deviceId, 'remove', 'remove devices');
      if (!facets.remove) throw unsupported('remove devices');
      try {
        await facets.remove.remove(nativeId, { force: i.force });
      } catch (err) {
        // Forced: a device its radio no longer knows is still taken off Hearth's list.
        if (!(i.force && err instanceof HearthError && err.code === 'NOT_FOUND')) throw err;
      }
      if (i.force) devices.forget(i.deviceId, ctx.actor);
      return { ok: true as const };
    },
    'devices.details': async (i) => {
      const { nativeId, protocol, facets } = located(i.deviceId, 'details', 'describe devices');
      if (!facets.details) throw unsupported('describe devices');
      const { nativeId: _n, ...details } = await facets.details.details(nativeId);
      return { deviceId: i.deviceId, protocol, ...details };
    },
  };
}
