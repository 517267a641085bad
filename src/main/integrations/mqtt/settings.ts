// MQTT's settings, declared for the settings registry (src/main/settings): the broker Settings → Integrations → MQTT
// saved (address, user name, a certificate to trust, whether to accept an untrusted one). The password is a secret
// (SecretStore 'mqtt.password'), never a setting. The command line (--mqtt-url, HEARTH_MQTT_URL) wins over these.
import { z } from 'zod';
import { BrokerUrl, PemCertificate } from '../../../shared/contract';
import type { BrokerOptions } from '../../../protocols/mqtt';
import type { SecretStore } from '../../secrets';
import type { AppSettings } from '../../settings';
import { defineSetting } from '../../settings/registry';

export const MQTT_PASSWORD = 'mqtt.password';

export const mqttSettings = [
  defineSetting({
    key: 'integrations.mqtt.url',
    schema: BrokerUrl.optional(),
    default: undefined,
    description: 'The MQTT broker Hearth connects to (Settings → Integrations → MQTT); --mqtt-url wins over it.',
    userVisible: true,
  }),
  defineSetting({
    key: 'integrations.mqtt.username',
    schema: z.string().max(256),
    default: '',
    description: 'The user name Hearth signs in to the MQTT broker with (empty: none); the password is kept with the other secrets.',
    userVisible: true,
  }),
  defineSetting({
    key: 'integrations.mqtt.ca',
    schema: PemCertificate.optional(),
    default: undefined,
    description: 'A certificate (PEM) Hearth trusts for the MQTT broker: the authority that signed its certificate, or its own self-signed one.',
    userVisible: false,
  }),
  defineSetting({
    key: 'integrations.mqtt.allowUntrusted',
    schema: z.boolean(),
    default: false,
    description: 'Connect to the MQTT broker over TLS even when nobody vouches for its certificate (not recommended).',
    userVisible: true,
  }),
] as const;

type Store = Pick<AppSettings, 'get' | 'set'>;

/** The broker saved in Settings, with its password from the secret store; undefined when none is saved. */
export function savedBroker(settings: Store, secrets: SecretStore): BrokerOptions | undefined {
  const url = settings.get('integrations.mqtt.url');
  if (!url) return undefined;
  const username = settings.get('integrations.mqtt.username');
  const password = secrets.get(MQTT_PASSWORD)?.toString('utf8');
  const ca = settings.get('integrations.mqtt.ca');
  return {
    url,
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    ...(ca ? { ca } : {}),
    ...(settings.get('integrations.mqtt.allowUntrusted') ? { rejectUnauthorized: false } : {}),
  };
}

/** What the person entered, as broker options: a password or certificate left out is the saved one. */
export interface BrokerEntry {
  url: string;
  username: string;
  password?: string | undefined;
  tls: { ca?: string | null | undefined; allowUntrusted: boolean };
}

export function brokerFromEntry(entry: BrokerEntry, settings: Store, secrets: SecretStore): BrokerOptions {
  const password = entry.password ?? secrets.get(MQTT_PASSWORD)?.toString('utf8') ?? '';
  const ca = entry.tls.ca === undefined ? settings.get('integrations.mqtt.ca') : (entry.tls.ca ?? undefined);
  return {
    url: entry.url,
    ...(entry.username ? { username: entry.username } : {}),
    ...(password ? { password } : {}),
    ...(ca ? { ca } : {}),
    ...(entry.tls.allowUntrusted ? { rejectUnauthorized: false } : {}),
  };
}

/** Saves the entry (the password sealed in the secret store). */
export function saveBroker(entry: BrokerEntry, settings: Store, secrets: SecretStore): void {
  settings.set('integrations.mqtt.url', entry.url);
  settings.set('integrations.mqtt.username', entry.username);
  if (entry.password !== undefined) {
    if (entry.password === '') secrets.delete(MQTT_PASSWORD);
    else secrets.set(MQTT_PASSWORD, Buffer.from(entry.password, 'utf8'));
  }
  if (entry.tls.ca !== undefined) settings.set('integrations.mqtt.ca', entry.tls.ca ?? undefined);
  settings.set('integrations.mqtt.allowUntrusted', entry.tls.allowUntrusted);
}

export function forgetBroker(settings: Store, secrets: SecretStore): void {
  settings.set('integrations.mqtt.url', undefined);
  settings.set('integrations.mqtt.username', '');
  settings.set('integrations.mqtt.ca', undefined);
  settings.set('integrations.mqtt.allowUntrusted', false);
  secrets.delete(MQTT_PASSWORD);
}
