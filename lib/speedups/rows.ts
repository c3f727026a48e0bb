// Speedup claims → chart/table rows: aspect grouping, inversion of factors below 1, weak-claim flags.
// Pure (no React, no database): the page, the chart, the table and the export all use the same rows.
import { formatClaimValue, formatNumber } from "@/lib/format/claim-value";
import { metricSlug } from "@/lib/vocab";

export const ASPECTS = [
  "inference speed",
  "throughput",
  "latency",
  "training cost",
  "compute",
  "token count",
  "sampling steps",
  "memory",
  "other",
] as const;
export type Aspect = (typeof ASPECTS)[number];

/** metric slugs (vocabulary slugs) that belong to each aspect; everything else is "other". */
export const ASPECT_METRIC_SLUGS: Record<Exclude<Aspect, "other">, readonly string[]> = {
  "inference speed": ["inference-speed"],
  throughput: ["throughput", "tokens-per-second"],
  latency: ["latency"],
  "training cost": ["training-cost"],
  compute: ["compute"],
  "token count": ["token-count"],
  "sampling steps": ["sampling-steps", "nfe-steps"],
  memory: ["memory"],
};

/** Every metric slug of a named aspect (all non-"other" aspects). */
export const KNOWN_ASPECT_SLUGS: readonly string[] = Object.values(ASPECT_METRIC_SLUGS).flat();

/** Colours per aspect (hex: exported SVGs must open anywhere). */
export const ASPECT_COLORS: Record<Aspect, string> = {
  "inference speed": "#2563eb",
  throughput: "#059669",
  latency: "#0891b2",
  "training cost": "#d97706",
  compute: "#7c3aed",
  "token count": "#db2777",
  "sampling steps": "#4f46e5",
  memory: "#b45309",
  other: "#4b5563",
};

export function isAspect(s: string | null | undefined): s is Aspect {
  return !!s && (ASPECTS as readonly string[]).includes(s);
}

/** The aspect of a speedup claim from its metric (canonical name, alias or slug). */
export function aspectOf(metric: string | null | undefined): Aspect {
  if (!metric) return "other";
  const slug = metricSlug(metric);
  for (const a of ASPECTS) if (a !== "other" && ASPECT_METRIC_SLUGS[a].includes(slug)) return a;
  return "other";
}

/** A speedup claim as the database query returns it. */
export interface SpeedupClaim {
  id: number;
  paperId: number;
  paperTitle: string;
  method: string | null;
  metric: string | null;
  dataset: string | null;
  value: number;
  valueHigh: number | null;
  unit: string | null;
  qualifier: "up to" | "about" | "over" | "at least" | null;
  role: "proposed" | "baseline";
  vs: string | null;
  evidence: string;
}

export interface SpeedupFlags {
  /** "up to", "about", "over", "at least" or null */
  qualifier: SpeedupClaim["qualifier"];
  /** vs is null or blank: no named baseline */
  noBaseline: boolean;
  /** a range (value to value_high) */
  range: boolean;
  /** the claim was written as a factor below 1 ("to 0.6 times the cost") and is shown inverted */
  inverted: boolean;
}

export interface SpeedupRow extends SpeedupClaim {
  aspect: Aspect;
  /** displayed factor, ≥ 1 after inversion (low end for ranges) */
  low: number;
  /** displayed upper end (= low for a single factor) */
  high: number;
  flags: SpeedupFlags;
  /** "≤ 10×", "4.71–5.91×", "≈ 1.67× (written 0.6×)" */
  factorLabel: string;
  /** method, else the paper's title (shortened, in quotes) */
  label: string;
}

const inv = (v: number) => (v > 0 ? 1 / v : v);

/** The first words of a title, at most ~32 characters. */
export function shortTitle(t: string): string {
  const words = t.split(/\s+/);
  let out = "";
  for (const w of words) {
    if (out && (out + " " + w).length > 32) return `${out}…`;
    out = out ? `${out} ${w}` : w;
  }
  return out;
}

