/**
 * Theme tints as Excel applies them (ECMA-376 Part 1, 18.8.19 `tint`): the
 * colour's luminance in HLS moves toward white (tint > 0) or black (tint < 0).
 * Excel reports a tinted fill as the resolved colour plus the tint, so putting
 * such a fill back needs the colour before the tint: untintColor.
 */
function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

function rgbToHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()}`;
}

function rgbToHls([r, g, b]: readonly number[]): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, l, s];
}

function hlsToRgb([h, l, s]: readonly number[]): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const f = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return [f(h + 1 / 3), f(h), f(h - 1 / 3)];
}

/** The colour Excel shows for `hex` with `tint` (-1 … 1). */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return rgbToHex(hexToRgb(hex));
  const [h, l, s] = rgbToHls(hexToRgb(hex));
  const l2 = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return rgbToHex(hlsToRgb([h, Math.min(1, Math.max(0, l2)), s]));
}

/**
 * The colour that, with `tint`, Excel shows as `hex`: the inverse of
 * applyTint, then the nearest 8-bit colour that tints to exactly `hex` (the
 * inverse alone can be one unit off after rounding).
 */
export function untintColor(hex: string, tint: number): string {
  const target = rgbToHex(hexToRgb(hex));
  if (!tint) return target;
  const [h, l, s] = rgbToHls(hexToRgb(hex));
  const l0 = tint < 0 ? (1 + tint === 0 ? 0 : l / (1 + tint)) : tint === 1 ? 1 : (l - tint) / (1 - tint);
  const guess = rgbToHex(hlsToRgb([h, Math.min(1, Math.max(0, l0)), s]));
  if (applyTint(guess, tint) === target) return guess;
  const [r, g, b] = hexToRgb(guess).map((v) => Math.round(v * 255));
  for (let d = 1; d <= 3; d++)
    for (let dr = -d; dr <= d; dr++)
      for (let dg = -d; dg <= d; dg++)
        for (let db = -d; db <= d; db++) {
          const c = [r + dr, g + dg, b + db];
          if (c.some((v) => v < 0 || v > 255)) continue;
          const candidate = rgbToHex(c.map((v) => v / 255));
          if (applyTint(candidate, tint) === target) return candidate;
        }
  return guess;
}
