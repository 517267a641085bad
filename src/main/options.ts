// Command-line options shared by both hosts.
import { parseArgs } from 'node:util';
import { HearthError } from '../shared/errors';
import { ZIGBEE_ADAPTER_TYPES } from '../protocols/zigbee/plain';

type ZigbeeAdapterType = (typeof ZIGBEE_ADAPTER_TYPES)[number];
import { defaultDataDir } from './paths';

export interface AppOptions {
  hub: boolean;
  dataDir: string;
  zwavePort: string | undefined;
  zigbeePort: string | undefined;
  zigbeeAdapter: ZigbeeAdapterType | undefined;
  host: string;
  port: number;
  help: boolean;
  /** Hub mode: the key file sealing secrets at rest (default <data-dir>/secrets.key). */
  keyFile: string | undefined;
  /** Hub mode: a file holding a passphrase that seals secrets instead of a key file (also HEARTH_PASSPHRASE). */
  passphraseFile: string | undefined;
  skipOnboarding: boolean;
  /** MQTT broker whose Home Assistant discovery devices Hearth reads (also HEARTH_MQTT_URL). */
  mqttUrl: string | undefined;
  /** A JSON file {"username", "password"} for the broker. */
  mqttCredentialsFile: string | undefined;
  /** 'all' adopts every announced device; 'none' (default) leaves them for the user to adopt. */
  mqttAdopt: 'all' | 'none';
  /** Publish this home on MQTT (Home Assistant discovery) for this run: on the --mqtt-publish-url broker, else --mqtt-url's. */
  mqttPublish: boolean;
  mqttPublishUrl: string | undefined;
  mqttPublishCredentialsFile: string | undefined;
  /** This home's name in topics (hearth/<id>/…). */
  mqttHomeId: string | undefined;
  /** Hub mode: serve the local API (/api/v1) for this run, whatever Settings → API says. */
  api: boolean;
}

const DEFAULT_HUB_PORT = 8420;

