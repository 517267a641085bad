// The packaged app's fuses: electron-builder flips them from electron-builder.yml while packaging. Each key must
// be one electron-builder knows (its own schema), or it would be ignored without a word.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('packaging', () => {
  it('flips the Electron fuses that keep other code out of a packaged Hearth', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: \w+\n)+)/m.exec(yml);
    expect(block, 'electronFuses in electron-builder.yml').not.toBeNull();
    const fuses = Object.fromEntries(block![1]!.trim().split('\n').map((l) => l.trim().split(': ') as [string, string]));
    expect(fuses).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
    const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as { definitions: Record<string, { properties?: Record<string, unknown> }> };
    const known = Object.keys(scheme.definitions.FuseOptionsV1?.properties ?? {});
    for (const key of Object.keys(fuses)) expect(known, key).toContain(key);
  });
});
