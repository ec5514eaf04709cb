/**
 * The values in a DfE statistics file: a figure, or one of the Government Statistical Service's
 * symbols. Older files write them bare (c, k, x, z, low, u), newer ones in brackets ([c], [x]…).
 * A symbol is never read as a number: "c" hides a small count, it is not zero.
 */

export const DFE_SYMBOLS: Record<string, string> = {
  c: 'confidential (a small number, hidden)',
  k: 'a rounded figure below 0.5 (older files)',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero, but is not zero',
  u: 'low reliability',
  ':': 'not available',
};

export type DfeValue = { figure: number } | { symbol: string } | { empty: true } | { unreadable: string };

export function readDfeValue(text: string): DfeValue {
  const trimmed = text.trim();
  if (trimmed === '') return { empty: true };
  const bare = trimmed.replace(/^\[(.+)\]$/, '$1').toLowerCase();
  if (bare in DFE_SYMBOLS) return { symbol: bare };
  // Figures are written plainly; a thousands comma is allowed, other text is not a figure.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) return { figure: Number(trimmed.replace(/,/g, '')) };
  if (/^-?(\d+(\.\d*)?|\.\d+)(e-?\d+)?$/i.test(trimmed)) return { figure: Number(trimmed) };
  return { unreadable: trimmed };
}
