import { describe, expect, it } from 'vitest';
import { HearthError } from '../../shared/errors';
import { causedBy, commissioningError, operationError } from './errors';
import {
  CanceledError,
  DiscoveryError,
  MaximumCommissionedFabricsReachedError,
  RetransmissionLimitReachedError,
  StatusResponseError,
  UnexpectedDataError,
} from './matterjs';

describe('commissioning errors → readable HearthErrors', () => {
  it('wrong passcode (PASE key confirmation fails) → UNAUTHORIZED "rejected the pairing code"', () => {
    const err = commissioningError(new UnexpectedDataError('Received incorrect key confirmation from the receiver.'), 'connect');
    expect(err.code).toBe('UNAUTHORIZED');
    expect(err.message).toMatch(/rejected the pairing code/);
    expect(err.next).toMatch(/Check the code/);
  });

  it('finds the cause inside aggregates from parallel attempts', () => {
    const aggregate = Object.assign(new Error('No device could be commissioned'), {
      errors: [new Error('other'), new UnexpectedDataError('Received incorrect key confirmation')],
    });
    expect(commissioningError(aggregate, 'connect').code).toBe('UNAUTHORIZED');
  });

  it('device already in too many fabrics → CONFLICT with what to do', () => {
    const wrapped = new Error('step failed', { cause: new MaximumCommissionedFabricsReachedError('TableFull') });
    const err = commissioningError(wrapped, 'configure');
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/as many apps and hubs/);
    expect(err.next).toMatch(/Remove the device from an app/);
  });

  it('nothing found during discovery → TIMEOUT "could not find", pairing-mode hint', () => {
    const err = commissioningError(new DiscoveryError('Node not found'), 'discover');
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toMatch(/could not find a device/);
    expect(err.next).toMatch(/pairing mode/);
  });

  it('no answer during PASE → TIMEOUT, cancellation → CANCELLED', () => {
    expect(commissioningError(new RetransmissionLimitReachedError('no answer'), 'connect').message).toMatch(/did not answer/);
    expect(commissioningError(new CanceledError('stop'), 'configure').code).toBe('CANCELLED');
  });

  it('keeps HearthErrors (e.g. a bad code) as they are and hides unknown internals behind INTERNAL', () => {
    const bad = new HearthError('BAD_REQUEST', 'typo');
    expect(commissioningError(bad, 'parse')).toBe(bad);
    const err = commissioningError(new TypeError('x is undefined'), 'configure');
    expect(err.code).toBe('INTERNAL');
    expect(err.details).toMatchObject({ phase: 'configure', error: 'TypeError: x is undefined' });
  });
});

describe('operation errors', () => {
  it('maps a device status to UNSUPPORTED and no answer to DEVICE_UNREACHABLE', () => {
    expect(operationError(StatusResponseError.create(0x87), 'set level').code).toBe('UNSUPPORTED');
    expect(operationError(new RetransmissionLimitReachedError('gone'), 'set level')).toMatchObject({
      code: 'DEVICE_UNREACHABLE',
      message: 'The device did not answer, so Hearth could not set level.',
    });
  });

  it('walks cause chains without looping', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(causedBy(b, UnexpectedDataError)).toBe(false);
  });
});
