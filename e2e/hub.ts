// Starts the built app in hub mode, as `npm start -- --hub` would, with its own data folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Hub {
  /** A fresh one-time sign-in address each time it is read (as `npx hearth signin-code` prints). */
  readonly url: string;
  /** The address the hub printed when it started (its code works once). */
  printedUrl: string;
  /** The hub's address without any code. */
  base: string;
  dataDir: string;
  output: string[];
  stop(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
}

/**
 * Starts the hub. A fresh data folder would open the first-run setup wizard; tests of other screens pass
 * `--skip-onboarding` (a user's option too) unless they ask for the wizard with `{ onboarding: true }`.
 */
export async function startHub(dataDir: string, extraArgs: string[] = [], opts: { onboarding?: boolean; env?: Record<string, string> } = {}): Promise<Hub> {
  const args = ['dist/main/cli.js', '--hub', '--port', '0', '--data-dir', dataDir, ...(opts.onboarding ? [] : ['--skip-onboarding']), ...extraArgs];
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HEARTH_DATA_DIR: '', ...opts.env },
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output.join('')}`)), 60_000);
    const onData = (b: Buffer) => {
      output.push(b.toString());
      const m = /Hearth is running at (\S+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => output.push(b.toString()));
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}:\n${output.join('')}`)));
  });
  const base = url.replace(/\?.*$/, '');
  return {
    get url() {
      const out = execFileSync(process.execPath, ['bin/hearth.mjs', 'signin-code', '--data-dir', dataDir], { encoding: 'utf8' });
      const m = /^(\S+\?code=\S+)$/m.exec(out);
      if (!m) throw new Error(`signin-code printed no address:\n${out}`);
      return m[1]!;
    },
    printedUrl: url,
    base,
    dataDir,
    output,
    /** Stops it as a service manager would (SIGTERM) and checks it shut down cleanly. */
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // A hub that died during the test fails it with its own last words (its log is in its data folder).
        if (child.exitCode !== null || child.signalCode !== null) {
          return child.exitCode === 0 ? resolve() : reject(new Error(`the hub had stopped by itself (code ${child.exitCode}, signal ${child.signalCode}):\n${output.join('')}`));
        }
        child.once('exit', (code, signal) =>
          code === 0 ? resolve() : reject(new Error(`hub did not shut down cleanly (code ${code}, signal ${signal}):\n${output.join('')}`)),
        );
        child.kill('SIGTERM');
      }),
  };
}