export const USAGE = `Usage: npm start -- [options]

  --hub                 Run without a window; open the printed address in a browser.
  --data-dir DIR        Where Hearth keeps its data (also HEARTH_DATA_DIR).
  --zwave-port PATH     Serial port of a Z-Wave stick (e.g. /dev/ttyUSB0, COM3).
  --zigbee-port PATH    Serial port of a Zigbee stick (e.g. /dev/serial/by-id/…, COM4, tcp://host:port).
  --zigbee-adapter TYPE Its herdsman adapter: ${ZIGBEE_ADAPTER_TYPES.join(', ')}.
                        Default: from the plugged-in stick's USB id, else zstack.
                        Without any stick, broker or saved choice Hearth starts the demo home
                        (Settings → Demo home or your home switches; a stick or broker here runs your home).
  --host ADDR           Address the hub listens on (default 127.0.0.1, this computer only).
  --port N              Port the hub listens on (default ${DEFAULT_HUB_PORT}; 0 picks a free one).
                        Bound beyond this computer, the hub serves HTTPS with a self-signed certificate.
  --key-file PATH       Hub mode: key file (0600) that encrypts secrets at rest (default <data-dir>/secrets.key).
  --passphrase-file PATH
                        Hub mode: encrypt secrets with the passphrase in this file instead (also HEARTH_PASSPHRASE).
  --skip-onboarding     Start a new data folder without the setup wizard.
  --mqtt-url URL        MQTT broker (mqtt://host:1883 or mqtts://host:8883) whose devices announce themselves
                        with Home Assistant discovery (also HEARTH_MQTT_URL).
  --mqtt-credentials-file FILE
                        JSON file {"username": …, "password": …} for the broker.
  --mqtt-adopt all|none Adopt every announced device (up to the plan's device limit; the rest wait, said in the
                        log), or none (default): adopt them in Settings → Integrations → MQTT.
                        These win over the broker saved in Settings → Integrations → MQTT.
  --mqtt-publish        Publish this home's devices on MQTT with Home Assistant discovery (off by default),
                        on the --mqtt-url broker unless --mqtt-publish-url names another. Commands from MQTT
                        run as plans, audited as mqtt:<broker>. Needs Professional or Enterprise.
  --mqtt-publish-url URL
                        Publish on this broker instead (implies --mqtt-publish; also HEARTH_MQTT_PUBLISH_URL).
  --mqtt-publish-credentials-file FILE
                        JSON file {"username": …, "password": …} for that broker.
  --mqtt-home-id ID     This home's name in topics, hearth/<ID>/… (letters, digits, _ and -; default: made up
                        once and kept; also HEARTH_MQTT_HOME_ID).
  --api                 Serve the local API (/api/v1, OpenAPI at /api/v1/openapi.json) on the hub's address and
                        port for this run (also Settings → API). Tokens: npx hearth token create. Premium and up.
  --help                Show this help.

  HEARTH_ZWAVE_PORT, HEARTH_ZIGBEE_PORT and HEARTH_ZIGBEE_ADAPTER in the environment override the saved
  radio settings (the options above override both).
`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): AppOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        hub: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        'zwave-port': { type: 'string' },
        'zigbee-port': { type: 'string' },
        'zigbee-adapter': { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: String(DEFAULT_HUB_PORT) },
        help: { type: 'boolean', default: false },
        'key-file': { type: 'string' },
        'passphrase-file': { type: 'string' },
        'skip-onboarding': { type: 'boolean', default: false },
        'mqtt-url': { type: 'string' },
        'mqtt-credentials-file': { type: 'string' },
        'mqtt-adopt': { type: 'string', default: 'none' },
        'mqtt-publish': { type: 'boolean', default: false },
        'mqtt-publish-url': { type: 'string' },
        'mqtt-publish-credentials-file': { type: 'string' },
        'mqtt-home-id': { type: 'string' },
        api: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    throw new HearthError('BAD_REQUEST', (err as Error).message, 'Run with --help to see the options.');
  }
  const zigbeeAdapter = values['zigbee-adapter'];
  if (zigbeeAdapter !== undefined && !(ZIGBEE_ADAPTER_TYPES as readonly string[]).includes(zigbeeAdapter)) {
    throw new HearthError('BAD_REQUEST', `--zigbee-adapter must be one of ${ZIGBEE_ADAPTER_TYPES.join(', ')}, not "${zigbeeAdapter}".`);
  }
  const mqttUrl = values['mqtt-url'] ?? (env.HEARTH_MQTT_URL || undefined);
  if (mqttUrl !== undefined && !/^mqtts?:\/\/[^/\s]+/.test(mqttUrl)) {
    throw new HearthError('BAD_REQUEST', `--mqtt-url must look like mqtt://host:1883 or mqtts://host:8883, not "${mqttUrl}".`);
  }
  const mqttAdopt = values['mqtt-adopt'] ?? 'none';
  if (mqttAdopt !== 'all' && mqttAdopt !== 'none') throw new HearthError('BAD_REQUEST', `--mqtt-adopt must be all or none, not "${mqttAdopt}".`);
  const mqttPublishUrl = values['mqtt-publish-url'];
  if (mqttPublishUrl !== undefined && !/^mqtts?:\/\/[^/\s]+/.test(mqttPublishUrl)) {
    throw new HearthError('BAD_REQUEST', `--mqtt-publish-url must look like mqtt://host:1883 or mqtts://host:8883, not "${mqttPublishUrl}".`);
  }
  const mqttHomeId = values['mqtt-home-id'];
  if (mqttHomeId !== undefined && !/^[a-zA-Z0-9_-]{1,64}$/.test(mqttHomeId)) {
    throw new HearthError('BAD_REQUEST', `--mqtt-home-id may hold only letters, digits, "_" and "-" (up to 64; it is part of MQTT topics), not "${mqttHomeId}".`);
  }
  const mqttPublish = (values['mqtt-publish'] ?? false) || mqttPublishUrl !== undefined;
  if (mqttPublish && !mqttPublishUrl && !mqttUrl && !env.HEARTH_MQTT_PUBLISH_URL) {
    throw new HearthError('BAD_REQUEST', '--mqtt-publish needs a broker: give --mqtt-publish-url URL, or --mqtt-url URL.');
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new HearthError('BAD_REQUEST', `--port must be a number from 0 to 65535, not "${values.port}".`);
  }
  return {
    hub: values.hub ?? false,
    dataDir: values['data-dir'] ?? defaultDataDir(process.platform, env),
    zwavePort: values['zwave-port'],
    zigbeePort: values['zigbee-port'],
    zigbeeAdapter: zigbeeAdapter as ZigbeeAdapterType | undefined,
    host: values.host ?? '127.0.0.1',
    port,
    help: values.help ?? false,
    keyFile: values['key-file'],
    passphraseFile: values['passphrase-file'],
    skipOnboarding: values['skip-onboarding'] ?? false,
    mqttUrl,
    mqttCredentialsFile: values['mqtt-credentials-file'],
    mqttAdopt,
    mqttPublish,
    mqttPublishUrl,
    mqttPublishCredentialsFile: values['mqtt-publish-credentials-file'],
    mqttHomeId,
    api: values.api ?? false,
  };
}
