// Hub mode host: the core plus the HTTP/WebSocket transport, in plain Node, no Electron.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HearthError } from '../../shared/errors';
import { startApp, VERSION } from '../app';
import { applyLogLevels, createHostLogging, openLogFiles } from '../log';
import { guardProcess } from '../process-guards';
import { parseOptions, USAGE } from '../options';
import { lazyApi, type LazyApi } from './lazy-api';
import { startHubServer } from './server';
import { fakeSticksFromEnv } from '../sticks/test-seam';
import { weatherClientFromEnv } from '../weather/test-seam';
import { HUB_INFO_FILE } from './info';
import { HubSessions, mintSignInCode, ownerKey } from './signin';
import { attachHousehold, hubMembers } from '../household/hub';
import { hubCertificate, needsTls, reachableAddresses, type HubTls } from './tls';


function rendererDir(): string {
  if (process.env.HEARTH_RENDERER_DIR) return process.env.HEARTH_RENDERER_DIR;
  // Built layout: dist/main/<entry>.js next to dist/renderer/.
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
}

export async function runHub(argv: string[], out: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<number> {
  let opts;
  try {
    opts = parseOptions(argv);
  } catch (err) {
    out(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    out(USAGE);
    return 0;
  }
  const logging = createHostLogging();
  const log = logging.log;
  guardProcess(log);
  await openLogFiles(logging, opts.dataDir);
  // Test seam only (see sticks/test-seam.ts): fake USB sticks, honoured for a throwaway data folder.
  const fakeSticks = fakeSticksFromEnv(process.env, opts.dataDir, log);
  // Test seam only (see weather/test-seam.ts): the weather from a recorded answer on 127.0.0.1.
  const weatherClient = weatherClientFromEnv(process.env, opts.dataDir, log);
  let app;
  try {
    app = await startApp({
      ...(fakeSticks ? { listPorts: fakeSticks.listPorts, probeBinding: fakeSticks.binding } : {}),
      ...(weatherClient ? { weatherClient } : {}),
      dataDir: opts.dataDir,
      host: 'hub',
      zwavePort: opts.zwavePort,
      zigbeePort: opts.zigbeePort,
      zigbeeAdapter: opts.zigbeeAdapter,
      ...(opts.mqttUrl ? { mqtt: { url: opts.mqttUrl, credentialsFile: opts.mqttCredentialsFile, adopt: opts.mqttAdopt } } : {}),
      ...(opts.mqttPublish || opts.mqttHomeId ? { mqttPublish: { enabled: opts.mqttPublish, url: opts.mqttPublishUrl, credentialsFile: opts.mqttPublishCredentialsFile, homeId: opts.mqttHomeId } } : {}),
      log,
      keyFile: opts.keyFile,
      passphraseFile: opts.passphraseFile,
      skipOnboarding: opts.skipOnboarding,
    });
  } catch (err) {
    const e = err instanceof HearthError ? err : new HearthError('INTERNAL', (err as Error).message);
    out(`Hearth could not start: ${e.message}${e.next ? `\n${e.next}` : ''}`);
    return 1;
  }
  applyLogLevels(logging, app.core.settings);
  if (opts.api) app.core.api.force();
  const sessions = new HubSessions({ secrets: app.secrets, now: Date.now });
  let server;
  let tls: HubTls | undefined;
  let api: LazyApi | undefined;
  try {
    if (needsTls(opts.host)) tls = await hubCertificate(opts.dataDir, app.secrets, opts.host);
    // The local API, on the hub's own address and port (it answers only while turned on: Settings → API or --api).
    // Built (fastify, its routes and OpenAPI document) when its first request arrives, not on every start.
    api = lazyApi({
      dispatch: app.core.dispatch, bus: app.core.bus, api: app.core.api, devices: app.core.devices, log: logging.for('api'), version: VERSION, audit: app.core.audit,
      place: { loopbackOnly: !tls, names: tls?.names ?? [], scheme: tls ? 'https' : 'http' },
      mounted: true,
    });
    server = await startHubServer({ dispatch: app.core.dispatch, bus: app.core.bus, log: logging.for('hub'), sessions, rendererDir: rendererDir(), host: opts.host, port: opts.port, tls, audit: app.core.audit, support: app.core.diagnostics.links, api, onDisconnect: (actor) => app.core.uploads.abandon(actor),
      members: hubMembers(app.core.household, app.core.devices),
    });
  } catch (err) {
    await api?.close().catch(() => undefined);
    await app.stop();
    await logging.close();
    const code = (err as NodeJS.ErrnoException).code;
    out(
      code === 'EADDRINUSE'
        ? `Hearth could not start: port ${opts.port} is already in use.\nStop the program using it, or start Hearth with --port <another port>.`
        : `Hearth could not start its server: ${(err as Error).message}`,
    );
    return 1;
  }
  const hub = server;
  const apiApp = api;
  app.core.api.attach({ url: () => new URL('api/v1', hub.url).href, fingerprint: () => tls?.fingerprint ?? null, problem: () => null });
  app.core.security.attachHub({
    sessions: () => sessions.count,
    signOutEverywhere: () => {
      const ended = sessions.rotate();
      // After the reply to whoever asked has gone out.
      setTimeout(() => hub.endSessions(), 100).unref();
      return ended;
    },
  });
  attachHousehold({ household: app.core.household, secrets: app.secrets, sessions, hub });
  const code = () => mintSignInCode(ownerKey(app.secrets), Date.now());
  if (tls) {
    out(`Warning: Hearth is reachable from other computers on ${opts.host}. Anyone signed in can control your home.`);
    out(`It serves HTTPS with its own certificate; your browser will ask you to trust it. Its SHA-256 fingerprint is ${tls.fingerprint}`);
    const wildcard = opts.host === '0.0.0.0' || opts.host === '::';
    if (wildcard) for (const address of reachableAddresses(opts.host)) {
      const h = address.includes(':') ? `[${address}]` : address;
      out(`From another computer: https://${h}:${server.port}/?code=${code()}`);
    }
  }
  // A one-time sign-in code, valid for 10 minutes: what the browser keeps of this address opens nothing later.
  // A wildcard bind's own address (0.0.0.0) is no address a browser can use: this computer's is localhost.
  const local = tls && (opts.host === '0.0.0.0' || opts.host === '::') ? `https://localhost:${server.port}/` : server.url;
  out(`Hearth is running at ${local}?code=${code()}`);
  out('(The code works once, for 10 minutes. For a new one: npx hearth signin-code --data-dir <data folder>)');
  if (app.core.api.enabled()) out(`Local API: ${new URL('api/v1', local).href} (OpenAPI: ${new URL('api/v1/openapi.json', local).href}; a token: npx hearth token create --scope read --name NAME --data-dir ${opts.dataDir})`);
  writeFileSync(join(opts.dataDir, HUB_INFO_FILE), JSON.stringify({ url: local, pid: process.pid }) + '\n', { mode: 0o600 });
  out(`Data folder: ${opts.dataDir}${app.core.info().demo ? ' — demo home (nothing real set up, or chosen in Settings → Demo home or your home)' : ''}`);

  await new Promise<void>((resolveStop) => {
    let stoppingSince = 0;
    const stop = async (signal: string) => {
      if (stoppingSince) {
        // A launcher may forward the same Ctrl-C the terminal already sent us: only a later one forces.
        if (Date.now() - stoppingSince < 1500) return;
        out('Forced exit.');
        process.exit(130);
      }
      stoppingSince = Date.now();
      out(`Stopping Hearth (${signal})…`);
      rmSync(join(opts.dataDir, HUB_INFO_FILE), { force: true });
      await apiApp.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      await app.stop().catch((e: unknown) => log.error('stop failed', e));
      await logging.close();
      resolveStop();
    };
    // `on`, not `once`: libraries using signal-exit (proper-lockfile, via zwave-js) re-raise the signal
    // when no other listener is left, which would kill us in the middle of a clean shutdown.
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  });
  return 0;
}
