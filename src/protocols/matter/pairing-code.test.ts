import { describe, expect, it } from 'vitest';
import { HearthError } from '../../shared/errors';
import { formatManualCode, parsePairingCode } from './pairing-code';

function failure(code: string): HearthError {
  try {
    parsePairingCode(code);
  } catch (err) {
    expect(err).toBeInstanceOf(HearthError);
    return err as HearthError;
  }
  throw new Error(`"${code}" was accepted`);
}

describe('parsePairingCode', () => {
  it('reads an 11-digit manual code (matter.js test device: passcode 20202021, discriminator 3840)', () => {
    expect(parsePairingCode('34970112332')).toEqual({ source: 'manual', passcode: 20202021, discriminator: { short: 15 } });
  });

  it('accepts the printed form with dashes and spaces', () => {
    expect(parsePairingCode(' 3497-011-2332 ').passcode).toBe(20202021);
    expect(parsePairingCode('3497 011 2332').passcode).toBe(20202021);
  });

  it('reads a 21-digit code with vendor and product id', () => {
    const info = parsePairingCode('749701123365521327694');
    expect(info).toMatchObject({ source: 'manual', passcode: 20202021, vendorId: 65521, productId: 32769 });
  });

  it('reads a QR payload with the long discriminator', () => {
    expect(parsePairingCode('MT:Y.K90AFN00KA0648G00')).toEqual({
      source: 'qr',
      passcode: 20202021,
      discriminator: { long: 3840 },
      vendorId: 65521,
      productId: 32768,
    });
  });

  it('explains a typo caught by the check digit', () => {
    const err = failure('34970112333');
    expect(err.code).toBe('BAD_REQUEST');
    expect(err.message).toMatch(/last digit does not match/);
    expect(err.next).toMatch(/type it again/);
  });

  it('explains a wrong length', () => {
    expect(failure('3497011233').message).toBe('A Matter pairing code has 11 or 21 digits; this one has 10.');
    expect(failure('349701123321').message).toMatch(/this one has 12/);
  });

  it('explains letters and empty input', () => {
    expect(failure('3497O112332').message).toMatch(/only digits/);
    expect(failure('   ').message).toMatch(/Enter the pairing code/);
  });

  it('rejects codes whose passcode Matter forbids (e.g. 12345678)', () => {
    expect(failure('00852607537').message).toMatch(/passcode that Matter does not allow/);
  });

  it('rejects QR text that is not a Matter payload', () => {
    expect(failure('MT:not-base38!').message).toMatch(/not a valid Matter setup payload/);
  });

  it('formats a manual code for display', () => {
    expect(formatManualCode('34970112332')).toBe('3497-011-2332');
  });
});
