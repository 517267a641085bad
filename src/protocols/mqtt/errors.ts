// The broker's and mqtt.js's failures as HearthErrors a person can act on: refused, bad credentials, not allowed,
// TLS on one side only, a certificate nobody vouches for, no answer.
import { HearthError } from '../../shared/errors';

const text = (e: unknown) => (e instanceof Error ? e.message : String(e));
const codeOf = (e: unknown): unknown => (e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined);

/** Where the broker is, without any credentials the URL may carry. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return 'the broker';
  }
}

export function brokerError(url: string, e: unknown): HearthError {
  if (e instanceof HearthError) return e;
  const where = safeUrl(url);
  const code = codeOf(e);
  const detail = text(e);
  if (code === 4 || code === 134 || /bad user ?name or password/i.test(detail)) {
    return new HearthError('UNAUTHORIZED', `The broker at ${where} refused the user name or password.`, 'Check the user name and password in Settings → Integrations → MQTT (they are those of the broker, e.g. in its password file).', { detail });
  }
  if (code === 5 || code === 135 || /not authori[sz]ed/i.test(detail)) {
    return new HearthError('UNAUTHORIZED', `The broker at ${where} does not allow Hearth to connect.`, 'Give Hearth\'s user access in the broker\'s settings (ACL), or sign in as another user.', { detail });
  }
  if (code === 'ECONNREFUSED') {
    return new HearthError('RADIO_UNAVAILABLE', `Nothing accepts connections at ${where}.`, 'Check that the broker is running and that the address and port are right (usually 1883, or 8883 with TLS).', { detail });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new HearthError('RADIO_UNAVAILABLE', `The broker's host name in ${where} is not known.`, 'Check the address.', { detail });
  }
  if (/certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_/i.test(detail) || (typeof code === 'string' && /CERT|SELF_SIGNED/.test(code))) {
    return new HearthError('UNAUTHORIZED', `The broker at ${where} showed a TLS certificate Hearth cannot trust.`, 'Add the certificate authority that signed it in the MQTT settings, or check the address matches the certificate.', { detail });
  }
  if (/wrong version number|packet length too long|EPROTO|ssl|tls/i.test(detail) || code === 'EPROTO' || code === 'ECONNRESET') {
    return new HearthError('RADIO_UNAVAILABLE', `The broker at ${where} did not speak MQTT the way Hearth expected: TLS is on at one end only.`, 'Use mqtts:// for a TLS port (usually 8883) and mqtt:// for a plain one (usually 1883).', { detail });
  }
  if (code === 'ETIMEDOUT' || /timeout/i.test(detail)) {
    return new HearthError('TIMEOUT', `The broker at ${where} did not answer in time.`, 'Check the address and port, and that TLS is set the same way on both ends.', { detail });
  }
  return new HearthError('RADIO_UNAVAILABLE', `Hearth could not connect to the broker at ${where}: ${detail}`, 'Check the broker address and that it is running.', { detail });
}
