// Security of the simulated devices: a fixed key pair per device (so its DSK, PIN and QR code stay the same,
// like the label printed on a real one), the SmartStart QR string, and a fix so a mock node echoes the
// security classes it was actually granted.
import { createHash } from 'node:crypto';
import { Security2CCKEXFail, Security2CCKEXSet, SecurityCCNetworkKeySet } from '@zwave-js/cc';
import { dskToString, keyPairFromRawECDHPrivateKey, SecurityClass } from '@zwave-js/core';
import type { MockNode, MockNodeBehavior } from '@zwave-js/testing';
import { productOf, type SimNodeSpec, type SimSecurityClass, type SimSpareSpec } from './spec';

type KeyPair = MockNode['ecdhKeyPair'];

export const SECURITY_CLASS: Record<SimSecurityClass, SecurityClass> = {
  S2_AccessControl: SecurityClass.S2_AccessControl,
  S2_Authenticated: SecurityClass.S2_Authenticated,
  S2_Unauthenticated: SecurityClass.S2_Unauthenticated,
  S0_Legacy: SecurityClass.S0_Legacy,
};

/** The device's own key pair, derived from its key: the same DSK on every run. */
export async function deviceKeyPair(key: string): Promise<KeyPair> {
  const raw = createHash('sha256').update(`hearth-sim-device:${key}`).digest();
  return keyPairFromRawECDHPrivateKey(new Uint8Array(raw));
}

export interface DeviceLabel {
  /** aaaaa-bbbbb-…: the full DSK. The first five digits are the PIN. */
  dsk: string;
  pin: string;
  /** SmartStart QR code contents (starts with 90). */
  qr: string;
}

export async function deviceLabel(key: string, spec: SimNodeSpec | SimSpareSpec): Promise<DeviceLabel> {
  const { publicKey } = await deviceKeyPair(key);
  const dsk = dskToString(publicKey.subarray(0, 16));
  return { dsk, pin: dsk.slice(0, 5), qr: await qrString(dsk, spec) };
}

const n = (v: number, digits: number) => String(v).padStart(digits, '0');

/** Encodes a Z-Wave SmartStart QR code (version 01) for the device: requested keys, DSK, product type and id. */
async function qrString(dsk: string, spec: SimNodeSpec | SimSpareSpec): Promise<string> {
  const p = productOf(spec);
  let keys = 0;
  for (const c of spec.security ?? []) keys |= c === 'S0_Legacy' ? 0x80 : 1 << SECURITY_CLASS[c];
  const productType = `0010${n((p.generic << 8) | p.specific, 5)}${n(0x0700, 5)}`;
  const productId = `0220${n(p.manufacturerId, 5)}${n(p.productType, 5)}${n(p.productId, 5)}${n(0x0114, 5)}`;
  const rest = `${n(keys, 3)}${dsk.replaceAll('-', '')}${productType}${productId}`;
  const sha = createHash('sha1').update(rest).digest();
  return `90${spec.smartStart ? '01' : '00'}${n(sha.readUInt16BE(0), 5)}${rest}`;
}

/**
 * Notes the security classes the controller grants. zwave-js's mock node echoes every class it asked for in
 * its KEX Set echo, whatever was granted; a real device echoes the grant, so this behaviour narrows the
 * node's classes to the grant before the default behaviour answers.
 */
export function noteGrantedKeys(onGrant: (classes: SecurityClass[]) => void): MockNodeBehavior {
  return {
    handleCC(_controller, self, cc) {
      if (cc instanceof Security2CCKEXSet && !cc.echo) {
        self.capabilities.securityClasses = new Set(cc.grantedKeys);
        onGrant(cc.grantedKeys);
      } else if (cc instanceof Security2CCKEXFail) {
        // The bootstrap failed (wrong PIN, declined, timeout): the device holds no keys and talks in the clear.
        self.capabilities.securityClasses = new Set();
        onGrant([]);
      } else if (cc instanceof SecurityCCNetworkKeySet) {
        onGrant([SecurityClass.S0_Legacy]);
      }
      return undefined;
    },
  };
}
