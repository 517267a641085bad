// The one file importing mqtt.js. The adapter and the simulated devices both reach the broker through
// `connectBroker`; mqtt.js's client never leaves this file, only the small BrokerLink below does.
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { brokerError } from './errors';

export interface BrokerOptions {
  /** mqtt://host:port or mqtts://host:port (ws/wss are refused by the settings, not here). */
  url: string;
  username?: string | undefined;
  password?: string | undefined;
  clientId?: string | undefined;
  /** PEM certificate(s) of the authority that signed the broker's certificate, for a private CA. */
  ca?: string | undefined;
  /** false only when the user said so: accept a broker certificate nobody vouches for. */
  rejectUnauthorized?: boolean | undefined;
  /** Published by the broker for us when the link drops (MQTT last will). */
  will?: { topic: string; payload: string; retain: boolean } | undefined;
  /** How long the first connection may take. */
  connectTimeoutMs?: number | undefined;
  /** Wait between reconnect attempts once connected; 0 = never reconnect. */
  reconnectMs?: number | undefined;
}

export interface BrokerMessage {
  topic: string;
  payload: string;
  retained: boolean;
}

export interface BrokerLink {
  publish(topic: string, payload: string, opts?: { retain?: boolean; qos?: 0 | 1 }): Promise<void>;
  subscribe(topics: string[]): Promise<void>;
  unsubscribe(topics: string[]): Promise<void>;
  onMessage(listener: (m: BrokerMessage) => void): void;
  /** Called when the link goes down (with why) or comes back. */
  onLink(listener: (up: boolean, reason?: string) => void): void;
  readonly connected: boolean;
  /** Closes the link; `force` drops it without a clean DISCONNECT (the broker then publishes the will). */
  end(force?: boolean): Promise<void>;
}

/** Connects; resolves once the broker accepted us, rejects with a HearthError in plain words otherwise. */
export function connectBroker(opts: BrokerOptions): Promise<BrokerLink> {
  const options: IClientOptions = {
    clientId: opts.clientId,
    username: opts.username,
    password: opts.password,
    connectTimeout: opts.connectTimeoutMs ?? 10_000,
    reconnectPeriod: 0,
    protocolVersion: 4,
    clean: true,
    ...(opts.ca ? { ca: opts.ca } : {}),
    ...(opts.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}),
    ...(opts.will ? { will: { topic: opts.will.topic, payload: Buffer.from(opts.will.payload), retain: opts.will.retain, qos: 1 as const } } : {}),
  };
  const client: MqttClient = connect(opts.url, options);
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      client.end(true);
      reject(brokerError(opts.url, err));
    };
    const timer = setTimeout(() => fail(Object.assign(new Error('connack timeout'), { code: 'ETIMEDOUT' })), (opts.connectTimeoutMs ?? 10_000) + 500);
    client.once('error', fail);
    client.once('close', () => fail(Object.assign(new Error('connection closed before the broker answered'), { code: 'ECONNRESET' })));
    client.once('connect', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      client.removeAllListeners('error');
      client.removeAllListeners('close');
      resolve(link(client, opts));
    });
    client.once('end', () => clearTimeout(timer));
  });
}

function link(client: MqttClient, opts: BrokerOptions): BrokerLink {
  const linkListeners: Array<(up: boolean, reason?: string) => void> = [];
  let lastError: string | undefined;
  let ended = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  client.on('error', (err) => {
    lastError = err.message;
  });
  client.on('close', () => {
    if (ended) return;
    for (const l of linkListeners) l(false, lastError ?? 'the broker closed the connection');
    const wait = opts.reconnectMs ?? 2_000;
    if (wait > 0) {
      clearTimeout(retry);
      retry = setTimeout(() => {
        if (!ended) client.reconnect();
      }, wait);
    }
  });
  client.on('connect', () => {
    lastError = undefined;
    for (const l of linkListeners) l(true);
  });
  return {
    publish: (topic, payload, o) =>
      new Promise((resolve, reject) => {
        client.publish(topic, payload, { retain: o?.retain ?? false, qos: o?.qos ?? 0 }, (err) => (err ? reject(brokerError(opts.url, err)) : resolve()));
      }),
    subscribe: async (topics) => {
      if (topics.length === 0) return;
      await client.subscribeAsync(topics, { qos: 0 });
    },
    unsubscribe: async (topics) => {
      if (topics.length === 0) return;
      await client.unsubscribeAsync(topics);
    },
    onMessage(listener) {
      client.on('message', (topic, payload, packet) => listener({ topic, payload: payload.toString('utf8'), retained: packet.retain }));
    },
    onLink(listener) {
      linkListeners.push(listener);
    },
    get connected() {
      return client.connected;
    },
    end: (force = false) => {
      ended = true;
      clearTimeout(retry);
      return new Promise<void>((resolve) => client.end(force, {}, () => resolve()));
    },
  };
}
