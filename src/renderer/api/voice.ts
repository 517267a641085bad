// Offline voice: hear a push-to-talk recording (the words come back; the command bar previews them as typed text),
// say a reply, and whether the voice is installed.
import type { Client } from './client';

export const recognizeSpeech = (c: Client, audio: string) => c.call('voice.recognize', { audio });
export const speakText = (c: Client, text: string) => c.call('voice.speak', { text });
export const voiceStatus = (c: Client) => c.call('voice.status', {});
