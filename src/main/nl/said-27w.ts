// Round 27w (issue 14; tests in wrong-27w.test.ts): sayings that asked though their meaning is plain, said plainly (every
// later check still applies to the plain sentence):
// - "every light we have, turn them off", "each lamp in the house - switch them on": "every <kind>" said first, then
//   "them" → "all the <kinds>, …" (which the parser reads);
// - "(Bedroom) no lights needed in here, off", "no lamps wanted in the kitchen - off": "<kind> off <place>";
// - "what's the temperature on the first floor" answered "Yes, Garage Light, …" ("on" read as the state): "in the first floor".
import type { HomeIndex } from './name-index';

const KIND_PLURAL: Readonly<Record<string, string>> = {
  light: 'lights', lamp: 'lamps', curtain: 'curtains', blind: 'blinds', shade: 'shades', door: 'doors', lock: 'locks',
  fan: 'fans', switch: 'switches', thermostat: 'thermostats', tv: 'tvs', speaker: 'speakers',
};
const KIND = Object.keys(KIND_PLURAL).join('|');
const PLURAL = Object.values(KIND_PLURAL).join('|');

// "every light we have, turn them off" / "every single lamp in the house: switch them on" / "every lamp, turn them off"
// (an earlier rewrite drops "we have": "every lamp, turn them off" switched off every light, lamps or not)
const EVERY_THEM = new RegExp(
  `^(?:every|each)\\s+(?:single\\s+)?(${KIND})(?:\\s+(?:(?:that\\s+)?we(?:'ve|\\s+have)(?:\\s+got)?|(?:that\\s+)?there\\s+is|in\\s+the\\s+(?:house|home|place)))?\\s*[,:;-]+\\s*(.*\\bthem\\b.*)$`,
  'i',
);
// "no lights needed in here, off" / "no lamps wanted in the bedroom - off please"
const NONE_NEEDED = new RegExp(
  `^no\\s+(${PLURAL}|${KIND})\\s+(?:needed|wanted|required)\\s+((?:in|on|up|down)\\s+(?:here|the\\s+[\\p{L}\\p{N}' ]+?))\\s*[,:;-]+\\s*(?:so\\s+)?(?:(?:switch|turn|put)\\s+(?:them|it)\\s+)?off(?:\\s+please)?[.!]?$`,
  'iu',
);

// "what's the temperature on the second floor", "how warm is it on the first floor": a floor, not the state "on"
const TEMP_ON_FLOOR = /^((?:what(?:'s|\s+is)\s+the\s+(?:temperature|temp)|how\s+(?:warm|cold|hot|chilly)\s+is\s+it))\s+on\s+((?:the\s+)?(?:[\p{L}\p{N}]+\s+floor|floor\s+[\p{L}\p{N}]+)\b.*)$/iu;

/** The plain sentence for one of the sayings above, or null. */
export function said27w(said: string, index: HomeIndex): string | null {
  void index;
  const text = said.trim().replace(/[’‘]/g, "'");
  const every = EVERY_THEM.exec(text);
  if (every) return `all the ${KIND_PLURAL[every[1]!.toLowerCase()]}, ${every[2]}`;
  const none = NONE_NEEDED.exec(text);
  if (none) return `${none[1]!.toLowerCase()} off ${none[2]!.toLowerCase()}`;
  const floor = TEMP_ON_FLOOR.exec(text);
  if (floor) return `${floor[1]} in ${floor[2]}`;
  return null;
}
