// The Home and Devices screens with 10,000 devices in Chromium (Debian's, as the e2e tests use), served by the
// built hub on a real home of that size (bench/hub-home.ts). Per screen, a fresh page opened at its address:
// the time from the navigation's start until the screen holds every device and shows the first ones (all of
// them in a small home; a large one renders its cards and rows a chunk at a time as they come near the screen)
// and the page then answers (a frame painted and a task run after it): sign-in, loading the app,
// the WebSocket, the device list and React's render, as a person waits for it. Also the switch from one screen to
// the other inside the app (a click on the sidebar link, the data already loaded). Baseline in the same run: the
// same with 100 devices. Medians of 3 page loads. Goal: < 500 ms.
import { rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBuilt, seedHome, startBuiltHub, type StartedHub } from './hub-home';

// What the page functions below use of the browser (this file is type-checked without the DOM library).
declare const document: { querySelectorAll(selector: string): { length: number } };
declare function requestAnimationFrame(callback: () => void): number;

const LOADS = Number(process.env.BENCH_UI_LOADS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

type Screen = 'home' | 'devices';
// The page forbids evaluating strings (its CSP has no 'unsafe-eval'): the checks are functions, the screens selectors.
const ITEMS: Record<Screen, string> = { home: 'main article', devices: 'table[aria-label="All devices"] tbody tr' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The list's container, which says how many devices the screen holds (data-devices). */
const HOLDER: Record<Screen, string> = { home: 'main .areas', devices: 'table[aria-label="All devices"]' };

/**
 * ms since the page's navigation started, once the screen holds all `n` devices, shows the first of them (a
 * large home renders the rest a chunk at a time as they come near the screen: LazyChunk.tsx) and has answered.
 */
async function readyAt(page: Page, screen: Screen, n: number): Promise<number> {
  await page.waitForFunction(
    ([holder, items, total]) => document.querySelectorAll(`${holder}[data-devices="${total}"]`).length > 0 && document.querySelectorAll(items).length >= Math.min(total, 40),
    [HOLDER[screen], ITEMS[screen], n] as const,
    { polling: 'raf', timeout: 120_000 },
  );
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))));
}

async function signedInPage(browser: Browser, hub: StartedHub): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Sign in once (the code works once); the session stays in this context for the timed loads.
  await page.goto(hub.url);
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, ITEMS.home, { timeout: 120_000 });
  return page;
}

async function measure(browser: Browser, hub: StartedHub, n: number) {
  const page = await signedInPage(browser, hub);
  const load: Record<Screen, number[]> = { home: [], devices: [] };
  const toDevices: number[] = [];
  const toHome: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    for (const screen of ['home', 'devices'] as const) {
      await page.goto(`${hub.base}#/${screen === 'home' ? '' : 'devices'}`, { waitUntil: 'commit' });
      // A fresh load each time (a change of hash alone would not reload the page).
      await page.reload({ waitUntil: 'commit' });
      load[screen].push(await readyAt(page, screen, n));
    }
    // Inside the app: Devices → Home → Devices by the sidebar, timed in the page from the click.
    for (const [screen, into] of [['home', toHome], ['devices', toDevices]] as const) {
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('link', { name: screen === 'home' ? 'Home' : 'Devices', exact: true }).click();
      into.push((await readyAt(page, screen, n)) - t0);
    }
  }
  await page.context().close();
  return { home: median(load.home), devices: median(load.devices), toHome: median(toHome), toDevices: median(toDevices), all: { load, toHome, toDevices } };
}

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  ensureBuilt();
  const sizes = [100, 10_000];
  const dirs = new Map<number, string>();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const results = new Map<number, Awaited<ReturnType<typeof measure>>>();
    for (const n of sizes) {
      dirs.set(n, await seedHome(n));
      const hub = await startBuiltHub(dirs.get(n)!);
      try {
        results.set(n, await measure(browser, hub, n));
      } finally {
        await hub.stop();
      }
      const r = results.get(n)!;
      const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join('/');
      console.log(`ui, ${n} devices: Home loaded and answering at ${f(r.all.load.home)} ms, Devices at ${f(r.all.load.devices)} ms; ` +
        `switching to Home ${f(r.all.toHome)} ms, to Devices ${f(r.all.toDevices)} ms`);
    }
    const big = results.get(10_000)!;
    const small = results.get(100)!;
    report('ui_10k_render_ms', Math.max(big.home, big.devices), 'ms');
    report('ui_10k_home_ms', big.home, 'ms');
    report('ui_10k_devices_ms', big.devices, 'ms');
    report('ui_10k_switch_to_home_ms', big.toHome, 'ms');
    report('ui_10k_switch_to_devices_ms', big.toDevices, 'ms');
    report('ui_100_render_ms', Math.max(small.home, small.devices), 'ms');
    report('ui_10k_vs_100_ratio', Math.max(big.home, big.devices) / Math.max(small.home, small.devices), 'x');
  } finally {
    await browser.close();
    for (const d of dirs.values()) rmSync(d, { recursive: true, force: true });
  }
}
