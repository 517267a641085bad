// MQTT devices: the broker (Settings → Integrations → MQTT), testing it, and the devices announced on it.
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

export const mqttBroker = (c: Client) => c.call('mqtt.broker.get', {});
export const testMqttBroker = (c: Client, broker: RequestInput<'mqtt.broker.test'>) => c.call('mqtt.broker.test', broker);
export const saveMqttBroker = (c: Client, broker: RequestInput<'mqtt.broker.save'>) => c.call('mqtt.broker.save', broker);
export const forgetMqttBroker = (c: Client) => c.call('mqtt.broker.forget', {});
export const mqttDevices = (c: Client) => c.call('mqtt.devices.list', {});
export const adoptMqttDevice = (c: Client, nativeId: string) => c.call('mqtt.devices.adopt', { nativeId });
export const ignoreMqttDevice = (c: Client, nativeId: string) => c.call('mqtt.devices.ignore', { nativeId });
export const unignoreMqttDevice = (c: Client, nativeId: string) => c.call('mqtt.devices.unignore', { nativeId });
