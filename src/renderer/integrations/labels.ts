// What each stack is called, as people say it, apart from the integrations' UI (./index.ts): the status pill and
// the Devices table name a device's radio at start, without loading every stack's screens and dialogs for it.
// integrations.test.ts checks these against the labels the integrations declare.
import type { Protocol } from '../../shared/model';

export const PROTOCOL_LABELS: Readonly<Partial<Record<Protocol, string>>> = { zigbee: 'Zigbee', zwave: 'Z-Wave', matter: 'Matter', mqtt: 'MQTT' };

/** "Z-Wave", "Zigbee", "Matter"; a stack without a UI here by its protocol id. */
export function protocolLabel(protocol: Protocol): string {
  return PROTOCOL_LABELS[protocol] ?? protocol;
}
