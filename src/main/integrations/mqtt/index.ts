// MQTT in the registry: the broker from the command line (--mqtt-url or HEARTH_MQTT_URL, credentials from
// --mqtt-credentials-file), whose announced devices wait to be adopted (--mqtt-adopt all adopts them all).
// A broker counts as a configured radio: with one, Hearth runs the real home, not the demo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createMqttIntegration } from '../../../protocols/mqtt';
import { HearthError } from '../../../shared/errors';
import type { StackContext, StackModule } from '../stack';

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

const broker = (ctx: StackContext) => ctx.options.mqtt;

export const mqttStack: StackModule = {
  protocol: 'mqtt',
  name: 'MQTT',
  configured: (ctx) => broker(ctx) !== undefined,
  async real(ctx) {
    const b = broker(ctx);
    if (!b) return undefined;
    const credentials = b.credentialsFile ? readMqttCredentials(b.credentialsFile) : undefined;
    const integration = createMqttIntegration({
      broker: { url: b.url, ...(credentials ?? {}) },
      dataDir: join(ctx.dataDir, 'mqtt'),
      adopt: b.adopt,
      log: ctx.log,
    });
    return { integration, service: { start() {}, stop() {} }, shutdown: async () => undefined };
  },
  demo: async () => undefined,
};
