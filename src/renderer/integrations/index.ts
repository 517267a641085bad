// The renderer's registry of integrations: protocol → its UI pieces (see ./types.ts). Devices, Radios and Add
// device ask this and the radio's declared features; they never test a protocol's name. A new stack adds its
// folder here (integrations/<stack>/index.ts) and one line below.
import type { Protocol } from '../../shared/model';
import { matter } from './matter';
import { mqtt } from './mqtt';
import type { IntegrationUI } from './types';
import { zigbee } from './zigbee';
import { zwave } from './zwave';

export type { DevicePanelProps, IntegrationUI, RadioPanel, RadioProps } from './types';

export const integrations: readonly IntegrationUI[] = [zigbee, zwave, matter, mqtt];

export function integrationFor(protocol: Protocol): IntegrationUI | undefined {
  return integrations.find((i) => i.protocol === protocol);
}

export { protocolLabel } from './labels';
