"use client";
// Value over publication date, with the best-so-far frontier as a step line.
import { CartesianGrid, ComposedChart, Line, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { bestSoFar, type LeaderboardRow } from "@/lib/leaderboard/rows";
import { LeaderboardTooltip } from "./leaderboard-tooltip";
import { formatMonth, formatTick, LEADERBOARD_COLORS, metricAxisTitle, type LeaderboardChartBaseProps } from "./leaderboard-chart-utils";

export interface LeaderboardTimeProps extends LeaderboardChartBaseProps {
  rows: readonly LeaderboardRow[];
}

export function LeaderboardTime({ rows, metric, width, height = 380, animate = false }: LeaderboardTimeProps) {
  const dated = rows.filter((r) => r.time != null);
  if (dated.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" role="status">
        None of these papers has a publication date in the corpus, so there is no timeline to draw.
      </p>
    );
  }
  const frontier = bestSoFar(dated, metric.direction);
  const last = frontier[frontier.length - 1];
  const maxTime = Math.max(...dated.map((r) => r.time!));
  // extend the frontier to the latest paper so the line reads as "still the best"
  const line = last && last.time < maxTime ? [...frontier, { ...last, time: maxTime }] : frontier;
  const sizing = width ? { width, height } : { responsive: true, style: { width: "100%", height } };
  return (
    <ComposedChart {...sizing} margin={{ top: 16, right: 24, bottom: 32, left: 16 }} accessibilityLayer
      desc={`${metricAxisTitle(metric)} over publication date with the best-so-far line`}>
      <CartesianGrid stroke={LEADERBOARD_COLORS.grid} />
      <XAxis
        type="number"
        dataKey="time"
        scale="time"
        domain={["dataMin", "dataMax"]}
        tickFormatter={formatMonth}
        stroke={LEADERBOARD_COLORS.axis}
        fontSize={12}
        padding={{ left: 16, right: 16 }}
        label={{ value: "Publication date", position: "insideBottom", offset: -20, fill: LEADERBOARD_COLORS.text, fontSize: 12 }}
      />
      <YAxis
        type="number"
        dataKey="value"
        domain={["auto", "auto"]}
        tickFormatter={formatTick}
        stroke={LEADERBOARD_COLORS.axis}
        fontSize={12}
        width={56}
        label={{ value: metricAxisTitle(metric), angle: -90, position: "insideLeft", offset: -6, fill: LEADERBOARD_COLORS.text, fontSize: 12, style: { textAnchor: "middle" } }}
      />
      <Tooltip content={LeaderboardTooltip} isAnimationActive={animate} />
      <Line data={line} dataKey="value" type="stepAfter" stroke={LEADERBOARD_COLORS.frontier} strokeWidth={2} dot={false}
        activeDot={false} isAnimationActive={animate} name="Best so far" tooltipType="none" />
      <Scatter name="Proposed" data={dated.filter((r) => r.role === "proposed")} fill={LEADERBOARD_COLORS.proposed} isAnimationActive={animate} />
      <Scatter name="Baseline" data={dated.filter((r) => r.role === "baseline")} fill={LEADERBOARD_COLORS.baseline} shape="triangle" isAnimationActive={animate} />
    </ComposedChart>
  );
}
