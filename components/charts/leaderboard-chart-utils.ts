// Shared bits of the leaderboard charts: palette (hex, so exported SVGs open everywhere), axis titles, tick formats.
import { formatNumber } from "@/lib/format/claim-value";

export const LEADERBOARD_COLORS = {
  proposed: "#2563eb",
  baseline: "#d97706",
  frontier: "#059669",
  grid: "#e2e8f0",
  axis: "#475569",
  text: "#0f172a",
} as const;

export type LeaderboardView = "bars" | "scatter" | "time";

/** What a chart needs to know about the metric. */
export interface LeaderboardMetric {
  name: string;
  /** "%", "dB", "x" or null */
  unit: string | null;
  direction: "lower" | "higher";
}

/** Common props of every leaderboard chart: data in, nothing fetched; fixed size for export, else responsive width. */
export interface LeaderboardChartBaseProps {
  metric: LeaderboardMetric;
  /** fixed pixel width (export); omit for 100% of the container */
  width?: number;
  /** fixed pixel height; bars default to a height that fits their rows */
  height?: number;
  /** recharts animation; off by default (screenshots, exports) */
  animate?: boolean;
  /** pixels reserved for method names (bars) */
  labelWidth?: number;
}

/** "FID (lower is better) ↓", "Accuracy, % (higher is better) ↑". */
export function metricAxisTitle(m: LeaderboardMetric): string {
  const unit = m.unit && m.unit !== "x" ? `, ${m.unit}` : m.unit === "x" ? ", ×" : "";
  return `${m.name}${unit} (${m.direction === "lower" ? "lower is better) ↓" : "higher is better) ↑"}`;
}

/** 1.5e9 → "1.5B", 3e8 → "300M", 7e4 → "70K". */
export function formatParams(n: number): string {
  const units: [number, string][] = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];
  for (const [f, s] of units) if (Math.abs(n) >= f) return `${formatNumber(Number((n / f).toPrecision(3)))}${s}`;
  return formatNumber(n);
}

/** A compact tick for values: 0.5, 12, 1.2K. */
export function formatTick(v: number): string {
  if (Math.abs(v) >= 10000) return formatParams(v);
  return formatNumber(Number(v.toPrecision(4)));
}

/** "2024-04" for a time tick. */
export function formatMonth(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Powers of ten covering [min, max] for a log axis (with 2× and 5× steps when it spans at most two decades). */
export function logTicks(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const lo = Math.floor(Math.log10(min));
  let hi = Math.ceil(Math.log10(max));
  if (hi === lo) hi = lo + 1;
  const ticks: number[] = [];
  const steps = hi - lo <= 2 ? [1, 2, 5] : [1];
  for (let e = lo; e <= hi; e++) for (const f of steps) if (f === 1 || e < hi) ticks.push(f * 10 ** e);
  return { domain: [10 ** lo, 10 ** hi], ticks };
}

/** Round ticks from 0 to past max, in steps of 1, 2 or 5 × 10^k, at most ~6 of them. */
export function linearTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Round ticks covering [min, max] (a value axis that need not start at 0). */
export function rangeTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) / 2 || 1;
    return rangeTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const out: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** Ticks for a value axis: from 0 when the values are all positive and spread down toward it, else around them. */
export function valueTicks(values: readonly number[]): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return rangeTicks(lo >= 0 && lo < 0.5 * hi ? 0 : lo, hi);
}

/** Month-boundary ticks (every 1, 2, 3, 6, 12… months) covering [min, max] ms; at most ~7. */
export function timeTicks(min: number, max: number): number[] {
  const a = new Date(min);
  const b = new Date(max);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 6) ?? 120;
  const start = Math.floor((a.getUTCFullYear() * 12 + a.getUTCMonth()) / step) * step;
  const out: number[] = [];
  for (let m = start; ; m += step) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    out.push(t);
    if (t >= max) break;
  }
  return out;
}

/** Shortens a label to n characters with an ellipsis. */
export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s;
}
