// TEST SEAM — fake USB sticks for end-to-end tests of stick discovery on machines without sticks.
// Nothing in normal use reaches this: the hub honours it only when ALL of these hold, and says so loudly:
//   - the environment variable HEARTH_TEST_FAKE_STICKS names a JSON file,
//   - that file lies inside Hearth's data folder,
//   - the data folder lies inside the system's temporary folder (e2e tests use throwaway folders there).
// The file lists serialport-style ports ({path, vendorId, productId, manufacturer, pnpId, serialNumber})
// and how each behaves when opened ("silent": opens, never answers; "permission"; "busy"). It is read on
// every listing, so a test "plugs a stick in" by rewriting it. Opening goes through serialport's own test
// double, @serialport/binding-mock (a dev dependency, loaded only here).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { relative, resolve, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../shared/logger';
import type { PortInfo } from './known-sticks';
import type { PortLister } from './list';
import type { Binding } from './probe';

export const FAKE_STICKS_ENV = 'HEARTH_TEST_FAKE_STICKS';

const FakePort = z.object({
  path: z.string().regex(/^\/dev\/[\w./:+-]+$/),
  vendorId: z.string().optional(),
  productId: z.string().optional(),
  manufacturer: z.string().optional(),
  pnpId: z.string().optional(),
  serialNumber: z.string().optional(),
  behaviour: z.enum(['silent', 'permission', 'busy']).default('silent'),
});
const FakeFile = z.object({ ports: z.array(FakePort) });
type FakePort = z.infer<typeof FakePort>;

export interface FakeSticks {
  listPorts: PortLister;
  binding: Binding;
}

const inside = (dir: string, path: string): boolean => {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

function readPorts(file: string): FakePort[] {
  try {
    return FakeFile.parse(JSON.parse(readFileSync(file, 'utf8'))).ports;
  } catch {
    return []; // not written yet, or half-written: nothing plugged in
  }
}

interface MockBindingLike {
  createPort(path: string, opt?: { echo?: boolean }): void;
  open(options: { path: string }): Promise<unknown>;
  list(): Promise<PortInfo[]>;
}

/** The fake sticks, or null (with a warning when the variable is set but the conditions do not hold). */
export function fakeSticksFromEnv(env: NodeJS.ProcessEnv, dataDir: string, log: Logger): FakeSticks | null {
  const file = env[FAKE_STICKS_ENV];
  if (!file) return null;
  if (!inside(dataDir, file) || !inside(tmpdir(), dataDir)) {
    log.warn(`${FAKE_STICKS_ENV} is ignored: it is a test seam, honoured only for a data folder inside ${tmpdir()} and a file inside that folder.`);
    return null;
  }
  log.warn(`TEST SEAM: USB sticks are fake, listed from ${file} (${FAKE_STICKS_ENV}). Never use this outside tests.`);
  const { MockBinding } = createRequire(import.meta.url)('@serialport/binding-mock') as { MockBinding: MockBindingLike };
  const created = new Set<string>();
  const binding = {
    ...MockBinding,
    list: async () => readPorts(file),
    open: async (options: { path: string }) => {
      // A stick is picked by its stable /dev/serial/by-id/ name when it has one, as real ones are.
      const port = readPorts(file).find((p) => p.path === options.path || (p.pnpId && `/dev/serial/by-id/${p.pnpId}` === options.path));
      if (port?.behaviour === 'permission') throw new Error(`Error: EACCES: Permission denied, cannot open ${options.path}`);
      if (port?.behaviour === 'busy') throw new Error('Error Resource temporarily unavailable Cannot lock port');
      if (port && !created.has(options.path)) {
        MockBinding.createPort(options.path, { echo: false });
        created.add(options.path);
      }
      return MockBinding.open(options);
    },
  } as unknown as Binding;
  return { listPorts: async () => readPorts(file).map(({ behaviour: _b, ...info }) => info), binding };
}
