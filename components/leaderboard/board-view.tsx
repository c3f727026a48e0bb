"use client";
// The interactive part of a board page: toolbar, chart, legend, ranked table. State in the URL (nuqs).
import { useMemo } from "react";
import { useQueryStates } from "nuqs";
import type { BoardClaim } from "@/db/queries/leaderboards";
import { rowsWithParams, shapeRows } from "@/lib/leaderboard/rows";
import { LeaderboardChart } from "@/components/charts/leaderboard-chart";
import { LeaderboardLegend } from "@/components/charts/leaderboard-legend";
import type { LeaderboardMetric } from "@/components/charts/leaderboard-chart-utils";
import { boardParams } from "./board-params";
import { BoardTable } from "./board-table";
import { BoardToolbar } from "./board-toolbar";
import { useNarrow } from "./use-narrow";
import { ExportMenu } from "@/components/export/export-menu";

const MAX_BARS = 25;

export function BoardView({ claims, metric }: { claims: BoardClaim[]; metric: LeaderboardMetric }) {
  const [q, setQ] = useQueryStates(boardParams, { history: "replace", scroll: false });
  const narrow = useNarrow();
  const rows = useMemo(
    () => shapeRows(claims, { direction: metric.direction, bestPerMethod: q.best, includeBaselines: q.baselines }),
    [claims, metric.direction, q.best, q.baselines],
  );
  const baselineCount = useMemo(() => claims.filter((c) => c.role === "baseline").length, [claims]);
  const hasDates = claims.some((c) => c.paperPublished);
  // how many rows the current view can draw (scatter: with a parameter count; time: with a date)
  const plotted = q.view === "scatter" ? rowsWithParams(rows).length : q.view === "time" ? rows.filter((r) => r.time != null).length : rows.length;

  return (
    <div className="space-y-4">
      <BoardToolbar
        view={q.view}
        best={q.best}
        baselines={q.baselines}
        onView={(view) => setQ({ view })}
        onBest={(best) => setQ({ best })}
        onBaselines={(baselines) => setQ({ baselines })}
      />
      <p className="text-sm text-slate-600" data-testid="board-summary">
        {rows.length === 1 ? "1 entry" : `${rows.length} entries`}
        {q.best ? " (best per method)" : " (every claim)"}
        {!q.baselines && baselineCount ? `; ${baselineCount} cited baseline${baselineCount === 1 ? "" : "s"} hidden` : ""}.
      </p>
      <section aria-label="Chart" className="rounded-md border border-slate-200 bg-white p-3 sm:p-4" data-view={q.view} data-testid="board-chart">
        {rows.length === 0 ? (
          <div role="status" className="p-6 text-center text-sm text-slate-600">
            No entries with these filters.{" "}
            {!q.baselines ? (
              <button type="button" className="text-blue-700 underline" onClick={() => setQ({ baselines: true })}>
                Include baselines
              </button>
            ) : null}
          </div>
        ) : (
          <>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              {plotted ? <LeaderboardLegend frontier={q.view === "time" && hasDates} baselines={rows.some((r) => r.role === "baseline")} shapes={q.view !== "bars"} /> : null}
              <span className="text-xs text-slate-500" data-testid="chart-note">
                {q.view === "bars" && rows.length > MAX_BARS ? `Chart shows the best ${MAX_BARS} of ${rows.length}; the table lists all.` : null}
                {q.view === "scatter" && plotted && plotted < rows.length
                  ? `${plotted} of ${rows.length} entries ${plotted === 1 ? "has" : "have"} a parameter count; only those are plotted.`
                  : null}
                {q.view === "time" && plotted && plotted < rows.length ? `${plotted} of ${rows.length} entries ${plotted === 1 ? "has" : "have"} a date; only those are plotted.` : null}
                {rows.length === 1 ? "Only one entry on this board so far." : null}
              </span>
              <ExportMenu className="ml-auto" />
            </div>
            <LeaderboardChart view={q.view} rows={rows} metric={metric} maxBars={MAX_BARS} labelWidth={narrow ? 120 : 200} />
          </>
        )}
      </section>
      {rows.length > 0 ? <BoardTable rows={rows} sort={q.sort} onSort={(sort) => setQ({ sort: sort || null })} narrow={narrow} /> : null}
    </div>
  );
}
