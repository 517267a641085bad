// Unit conversions between Matter's wire encodings and Hearth's capability values. Pure functions.

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Matter numbers may arrive as bigint (int64 attributes) or null; anything else non-finite is "unknown". */
export function num(v: unknown): number | null {
  if (typeof v === 'bigint') return Number(v);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** LevelControl currentLevel 0..254 → 0..100 %. */
export function levelToPercent(level: number): number {
  return Math.round((clamp(level, 0, 254) / 254) * 100);
}

/** 0..100 % → LevelControl level, kept within the device's min/max level. */
export function percentToLevel(percent: number, minLevel = 0, maxLevel = 254): number {
  return clamp(Math.round((clamp(percent, 0, 100) / 100) * 254), minLevel, maxLevel);
}

/** Colour temperature: mireds (micro reciprocal degrees) ↔ kelvin. */
export function miredsToKelvin(mireds: number): number {
  return Math.round(1_000_000 / Math.max(1, mireds));
}
export function kelvinToMireds(kelvin: number, minMireds = 1, maxMireds = 65279): number {
  return clamp(Math.round(1_000_000 / Math.max(1, kelvin)), minMireds, maxMireds);
}

/** ColorControl hue 0..254 ↔ degrees 0..360, saturation 0..254 ↔ 0..100 %. */
export function hueToDegrees(hue: number): number {
  return Math.round((clamp(hue, 0, 254) / 254) * 360);
}
export function degreesToHue(degrees: number): number {
  return Math.round((clamp(degrees, 0, 360) / 360) * 254);
}
export function saturationToPercent(sat: number): number {
  return Math.round((clamp(sat, 0, 254) / 254) * 100);
}
export function percentToSaturation(percent: number): number {
  return Math.round((clamp(percent, 0, 100) / 100) * 254);
}

/** Temperatures and humidity are hundredths (0.01 °C, 0.01 %). */
export function fromHundredths(v: number): number {
  return Math.round(v) / 100;
}
export function toHundredths(v: number): number {
  return Math.round(v * 100);
}

/** WindowCovering position is 0 = fully open … 10000 = fully closed; Hearth's cover is % open. */
export function liftToOpenPercent(lift100ths: number): number {
  return round1(100 - clamp(lift100ths, 0, 10000) / 100);
}
export function openPercentToLift(openPercent: number): number {
  return Math.round((100 - clamp(openPercent, 0, 100)) * 100);
}

/** IlluminanceMeasurement: 10000 × log10(lux) + 1, 0 = too dark to measure. */
export function illuminanceToLux(v: number): number {
  return v <= 0 ? 0 : round1(10 ** ((v - 1) / 10000));
}

/** Electrical measurements are milli-units: mW, mV, mA, mWh. */
export function milliToUnit(v: number): number {
  return Math.round(v) / 1000;
}
export function milliWattHoursToKwh(v: number): number {
  return Math.round(v / 1000) / 1000;
}

/** PowerSource batPercentRemaining counts half-percents (0..200). */
export function halfPercentToPercent(v: number): number {
  return Math.round(clamp(v, 0, 200) / 2);
}
