// Where Hearth keeps its data: --data-dir, else HEARTH_DATA_DIR, else the OS's per-user app-data folder
// (the same folder Electron's app.getPath('userData') gives for "Hearth").
import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_NAME = 'Hearth';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env.HEARTH_DATA_DIR) return env.HEARTH_DATA_DIR;
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
  }
}
