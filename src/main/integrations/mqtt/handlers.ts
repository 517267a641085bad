// MQTT's own requests (contract/mqtt.ts): the broker in Settings → Integrations → MQTT (read without its password,
// tested, saved with the password sealed in the secret store, forgotten) and the announced devices (listed, adopted
// — the dispatcher has already checked the subscription's room, `adds: 'devices'` — ignored, taken back).
import type { MqttBrokerView, MqttRequestName } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import { safeUrl } from '../../../protocols/mqtt/plain';
import type { SecretStore } from '../../secrets';
import type { AppSettings } from '../../settings';
import type { HandlersFor } from '../../transport/dispatch';
import type { IntegrationOptions } from '../stack';
import type { MqttService } from './service';
import { brokerFromEntry, forgetBroker, MQTT_PASSWORD, saveBroker, savedBroker } from './settings';

export interface MqttHandlerDeps {
  settings: AppSettings;
  secrets: SecretStore;
  /** The running MQTT stack's service, or null (no broker, or the demo home). */
  mqtt: () => MqttService | null;
  /** The command line's broker, if any (it wins over Settings). */
  commandLine: () => IntegrationOptions['mqtt'];
  /** Hearth runs the demo home now. */
  demo: () => boolean;
}

const notRunning = () =>
  new HearthError('RADIO_UNAVAILABLE', 'Hearth is not connected to an MQTT broker in this home.', 'Save a broker in Settings → Integrations → MQTT; if Hearth runs the demo home, restart it to run your home.');

export function mqttHandlers(d: MqttHandlerDeps): HandlersFor<MqttRequestName> {
  const view = (): MqttBrokerView => {
    const svc = d.mqtt();
    const cl = d.commandLine();
    const status = svc?.integration.status();
    return {
      url: d.settings.get('integrations.mqtt.url') ?? null,
      username: d.settings.get('integrations.mqtt.username'),
      hasPassword: d.secrets.get(MQTT_PASSWORD) !== null,
      hasCa: d.settings.get('integrations.mqtt.ca') !== undefined,
      allowUntrusted: d.settings.get('integrations.mqtt.allowUntrusted'),
      source: cl ? 'commandLine' : d.settings.get('integrations.mqtt.url') ? 'settings' : 'none',
      commandLineUrl: cl ? safeUrl(cl.url) : null,
      state: status ? status.state : 'notRunning',
      message: !status ? null : status.state === 'failed' ? `${status.message}${status.next ? ` ${status.next}` : ''}` : 'detail' in status ? (status.detail ?? null) : null,
    };
  };
  const service = () => {
    const s = d.mqtt();
    if (!s) throw notRunning();
    return s;
  };
  return {
    'mqtt.broker.get': () => view(),
    'mqtt.broker.test': async (entry) => {
      const broker = brokerFromEntry(entry, d.settings, d.secrets);
      const { testBrokerConnection } = await import('../../../protocols/mqtt');
      await testBrokerConnection({ ...broker, connectTimeoutMs: 8_000 });
      return { ok: true as const, message: `Hearth connected to the broker at ${safeUrl(entry.url)}${broker.username ? ` as ${broker.username}` : ''}.` };
    },
    'mqtt.broker.save': async (entry) => {
      saveBroker(entry, d.settings, d.secrets);
      // Setting up a broker is setting up the real home: back to automatic, which now chooses it.
      d.settings.set('home.active', undefined);
      const svc = d.mqtt();
      if (d.commandLine()) {
        return { broker: view(), restartRequired: true, message: 'Saved. Hearth was started with --mqtt-url (or HEARTH_MQTT_URL), which it uses instead until it starts without it.' };
      }
      if (svc) {
        await svc.useBroker(savedBroker(d.settings, d.secrets)!);
        return { broker: view(), restartRequired: false, message: `Saved. Hearth now uses the broker at ${safeUrl(entry.url)}.` };
      }
      return {
        broker: view(),
        restartRequired: true,
        message: d.demo()
          ? 'Saved. Restart Hearth to leave the demo home and run your home with this broker. The demo home’s devices are kept; you can go back to them in Settings → Demo home or your home.'
          : 'Saved. Restart Hearth to connect to this broker.',
      };
    },
    'mqtt.broker.forget': async () => {
      forgetBroker(d.settings, d.secrets);
      const running = d.mqtt()?.source === 'settings';
      return {
        broker: view(),
        restartRequired: running,
        message: running ? 'Forgotten. Hearth disconnects from the broker when it starts next; adopted devices stay in the list until then.' : 'Forgotten.',
      };
    },
    'mqtt.devices.list': () => d.mqtt()?.list() ?? { running: false, devices: [] },
    'mqtt.devices.adopt': async ({ nativeId }) => {
      await service().adopt(nativeId);
      return { ok: true as const };
    },
    'mqtt.devices.ignore': async ({ nativeId }) => {
      await service().ignore(nativeId);
      return { ok: true as const };
    },
    'mqtt.devices.unignore': async ({ nativeId }) => {
      await service().unignore(nativeId);
      return { ok: true as const };
    },
  };
}
