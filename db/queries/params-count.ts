// A parameter count as written ("943M", "7B", "1.5B", "110K", "1.3 trillion") → a number (943e6), or null.
const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, g: 1e9, billion: 1e9, t: 1e12, trillion: 1e12,
};

const PARAMS = /^~?\s*(\d+(?:[.,]\d+)*)\s*(k|thousand|mn?|million|bn?|g|billion|t|trillion)?\b/i;

export function paramsCount(params: string | null | undefined): number | null {
  if (!params) return null;
  const m = PARAMS.exec(params.trim());
  if (!m) return null;
  // "1,500M" → 1500; "1,5B" (decimal comma) → 1.5
  const digits = /^\d{1,3}(,\d{3})+$/.test(m[1]) ? m[1].replace(/,/g, "") : m[1].replace(",", ".");
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
  return n * scale;
}
