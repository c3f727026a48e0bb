"use client";
// Value against parameter count (log x axis); methods without a known parameter count are left out (and counted).
import { CartesianGrid, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { rowsWithParams, type LeaderboardRow } from "@/lib/leaderboard/rows";
import { LeaderboardTooltip } from "./leaderboard-tooltip";
import {
  formatParams, formatTick, LEADERBOARD_COLORS, valueTicks, logTicks, metricAxisTitle, truncate, type LeaderboardChartBaseProps,
} from "./leaderboard-chart-utils";

export interface LeaderboardScatterProps extends LeaderboardChartBaseProps {
  rows: readonly LeaderboardRow[];
  /** label points with method names when there are at most this many (default 12) */
  maxLabels?: number;
}

export function LeaderboardScatter({ rows, metric, width, height = 380, animate = false, maxLabels = 12 }: LeaderboardScatterProps) {
  const withParams = rowsWithParams(rows);
  // index + drawn fields only: recharts copies a datum's keys onto its SVG element
  const points = withParams.map((r, i) => ({ i, paramsCount: r.paramsCount!, value: r.value, short: truncate(r.label, 18), proposed: r.role === "proposed" }));
  if (points.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" role="status">
        No method on this board has a known parameter count, so there is nothing to plot against size.
      </p>
    );
  }
  const { domain, ticks } = logTicks(Math.min(...points.map((p) => p.paramsCount)), Math.max(...points.map((p) => p.paramsCount)));
  const proposed = points.filter((p) => p.proposed);
  const baseline = points.filter((p) => !p.proposed);
  const labels = points.length <= maxLabels;
  const values = points.map((p) => p.value);
  const yTicks = valueTicks(values);
  const sizing = width ? { width, height } : { responsive: true, style: { width: "100%", height } };
  return (
    <ScatterChart {...sizing} margin={{ top: 16, right: 24, bottom: 32, left: 16 }} accessibilityLayer
      desc={`${metricAxisTitle(metric)} against parameter count (log scale), ${points.length} methods`}>
      <CartesianGrid stroke={LEADERBOARD_COLORS.grid} />
      <XAxis
        type="number"
        dataKey="paramsCount"
        scale="log"
        domain={domain}
        ticks={ticks}
        allowDataOverflow
        tickFormatter={formatParams}
        stroke={LEADERBOARD_COLORS.axis}
        fontSize={12}
        label={{ value: "Parameters (log scale)", position: "insideBottom", offset: -20, fill: LEADERBOARD_COLORS.text, fontSize: 12 }}
      />
      <YAxis
        type="number"
        dataKey="value"
        domain={[yTicks[0], yTicks[yTicks.length - 1]]}
        ticks={yTicks}
        tickFormatter={formatTick}
        stroke={LEADERBOARD_COLORS.axis}
        fontSize={12}
        width={56}
        label={{ value: metricAxisTitle(metric), angle: -90, position: "insideLeft", offset: -6, fill: LEADERBOARD_COLORS.text, fontSize: 12, style: { textAnchor: "middle" } }}
      />
      <Tooltip content={(p) => <LeaderboardTooltip active={p.active} payload={p.payload} rows={withParams} />} cursor={{ strokeDasharray: "3 3" }} isAnimationActive={animate} />
      <Scatter name="Proposed" data={proposed} fill={LEADERBOARD_COLORS.proposed} shape="circle" isAnimationActive={animate}>
        {labels ? <LabelList dataKey="short" position="top" fontSize={11} fill={LEADERBOARD_COLORS.text} /> : null}
      </Scatter>
      <Scatter name="Baseline" data={baseline} fill={LEADERBOARD_COLORS.baseline} shape="triangle" isAnimationActive={animate}>
        {labels ? <LabelList dataKey="short" position="top" fontSize={11} fill={LEADERBOARD_COLORS.text} /> : null}
      </Scatter>
    </ScatterChart>
  );
}
