// Offline voice against a real core: sentences said by espeak-ng are heard by Debian's pocketsphinx with the home's
// grammar (voice.recognize), then previewed exactly as typed text (plans.preview), as the window does.
import wavefile from 'wavefile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewResult } from '../../shared/plan';
import type { Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';
import { VoiceService } from './service';
import { say, voiceHome } from './test/home';

const { WaveFile } = wavefile;
const dir = tempDir('hearth-voice-');
let home: Fixture;

beforeAll(async () => {
  home = await voiceHome(dir);
});
afterAll(async () => {
  await home.core.stop();
});

type Reply = { ok: boolean; result?: unknown; error?: { code: string; message: string; next?: string } };
const call = (method: 'voice.recognize' | 'voice.speak' | 'voice.status' | 'plans.preview' | 'devices.rename', params: unknown) =>
  home.core.dispatch(method, params, { actor: 'test' }) as Promise<Reply>;

/** What the window does with a recording: hear it, then preview the words as typed text. */
async function speakCommand(wav: Buffer): Promise<{ heard: string; preview: PreviewResult }> {
  const heard = await call('voice.recognize', { audio: wav.toString('base64') });
  expect(heard.error).toBeUndefined();
  const text = (heard.result as { text: string }).text;
  const preview = await call('plans.preview', { text });
  expect(preview.ok).toBe(true);
  return { heard: text, preview: preview.result as PreviewResult };
}

function wav(rate: number, seconds: number, o: { channels?: number; bitDepth?: string; tone?: boolean } = {}): Buffer {
  const w = new WaveFile();
  const frames = Math.round(rate * seconds);
  const channel = () => Array.from({ length: frames }, (_, i) => (o.tone ? Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)) : 0));
  const channels = o.channels ?? 1;
  w.fromScratch(channels, rate, o.bitDepth ?? '16', channels === 1 ? channel() : Array.from({ length: channels }, channel));
  return Buffer.from(w.toBuffer());
}

describe('a spoken command becomes the same plan preview as typed text', () => {
  it('“turn on the kitchen light” previews turning on Kitchen Light', async () => {
    const { heard, preview } = await speakCommand(say('turn on the kitchen light'));
    expect(heard).toBe('turn on the kitchen light');
    expect(preview.kind).toBe('plan');
    const plan = (preview as Extract<PreviewResult, { kind: 'plan' }>).plan;
    expect(plan.steps.map((s) => [s.deviceName, s.capabilityKind, s.value])).toEqual([['Kitchen Light', 'onOff', true]]);
    expect(plan.status).toBe('preview');
  });

  it('“set the bedroom lamp to forty percent” previews Bedroom Lamp at 40 %', async () => {
    const { heard, preview } = await speakCommand(say('set the bedroom lamp to forty percent'));
    expect(heard).toBe('set the bedroom lamp to forty percent');
    const plan = (preview as Extract<PreviewResult, { kind: 'plan' }>).plan;
    expect(plan.steps.find((s) => s.capabilityKind === 'level')).toMatchObject({ deviceName: 'Bedroom Lamp', value: 40 });
  });

  it('a device the home lacks (“the garage heater”) is asked about, and nothing is changed', async () => {
    const before = home.core.devices.list().map((d) => [d.id, d.state]);
    const { heard, preview } = await speakCommand(say('turn on the garage heater'));
    // Heard as said, or as another thing the home lacks ("the garage tv"): never as one of its own devices.
    expect(heard).toMatch(/^turn on the garage (heater|tv|fan|plug|lamp|light)$/);
    expect(preview.kind === 'question' || preview.kind === 'error').toBe(true);
    expect((preview as { message: string }).message).toMatch(/garage/i);
    expect(home.core.devices.list().map((d) => [d.id, d.state])).toEqual(before);
  });

  it('a renamed device is heard by its new name (the grammar is rebuilt)', async () => {
    const lamp = home.id('Bedroom Lamp');
    expect((await call('devices.rename', { deviceId: lamp, name: 'Reading Lamp' })).ok).toBe(true);
    try {
      const { heard, preview } = await speakCommand(say('turn off the reading lamp'));
      expect(heard).toBe('turn off the reading lamp');
      const plan = (preview as Extract<PreviewResult, { kind: 'plan' }>).plan;
      expect(plan.steps.map((s) => [s.deviceName, s.value])).toEqual([['Reading Lamp', false]]);
    } finally {
      await call('devices.rename', { deviceId: lamp, name: 'Bedroom Lamp' });
    }
  });
});

