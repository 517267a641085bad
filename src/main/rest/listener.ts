// The desktop app's own listener for the local API: started when Settings → API turns it on, stopped when turned
// off. On 127.0.0.1 unless the person opts in to the network (api.network), then on every address over HTTPS
// with the same self-signed certificate the hub uses (kept in the data folder, its fingerprint in Settings → API).
// The hub does not use this: it mounts the API on its own server (hub/main.ts).
import type { Logger } from '../../shared/logger';
import type { Core } from '../app';
import { hubCertificate } from '../hub/tls';
import type { SecretStore } from '../secrets';
import { createApiApp, type ApiApp } from './server';

export interface ApiListener {
  /** Starts or stops to match the settings (also called by every change in Settings → API). */
  apply(): Promise<void>;
  close(): Promise<void>;
}

const NETWORK_HOST = '0.0.0.0';

export function apiListener(o: { core: Core; dataDir: string; secrets: SecretStore; log: Logger; version: string; host?: string; refusalDelayMs?: number }): ApiListener {
  const { core } = o;
  let running: { app: ApiApp; key: string; url: string; fingerprint: string | null } | null = null;
  let problem: string | null = null;
  let chain = Promise.resolve();

  core.api.attach({ url: () => running?.url ?? null, fingerprint: () => running?.fingerprint ?? null, problem: () => problem });

  const stop = async () => {
    const r = running;
    running = null;
    await r?.app.close().catch((err: unknown) => o.log.warn('API listener: could not close', (err as Error).message));
  };

  const reconcile = async () => {
    const want = core.api.enabled();
    const network = core.settings.get('api.network');
    const port = core.settings.get('api.port');
    const host = o.host ?? (network ? NETWORK_HOST : '127.0.0.1');
    const key = `${host}:${port}`;
    if (!want) {
      problem = null;
      return stop();
    }
    if (running?.key === key) return;
    await stop();
    try {
      const tls = network ? await hubCertificate(o.dataDir, o.secrets, host) : undefined;
      const app = await createApiApp({
        dispatch: core.dispatch, bus: core.bus, api: core.api, devices: core.devices, log: o.log, version: o.version, audit: core.audit,
        place: { loopbackOnly: !tls, names: tls?.names ?? [], scheme: tls ? 'https' : 'http' },
        https: tls,
        ...(o.refusalDelayMs !== undefined ? { refusalDelayMs: o.refusalDelayMs } : {}),
      });
      try {
        await app.app.listen({ host, port });
      } catch (err) {
        await app.close();
        throw err;
      }
      const bound = app.app.server.address();
      const actual = typeof bound === 'object' && bound ? bound.port : port;
      const shown = network ? 'localhost' : '127.0.0.1';
      running = { app, key, url: `${tls ? 'https' : 'http'}://${shown}:${actual}/api/v1`, fingerprint: tls?.fingerprint ?? null };
      problem = null;
      o.log.info(`local API listening on ${host}:${actual}${tls ? ' (HTTPS)' : ''}`);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problem = code === 'EADDRINUSE' ? `Port ${port} is already in use by another program: choose another port for the API.` : `The API could not start: ${(err as Error).message}`;
      o.log.warn(`local API: ${problem}`);
    }
  };

  const apply = () => (chain = chain.then(reconcile, reconcile));
  const off = core.api.onChange(apply);
  return {
    apply,
    async close() {
      off();
      await chain.catch(() => undefined);
      await stop();
      core.api.attach(null);
    },
  };
}
