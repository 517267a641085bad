// Electron host: a hardened window over the same core the hub runs. Everything else lives in plain Node
// modules; this folder is the only place that imports 'electron'.
import { app, BrowserWindow, dialog, Menu, net, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HearthError } from '../../shared/errors';
import { startApp, VERSION, type RunningApp } from '../app';
import { apiListener } from '../rest/listener';
import { SECURITY_HEADERS } from '../csp';
import { resolveInside } from '../hub/static';
import { applyLogLevels, createHostLogging, openLogFiles } from '../log';
import { guardProcess } from '../process-guards';
import { electronNotifier } from './notifier';
import { parseOptions } from '../options';
import { electronPowerSource } from '../diagnostics/recovery/power';
import { chooseSecretBackend } from '../diagnostics/recovery/secret-backend';
import { decideExternal } from './external-links';
import { registerIpc } from './ipc';
import { APP_ORIGIN, APP_SCHEME, isAllowedNavigation } from './sender';
import { isPermissionAllowed } from './permissions';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const logging = createHostLogging();
const log = logging.log;
guardProcess(log);

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void run();
}

function harden(): void {
  // Only the microphone, for push-to-talk, asked by our own page (permissions.ts); everything else is refused.
  session.defaultSession.setPermissionRequestHandler((_wc, permission, cb, details) =>
    cb(isPermissionAllowed({ permission, url: details.requestingUrl, isMainFrame: details.isMainFrame, mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined })),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission, origin, details) =>
    isPermissionAllowed({ permission, url: details.requestingUrl ?? origin, isMainFrame: details.isMainFrame, mediaTypes: details.mediaType ? [details.mediaType] : undefined }),
  );
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e, url) => {
      if (!isAllowedNavigation(url)) e.preventDefault();
    });
    contents.on('will-redirect', (e, url) => {
      if (!isAllowedNavigation(url)) e.preventDefault();
    });
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the web open in the user's browser, never inside Hearth: Hearth's own sites at once, other
      // hosts after asking, other schemes never (external-links.ts).
      void openOutside(url).catch((err: unknown) => log.warn('a link was not opened', err));
      return { action: 'deny' };
    });
  });
  protocol.handle(APP_SCHEME, async (req) => {
    const url = new URL(req.url);
    const file = url.host === 'hearth' ? resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
    return new Response(res.body, { status: res.status, headers });
  });
}

/**
 * The one way Hearth hands an address to the system browser (links, the subscription's checkout): https only, at
 * once for Hearth's own sites, after asking for any other host, never for other schemes (external-links.ts).
 * Electronegativity's OPEN_EXTERNAL_JS_CHECK points here; see docs/ELECTRON-SECURITY.md.
 */
async function openOutside(url: string): Promise<boolean> {
  const d = decideExternal(url);
  if (d.action === 'refuse') throw new HearthError('BAD_REQUEST', `Hearth does not open this address: ${d.reason}.`);
  if (d.action === 'ask') {
    const r = await dialog.showMessageBox({ type: 'question', buttons: ['Open in browser', 'Cancel'], defaultId: 1, cancelId: 1, message: `Open ${d.host} in your browser?`, detail: d.url });
    if (r.response !== 0) return false;
  }
  await shell.openExternal(d.url);
  return true;
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 880,
    minHeight: 600,
    show: false,
    title: 'Hearth',
    backgroundColor: '#161513',
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      // A middle click never opens anything (new windows are denied anyway; this stops the click reaching the page).
      disableBlinkFeatures: 'Auxclick',
      // Developer tools only while developing: a packaged build has none (nor a menu item for them).
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function run(): Promise<void> {
  const opts = parseOptions(process.argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('--inspect')), {
    ...process.env,
    HEARTH_DATA_DIR: process.env.HEARTH_DATA_DIR ?? app.getPath('userData'),
  });
  await app.whenReady();
  harden();
  if (app.isPackaged) {
    // The default menu carries "Toggle Developer Tools" and "Reload": keep editing and window commands only.
    const mac = process.platform === 'darwin';
    Menu.setApplicationMenu(Menu.buildFromTemplate([...(mac ? [{ role: 'appMenu' as const }] : []), { role: 'editMenu' as const }, { role: 'windowMenu' as const }]));
  }
  await openLogFiles(logging, opts.dataDir);
  let running: RunningApp;
  try {
    // safeStorage on Linux without a keyring ('basic_text') is not encryption: the key-file store instead, said in Settings.
    const secretBackend = chooseSecretBackend(safeStorage, process.platform);
    const codec = secretBackend.codec;
    running = await startApp({
      dataDir: opts.dataDir,
      host: 'electron',
      zwavePort: opts.zwavePort,
      zigbeePort: opts.zigbeePort,
      zigbeeAdapter: opts.zigbeeAdapter,
      log,
      skipOnboarding: opts.skipOnboarding,
      ...(codec ? { secretCodec: codec } : {}),
      secretReaders: secretBackend.readers,
      power: electronPowerSource(powerMonitor),
      ...(secretBackend.note ? { secretsNote: secretBackend.note } : {}),
      ...(process.env.HEARTH_SQLITE_BINDING ? { sqliteNativeBinding: process.env.HEARTH_SQLITE_BINDING } : {}),
    });
  } catch (err) {
    const e = err instanceof HearthError ? err : new HearthError('INTERNAL', (err as Error).message);
    const { dialog } = await import('electron');
    dialog.showErrorBox('Hearth could not start', `${e.message}${e.next ? `\n\n${e.next}` : ''}`);
    app.exit(1);
    return;
  }
  applyLogLevels(logging, running.core.settings);
  running.core.health.setNotifier(electronNotifier());
  // Buying happens on the vendor's checkout page in the system browser (https only; the app never sees card data).
  running.core.subscription.setOpener({ open: async (url) => void (await openOutside(url)) });
  const unregister = registerIpc(running.core.dispatch, running.core.bus, () => BrowserWindow.getAllWindows(), log);
  // The local API: its own listener while Settings → API has it on (loopback unless opted in to the network).
  const api = apiListener({ core: running.core, dataDir: opts.dataDir, secrets: running.secrets, log: logging.for('api'), version: VERSION });
  void api.apply();
  let win = createWindow();
  app.on('second-instance', () => {
    if (win.isDestroyed()) win = createWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let stopped = false;
  app.on('before-quit', (e) => {
    if (stopped) return;
    e.preventDefault();
    stopped = true;
    unregister();
    void api
      .close()
      .catch(() => undefined)
      .then(() => running.stop())
      .finally(() => app.quit());
  });
}
