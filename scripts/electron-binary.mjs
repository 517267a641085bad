// `npm install` runs this (the project's own postinstall). It tries to download Electron's desktop binary,
// exactly as the electron package's own install step would, but a failed download never fails the install:
// Hearth then runs in hub mode (the same app in your browser). package.json's allowScripts denies the electron
// package's own install step for that reason, so the package (and its TypeScript types) is always installed.
//
// Re-run by hand after fixing the network: `npm run postinstall`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const STATUS_DIR = join('node_modules', '.cache', 'hearth');
export const STATUS_FILE = join(STATUS_DIR, 'electron-binary.json');

function record(status) {
  try {
    mkdirSync(STATUS_DIR, { recursive: true });
    writeFileSync(STATUS_FILE, JSON.stringify({ ...status, at: new Date().toISOString() }, null, 2) + '\n');
  } catch {
    // Only a hint for `npm start`; never a reason to fail the install.
  }
}

/** The first line of the download error that says what went wrong (not a stack frame). */
function reasonOf(output) {
  const lines = String(output ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => !l.startsWith('at ')) ?? 'the download failed';
  return line.replace(/^(Request)?Error:\s*/, '').slice(0, 200);
}

let installScript;
try {
  installScript = join(dirname(require.resolve('electron/package.json')), 'install.js');
} catch {
  installScript = null; // electron is a devDependency: absent in a production-only install
}

if (!installScript || !existsSync(installScript)) {
  record({ ok: false, reason: 'the electron package is not installed' });
} else if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  record({ ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' });
} else {
  const run = spawnSync(process.execPath, [installScript], {
    cwd: dirname(installScript),
    env: process.env,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (run.status === 0) {
    record({ ok: true });
  } else {
    const reason = run.error?.code === 'ETIMEDOUT' ? 'the download took longer than 15 minutes' : reasonOf(run.stderr || run.stdout);
    record({ ok: false, reason });
    console.log(
      `Hearth: Electron's desktop binary could not be downloaded (${reason}); \`npm start\` will run Hearth in hub mode, ` +
        'in your browser. To try the download again later: npm run postinstall',
    );
  }
}
