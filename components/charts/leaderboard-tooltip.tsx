"use client";
// The tooltip of every leaderboard chart: method, value, paper title, the evidence sentence.
import type { LeaderboardRow } from "@/lib/leaderboard/rows";
import { formatClaimValue } from "@/lib/format/claim-value";
import { formatParams, LEADERBOARD_COLORS } from "./leaderboard-chart-utils";
import { readableEvidence } from "@/lib/format/evidence-text";

interface Props {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  /** the rows the chart's data points index into (datum.i) */
  rows: readonly LeaderboardRow[];
}

/**
 * Chart data points carry only an index `i` into `rows` (recharts copies a datum's keys onto its SVG element,
 * so a row's `id`, `role` or `method` would become invalid attributes).
 */
export function LeaderboardTooltip({ active, payload, rows }: Props) {
  const datum = payload?.find((p) => p.payload && typeof p.payload === "object" && "i" in p.payload)?.payload as { i: number } | undefined;
  const row = datum ? rows[datum.i] : undefined;
  if (!active || !row) return null;
  return (
    <div className="max-w-xs rounded-md border border-slate-200 bg-white p-3 text-xs shadow-lg">
      <div className="flex items-baseline justify-between gap-3">
        <span className="font-semibold text-slate-900">{row.label}</span>
        <span className="font-mono text-sm text-slate-900">{formatClaimValue({ ...row, kind: "result" })}</span>
      </div>
      <div className="mt-1 flex gap-2 text-slate-600">
        <span style={{ color: LEADERBOARD_COLORS[row.role] }}>{row.role === "baseline" ? "baseline (cited)" : "proposed"}</span>
        {row.paramsCount ? <span>{row.params ?? formatParams(row.paramsCount)} params</span> : null}
        {row.paperPublished ? <span>{row.paperPublished.slice(0, 10)}</span> : null}
      </div>
      <div className="mt-1 text-slate-700">{row.paperTitle}</div>
      <blockquote className="mt-2 border-l-2 border-slate-300 pl-2 italic text-slate-600">“{readableEvidence(row.evidence)}”</blockquote>
    </div>
  );
}
