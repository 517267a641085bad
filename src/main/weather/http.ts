// One GET for the weather and calendar services: a time limit, a size limit, and every failure in words
// (the server's status, no answer, not reachable) rather than a stack trace.
import { HearthError } from '../../shared/errors';

export interface GetOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The name of the service in messages: its host ("api.open-meteo.com"). */
export const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The connection was closed under the request (reset, or closed by the other side) — not a refusal or a time limit. */
function closedUnder(e: unknown): boolean {
  const code = (e as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE';
}

export async function getText(url: string, opts: GetOptions = {}): Promise<string> {
  const max = opts.maxBytes ?? 5 * 1024 * 1024;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 15_000); // one time limit for both tries
  const get = () => fetch(url, { headers: opts.headers ?? {}, signal, redirect: 'follow' });
  let res: Response;
  try {
    // A kept-alive connection the server closed just as it was reused fails before any answer: a GET is safe to
    // send again, once, on a new connection (the server's idle limit and ours race when reads are ~5 s apart).
    res = await get().catch((e: unknown) => (closedUnder(e) && !signal.aborted ? get() : Promise.reject(e)));
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? 'did not answer in time' : 'could not be reached (offline, or the address is wrong)';
    throw new HearthError('DEVICE_UNREACHABLE', `${hostOf(url)} ${why}.`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new HearthError(res.status === 401 || res.status === 403 ? 'UNAUTHORIZED' : 'DEVICE_UNREACHABLE', `${hostOf(url)} answered ${res.status} ${res.statusText}`.trim() + '.');
  }
  const body = await res.text();
  if (body.length > max) throw new HearthError('BAD_REQUEST', `${hostOf(url)} sent more than ${Math.round(max / 1048576)} MB; Hearth did not read it.`);
  return body;
}
