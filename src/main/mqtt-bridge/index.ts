// The MQTT bridge as the composition root builds it: where to publish (hub flags, else settings), whether the
// subscription includes it, and the core's devices, plans and audit log. See bridge.ts and README.md.
import { randomBytes } from 'node:crypto';
import type { BrokerOptions } from '../../protocols/mqtt/plain';
import { HearthError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { TIERS, type Tier } from '../../shared/tiers';
import type { EventBus } from '../bus';
import type { AppSettings } from '../settings';
import { MqttBridge, type BridgeConfig, type MqttBridgeDeps } from './bridge';

export { MqttBridge, backoff, type BridgeConfig, type BridgeStatus } from './bridge';
export { entitiesOf } from './entities';
export { homeTopics, deviceSlug } from './topics';

/** What the host was told on its command line (hub: --mqtt-publish, --mqtt-publish-url, --mqtt-home-id). */
export interface PublishOptions {
  /** --mqtt-publish (or a --mqtt-publish-url): publish for this run, whatever the setting says. */
  enabled?: boolean | undefined;
  url?: string | undefined;
  credentialsFile?: string | undefined;
  homeId?: string | undefined;
}

export interface BridgeFactoryDeps extends Omit<MqttBridgeDeps, 'config' | 'refusal' | 'connect'> {
  settings: AppSettings;
  /** The hub's flags for publishing, and the broker Hearth reads MQTT devices from (--mqtt-url), if any. */
  options?: { publish?: PublishOptions | undefined; consumer?: { url: string; credentialsFile?: string | undefined } | undefined };
  /** Reads a credentials file ({"username", "password"}), refusing a bad one in plain words. */
  readCredentials(file: string): { username: string; password: string };
  /** The broker saved in Settings → Integrations → MQTT (its password from the secret store), if any. */
  savedBroker?: () => BrokerOptions | undefined;
  tier(): Tier;
  demo(): boolean;
  connect?: MqttBridgeDeps['connect'];
}

export function createMqttBridge(d: BridgeFactoryDeps): MqttBridge {
  const config = (): BridgeConfig | { off: string } | { refused: string } => {
    const flags = d.options?.publish;
    const enabled = flags?.enabled === true || d.settings.get('mqtt.publish.enabled');
    if (!enabled) return { off: 'Publishing on MQTT is off.' };
    const consumer = d.options?.consumer;
    const settingUrl = d.settings.get('mqtt.publish.url');
    let broker: BrokerOptions;
    try {
      if (flags?.url) broker = { url: flags.url, ...(flags.credentialsFile ? d.readCredentials(flags.credentialsFile) : {}) };
      else if (settingUrl) broker = { url: settingUrl };
      else if (consumer) broker = { url: consumer.url, ...(consumer.credentialsFile ? d.readCredentials(consumer.credentialsFile) : {}) };
      else {
        const saved = d.savedBroker?.();
        if (!saved) return { refused: 'No broker to publish on: set one up in Settings → Integrations → MQTT, or start the hub with --mqtt-publish-url (or --mqtt-url).' };
        broker = saved;
      }
    } catch (err) {
      return { refused: err instanceof HearthError ? `${err.message}${err.next ? ` ${err.next}` : ''}` : String(err) };
    }
    let homeId = flags?.homeId ?? d.settings.get('mqtt.publish.homeId');
    if (!homeId) {
      homeId = `home-${randomBytes(3).toString('hex')}`;
      d.settings.set('mqtt.publish.homeId', homeId);
    }
    return { broker, homeId, discoveryPrefix: d.settings.get('mqtt.publish.discoveryPrefix'), allowUnlock: d.settings.get('mqtt.publish.allowUnlock') };
  };
  const refusal = (): string | null => {
    if (d.demo()) return null; // the demo home is exempt from the tiers, as from their limits
    const tier = d.tier();
    if (TIERS[tier].features.mqttBridge) return null;
    const with_ = (Object.keys(TIERS) as Tier[]).filter((t) => TIERS[t].features.mqttBridge).map((t) => TIERS[t].label);
    return `Publishing this home on MQTT (the MQTT bridge) is part of ${with_.join(' and ')}; this home is on ${TIERS[tier].label}. Upgrade in Subscription (a licence key unlocks it at once).`;
  };
  const bridge = new MqttBridge({ ...d, connect: d.connect ?? (async (o) => (await import('../../protocols/mqtt')).connectBroker(o)), config, refusal });
  watchSubscription(d.bus, d.log, bridge);
  return bridge;
}

/** A licence activated or dropped: publishing starts or stops to match. */
function watchSubscription(bus: EventBus, log: Logger, bridge: MqttBridge): void {
  bus.on('subscription.changed', 'mqtt-bridge-tier', () => {
    bridge.apply().catch((err: unknown) => log.error('MQTT bridge: could not apply the new subscription', err));
  });
}
