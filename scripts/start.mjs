// `npm start`: build, then open the desktop window where Electron is installed; otherwise run hub mode
// (the same app, served to a browser) and say so. `npm start -- --hub` forces hub mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceHub = args.includes('--hub');

const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

function electronBinary() {
  try {
    const path = require('electron'); // the package exports the path of its binary
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // not installed, or installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD)
  }
}

function run(cmd, argv, env = process.env) {
  const child = spawn(cmd, argv, { stdio: 'inherit', env });
  // The terminal sends Ctrl-C to both of us; let the child shut down cleanly and exit with it.
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = forceHub ? null : electronBinary();
if (electron) {
  const { electronSqliteBinding } = await import('./electron-native.mjs');
  const version = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  let binding;
  try {
    binding = await electronSqliteBinding(version);
  } catch (err) {
    console.error(`Could not prepare the database module for Electron (${err.message}); starting in hub mode instead.`);
  }
  if (binding) {
    run(electron, ['.', ...args], { ...process.env, HEARTH_SQLITE_BINDING: binding });
  } else {
    run(process.execPath, ['dist/main/cli.js', '--hub', ...args]);
  }
} else {
  if (!forceHub) {
    console.log('Electron is not installed on this machine (its binary could not be downloaded), so Hearth starts in hub mode:');
    console.log('the same app, served to your browser from this computer only.');
  }
  run(process.execPath, ['dist/main/cli.js', ...(forceHub ? args : ['--hub', ...args])]);
}
