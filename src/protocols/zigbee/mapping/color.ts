// CIE 1931 xy chromaticity → hue/saturation (sRGB primaries, D65), for lights that report colour as xy.
import { rgbToHueSat } from '../../../shared/color';
import type { HueSat } from '../../../shared/model';

export function xyToHueSat(x: number, y: number): HueSat | undefined {
  if (y <= 0) return undefined;
  const Y = 1;
  const X = (x / y) * Y;
  const Z = ((1 - x - y) / y) * Y;
  const lin = [
    3.2406 * X - 1.5372 * Y - 0.4986 * Z,
    -0.9689 * X + 1.8758 * Y + 0.0415 * Z,
    0.0557 * X - 0.204 * Y + 1.057 * Z,
  ].map((c) => Math.max(0, c));
  const peak = Math.max(...lin);
  if (peak <= 0) return undefined;
  const [r, g, b] = lin.map((c) => c / peak) as [number, number, number];
  const { hue, saturation } = rgbToHueSat(r, g, b);
  return { hue: (Math.round(hue * 10) / 10) % 360, saturation: Math.round(saturation * 10) / 10 };
}
