// Issue 15, offline voice: push-to-talk in the window. Chromium's fake microphone plays a sentence said by
// espeak-ng; holding the button records it, the hub hears it with pocketsphinx and the home's grammar, and the
// plan preview opens as for typed text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import wavefile from 'wavefile';
import { expect, test } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';
const SENTENCE = 'turn on the floor lamp';

/** The sentence said by espeak-ng between 1 s and 4 s of silence (the fake microphone plays the file in a loop, from
 *  when the recording opens it). */
function microphoneFile(text: string): { path: string; seconds: number } {
  const r = spawnSync('espeak-ng', ['--stdout', '-v', 'en-us+f2', '-s', '140'], { input: text, maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error('espeak-ng is needed for this test (apt-get install espeak-ng)');
  const said = new wavefile.WaveFile(r.stdout);
  const rate = (said.fmt as { sampleRate: number }).sampleRate;
  // At half espeak-ng's level, as a microphone at arm's length gives it.
  const samples = Array.from(said.getSamples(false, Int16Array) as unknown as Int16Array, (v) => Math.round(v / 2));
  const out = new wavefile.WaveFile();
  out.fromScratch(1, rate, '16', [...new Array<number>(rate).fill(0), ...samples, ...new Array<number>(rate * 4).fill(0)]);
  const path = join(mkdtempSync(join(tmpdir(), 'hearth-e2e-mic-')), 'mic.wav');
  writeFileSync(path, out.toBuffer());
  return { path, seconds: samples.length / rate };
}

const mic = microphoneFile(SENTENCE);
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${mic.path}`],
  },
});

test('holding the microphone button and saying a command opens its plan preview, as typing it would', async ({ page }) => {
  const hub = await startHub(tempDataDir());
  try {
    // What the window asks the hub to say back, and whether a WAV came back for it.
    const spoken: string[] = [];
    let voiceReplies = 0;
    page.on('websocket', (ws) => {
      ws.on('framesent', (f) => {
        const m = /"method":"voice\.speak".*"text":"([^"]*)"/.exec(String(f.payload));
        if (m) spoken.push(m[1]!);
      });
      ws.on('framereceived', (f) => {
        if (/"result":\{"audio":"UklGR/.test(String(f.payload))) voiceReplies++;
      });
    });
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: /Status: .*Z-Wave.* ready/ })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('article', { name: 'Floor Lamp' }).getByText('Online')).toBeVisible({ timeout: 60_000 });

    const talk = page.getByRole('button', { name: /^Speak a command/ });
    await talk.hover();
    await page.mouse.down();
    const stop = page.getByRole('button', { name: 'Stop listening' });
    await expect(stop).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Listening…')).toBeVisible();
    await page.locator('.command-bar').screenshot({ path: `${SHOTS}/voice-listening.png` });
    await page.waitForTimeout(1000 + Math.ceil(mic.seconds * 1000) + 1500);
    await page.mouse.up();

    const dialog = page.getByRole('dialog', { name: SENTENCE });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByLabel('What Hearth understood')).toHaveText('Turn on Floor Lamp, now.');
    await dialog.screenshot({ path: `${SHOTS}/voice-plan.png` });
    // The reply is said: the plan's one-sentence summary, as a WAV file played in the window.
    await expect.poll(() => spoken).toEqual(['Turn on Floor Lamp, now.']);
    await expect.poll(() => voiceReplies).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('switch', { name: 'Floor Lamp', exact: true })).toHaveAttribute('aria-checked', 'false');
  } finally {
    await hub.stop();
  }
});
