// better-sqlite3-multiple-ciphers is compiled for Node's ABI by `npm install`; Electron needs its own build.
// We keep a copy rebuilt for Electron in .electron-native/ and point the core at it (HEARTH_SQLITE_BINDING),
// so hub mode and the tests keep using the Node build. Packaged apps get theirs from electron-builder instead.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MODULE = 'better-sqlite3-multiple-ciphers';

export async function electronSqliteBinding(electronVersion) {
  const root = resolve('.electron-native');
  const moduleDir = join(root, 'node_modules', MODULE);
  const binding = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  const stamp = join(root, 'electron-version');
  const sqliteVersion = JSON.parse(readFileSync(`node_modules/${MODULE}/package.json`, 'utf8')).version;
  const want = `${electronVersion}/${MODULE}@${sqliteVersion}`;
  if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return binding;

  console.log(`Preparing the database module for Electron ${electronVersion} (once)…`);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'hearth-electron-native', private: true, dependencies: { [MODULE]: sqliteVersion } }));
  cpSync(`node_modules/${MODULE}`, moduleDir, { recursive: true });
  for (const dep of ['bindings', 'file-uri-to-path']) {
    if (existsSync(join('node_modules', dep))) cpSync(join('node_modules', dep), join(root, 'node_modules', dep), { recursive: true });
  }
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: root, electronVersion, onlyModules: [MODULE], force: true });
  writeFileSync(stamp, want);
  return binding;
}
