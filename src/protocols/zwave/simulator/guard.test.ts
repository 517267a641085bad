// A host that stops acknowledging (its event loop stalled past the stick's ACK timeout) costs the simulated stick
// that one exchange, reported as a fault — not an unhandled rejection in the process that runs the demo home.
import { connect } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { startZWaveSimulator, type ZWaveSimulator } from './server';

let sim: ZWaveSimulator | undefined;
afterAll(async () => sim?.close());

it('a host that never ACKs an answer: the exchange is dropped and reported, nothing is thrown', async () => {
  const faults: string[] = [];
  sim = await startZWaveSimulator({ nodes: [{ id: 2, kind: 'switch', name: 'Lamp', location: 'Hall' }], onFault: (where, err) => faults.push(`${where}: ${(err as Error).message}`) });
  const port = Number(sim.path.split(':').pop());
  const socket = connect(port, '127.0.0.1');
  const received: number[] = [];
  socket.on('data', (b) => received.push(...b));
  await new Promise<void>((r) => socket.once('connect', () => r()));
  // GetControllerVersion (0x15), a request; the stick ACKs it and answers, then waits for our ACK, which never comes.
  const frame = [0x03, 0x00, 0x15];
  socket.write(Uint8Array.from([0x01, ...frame, frame.reduce((a, b) => a ^ b, 0xff)]));
  const end = Date.now() + 10_000;
  while (faults.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  socket.destroy();
  expect(received[0]).toBe(0x06); // the stick's ACK of our request
  expect(received.length).toBeGreaterThan(1); // and its answer
  expect(faults).toEqual([expect.stringMatching(/^message to the host: Host did not respond with an ACK/)]);
}, 20_000);
