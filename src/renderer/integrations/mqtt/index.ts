// MQTT in the renderer: its part of Settings → Integrations (the broker, and the devices it announces to adopt or
// ignore) and of the first-run setup's radio step (the broker alone). Adopted devices are ordinary devices: Home, Devices and the radio card need nothing of their own.
import './mqtt.css';
import type { IntegrationUI } from '../types';
import { MqttBrokerSetup, MqttSettings } from './settings/MqttSettings';

export const mqtt: IntegrationUI = {
  protocol: 'mqtt',
  label: 'MQTT',
  settings: { title: 'MQTT', component: MqttSettings },
  setup: { title: 'Wi-Fi devices on an MQTT broker (Tasmota, Shelly, ESPHome, Zigbee2MQTT)?', component: MqttBrokerSetup },
};
