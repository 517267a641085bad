#!/usr/bin/env node
// `hearth <command>`: for now only `hearth nl ...` (the language parser's contract, shared/nl/CONTRACT.md).
// Runs the built JavaScript when there is one, else the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);

async function loadNl() {
  for (const built of ['../dist/main/cli.js', '../dist/main/nl/cli.js']) {
    const url = new URL(built, import.meta.url);
    if (existsSync(url)) {
      const mod = await import(url.href);
      if (typeof mod.runNl === 'function') return mod.runNl;
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  const mod = await import(new URL('../src/main/nl/cli.ts', import.meta.url).href);
  return mod.runNl;
}

if (command !== 'nl') {
  process.stderr.write('usage: hearth nl --home <home.json>[#key] < sentences.jsonl > results.jsonl\n');
  process.exitCode = 2;
} else {
  const runNl = await loadNl();
  process.exitCode = await runNl(args, process.stdin, process.stdout);
}
