// What a simulated Z-Wave device is: a kind of real product, a node id (or, for a spare still "in the box",
// a key), the name and location it carries (Node Naming and Location CC), the security it asks for, and
// the state it keeps across restarts like a real device would.
export type SimNodeKind = 'switch' | 'dimmer' | 'thermostat' | 'plug';
export type SimSecurityClass = 'S2_AccessControl' | 'S2_Authenticated' | 'S2_Unauthenticated' | 'S0_Legacy';

interface SimDeviceBase {
  kind: SimNodeKind;
  /** Which real product it is (default: one per kind). */
  product?: ProductKey | undefined;
  /** Security classes the device asks for when it is included (none = a non-secure device). */
  security?: SimSecurityClass[] | undefined;
  /** Announces itself for SmartStart inclusion while it is powered and not in a network (needs S2). */
  smartStart?: boolean | undefined;
  /** A slow device: it waits this long before asking for each part of a firmware update (default 0). */
  firmwareFragmentDelayMs?: number | undefined;
}

/** A device that is part of the network from the start. */
export interface SimNodeSpec extends SimDeviceBase {
  id: number;
  name: string;
  location: string;
}

/** A device "in the box": not in the network until it is included (or joins by SmartStart). */
export interface SimSpareSpec extends SimDeviceBase {
  key: string;
  name?: string | undefined;
  location?: string | undefined;
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
  /** Firmware the device runs (changes with a firmware update). */
  firmware: string;
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
    firmware: '1.20',
  };
}

export interface Product {
  manufacturerId: number;
  productType: number;
  productId: number;
  generic: number;
  specific: number;
}

/** Real products from the zwave-js device database, so the driver labels them as it would real ones. */
export const PRODUCTS = {
  zen05: { manufacturerId: 0x027a, productType: 0x7000, productId: 0xb001, generic: 0x10, specific: 0x01 }, // Zooz ZEN05 plug
  zen77: { manufacturerId: 0x027a, productType: 0x7000, productId: 0xa007, generic: 0x11, specific: 0x01 }, // Zooz ZEN77 dimmer
  zwa021: { manufacturerId: 0x0371, productType: 0x0002, productId: 0x0015, generic: 0x08, specific: 0x06 }, // Aeotec ZWA021 thermostat
  zw175: { manufacturerId: 0x0371, productType: 0x0003, productId: 0x00af, generic: 0x10, specific: 0x01 }, // Aeotec ZW175 plug
  zen04: { manufacturerId: 0x027a, productType: 0x7000, productId: 0xb002, generic: 0x10, specific: 0x01 }, // Zooz ZEN04 plug (S2)
  zw096: { manufacturerId: 0x0086, productType: 0x0003, productId: 0x0060, generic: 0x10, specific: 0x01 }, // Aeotec Smart Switch 6 (S0)
  ge12722: { manufacturerId: 0x0063, productType: 0x4952, productId: 0x3032, generic: 0x10, specific: 0x01 }, // GE 12722 (no security)
  zen72: { manufacturerId: 0x027a, productType: 0x7000, productId: 0xa002, generic: 0x11, specific: 0x01 }, // Zooz ZEN72 dimmer (SmartStart)
} satisfies Record<string, Product>;
export type ProductKey = keyof typeof PRODUCTS;

export const DEFAULT_PRODUCT: Record<SimNodeKind, ProductKey> = { switch: 'zen05', dimmer: 'zen77', thermostat: 'zwa021', plug: 'zw175' };

export function productOf(d: SimDeviceBase): Product {
  return PRODUCTS[d.product ?? DEFAULT_PRODUCT[d.kind]];
}
