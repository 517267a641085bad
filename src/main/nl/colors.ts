// Colour words: the 148 CSS colour names (from the `color-name` package) with their spoken multi-word
// forms ("light sea green" → lightseagreen), plus named white colour temperatures in kelvin.
import cssColors from 'color-name';

/** Pieces that CSS colour names are glued from, so "lightseagreen" can be said as "light sea green". */
const PIECES = [
  'light', 'dark', 'medium', 'pale', 'deep', 'hot', 'dim', 'sky', 'sea', 'forest', 'royal', 'midnight', 'dodger',
  'lawn', 'lime', 'misty', 'navajo', 'old', 'olive', 'papaya', 'peach', 'powder', 'rebecca', 'rosy', 'saddle', 'sandy',
  'slate', 'spring', 'steel', 'alice', 'antique', 'blanched', 'cadet', 'corn', 'cornflower', 'floral', 'ghost',
  'golden', 'rod', 'honey', 'dew', 'indian', 'lemon', 'chiffon', 'mint', 'cream', 'blush', 'burly', 'wood', 'fire',
  'brick', 'green', 'yellow', 'blue', 'red', 'white', 'violet', 'purple', 'orchid', 'turquoise', 'aquamarine',
  'salmon', 'coral', 'cyan', 'khaki', 'magenta', 'orange', 'pink', 'brown', 'gray', 'grey', 'gold', 'goldenrod',
  'almond', 'lace', 'smoke', 'whip', 'puff', 'drab', 'silk', 'lavender', 'shell', 'rose', 'seashell', 'snow',
];

function segment(name: string): string[] | null {
  if (name === '') return [];
  for (let len = name.length; len > 1; len--) {
    const head = name.slice(0, len);
    if (!PIECES.includes(head)) continue;
    const rest = segment(name.slice(len));
    if (rest) return [head, ...rest];
  }
  return null;
}

function buildColorPhrases(): Map<string, string> {
  const phrases = new Map<string, string>();
  for (const name of Object.keys(cssColors)) {
    phrases.set(name, name);
    const parts = segment(name);
    if (parts && parts.length > 1) phrases.set(parts.join(' '), name);
  }
  phrases.set('navy blue', 'navy');
  phrases.set('sky blue', 'skyblue');
  phrases.set('golden rod', 'goldenrod');
  return phrases;
}

/** Spoken colour phrase (space-separated tokens) → CSS colour name. */
export const COLOR_PHRASES: ReadonlyMap<string, string> = buildColorPhrases();

/** Named whites → kelvin. */
export const COLOR_TEMPERATURES: ReadonlyMap<string, number> = new Map([
  ['warm white', 2700], ['soft white', 2700], ['incandescent', 2700], ['cool white', 4000], ['cold white', 4000],
  ['neutral white', 4000], ['bright white', 5000], ['daylight', 6500], ['day light', 6500], ['daylight white', 6500],
  ['candle light', 1900], ['candlelight', 1900],
]);

/** Single words that name a white only when said of lights ("make the lights warm"); elsewhere they are states. */
export const WHITE_WORDS: ReadonlyMap<string, number> = new Map([
  ['warm', 2700], ['cool', 4000], ['cold', 4000], ['neutral', 4000], ['candle', 1900],
]);

export function isCssColor(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(cssColors, name);
}
