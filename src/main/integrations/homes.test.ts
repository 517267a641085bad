// Which home runs: the command line, then the person's choice, then whether anything real is set up — asked of
// every stack through StackModule.configured, never by protocol name (Matter on the home network hooks in there).
import { describe, expect, it } from 'vitest';
import { decideHome, type HomeContext } from './homes';
import type { StackModule } from './stack';

const stack = (name: string, configured: boolean): StackModule =>
  ({ protocol: 'mqtt', name, configured: () => configured, real: async () => undefined, demo: async () => undefined }) as StackModule;

function ctx(chosen: 'demo' | 'real' | undefined, options: Partial<HomeContext['options']> = {}): HomeContext {
  const settings = { get: (k: string) => (k === 'home.active' ? chosen : undefined) } as unknown as HomeContext['settings'];
  return { settings, options: { listPorts: async () => [], ...options } };
}

describe('decideHome', () => {
  it('runs the demo home until something real is set up, then the real home', () => {
    expect(decideHome([stack('Z-Wave', false), stack('MQTT', false)], ctx(undefined))).toEqual({ home: 'demo', configured: [], commandLine: false });
    expect(decideHome([stack('Z-Wave', false), stack('Matter', true)], ctx(undefined))).toEqual({ home: 'real', configured: ['Matter'], commandLine: false });
  });

  it('keeps the person’s choice: the demo home even with a broker set up, or their (empty) home', () => {
    expect(decideHome([stack('MQTT', true)], ctx('demo')).home).toBe('demo');
    expect(decideHome([stack('MQTT', false)], ctx('real')).home).toBe('real');
  });

  it('a stick or broker on the command line runs the real home whatever was chosen', () => {
    expect(decideHome([stack('MQTT', true)], ctx('demo', { mqtt: { url: 'mqtt://127.0.0.1:1883', adopt: 'none' } }))).toMatchObject({ home: 'real', commandLine: true });
    expect(decideHome([stack('Z-Wave', true)], ctx('demo', { zwavePort: '/dev/ttyACM0' })).home).toBe('real');
  });
});
