// The import point of Hearth's MQTT support (lint forbids deep imports from outside this folder; plain.ts is the other one).
// mqtt.js objects never leave the folder: the integration and its facets deal in plain values only.
import { MqttAdapter, type MqttAdapterOptions } from './adapter';
import type { MqttIntegration } from './facets';
import { type BrokerOptions, connectBroker } from './mqttjs';

export type { MqttAdapterOptions } from './adapter';
export type { DiscoveredDevice, MqttEvent, MqttFacet, MqttFacets, MqttIntegration } from './facets';
export type { BrokerLink, BrokerMessage, BrokerOptions } from './mqttjs';
// Hearth's own devices published on a broker (src/main/mqtt-bridge) reach it through the same one library file.
export { connectBroker } from './mqttjs';
export * from './plain';
export * from './simulator';

/** The integration, which can also be moved to another broker (stop, new options, start). */
export type ReconnectableMqttIntegration = MqttIntegration & { useBroker(broker: BrokerOptions): Promise<void> };

/** Devices on an MQTT broker that announce themselves with Home Assistant discovery. */
export function createMqttIntegration(options: MqttAdapterOptions): ReconnectableMqttIntegration {
  return new MqttAdapter(options);
}

/** Connects once and disconnects: resolves when the broker accepts, rejects with a HearthError in plain words. */
export async function testBrokerConnection(broker: BrokerOptions): Promise<void> {
  const link = await connectBroker({ ...broker, clientId: `hearth-test-${Math.random().toString(36).slice(2, 8)}`, reconnectMs: 0 });
  await link.end();
}
