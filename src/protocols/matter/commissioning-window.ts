// Multi-admin: opens an Enhanced Commissioning Window on a device Hearth controls, with a fresh random passcode,
// so another app or hub (another Matter fabric) can add the same device. Returns the new codes as plain values.
import {
  AdministratorCommissioningClient,
  BasicInformationClient,
  CommissioningFlowType,
  Crypto,
  CRYPTO_PBKDF_ITERATIONS_MIN,
  DiscoveryCapabilitiesSchema,
  ManualPairingCodeCodec,
  PaseClient,
  QrPairingCodeCodec,
  StatusResponseError,
} from './matterjs';
import type { ClientNode } from './matterjs';

export interface CommissioningWindow {
  manualPairingCode: string;
  qrPairingCode: string;
  passcode: number;
  discriminator: number;
  /** When the device closes the window again (ms since epoch). */
  expiresAt: number;
}

/** Matter allows windows of 3 to 15 minutes. */
export function windowSeconds(requested: number | undefined): number {
  return Math.min(900, Math.max(180, Math.round(requested ?? 900)));
}

export async function openCommissioningWindow(node: ClientNode, seconds?: number): Promise<CommissioningWindow> {
  const commissioningTimeout = windowSeconds(seconds);
  const admin = node.commandsOf(AdministratorCommissioningClient);
  try {
    await admin.revokeCommissioning();
  } catch (err) {
    // "WindowNotOpen" is the normal answer when no window was open.
    if (!(err instanceof StatusResponseError)) throw err;
  }

  const crypto = node.env.get(Crypto);
  const passcode = PaseClient.generateRandomPasscode(crypto);
  const discriminator = PaseClient.generateRandomDiscriminator(crypto);
  const salt = crypto.randomBytes(32);
  const iterations = CRYPTO_PBKDF_ITERATIONS_MIN;
  const pakePasscodeVerifier = await PaseClient.generatePakePasscodeVerifier(crypto, passcode, { iterations, salt });
  await admin.openCommissioningWindow({ commissioningTimeout, pakePasscodeVerifier, discriminator, iterations, salt });

  const { vendorId, productId } = node.stateOf(BasicInformationClient);
  return {
    manualPairingCode: ManualPairingCodeCodec.encode({ discriminator, passcode }),
    qrPairingCode: QrPairingCodeCodec.encode([
      {
        version: 0,
        vendorId,
        productId,
        flowType: CommissioningFlowType.Standard,
        discriminator,
        passcode,
        discoveryCapabilities: DiscoveryCapabilitiesSchema.encode({ onIpNetwork: true }),
      },
    ]),
    passcode,
    discriminator,
    expiresAt: Date.now() + commissioningTimeout * 1000,
  };
}

/** Closes a pairing window Hearth (or anyone) opened; a window that is not open is fine. */
export async function closeCommissioningWindow(node: ClientNode): Promise<void> {
  try {
    await node.commandsOf(AdministratorCommissioningClient).revokeCommissioning();
  } catch (err) {
    if (!(err instanceof StatusResponseError)) throw err;
  }
}
