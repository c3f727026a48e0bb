"use client";
// Value over publication date, with the best-so-far frontier as a step line.
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { bestSoFar, type LeaderboardRow } from "@/lib/leaderboard/rows";
import { LeaderboardTooltip } from "./leaderboard-tooltip";
import { formatMonth, formatTick, LEADERBOARD_COLORS, valueTicks, timeTicks, metricAxisTitle, type LeaderboardChartBaseProps } from "./leaderboard-chart-utils";

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
  // index + drawn fields only: recharts copies a datum's keys onto its SVG element
  const points = dated.map((r, i) => ({ i, time: r.time!, value: r.value, proposed: r.role === "proposed" }));
  const frontier = bestSoFar(dated, metric.direction).map((f) => ({ time: f.time, value: f.value }));
  const last = frontier[frontier.length - 1];
  const maxTime = Math.max(...dated.map((r) => r.time!));
  // extend the frontier to the latest paper so the line reads as "still the best"
  const ends = last && last.time < maxTime ? [...frontier, { ...last, time: maxTime }] : frontier;
  // a step line (each best holds until the next improvement), drawn as a joined scatter series without dots
  const line = ends.flatMap((p, k) => (k === 0 ? [p] : [{ time: p.time, value: ends[k - 1].value }, p]));
  const values = dated.map((r) => r.value);
  const xTicks = timeTicks(Math.min(...dated.map((r) => r.time!)), maxTime);
  const yTicks = valueTicks(values);
  const sizing = width ? { width, height } : { responsive: true, style: { width: "100%", height } };
  return (
    <ScatterChart {...sizing} margin={{ top: 16, right: 24, bottom: 32, left: 16 }} accessibilityLayer
      desc={`${metricAxisTitle(metric)} over publication date with the best-so-far line`}>
      <CartesianGrid stroke={LEADERBOARD_COLORS.grid} />
      <XAxis
        type="number"
        dataKey="time"
        domain={[xTicks[0], xTicks[xTicks.length - 1]]}
        ticks={xTicks}
        tickFormatter={formatMonth}
        stroke={LEADERBOARD_COLORS.axis}
        fontSize={12}
        padding={{ left: 16, right: 16 }}
        label={{ value: "Publication date", position: "insideBottom", offset: -20, fill: LEADERBOARD_COLORS.text, fontSize: 12 }}
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
      <Tooltip shared={false} content={(p) => <LeaderboardTooltip active={p.active} payload={p.payload} rows={dated} />} isAnimationActive={animate} />
      <Scatter name="Best so far" data={line} line={{ stroke: LEADERBOARD_COLORS.frontier, strokeWidth: 2 }} lineType="joint"
        shape={() => <g />} tooltipType="none" isAnimationActive={animate} legendType="none" />
      <Scatter name="Proposed" data={points.filter((p) => p.proposed)} fill={LEADERBOARD_COLORS.proposed} isAnimationActive={animate} />
      <Scatter name="Baseline" data={points.filter((p) => !p.proposed)} fill={LEADERBOARD_COLORS.baseline} shape="triangle" isAnimationActive={animate} />
    </ScatterChart>
  );
}
