"use client";
// A compact ranked bar chart of one leaderboard's best methods (overview cards). Props only, no fetching.
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/claim-value";

export interface MiniBoardRow {
  label: string;
  value: number;
  role: "proposed" | "baseline";
}

export interface MiniBoardChartProps {
  /** best first */
  rows: readonly MiniBoardRow[];
  /** metric name for the axis title */
  metric: string;
  direction: "lower" | "higher";
  /** fixed width (export); omitted: fills its container */
  width?: number;
  animate?: boolean;
  labelWidth?: number;
}

const PROPOSED = "#2563eb";
const BASELINE = "#94a3b8";
const AXIS = "#64748b";

function clip(s: string, px: number): string {
  const max = Math.max(4, Math.floor(px / 7));
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function MiniBoardChart({ rows, metric, direction, width, animate = true, labelWidth = 96 }: MiniBoardChartProps) {
  const data = rows.map((r) => ({ ...r, short: clip(r.label, labelWidth - 8) }));
  // plot rows + margins (8) + the x axis (36)
  const h = data.length * 24 + 8 + 36;
  const sizing = width ? { width, height: h } : { responsive: true, style: { width: "100%", height: h } };
  return (
    <BarChart {...sizing} data={data} layout="vertical" margin={{ top: 4, right: 44, bottom: 4, left: 0 }} accessibilityLayer={false}>
      <XAxis
        type="number"
        domain={[0, "auto"]}
        tickCount={3}
        tick={{ fontSize: 10, fill: AXIS }}
        stroke={AXIS}
        tickFormatter={(v: number) => formatNumber(v)}
        label={{ value: `${metric} (${direction} is better)`, position: "insideBottom", offset: -2, fontSize: 11, fill: "#0f172a" }}
        height={36}
      />
      <YAxis
        type="category"
        dataKey="short"
        width={labelWidth}
        stroke={AXIS}
        interval={0}
        tickLine={false}
        tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: unknown } }) => (
          <text x={Number(x) - 4} y={y} dy="0.35em" textAnchor="end" fontSize={11} fill="#0f172a">
            {String(payload.value)}
          </text>
        )}
      />
      <Bar dataKey="value" isAnimationActive={animate} barSize={14} radius={[0, 3, 3, 0]}>
        {data.map((d, i) => (
          <Cell key={i} fill={d.role === "baseline" ? BASELINE : PROPOSED} />
        ))}
        <LabelList dataKey="value" position="right" fontSize={10} fill="#0f172a" formatter={(v: unknown) => formatNumber(Number(v))} />
      </Bar>
    </BarChart>
  );
}
