// What each consent purpose means, in plain language. Change a text → bump its version: grants given for an
// older text no longer count, and the user is asked again.
import type { ConsentPurpose } from '../../shared/contract';

export interface PurposeText {
  title: string;
  text: string;
  version: string;
  required: boolean;
}

export const PURPOSES: Record<ConsentPurpose, PurposeText> = {
  necessary: {
    title: 'Running your home on this computer',
    text:
      'Hearth stores your devices, rooms, settings and device history on this computer so it can show and control your home. ' +
      'Nothing is sent anywhere. This cannot be turned off, because Hearth cannot work without it.',
    version: '1',
    required: true,
  },
  diagnostics: {
    title: 'Share diagnostics when you ask for help',
    text:
      'When you create a support bundle, include device names and the last commands you gave, so support can see what went wrong. ' +
      'Without this, names and commands are replaced by placeholders. Network keys are never included.',
    version: '1',
    required: false,
  },
  analytics: {
    title: 'Usage statistics',
    text:
      'Count which screens and features you use (no names, no commands, no device states) to help improve Hearth. ' +
      'Nothing is collected while this is off.',
    version: '1',
    required: false,
  },
  voiceAssistant: {
    title: 'Link a voice assistant',
    text:
      'Let a voice assistant you link (for example on a smart speaker) see your device names and rooms and send commands. ' +
      'Its maker then processes what you say under its own privacy policy.',
    version: '1',
    required: false,
  },
  cloudServices: {
    title: 'Online services (weather, calendar)',
    text:
      'Fetch weather for your home’s location and read calendars you connect, for automations such as “close the blinds when it is hot”. ' +
      'Your location or calendar address is sent to that service.',
    version: '1',
    required: false,
  },
  matterHomeNetwork: {
    title: 'Look for Matter devices on your home network',
    text:
      'Let Hearth find and control Matter devices (lights, plugs, sensors) on the network connection you choose, the way your phone’s home app does. ' +
      'Hearth then announces itself and listens on that connection only, and talks only to devices on it; nothing goes to the internet. ' +
      'Without this, Hearth’s Matter controller stays on this computer.',
    version: '1',
    required: false,
  },
  appleHomeNetwork: {
    title: 'Let Apple Home find Hearth on your home network',
    text:
      'Let Hearth’s Apple Home bridge announce itself and listen on the network connection you choose, so the Home app and Siri on your ' +
      'Apple devices can see and control the devices you expose to Apple Home. Anyone on that network can see that the bridge is there; ' +
      'only those who enter its setup code can pair with it. Nothing goes to the internet from Hearth.',
    version: '1',
    required: false,
  },
};
