// Formatting a claim's value for display: qualifier, range, unit.
// Stable API, imported by every page: formatClaimValue({ value, valueHigh, unit, qualifier, kind }) → string.
//   { value: 10, unit: "x", qualifier: "up to" }      → "≤ 10×"
//   { value: 1.8, valueHigh: 3.3, unit: "%" }          → "1.8–3.3%"
//   { value: 2.2, unit: "x", qualifier: "about" }      → "≈ 2.2×"
//   { value: 1.24, unit: null }                        → "1.24"
export type ClaimQualifier = "up to" | "about" | "over" | "at least";

export interface ClaimValueInput {
  value: number;
  /** upper end of a range (camelCase, as in the database rows) */
  valueHigh?: number | null;
  /** snake_case alias, as in the extractor's JSON output */
  value_high?: number | null;
  unit?: string | null;
  qualifier?: ClaimQualifier | string | null;
  kind?: "result" | "speedup" | "delta" | string | null;
}

const QUALIFIER_SYMBOL: Record<ClaimQualifier, string> = {
  "up to": "≤",
  about: "≈",
  over: ">",
  "at least": "≥",
};

/** "≤" for "up to", "≈" for "about", ">" for "over", "≥" for "at least"; "" otherwise. */
export function qualifierSymbol(q: string | null | undefined): string {
  return (q && QUALIFIER_SYMBOL[q as ClaimQualifier]) || "";
}

/** A number as written, without float noise: 1.24 → "1.24", 1000 → "1,000", 0.30000000000000004 → "0.3". */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) return Number(v.toPrecision(4)).toExponential().replace("e+", "e");
  return v.toLocaleString("en-US", { maximumSignificantDigits: 6 });
}

/** The unit as shown after a number: "x" → "×" (no space), "%" (no space), others with a space. */
export function unitSuffix(unit: string | null | undefined): string {
  if (!unit) return "";
  const u = unit.trim();
  if (u === "x" || u === "X" || u === "×" || u === "times") return "×";
  if (u === "%") return "%";
  return ` ${u}`;
}

/** "≤ 10×", "1.8–3.3%", "≈ 2.2×", "1.24". A speedup without a unit is shown as a factor (×). */
export function formatClaimValue(c: ClaimValueInput): string {
  const high = c.valueHigh ?? c.value_high ?? null;
  const unit = c.unit ?? (c.kind === "speedup" ? "x" : null);
  const q = qualifierSymbol(c.qualifier);
  const num = high != null && high !== c.value ? `${formatNumber(c.value)}–${formatNumber(high)}` : formatNumber(c.value);
  return `${q ? `${q} ` : ""}${num}${unitSuffix(unit)}`;
}

/** Words for a qualifier symbol, for titles and screen readers ("≤" → "up to"). */
export function qualifierLabel(q: string | null | undefined): string {
  return q && QUALIFIER_SYMBOL[q as ClaimQualifier] ? q : "";
}
