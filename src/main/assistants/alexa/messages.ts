// Building the messages Hearth answers Alexa with (Smart Home Skill API v3): the event envelope, and the errors as
// values — an AlexaError thrown anywhere in a directive's handling becomes an ErrorResponse of its type.
import type { AlexaEndpointRef, AlexaEventMessage, AlexaHeader, AlexaProperty } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';

/** The error types of Alexa's ErrorResponse that Hearth answers with (namespace Alexa unless said otherwise). */
export type AlexaErrorType =
  | 'NO_SUCH_ENDPOINT'
  | 'ENDPOINT_UNREACHABLE'
  | 'BRIDGE_UNREACHABLE'
  | 'INVALID_DIRECTIVE'
  | 'INVALID_VALUE'
  | 'VALUE_OUT_OF_RANGE'
  | 'TEMPERATURE_VALUE_OUT_OF_RANGE'
  | 'INSUFFICIENT_PERMISSIONS'
  | 'INTERNAL_ERROR'
  // Alexa.ThermostatController's own:
  | 'UNSUPPORTED_THERMOSTAT_MODE'
  | 'DUAL_SETPOINTS_UNSUPPORTED'
  | 'TRIPLE_SETPOINTS_UNSUPPORTED';

const THERMOSTAT_ERRORS = new Set<AlexaErrorType>(['UNSUPPORTED_THERMOSTAT_MODE', 'DUAL_SETPOINTS_UNSUPPORTED', 'TRIPLE_SETPOINTS_UNSUPPORTED']);

/** A directive Hearth will not carry out, as Alexa's ErrorResponse says it. `extra` holds the type's own fields (validRange). */
export class AlexaError extends Error {
  readonly type: AlexaErrorType;
  readonly extra: Record<string, unknown>;
  constructor(type: AlexaErrorType, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AlexaError';
    this.type = type;
    this.extra = extra;
  }
}

/** What a failure inside Hearth means to Alexa. */
export function toAlexaError(err: unknown): AlexaError {
  if (err instanceof AlexaError) return err;
  if (err instanceof HearthError) {
    const said = err.next ? `${err.message} ${err.next}` : err.message;
    switch (err.code) {
      case 'DEVICE_UNREACHABLE':
      case 'TIMEOUT':
        return new AlexaError('ENDPOINT_UNREACHABLE', said);
      case 'RADIO_UNAVAILABLE':
        return new AlexaError('BRIDGE_UNREACHABLE', said);
      case 'NOT_FOUND':
        return new AlexaError('NO_SUCH_ENDPOINT', said);
      case 'BAD_REQUEST':
        return new AlexaError('INVALID_VALUE', said);
      case 'UNSUPPORTED':
        return new AlexaError('INVALID_DIRECTIVE', said);
      case 'FORBIDDEN':
      case 'PLAN_LIMIT':
        return new AlexaError('INSUFFICIENT_PERMISSIONS', said);
      default:
        return new AlexaError('INTERNAL_ERROR', said);
    }
  }
  return new AlexaError('INTERNAL_ERROR', 'Something went wrong inside Hearth.');
}

export type NewId = () => string;

export function header(namespace: string, name: string, newId: NewId, correlationToken?: string): AlexaEventMessage['event']['header'] {
  return { namespace, name, payloadVersion: '3', messageId: newId(), ...(correlationToken ? { correlationToken } : {}) };
}

/** The endpoint as Hearth names it back: the id and cookie Alexa sent (its scope stays with Alexa and the relay). */
export function endpointRef(e: AlexaEndpointRef | undefined): AlexaEndpointRef | undefined {
  return e ? { endpointId: e.endpointId, ...(e.cookie ? { cookie: e.cookie } : {}) } : undefined;
}

/** An ErrorResponse to the directive with this header and endpoint. */
export function errorResponse(err: AlexaError, h: AlexaHeader, endpoint: AlexaEndpointRef | undefined, newId: NewId): AlexaEventMessage {
  const ref = endpointRef(endpoint);
  return {
    event: {
      header: header(THERMOSTAT_ERRORS.has(err.type) ? 'Alexa.ThermostatController' : 'Alexa', 'ErrorResponse', newId, h.correlationToken),
      ...(ref ? { endpoint: ref } : {}),
      payload: { type: err.type, message: err.message, ...err.extra },
    },
  };
}

/** A message with the endpoint's properties in its context (Response, StateReport). */
export function withContext(namespace: string, name: string, h: AlexaHeader, endpoint: AlexaEndpointRef | undefined, properties: AlexaProperty[], newId: NewId): AlexaEventMessage {
  const ref = endpointRef(endpoint);
  return {
    event: { header: header(namespace, name, newId, h.correlationToken), ...(ref ? { endpoint: ref } : {}), payload: {} },
    context: { properties },
  };
}
