// Shapes the claims of one board into the rows the chart and the table show. Pure: no I/O, no React.
//   best-per-method (one row per method: its best value), baseline filter, ranking in the metric's direction.
import type { BoardClaim } from "@/db/queries/leaderboards";

export type Direction = "lower" | "higher";

export interface LeaderboardRow extends BoardClaim {
  /** 1-based; ties share a rank (1, 2, 2, 4) */
  rank: number;
  /** what the chart and table call this row: the method, else "(unnamed) · paper title" */
  label: string;
  /** the key rows are grouped by for best-per-method */
  methodKey: string;
  /** publication time in ms since epoch, when the paper has a date */
  time: number | null;
}

export interface RowOptions {
  direction: Direction;
  /** keep only each method's best claim (default true) */
  bestPerMethod?: boolean;
  /** keep baselines cited inside other papers (default true) */
  includeBaselines?: boolean;
}

/** "MAR-H", "mar h" and "MAR–H" are one method; a claim without a method is its paper's own. */
export function methodKey(c: Pick<BoardClaim, "method" | "paperId">): string {
  const k = c.method?.normalize("NFKD").toLowerCase().replace(/[^a-z0-9.]+/g, "") ?? "";
  return k ? `m:${k}` : `p:${c.paperId}`;
}

export function rowLabel(c: Pick<BoardClaim, "method" | "paperTitle">): string {
  const m = c.method?.trim();
  if (m) return m;
  const t = c.paperTitle.length > 40 ? `${c.paperTitle.slice(0, 39)}…` : c.paperTitle;
  return `(unnamed) · ${t}`;
}

/** true when a is a better value than b in this direction. */
export function isBetter(a: number, b: number, direction: Direction): boolean {
  return direction === "lower" ? a < b : a > b;
}

function parseTime(s: string | null): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
}

/** Orders two claims: better value first; on ties a proposed result before a cited baseline, then more confident. */
function compare(a: BoardClaim, b: BoardClaim, direction: Direction): number {
  if (a.value !== b.value) return direction === "lower" ? a.value - b.value : b.value - a.value;
  if (a.role !== b.role) return a.role === "proposed" ? -1 : 1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return a.id - b.id;
}

/** The board's rows, best first. */
export function shapeRows(claims: readonly BoardClaim[], opts: RowOptions): LeaderboardRow[] {
  const { direction, bestPerMethod = true, includeBaselines = true } = opts;
  let list = includeBaselines ? [...claims] : claims.filter((c) => c.role !== "baseline");
  list.sort((a, b) => compare(a, b, direction));
  if (bestPerMethod) {
    const seen = new Set<string>();
    list = list.filter((c) => {
      const k = methodKey(c);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  const rows: LeaderboardRow[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const prev = rows[i - 1];
    const rank = prev && prev.value === c.value ? prev.rank : i + 1;
    rows.push({ ...c, rank, label: rowLabel(c), methodKey: methodKey(c), time: parseTime(c.paperPublished) });
  }
  return rows;
}

export interface FrontierPoint {
  time: number;
  value: number;
  label: string;
}

/** Best-so-far over publication time: one point per improvement, in time order (rows without a date are skipped). */
export function bestSoFar(rows: readonly LeaderboardRow[], direction: Direction): FrontierPoint[] {
  const dated = rows.filter((r) => r.time != null).sort((a, b) => a.time! - b.time! || compare(a, b, direction));
  const out: FrontierPoint[] = [];
  for (const r of dated) {
    const best = out[out.length - 1];
    if (!best || isBetter(r.value, best.value, direction)) out.push({ time: r.time!, value: r.value, label: r.label });
  }
  return out;
}

/** Rows that have a positive parameter count (for the log-scale scatter). */
export function rowsWithParams(rows: readonly LeaderboardRow[]): LeaderboardRow[] {
  return rows.filter((r) => r.paramsCount != null && r.paramsCount > 0);
}
