// The API stores prices in USD per token (2.5e-6); people read and type them per million tokens
// (2.5). Twelve significant digits drop the float noise of the conversion (2.5 / 1e6 * 1e6).
const MILLION = 1_000_000;
const clean = (n: number) => Number(n.toPrecision(12));

/** A per-token price as its per-million text ("2.5"). */
export const perMillion = (perTokenUsd: number): string => String(clean(perTokenUsd * MILLION));

/** A per-million price as typed, as the per-token price the API takes; null when empty (or not a price). */
export function perToken(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? clean(n / MILLION) : null;
}
