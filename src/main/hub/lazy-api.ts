// The local API mounted on the hub (src/main/rest), built when its first request arrives: fastify, its routes and
// the OpenAPI document take about a tenth of a second of CPU, and their modules as long again to load, which a hub
// that never serves the API (it is off unless turned on) should not pay on every start.
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiApp, ApiAppOptions } from '../rest/server';

export interface LazyApi {
  /** Hands a mounted /api/v1 request or upgrade over ('request' or 'upgrade', as to http.Server), building the API first. */
  readonly server: { emit(event: string, ...args: unknown[]): boolean };
  close(): Promise<void>;
}

export function lazyApi(options: ApiAppOptions): LazyApi {
  let built: Promise<ApiApp> | null = null;
  let closed = false;
  const unavailable = (event: string, args: unknown[]) => {
    if (event === 'upgrade') return (args[1] as Duplex).destroy();
    const res = args[1] as ServerResponse;
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'The local API could not start.', next: 'Restart Hearth; the log says why.' } }));
  };
  return {
    server: {
      emit(event, ...args) {
        if (closed) {
          unavailable(event, args);
          return true;
        }
        built ??= import('../rest/server').then((m) => m.createApiApp(options));
        built.then(
          (app) => app.server.emit(event, ...args),
          (err: unknown) => {
            options.log.error('the local API could not start', err);
            unavailable(event, args);
          },
        );
        return true;
      },
    },
    async close() {
      closed = true;
      const app = await built?.catch(() => null);
      await app?.close();
    },
  };
}
