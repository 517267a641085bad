// The contract's voice requests (src/shared/contract/voice.ts), answered by the VoiceService.
import type { HandlersFor } from '../transport/dispatch';
import type { VoiceService } from './service';

export function voiceHandlers({ voice }: { voice: VoiceService }): HandlersFor<'voice.recognize' | 'voice.speak' | 'voice.status'> {
  return {
    'voice.recognize': (i) => voice.recognize(Buffer.from(i.audio, 'base64')),
    'voice.speak': (i) => voice.speak(i.text),
    'voice.status': () => voice.status(),
  };
}
