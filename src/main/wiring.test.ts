// How the core is wired, checked on the source: one composition root (app.ts) builds the app; request handlers
// get their services passed in and never reach for the whole app; the time primitives sit below automations.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = resolve(__dirname);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Files of src/main a source file imports (relative imports, resolved, without extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/gm)].map((m) => relative(MAIN, resolve(dirname(file), m[1]!)).replace(/\.ts$/, ''));
}

const rel = (f: string) => relative(MAIN, f);
const all = sources(MAIN);

describe('core wiring', () => {
  it('no request handler imports the composition root (or the old core): each gets only the services it uses', () => {
    const handlers = all.filter((f) => rel(f).startsWith('api/') || /^integrations\/(.+\/)?handlers\.ts$/.test(rel(f)));
    expect(handlers.length).toBeGreaterThan(10);
    for (const f of handlers) expect(importsOf(f).filter((i) => i === 'app' || i === 'core'), rel(f)).toEqual([]);
  });

  it('only the composition root builds the core: services, automations, the dispatcher and the settings registry', () => {
    const builders = /new (DeviceService|AreaService|ConsentService|OnboardingService|SecurityService|PrivacyService|AuditLog|StateWriter|StickWatcher|EventBus)\(|(?<!function )\b(createAutomation|createDispatcher|createSettings|createHandlers|createIntegrationRegistry)\(/;
    const building = all.filter((f) => builders.test(readFileSync(f, 'utf8').replace(/^\s*(?:\/\/|\*).*$/gm, ''))).map(rel);
    // The one exception: `hearth diagnostics --data-dir` reads a data folder's settings read-only, without the app.
    expect(building).toEqual(['app.ts', 'diagnostics/support/sources.ts']);
  });

  it('the time primitives import nothing from automations or plans, which both use them', () => {
    const time = all.filter((f) => rel(f).startsWith('time/'));
    expect(time.map(rel).sort()).toEqual(['time/clock.ts', 'time/schedule.ts', 'time/sun.ts', 'time/trigger-index.ts']);
    // Only src/shared (outside src/main) and each other.
    for (const f of time) expect(importsOf(f).filter((i) => !i.startsWith('time/') && !i.startsWith('../shared/')), rel(f)).toEqual([]);
  });

  it('rules and plans are one module that does not import the composition root', () => {
    for (const f of all.filter((f) => rel(f).startsWith('automation/'))) expect(importsOf(f).filter((i) => i === 'app' || i.startsWith('api/')), rel(f)).toEqual([]);
  });
});
