// MQTT in the registry: the broker from the command line (--mqtt-url or HEARTH_MQTT_URL, credentials from
// --mqtt-credentials-file; it wins) or the one saved in Settings → Integrations → MQTT. Announced devices wait to be
// adopted (--mqtt-adopt all adopts them all, up to the subscription's device limit). A broker counts as a
// configured real home: with one, Hearth runs the real home, not the demo (homes.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BrokerOptions } from '../../../protocols/mqtt/plain';
import { HearthError } from '../../../shared/errors';
import type { StackContext, StackModule } from '../stack';
import { MqttService } from './service';
import { savedBroker } from './settings';

const Credentials = z.object({ username: z.string().min(1).max(256), password: z.string().max(1024) }).strict();

/** Reads the credentials file; a missing or malformed one is a plain error naming the file and what it needs. */
export function readMqttCredentials(file: string): z.infer<typeof Credentials> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HearthError('BAD_REQUEST', `Cannot read the MQTT credentials file ${file}: ${(err as Error).message}.`, 'Give --mqtt-credentials-file a readable JSON file.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HearthError('BAD_REQUEST', `The MQTT credentials file ${file} is not JSON.`, 'Write it as {"username": "…", "password": "…"}.');
  }
  const parsed = Credentials.safeParse(json);
  if (!parsed.success) throw new HearthError('BAD_REQUEST', `The MQTT credentials file ${file} must hold exactly "username" and "password" (as text).`, 'Write it as {"username": "…", "password": "…"}.');
  return parsed.data;
}

/** The broker in force: the command line's, else the one saved in Settings; undefined when neither. */
export function brokerInForce(ctx: Pick<StackContext, 'options' | 'settings' | 'secrets'>): { source: 'commandLine' | 'settings'; broker: BrokerOptions; adopt: 'all' | 'none' } | undefined {
  const cl = ctx.options.mqtt;
  if (cl) {
    const credentials = cl.credentialsFile ? readMqttCredentials(cl.credentialsFile) : undefined;
    return { source: 'commandLine', broker: { url: cl.url, ...(credentials ?? {}) }, adopt: cl.adopt };
  }
  const saved = savedBroker(ctx.settings, ctx.secrets);
  return saved ? { source: 'settings', broker: saved, adopt: 'none' } : undefined;
}

export const mqttStack: StackModule = {
  protocol: 'mqtt',
  name: 'MQTT',
  configured: (ctx) => ctx.options.mqtt !== undefined || ctx.settings.get('integrations.mqtt.url') !== undefined,
  async real(ctx) {
    const b = brokerInForce(ctx);
    if (!b) return undefined;
    const { createMqttIntegration } = await import('../../../protocols/mqtt');
    const integration = createMqttIntegration({
      broker: b.broker,
      dataDir: join(ctx.dataDir, 'mqtt'),
      adopt: b.adopt,
      log: ctx.log,
      ...(ctx.gate ? { admit: () => ctx.gate!.assertRoom('devices') } : {}),
    });
    const service = new MqttService({ integration, bus: ctx.bus, devices: ctx.devices, log: ctx.log, source: b.source });
    return { integration, service, shutdown: async () => undefined };
  },
  demo: async () => undefined,
};
