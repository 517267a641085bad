// The layering of ARCHITECTURE.md is enforced by ESLint; this proves the rules fire on wrong imports: the layers
// (no-restricted-imports), each src/protocols/<stack>/ entered only through its index.ts (hearth/protocol-boundary),
// and each radio library imported only inside its own stack folder, by its one library file (hearth/stack-library).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

const IMPORT_RULES = ['no-restricted-imports', 'hearth/protocol-boundary', 'hearth/stack-library'];

async function errorsFor(file: string, code: string, rule?: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => (rule ? m.ruleId === rule : IMPORT_RULES.includes(m.ruleId ?? ''))).map((m) => m.message);
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
    ['src/main/core2.ts', "import { createZWaveIntegration } from '../protocols/zwave';"],
    ['src/protocols/zwave/x.ts', "import type { Integration } from '../../shared/integration';"],
    ['src/main/electron/x.ts', "import { app } from 'electron';"],
  ])('%s may say %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});

describe('a protocol folder is entered only through its index.ts (hearth/protocol-boundary)', () => {
  it.each([
    ['src/main/core2.ts', "import { ZWaveAdapter } from '../protocols/zwave/adapter';"],
    ['src/main/integrations/zwave/x.ts', "import { startZWaveSimulator } from '../../../protocols/zwave/simulator/server';"],
    ['src/main/integrations/zigbee/x.test.ts', "import type { ZigbeeEvent } from '../../../protocols/zigbee/events';"],
    ['src/main/x.ts', "export { MatterAdapter } from '../protocols/matter/adapter';"],
    ['bench/x.ts', "import { ZStackEmulator } from '../src/protocols/zigbee/simulator';"],
    ['src/protocols/conformance.test.ts', "import { ZWaveAdapter } from './zwave/adapter';"],
    ['src/main/x.ts', "type Ctx = import('../protocols/zwave/context').ZWaveContext;"],
  ])('%s may not say %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`, 'hearth/protocol-boundary')).toEqual([expect.stringMatching(/only through its index\.ts/)]);
  });

  it.each([
    ['src/main/x.ts', "import { createZWaveIntegration } from '../protocols/zwave';"],
    ['src/main/x.ts', "import { createZigbeeIntegration } from '../protocols/zigbee/index';"],
    ['src/protocols/zwave/inclusion.ts', "import { ZWaveAdapter } from './adapter';"],
    ['src/protocols/zwave/test/harness.ts', "import { startZWaveSimulator } from '../simulator/server';"],
    ['src/protocols/conformance.test.ts', "import { conformanceHarness } from './zwave/test/harness';"],
    ['src/protocols/zigbee/test/harness.ts', "import type { ConformanceHarness } from '../../conformance/harness';"],
  ])('%s may say %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`, 'hearth/protocol-boundary')).toEqual([]);
  });
});

describe('each radio library stays in its own protocol folder, tests included (hearth/stack-library)', () => {
  it.each([
    ['src/main/x.ts', "import { Driver } from 'zwave-js';"],
    ['src/main/integrations/zwave/x.test.ts', "import { nvmToJSON } from '@zwave-js/nvmedit';"],
    ['src/main/x.ts', "import type { Controller } from 'zigbee-herdsman';"],
    ['src/main/x.ts', "import * as zhc from 'zigbee-herdsman-converters';"],
    ['src/main/x.ts', "const m = import('@matter/main');"],
    ['src/shared/x.ts', "import { ClusterId } from '@project-chip/matter.js';"],
    ['e2e/x.spec.ts', "import { CommandClasses } from '@zwave-js/core';"],
    ['bench/x.ts', "export { Zcl } from 'zigbee-herdsman';"],
    ['src/protocols/zigbee/x.ts', "import { ServerNode } from '@matter/main';"],
    ['src/protocols/matter/x.ts', "import { Driver } from 'zwave-js';"],
    ['src/protocols/conformance.test.ts', "import { Controller } from 'zigbee-herdsman';"],
  ])('%s may not say %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`, 'hearth/stack-library')).toEqual([expect.stringMatching(/belongs to src\/protocols\//)]);
  });

  it.each([
    ['src/protocols/zwave/adapter.ts', "import { Driver } from 'zwave-js';"],
    ['src/protocols/zwave/mapping/index.test.ts', "import { CommandClasses } from '@zwave-js/core';"],
    ['src/protocols/zigbee/mapping/converters.ts', "import * as zhc from 'zigbee-herdsman-converters';"],
  ])('inside its folder, %s may not say %s (only its library file imports it)', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`, 'hearth/stack-library')).toEqual([expect.stringMatching(/is imported only by/)]);
  });

  it.each([
    ['src/protocols/zwave/zwavejs.ts', "export { Driver } from 'zwave-js';"],
    ['src/protocols/zwave/simulator/zwavejs.ts', "export { MockController } from '@zwave-js/testing';"],
    ['src/protocols/zigbee/herdsman.ts', "export { Controller } from 'zigbee-herdsman';"],
    ['src/protocols/matter/matterjs.ts', "export { ServerNode } from '@matter/main';"],
  ])('%s may say %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport {};\n`, 'hearth/stack-library')).toEqual([]);
  });
});
