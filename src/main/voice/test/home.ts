// Test helper: the demo home (a real core, scripted radio, fake clock) plus the lights the voice tests speak to —
// a dimmable Kitchen Light and Bedroom Lamp. Recordings come from ./say (espeak-ng, made at test time).
import { demoCore, type Fixture } from '../../test/core-fixture';
import { lampDevice } from '../../test/fake-adapter';

export { say } from './say';

export async function voiceHome(dir: string): Promise<Fixture> {
  const f = await demoCore(dir);
  f.radio.emit({ type: 'device', device: lampDevice({ nativeId: 'v-1', suggestedName: 'Kitchen Light', suggestedArea: 'Kitchen' }) });
  f.radio.emit({ type: 'device', device: lampDevice({ nativeId: 'v-2', suggestedName: 'Bedroom Lamp', suggestedArea: 'Bedroom' }) });
  return f;
}
