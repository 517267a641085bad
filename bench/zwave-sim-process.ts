// A simulated Z-Wave stick in a process of its own, for benchmarks that time Hearth's share of a command: a real
// stick is hardware, so its work (the mock controller's frame parsing, behaviours and replies, and its garbage)
// must not land in the measured process. Prints one JSON line {"path": "tcp://127.0.0.1:…"} when ready; closes
// the simulator and exits when its stdin ends (the parent exiting or closing it).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startZWaveSimulator, type SimNodeSpec } from '../src/protocols/zwave';

export interface SimProcess {
  path: string;
  close(): Promise<void>;
}

/** Starts the simulator with `nodes` in a child process. */
export async function startSimProcess(nodes: SimNodeSpec[]): Promise<SimProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(nodes)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const path = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the simulator process exited (${code}) before it was ready`)));
    lines.once('line', (l) => resolve((JSON.parse(l) as { path: string }).path));
  });
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const nodes = JSON.parse(process.argv[2] ?? '[]') as SimNodeSpec[];
  const sim = await startZWaveSimulator({ nodes, tickMs: 3_600_000 });
  process.stdout.write(`${JSON.stringify({ path: sim.path })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void sim.close().finally(() => process.exit(0)));
}
