"use client";
// Ranked horizontal bars, best first (top), coloured by role; value labels at the bar ends.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { LeaderboardRow } from "@/lib/leaderboard/rows";
import { formatClaimValue } from "@/lib/format/claim-value";
import { LeaderboardTooltip } from "./leaderboard-tooltip";
import {
  formatTick, LEADERBOARD_COLORS, linearTicks, metricAxisTitle, truncate, type LeaderboardChartBaseProps,
} from "./leaderboard-chart-utils";

export interface LeaderboardBarsProps extends LeaderboardChartBaseProps {
  /** rows in rank order (from shapeRows); the chart draws the first `maxBars` */
  rows: readonly LeaderboardRow[];
  maxBars?: number;
}

export const BAR_ROW_HEIGHT = 28;

/** The height the bars need for n rows (axis title and ticks included). */
export function barsHeight(n: number): number {
  return Math.max(160, n * BAR_ROW_HEIGHT + 70);
}

export function LeaderboardBars({ rows, metric, width, height, animate = false, labelWidth = 180, maxBars = 25 }: LeaderboardBarsProps) {
  const shown = rows.slice(0, maxBars);
  // only an index and what recharts draws: the datum's keys end up as attributes of the bar's <path>
  const data = shown.map((r, i) => ({
    i,
    key: `${i}`,
    value: r.value,
    fill: LEADERBOARD_COLORS[r.role],
    valueText: formatClaimValue({ ...r, kind: "result" }),
  }));
  const h = height ?? barsHeight(shown.length);
  const maxChars = Math.max(8, Math.floor((labelWidth - 18) / 7.6));
  const ticks = linearTicks(Math.max(0, ...shown.map((r) => r.value)));
  const sizing = width ? { width, height: h } : { responsive: true, style: { width: "100%", height: h } };
  return (
    <BarChart
      {...sizing}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 56, bottom: 28, left: 4 }}
      accessibilityLayer
      desc={`${metricAxisTitle(metric)}: ${shown.length} methods, best first`}
    >
      <CartesianGrid horizontal={false} stroke={LEADERBOARD_COLORS.grid} />
      <XAxis
        type="number"
        domain={[Math.min(0, ...shown.map((r) => r.value)), ticks[ticks.length - 1]]}
        ticks={ticks}
        tickFormatter={formatTick}
        stroke={LEADERBOARD_COLORS.axis}
        fontSize={12}
        label={{ value: metricAxisTitle(metric), position: "insideBottom", offset: -18, fill: LEADERBOARD_COLORS.text, fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={labelWidth}
        interval={0}
        stroke={LEADERBOARD_COLORS.axis}
        tick={(p: { x: number | string; y: number | string; payload: { value: unknown } }) => {
          const row = shown[Number(p.payload.value)];
          if (!row) return <g />;
          const text = `${row.rank}. ${row.label}`;
          return (
            <text x={Number(p.x) - 4} y={Number(p.y)} dy={4} textAnchor="end" fontSize={12} fill={LEADERBOARD_COLORS.text}>
              <title>{text}</title>
              {truncate(text, maxChars)}
            </text>
          );
        }}
      />
      <Tooltip content={(p) => <LeaderboardTooltip active={p.active} payload={p.payload} rows={shown} />} cursor={{ fill: "#f1f5f9" }} isAnimationActive={animate} />
      <Bar dataKey="value" isAnimationActive={animate} maxBarSize={20} name={metric.name}>
        <LabelList dataKey="valueText" position="right" fontSize={11} fill={LEADERBOARD_COLORS.text} />
      </Bar>
    </BarChart>
  );
}
