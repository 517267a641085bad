// Security of the simulated devices: a fixed key pair per device (so its DSK, PIN and QR code stay the same,
// like the label printed on a real one), the SmartStart QR string, and a fix so a mock node echoes the
// security classes it was actually granted.
import { createHash } from 'node:crypto';
import { ECDHProfiles, KEXSchemes, Security2CC, Security2CCKEXFail, Security2CCKEXReport, Security2CCKEXSet, Security2CCNetworkKeyReport, Security2CCPublicKeyReport, SecurityCCNetworkKeySet, dskToString, keyPairFromRawECDHPrivateKey, SecurityClass, createMockZWaveRequestFrame, type MockNode, type MockNodeBehavior } from './zwavejs';
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

/** How often a joining device repeats its KEX Set echo while the user types the PIN (real devices: ~10 s). */
const KEX_ECHO_REPEAT_MS = 2_000;
/** A device gives up after TAI2 (240 s), as the controller does. */
const KEX_ECHO_GIVE_UP_MS = 240_000;

/**
 * A joining S2 device repeats its KEX Set echo until the controller answers, as real devices do: the controller
 * asks the user for the PIN only after sending its public key, so the first echo (sent at once by zwave-js's mock
 * node) arrives long before a human has typed the PIN. Without the repeats, a PIN typed after ~1 s is never
 * confirmed. Stops at the controller's KEX Report echo, a network key, a KEX Fail, or after TAI2.
 */
export function repeatKexEcho(): MockNodeBehavior {
  let timer: NodeJS.Timeout | undefined;
  let deadline = 0;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  return {
    handleCC(controller, self, cc) {
      if (cc instanceof Security2CCPublicKeyReport && cc.includingNode) {
        stop();
        deadline = Date.now() + KEX_ECHO_GIVE_UP_MS;
        timer = setInterval(() => {
          if (Date.now() > deadline) return stop();
          const echo = new Security2CCKEXSet({
            nodeId: controller.ownNodeId,
            echo: true,
            selectedKEXScheme: KEXSchemes.KEXScheme1,
            selectedECDHProfile: ECDHProfiles.Curve25519,
            permitCSA: false,
            grantedKeys: [...self.capabilities.securityClasses],
          });
          const frame = createMockZWaveRequestFrame(Security2CC.encapsulate(echo, self.id, self.securityManagers), { ackRequested: false });
          void self.sendToController(frame).catch(() => undefined);
        }, KEX_ECHO_REPEAT_MS);
        timer.unref();
      } else if ((cc instanceof Security2CCKEXReport && cc.echo) || cc instanceof Security2CCNetworkKeyReport || cc instanceof Security2CCKEXFail) {
        stop();
      }
      return undefined;
    },
  };
}
