// What a simulated Z-Wave device is: a kind of real product, a node id, the name and location it carries
// (Node Naming and Location CC), and the state it keeps across restarts like a real device would.
export type SimNodeKind = 'switch' | 'dimmer' | 'thermostat' | 'plug';

export interface SimNodeSpec {
  id: number;
  kind: SimNodeKind;
  name: string;
  location: string;
}

export interface SimNodeState {
  on: boolean;
  /** Multilevel switch level, 0..99. */
  level: number;
  /** Last non-zero level, restored by "on" (Set 0xFF). */
  lastLevel: number;
  /** Heating setpoint, °C. */
  setpoint: number;
  /** Measured air temperature, °C. */
  temperature: number;
  /** Accumulated energy, kWh. */
  energyKWh: number;
  /** Power draw while on, W (plugs). */
  loadW: number;
}

export function defaultState(kind: SimNodeKind): SimNodeState {
  return {
    on: false,
    level: 0,
    lastLevel: 99,
    setpoint: kind === 'thermostat' ? 20 : 0,
    temperature: 19.5,
    energyKWh: kind === 'plug' ? 12.4 : 0,
    loadW: kind === 'plug' ? 1850 : 0,
  };
}

/** Real products from the zwave-js device database, so the driver labels them as it would real ones. */
export const PRODUCTS: Record<SimNodeKind, { manufacturerId: number; productType: number; productId: number; generic: number; specific: number }> = {
  switch: { manufacturerId: 0x027a, productType: 0x7000, productId: 0xb001, generic: 0x10, specific: 0x01 }, // Zooz ZEN05
  dimmer: { manufacturerId: 0x027a, productType: 0x7000, productId: 0xa007, generic: 0x11, specific: 0x01 }, // Zooz ZEN77
  thermostat: { manufacturerId: 0x0371, productType: 0x0002, productId: 0x0015, generic: 0x08, specific: 0x06 }, // Aeotec ZWA021
  plug: { manufacturerId: 0x0371, productType: 0x0003, productId: 0x00af, generic: 0x10, specific: 0x01 }, // Aeotec ZW175
};
