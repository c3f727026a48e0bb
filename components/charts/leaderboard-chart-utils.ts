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

/** Shortens a label to n characters with an ellipsis. */
export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s;
}