/** One claim → one row: aspect, displayed factor (inverted when written below 1) and flags. */
export function toSpeedupRow(c: SpeedupClaim): SpeedupRow {
  const hasHigh = c.valueHigh != null && c.valueHigh !== c.value;
  const hi = hasHigh ? (c.valueHigh as number) : c.value;
  // inverted only when the whole claim is below 1 (a range straddling 1 is left as written)
  const inverted = c.value > 0 && c.value < 1 && hi < 1;
  let low = inverted ? inv(hi) : Math.min(c.value, hi);
  let high = inverted ? inv(c.value) : Math.max(c.value, hi);
  low = Number(low.toPrecision(6));
  high = Number(high.toPrecision(6));
  const shown = formatClaimValue({
    value: Number(low.toPrecision(3)),
    valueHigh: hasHigh ? Number(high.toPrecision(3)) : null,
    unit: "x",
    qualifier: c.qualifier,
    kind: "speedup",
  });
  const written = formatClaimValue({ value: c.value, valueHigh: hasHigh ? hi : null, unit: "x", kind: "speedup" });
  return {
    ...c,
    aspect: aspectOf(c.metric),
    low,
    high,
    flags: { qualifier: c.qualifier ?? null, noBaseline: !c.vs || !c.vs.trim(), range: hasHigh, inverted },
    factorLabel: inverted ? `${shown} (written ${written})` : shown,
    label: c.method?.trim() || `“${shortTitle(c.paperTitle)}”`,
  };
}

export interface SpeedupFilter {
  aspect?: Aspect | null;
  /** several aspects at once (the home page's wall-clock list); ignored when `aspect` is set */
  aspects?: readonly Exclude<Aspect, "other">[];
  /** keep claims whose displayed factor (upper end of a range) reaches this */
  minFactor?: number | null;
  /** case- and accent-insensitive words over method, paper title, vs and evidence */
  text?: string | null;
}

function fold(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function matchesFilter(r: SpeedupRow, f: SpeedupFilter): boolean {
  if (f.aspect && r.aspect !== f.aspect) return false;
  if (f.minFactor != null && f.minFactor > 0 && r.high < f.minFactor) return false;
  const words = f.text ? fold(f.text).split(/\s+/).filter(Boolean) : [];
  if (words.length) {
    const hay = fold([r.method, r.paperTitle, r.vs, r.evidence].filter(Boolean).join(" \u0000 "));
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** Rows sorted largest factor first. */
export function speedupRows(claims: readonly SpeedupClaim[], f: SpeedupFilter = {}): SpeedupRow[] {
  return claims
    .map(toSpeedupRow)
    .filter((r) => matchesFilter(r, f))
    .sort((a, b) => b.high - a.high || b.low - a.low || a.id - b.id);
}

export interface SpeedupGroup {
  aspect: Aspect;
  color: string;
  rows: SpeedupRow[];
}

/** Rows grouped by aspect in the fixed ASPECTS order (empty groups left out), each largest first. */
export function groupByAspect(rows: readonly SpeedupRow[]): SpeedupGroup[] {
  return ASPECTS.map((aspect) => ({
    aspect,
    color: ASPECT_COLORS[aspect],
    rows: rows.filter((r) => r.aspect === aspect).sort((a, b) => b.high - a.high || b.low - a.low || a.id - b.id),
  })).filter((g) => g.rows.length > 0);
}

/** 1, 2, 5 × 10^k ticks covering [lo, hi] (lo, hi > 0). */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(6));
      if (v >= lo - 1e-9 && v <= hi + 1e-9) out.push(v);
    }
  }
  return out;
}

/** The x domain: 1× … 1000× at least, widened to whole powers of ten to fit every row. */
export function factorDomain(rows: readonly Pick<SpeedupRow, "low" | "high">[]): [number, number] {
  let lo = 1;
  let hi = 1000;
  for (const r of rows) {
    if (r.low > 0 && r.low < lo) lo = 10 ** Math.floor(Math.log10(r.low));
    if (r.high > hi) hi = 10 ** Math.ceil(Math.log10(r.high));
  }
  return [lo, hi];
}

/** "20×", "0.5×": a tick label on the factor axis. */
export function formatFactorTick(v: number): string {
  return `${formatNumber(v)}×`;
}
