/**
 * Colour contrast as WCAG 2.2 defines it (success criterion 1.4.3, "relative luminance"): the
 * accent colour is the header's background under white text, and the colour of links on white
 * pages, so both need 4.5:1.
 */

/** The header's text colour (src/styles/global.css, .site-header) and the pages' background. */
export const HEADER_TEXT_COLOUR = '#ffffff';
/** WCAG 2.2 AA for normal text. */
export const MINIMUM_CONTRAST = 4.5;

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (rgb: Rgb): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The same hue made darker, step by step, until it reaches `minimum` against `against`. */
export function darkerUntil(colour: string, against: string, minimum: number = MINIMUM_CONTRAST): string {
  const rgb = rgbOf(colour);
  for (let scale = 1; scale >= 0; scale -= 0.01) {
    const candidate = toHex(rgb.map((c) => Math.floor(c * scale)) as Rgb);
    if (contrastRatio(candidate, against) >= minimum) return candidate;
  }
  return '#000000';
}

/** A ratio as people write it: 4.48 is "4.4:1", never rounded up to a pass. */
export const ratioText = (ratio: number): string => `${Math.floor(ratio * 10) / 10}:1`;
