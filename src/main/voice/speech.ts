// The spoken reply: espeak-ng says a sentence into a WAV file (its own 22.05 kHz), brought to 16 kHz mono 16-bit
// so the reply stays small. The text goes in on standard input, never as an argument, so no sentence is an option.
import { spawn } from 'node:child_process';
import wavefile from 'wavefile';
import { VOICE_SAMPLE_RATE } from '../../shared/contract/voice';
import { HearthError } from '../../shared/errors';

const { WaveFile } = wavefile;
const TIMEOUT_MS = 10_000;
const MAX_OUTPUT = 8 << 20;

export interface Speech {
  wav: Buffer;
  durationMs: number;
}

/** Runs `program` with `args`, `input` on its standard input; its standard output. */
function run(program: string, args: readonly string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_OUTPUT) child.kill('SIGKILL');
      else chunks.push(c);
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(signal ? `stopped by ${signal}` : `exit code ${code}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** Says `text` with espeak-ng (`voice`: an espeak-ng voice name, en-us by default). */
export async function speak(espeak: string, text: string, voice = 'en-us'): Promise<Speech> {
  const line = text.replace(/\s+/g, ' ').trim();
  let raw: Buffer;
  try {
    raw = await run(espeak, ['--stdout', '-v', voice], line);
  } catch (err) {
    throw new HearthError('INTERNAL', 'The offline voice could not say that.', 'Try again. If it keeps happening, reinstall espeak-ng.', { cause: String((err as Error).message).slice(0, 200) });
  }
  let frames = 0;
  let wave: InstanceType<typeof WaveFile> | null = null;
  try {
    wave = new WaveFile(raw);
    const rate = (wave.fmt as { sampleRate: number }).sampleRate;
    frames = Math.round(((wave.getSamples(false, Float64Array) as unknown as Float64Array).length * VOICE_SAMPLE_RATE) / rate);
    if (frames > 0 && rate !== VOICE_SAMPLE_RATE) wave.toSampleRate(VOICE_SAMPLE_RATE);
  } catch {
    wave = null;
  }
  if (!wave || frames === 0) throw new HearthError('BAD_REQUEST', 'Nothing in that text can be said aloud.', 'Send a sentence in words.');
  return { wav: Buffer.from(wave.toBuffer()), durationMs: Math.round((frames / VOICE_SAMPLE_RATE) * 1000) };
}
