// The second import point of Hearth's MQTT support: what the core needs without connecting to a broker. Nothing
// here loads mqtt.js; index.ts (the integration, the bridge's connection, a broker test) is imported when used.
export type { BrokerOptions } from './mqttjs';
export { safeUrl } from './errors';