describe('bad recordings get a clear error, never a crash', () => {
  const refused = async (audio: string) => {
    const r = await call('voice.recognize', { audio });
    expect(r.ok).toBe(false);
    return r.error!;
  };

  it('bytes that are not a WAV file', async () => {
    const e = await refused(Buffer.from('this is not audio at all, just some text').toString('base64'));
    expect(e).toMatchObject({ code: 'BAD_REQUEST', message: 'That recording is not a WAV file Hearth can read.' });
  });

  it('a WAV file with no samples', async () => {
    expect(await refused(wav(16_000, 0).toString('base64'))).toMatchObject({ code: 'BAD_REQUEST', message: 'That recording is empty: it holds no sound.' });
  });

  it('silence: nothing heard', async () => {
    expect(await refused(wav(16_000, 1.5).toString('base64'))).toMatchObject({ code: 'BAD_REQUEST', message: 'Hearth heard no command in that recording.' });
  });

  it('a recording longer than 15 s', async () => {
    const e = await refused(wav(8_000, 16).toString('base64'));
    expect(e.message).toBe('That recording is 16.0 s long; Hearth hears at most 15 s at a time.');
  });

  it('a recording larger than the limit names the limit', async () => {
    const e = await refused(wav(16_000, 17).toString('base64'));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toContain('a recording can be at most 512 KB');
  });

  it('a sample rate outside 8–48 kHz', async () => {
    const e = await refused(wav(96_000, 0.5).toString('base64'));
    expect(e.message).toBe('That recording’s sample rate is 96000 Hz; Hearth hears 8–48 kHz (16 kHz is best).'.replace('’', "'"));
  });

  it('other rates, stereo and 24-bit are converted, not refused', async () => {
    for (const w of [wav(44_100, 1, { channels: 2, tone: true }), wav(22_050, 1, { bitDepth: '24', tone: true })]) {
      const r = await call('voice.recognize', { audio: w.toString('base64') });
      // A pure tone holds no words: either nothing heard, or some words — but never a refusal of the format.
      if (!r.ok) expect(r.error!.message).toBe('Hearth heard no command in that recording.');
    }
  });
});

describe('spoken replies and a machine without the voice', () => {
  it('voice.speak says a plan summary as a 16 kHz mono WAV', async () => {
    const r = await call('voice.speak', { text: 'Turn on Kitchen Light, now.' });
    const spoken = r.result as { audio: string; durationMs: number };
    const w = new WaveFile(Buffer.from(spoken.audio, 'base64'));
    expect(w.fmt).toMatchObject({ sampleRate: 16_000, numChannels: 1, bitsPerSample: 16 });
    expect(spoken.durationMs).toBeGreaterThan(700);
    expect(spoken.durationMs).toBeLessThan(5000);
  });

  it('odd text is said or refused in words, never a crash', async () => {
    for (const text of ['\u0000', '%00', '🔥'.repeat(50), '../../etc/passwd', '-v xx --stdout', '<speak>hi</speak>', '...', '\u200b']) {
      const r = await call('voice.speak', { text });
      if (r.ok) expect((r.result as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(0);
      else expect(r.error!.code).not.toBe('INTERNAL');
    }
  });

  it('voice.status lists the home’s names it listens for', async () => {
    const r = await call('voice.status', {});
    expect(r.result).toMatchObject({ ready: true, problem: null, unheard: [] });
    expect((r.result as { names: number }).names).toBeGreaterThanOrEqual(11);
  });

  it('without pocketsphinx and espeak-ng, says what to install', async () => {
    const voice = new VoiceService({ names: () => ({ devices: ['Kitchen Light'], areas: [], floors: [], scenes: [] }), env: { PATH: '', modelRoot: dir } });
    const status = await voice.status();
    expect(status.ready).toBe(false);
    expect(status.problem).toContain('apt-get install pocketsphinx pocketsphinx-en-us espeak-ng');
    await expect(voice.recognize(say('turn on the kitchen light'))).rejects.toMatchObject({ code: 'UNSUPPORTED', next: expect.stringContaining('apt-get install pocketsphinx') });
    await expect(voice.speak('hello')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
