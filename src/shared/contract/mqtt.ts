// MQTT devices (Settings → Integrations → MQTT): the broker (address, sign-in, TLS), testing it, and the devices
// announced on it, which wait until the person adopts (or ignores) them. The password never comes back: the view
// only says whether one is saved.
import { z } from 'zod';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';

/** mqtt://host[:port] or mqtts://host[:port]; a user name or password belongs in their own fields, not the address. */
export const BrokerUrl = z
  .string()
  .trim()
  .min(1, 'Enter the broker address')
  .max(2048)
  .superRefine((text, ctx) => {
    let u: URL;
    try {
      u = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The broker address is not an address: write it as mqtt://host:1883 or mqtts://host:8883' });
      return;
    }
    if (u.protocol !== 'mqtt:' && u.protocol !== 'mqtts:') ctx.addIssue({ code: 'custom', message: 'The broker address must start with mqtt:// (plain) or mqtts:// (TLS)' });
    else if (!u.hostname) ctx.addIssue({ code: 'custom', message: 'The broker address has no host name' });
    if (u.username || u.password) ctx.addIssue({ code: 'custom', message: 'Put the user name and password in their own fields, not in the address' });
    if ((u.pathname && u.pathname !== '/') || u.search || u.hash) ctx.addIssue({ code: 'custom', message: 'The broker address is a host and port only (no path)' });
  });

/** A PEM certificate (or a chain of them): the authority that signed the broker's certificate, or the broker's own self-signed one. */
export const PemCertificate = z
  .string()
  .trim()
  .max(64 * 1024)
  .regex(/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----$/, 'The certificate must be PEM text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----');

export const MqttBrokerInput = z
  .object({
    url: BrokerUrl,
    /** Empty: the broker takes anonymous clients. */
    username: z.string().trim().max(256).default(''),
    /** Omitted: keep the saved password (the window never sees it); '' removes it. */
    password: z.string().max(1024).optional(),
    tls: z
      .object({
        /** Omitted: keep the saved certificate; null removes it. */
        ca: PemCertificate.nullable().optional(),
        /** Accept a certificate nobody vouches for (only when the person said so). */
        allowUntrusted: z.boolean().default(false),
      })
      .strict()
      .default({ allowUntrusted: false }),
  })
  .strict();
export type MqttBrokerInput = z.input<typeof MqttBrokerInput>;

export const MqttLinkState = z.enum(['notRunning', 'starting', 'ready', 'failed', 'stopped']);

export const MqttBrokerView = z.object({
  /** The saved broker (Settings), or null. */
  url: z.string().nullable(),
  username: z.string(),
  hasPassword: z.boolean(),
  /** A certificate to trust is saved. */
  hasCa: z.boolean(),
  allowUntrusted: z.boolean(),
  /** Where the broker Hearth uses comes from: the command line (--mqtt-url / HEARTH_MQTT_URL) wins over Settings. */
  source: z.enum(['settings', 'commandLine', 'none']),
  /** The broker the command line gave, when it did (without credentials). */
  commandLineUrl: z.string().nullable(),
  /** The link to the broker now; notRunning: MQTT is not running in this home (nothing set up, or the demo home). */
  state: MqttLinkState,
  /** What is happening, in plain words ("Reconnecting to … : nothing accepts connections"). */
  message: z.string().nullable(),
});
export type MqttBrokerView = z.infer<typeof MqttBrokerView>;

export const MqttDiscoveredDevice = z.object({
  nativeId: z.string(),
  name: z.string().nullable(),
  manufacturer: z.string(),
  model: z.string(),
  /** "light", "switch", "sensor"… one per entity it announced. */
  components: z.array(z.string()),
  /** What Hearth would make of it ("On/off", "Brightness"…). */
  controls: z.array(z.string()),
  state: z.enum(['discovered', 'adopted', 'ignored']),
  /** Why it was not adopted by itself (the plan's device limit). */
  waiting: z.string().nullable(),
  /** The Hearth device, once adopted. */
  deviceId: Id.nullable(),
});
export type MqttDiscoveredDevice = z.infer<typeof MqttDiscoveredDevice>;

export const MqttDevicesList = z.object({ running: z.boolean(), devices: z.array(MqttDiscoveredDevice) });
export type MqttDevicesList = z.infer<typeof MqttDevicesList>;

const Saved = z.object({ broker: MqttBrokerView, message: z.string(), restartRequired: z.boolean() });
const NativeIdInput = z.object({ nativeId: z.string().min(1).max(128) }).strict();

export const mqttRequests = defineRequests({
  'mqtt.broker.get': { input: NoInput, output: MqttBrokerView, personal: 'none' },
  /** Connects once with these settings (the saved password and certificate when they are left out) and disconnects. */
  'mqtt.broker.test': { input: MqttBrokerInput, output: z.object({ ok: z.literal(true), message: z.string() }), personal: 'none' },
  'mqtt.broker.save': {
    input: MqttBrokerInput,
    output: Saved,
    personal: 'none',
    audit: { action: 'mqtt.broker.save', detail: ['url', 'username'], target: 'url' },
  },
  'mqtt.broker.forget': { input: NoInput, output: Saved, personal: 'none', audit: { action: 'mqtt.broker.forget' } },
  'mqtt.devices.list': { input: NoInput, output: MqttDevicesList, personal: 'none' },
  'mqtt.devices.adopt': { input: NativeIdInput, output: Ok, personal: 'write', adds: 'devices', audit: { action: 'mqtt.device.adopt', target: 'nativeId' } },
  'mqtt.devices.ignore': { input: NativeIdInput, output: Ok, personal: 'write', audit: { action: 'mqtt.device.ignore', target: 'nativeId' } },
  'mqtt.devices.unignore': { input: NativeIdInput, output: Ok, personal: 'write', audit: { action: 'mqtt.device.unignore', target: 'nativeId' } },
});

export const mqttEvents = defineEvents({
  /** The announced devices changed (announced, withdrawn, adopted, ignored) or the link did. */
  'mqtt.devices': MqttDevicesList,
});

export type MqttRequestName = keyof typeof mqttRequests;
