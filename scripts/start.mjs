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

/** Electron's binary, or why there is none (one short reason for the user). */
function electronBinary() {
  try {
    const path = require('electron'); // the package exports the path of its binary (and throws without one)
    if (typeof path === 'string' && existsSync(path)) return { path };
  } catch {
    // not installed, or installed without its binary
  }
  let reason = "Electron's binary is not installed";
  try {
    const status = JSON.parse(readFileSync('node_modules/.cache/hearth/electron-binary.json', 'utf8'));
    if (status.ok === false && status.reason) reason = `Electron's binary could not be installed: ${status.reason}`;
  } catch {
    // no record of the download (npm install --ignore-scripts, or an older checkout)
  }
  return { reason };
}

function run(cmd, argv, env = process.env) {
  const child = spawn(cmd, argv, { stdio: 'inherit', env });
  // The terminal sends Ctrl-C to both of us; let the child shut down cleanly and exit with it.
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = forceHub ? null : electronBinary();
if (electron?.path) {
  const { electronSqliteBinding } = await import('./electron-native.mjs');
  const version = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  let binding;
  try {
    binding = await electronSqliteBinding(version);
  } catch (err) {
    console.error(`The desktop window is not available (could not prepare the database module for Electron: ${err.message}); starting hub mode.`);
  }
  if (binding) {
    run(electron.path, ['.', ...args], { ...process.env, HEARTH_SQLITE_BINDING: binding });
  } else {
    run(process.execPath, ['dist/main/cli.js', '--hub', ...args]);
  }
} else {
  if (electron) console.log(`The desktop window is not available (${electron.reason}); starting hub mode: open the address below in your browser.`);
  run(process.execPath, ['dist/main/cli.js', ...(forceHub ? args : ['--hub', ...args])]);
}
