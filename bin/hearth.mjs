#!/usr/bin/env node
// `hearth nl …`: the language parser's command-line contract (../shared/nl/CONTRACT.md).
// `hearth analytics --ledger FILE --month YYYY-MM`: a month's business figures from a subscription ledger.
// `hearth diagnostics --data-dir DIR --out FILE.zip`: a redacted support bundle from a data folder (read only).
// `hearth signin-code --data-dir DIR`: a one-time sign-in address for a hub; `hearth token rotate --data-dir DIR`:
// sign out everywhere; `hearth token create --scope read|control|admin --name NAME --data-dir DIR`: a local API token.
// `hearth [options]`: runs the hub (same as `npm start -- --hub`).
// Uses the built JavaScript when there is one, else the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);

async function load(built, source) {
  const url = new URL(built, import.meta.url);
  if (existsSync(url)) return import(url.href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL(source, import.meta.url).href);
}

if (command === 'analytics') {
  const { runAnalytics } = await load('../dist/main/analytics-cli.js', '../src/main/subscriptions/analytics/cli.ts');
  process.exitCode = runAnalytics(args, process.stdout, process.stderr);
} else if (command === 'diagnostics') {
  const { runDiagnostics } = await load('../dist/main/diagnostics-cli.js', '../src/main/diagnostics/support/cli.ts');
  process.exitCode = await runDiagnostics(args, (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'));
} else if (command === 'signin-code' || command === 'token') {
  const { runHubCli } = await load('../dist/main/hub-cli.js', '../src/main/hub/cli.ts');
  process.exitCode = await runHubCli(command, args, (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'));
} else if (command === 'nl') {
  const { runNl } = await load('../dist/main/nl-cli.js', '../src/main/nl/cli.ts');
  process.exitCode = await runNl(args, process.stdin, process.stdout);
} else {
  // The hub entry reads process.argv itself and runs until stopped.
  if (!process.argv.includes('--hub')) process.argv.splice(2, 0, '--hub');
  await load('../dist/main/cli.js', '../src/main/cli.ts');
}
