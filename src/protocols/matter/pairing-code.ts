// Parses what a user types or scans to add a Matter device: an 11/21-digit manual pairing code
// ("3497-011-2332") or a QR payload ("MT:Y.K90AFN00KA0648G00"). Errors say what is wrong in plain English.
import { isValidPasscode, ManualPairingCodeCodec, QrPairingCodeCodec, Verhoeff } from './matterjs';
import { HearthError } from '../../shared/errors';

export interface PairingInfo {
  source: 'manual' | 'qr';
  passcode: number;
  /** QR payloads carry the 12-bit long discriminator; manual codes only its upper 4 bits. */
  discriminator: { long: number } | { short: number };
  vendorId?: number;
  productId?: number;
}

const TYPO = 'Check the code on the device or its box and type it again.';

function bad(message: string, next = TYPO): HearthError {
  return new HearthError('BAD_REQUEST', message, next);
}

function checkPasscode(passcode: number): void {
  if (!isValidPasscode(passcode)) {
    throw bad(
      'This pairing code contains a setup passcode that Matter does not allow, so it cannot be a real device code.',
    );
  }
}

function parseManual(digits: string): PairingInfo {
  if (digits.length !== 11 && digits.length !== 21) {
    throw bad(`A Matter pairing code has 11 or 21 digits; this one has ${digits.length}.`);
  }
  const body = digits.slice(0, -1);
  if (new Verhoeff().computeChecksum(body) !== Number(digits.at(-1))) {
    throw bad("The pairing code's last digit does not match the others, so there is probably a typo.");
  }
  if (Number(digits[0]) > 7) {
    throw bad('This is not a Matter pairing code (its first digit must be 0 to 7).');
  }
  const longCode = (Number(digits[0]) & 0b100) !== 0;
  if (longCode !== (digits.length === 21)) {
    throw bad(
      longCode
        ? 'This code announces 21 digits but only 11 were entered.'
        : 'This code announces 11 digits but 21 were entered.',
    );
  }
  // Same bit layout the codec decodes (Matter Core § 5.1.4.1), checked first for a clearer message.
  checkPasscode((Number(digits.slice(1, 6)) & 0x3fff) | (Number(digits.slice(6, 10)) << 14));
  let decoded: ReturnType<typeof ManualPairingCodeCodec.decode>;
  try {
    decoded = ManualPairingCodeCodec.decode(digits);
  } catch {
    throw bad('This pairing code could not be read.');
  }
  if (decoded.shortDiscriminator === undefined) throw bad('This pairing code could not be read.');
  const info: PairingInfo = {
    source: 'manual',
    passcode: decoded.passcode,
    discriminator: { short: decoded.shortDiscriminator },
  };
  if (decoded.vendorId !== undefined) info.vendorId = decoded.vendorId;
  if (decoded.productId !== undefined) info.productId = decoded.productId;
  return info;
}

function parseQr(payload: string): PairingInfo {
  let decoded: ReturnType<typeof QrPairingCodeCodec.decode>;
  try {
    decoded = QrPairingCodeCodec.decode(payload);
  } catch {
    throw bad(
      'This QR code text is not a valid Matter setup payload.',
      'Scan the QR code again, or type the 11-digit code printed next to it.',
    );
  }
  const first = decoded[0];
  if (!first) throw bad('This QR code does not contain any device.');
  checkPasscode(first.passcode);
  return {
    source: 'qr',
    passcode: first.passcode,
    discriminator: { long: first.discriminator },
    vendorId: first.vendorId,
    productId: first.productId,
  };
}

/** Parses a manual pairing code or QR payload; throws a HearthError (BAD_REQUEST) with a readable reason. */
export function parsePairingCode(input: string): PairingInfo {
  const text = input.trim();
  if (text.length === 0) throw bad('Enter the pairing code of the device.', 'It is printed on the device or its box.');
  if (/^mt:/i.test(text)) return parseQr(`MT:${text.slice(3)}`);
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) {
    throw bad(
      'A pairing code contains only digits (or is a QR payload starting with "MT:").',
      'Type the 11-digit code printed on the device, with or without the dashes.',
    );
  }
  return parseManual(digits);
}

/** Formats an 11-digit manual code the way devices print it: 1234-567-8901. */
export function formatManualCode(code: string): string {
  return code.length === 11 ? `${code.slice(0, 4)}-${code.slice(4, 7)}-${code.slice(7)}` : code;
}

/** The 11-digit manual code for a passcode and discriminator (as a device's label shows it, without dashes). */
export function manualCodeFor(pairing: { discriminator: number; passcode: number }): string {
  return ManualPairingCodeCodec.encode(pairing);
}
