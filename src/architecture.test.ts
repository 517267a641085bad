// The layering of ARCHITECTURE.md is enforced by ESLint; this proves the rules fire on wrong imports.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function errorsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layering', () => {
  it.each([
    ['src/shared/x.ts', "import { Core } from '../main/core';"],
    ['src/shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/protocols/zwave/x.ts', "import { Core } from '../../main/core';"],
    ['src/protocols/zwave/x.ts', "import { x } from '../zigbee/adapter';"],
    ['src/protocols/zigbee/simulator/x.ts', "import { x } from '../../matter/adapter';"],
    ['src/renderer/x.tsx', "import { Core } from '../main/core';"],
    ['src/renderer/screens/x.tsx', "import { Driver } from 'zwave-js';"],
    ['src/renderer/x.tsx', "import fs from 'fs';"],
    ['src/main/core2.ts', "import { app } from 'electron';"],
    ['src/main/x.ts', "import { App } from '../renderer/App';"],
  ])('%s may not say %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['src/renderer/x.tsx', "import { requests } from '../shared/contract';"],
    ['src/main/core2.ts', "import { ZWaveAdapter } from '../protocols/zwave/adapter';"],
    ['src/protocols/zwave/x.ts', "import type { ProtocolAdapter } from '../../shared/adapter';"],
    ['src/protocols/zigbee/x.ts', "import { Controller } from 'zigbee-herdsman';"],
    ['src/main/electron/x.ts', "import { app } from 'electron';"],
  ])('%s may say %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
