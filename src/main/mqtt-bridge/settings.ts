// Settings of the MQTT bridge (publishing this home on a broker), declared for the settings registry.
// Off by default. The hub's --mqtt-publish flags win over these for the run (src/main/options.ts).
import { z } from 'zod';
import { defineSetting } from '../settings/registry';
import { HomeId } from './topics';

export const mqttBridgeSettings = [
  defineSetting({
    key: 'mqtt.publish.enabled',
    schema: z.boolean(),
    default: false,
    description: 'Publish this home’s devices on an MQTT broker (Home Assistant discovery), for dashboards and fleets.',
    userVisible: true,
    env: 'HEARTH_MQTT_PUBLISH',
  }),
  defineSetting({
    key: 'mqtt.publish.url',
    schema: z.string().regex(/^mqtts?:\/\/[^/\s]+/, 'must look like mqtt://host:1883 or mqtts://host:8883').max(512).nullable(),
    default: null,
    description: 'The broker to publish on (mqtt://host:1883 or mqtts://host:8883); empty: the broker Hearth reads MQTT devices from.',
    userVisible: true,
    env: 'HEARTH_MQTT_PUBLISH_URL',
  }),
  defineSetting({
    key: 'mqtt.publish.homeId',
    schema: HomeId.nullable(),
    default: null,
    description: 'This home’s name in MQTT topics (hearth/<home id>/…); made up once when empty.',
    userVisible: true,
    env: 'HEARTH_MQTT_HOME_ID',
  }),
  defineSetting({
    key: 'mqtt.publish.discoveryPrefix',
    schema: z.string().regex(/^[a-zA-Z0-9_-]+(\/[a-zA-Z0-9_-]+)*$/, 'letters, digits, "_", "-" and "/" between them').max(64),
    default: 'homeassistant',
    description: 'Where Home Assistant looks for discovery messages (its MQTT integration’s discovery prefix).',
    userVisible: true,
  }),
  defineSetting({
    key: 'mqtt.publish.allowUnlock',
    schema: z.boolean(),
    default: false,
    description: 'Obey UNLOCK commands from MQTT (anyone who may publish on the broker could then open a lock).',
    userVisible: true,
  }),
] as const;
