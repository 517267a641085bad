// Colour conversions used on both sides of the model (language parser, protocol adapters).
import type { HueSat } from './model';

/** RGB components in 0..1 → hue 0..360 (exclusive) and saturation 0..100, unrounded. */
export function rgbToHueSat(r: number, g: number, b: number): HueSat {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let hue = 0;
  if (d > 0) {
    if (max === r) hue = 60 * (((g - b) / d) % 6);
    else if (max === g) hue = 60 * ((b - r) / d + 2);
    else hue = 60 * ((r - g) / d + 4);
  }
  return { hue: (hue + 360) % 360, saturation: max === 0 ? 0 : (d / max) * 100 };
}
