"use client";
// Every speedup claim on one log-scale range plot, grouped by aspect: a dot for a single factor, a bar from
// value to value_high for a range, hollow when no baseline is named, the factor (with its qualifier) beside it.
// Props only (no fetching): the export renders it at a fixed width/height with animate={false}.
import { ReferenceArea, Scatter, ScatterChart, Tooltip, XAxis, YAxis, usePlotArea, useXAxisScale } from "recharts";
import { factorDomain, formatFactorTick, logTicks, type SpeedupGroup, type SpeedupRow } from "@/lib/speedups/rows";
import { SpeedupTooltip } from "@/components/speedups/speedup-tooltip";

export interface SpeedupRangeChartProps {
  /** from groupByAspect(speedupRows(claims)) */
  groups: readonly SpeedupGroup[];
  /** fixed pixel width (export); omitted: fills its container */
  width?: number;
  /** fixed pixel height; omitted: grows with the number of rows */
  height?: number;
  /** false for exports and screenshots */
  animate?: boolean;
  /** pixels reserved for the row labels on the left */
  labelWidth?: number;
  /** pixels per row (claims and group headings) */
  rowHeight?: number;
  tooltip?: boolean;
  /** font size of labels and ticks */
  fontSize?: number;
}

export interface ChartItem {
  y: number;
  kind: "heading" | "row";
  text: string;
  color: string;
  row?: SpeedupRow;
}

/** Headings and rows in plotting order: y = 0 at the top. */
export function chartItems(groups: readonly SpeedupGroup[]): ChartItem[] {
  const items: ChartItem[] = [];
  for (const g of groups) {
    items.push({ y: items.length, kind: "heading", text: `${g.aspect} (${g.rows.length})`, color: g.color });
    for (const r of g.rows) items.push({ y: items.length, kind: "row", text: r.label, color: g.color, row: r });
  }
  return items;
}

const AXIS = "#64748b";
const TEXT = "#0f172a";

const RIGHT_MARGIN = 24;
const AXIS_HEIGHT = 44;
/** Approximate width of a label in DejaVu Sans (a wide font: a safe bound for narrower ones). */
function textPx(s: string, fontSize: number): number {
  return s.length * fontSize * 0.66;
}

function clip(s: string, px: number, fontSize: number): string {
  const max = Math.max(4, Math.floor(px / (fontSize * 0.66)));
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: { row: SpeedupRow; color: string };
  fontSize: number;
}

/** One claim's mark: a bar (range) or a dot, hollow without a named baseline, with its factor label. */
function ClaimMark({ cx, cy, payload, fontSize }: ShapeProps) {
  const scale = useXAxisScale();
  if (cx == null || cy == null || !payload) return null;
  const { row, color } = payload;
  const x2 = row.flags.range && scale ? (scale(row.high) ?? cx) : cx;
  const hollow = row.flags.noBaseline;
  const plot = usePlotArea();
  const rightEdge = plot ? plot.x + plot.width + RIGHT_MARGIN - 2 : Infinity;
  const label = row.flags.inverted ? `${row.factorLabel.replace(/ \(written (.+)\)$/, "")} ↺` : row.factorLabel;
  const labelRight = x2 + 10 + textPx(label, fontSize - 1) < rightEdge;
  return (
    <g data-claim-id={row.id} data-mark={row.flags.range ? "range" : "dot"} className="speedup-mark">
      {row.flags.range ? (
        <rect
          x={cx - 5}
          y={cy - 5}
          width={Math.max(10, x2 - cx + 10)}
          height={10}
          rx={5}
          fill={hollow ? "#ffffff" : color}
          fillOpacity={hollow ? 1 : 0.85}
          stroke={color}
          strokeWidth={2}
        />
      ) : (
        <circle cx={cx} cy={cy} r={5.5} fill={hollow ? "#ffffff" : color} stroke={color} strokeWidth={2} />
      )}
      <text
        x={labelRight ? x2 + 10 : cx - 10}
        y={cy}
        dy="0.35em"
        textAnchor={labelRight ? "start" : "end"}
        fontSize={fontSize - 1}
        fill={TEXT}
      >
        {label}
      </text>
    </g>
  );
}

export function SpeedupRangeChart({
  groups,
  width,
  height,
  animate = true,
  labelWidth = 190,
  rowHeight = 26,
  tooltip = true,
  fontSize = 12,
}: SpeedupRangeChartProps) {
  const items = chartItems(groups);
  const rows = groups.flatMap((g) => g.rows);
  const domain = factorDomain(rows);
  const ticks = logTicks(domain[0], domain[1]);
  // the x axis (ticks + title) takes AXIS_HEIGHT below the plot, on top of the margin
  const margin = { top: 8, right: RIGHT_MARGIN, bottom: 4, left: 4 };
  const h = height ?? items.length * rowHeight + margin.top + margin.bottom + AXIS_HEIGHT;
  const byY = new Map(items.map((i) => [i.y, i]));
  const sizing = width ? { width, height: h } : { responsive: true, style: { width: "100%", height: h } };

  return (
    <ScatterChart {...sizing} margin={margin} accessibilityLayer={false}>
      {groups.map((g) => {
        const first = items.find((i) => i.kind === "heading" && i.text.startsWith(`${g.aspect} (`))!.y;
        return (
          <ReferenceArea
            key={`band-${g.aspect}`}
            y1={first - 0.5}
            y2={first + g.rows.length + 0.5}
            fill={g.color}
            fillOpacity={0.05}
            stroke="none"
            ifOverflow="hidden"
          />
        );
      })}
      <XAxis
        type="number"
        dataKey="x"
        scale="log"
        domain={domain}
        ticks={ticks}
        tickFormatter={formatFactorTick}
        stroke={AXIS}
        tick={{ fontSize, fill: AXIS }}
        label={{ value: "speedup factor (×, log scale)", position: "insideBottom", offset: -2, fill: TEXT, fontSize }}
        height={AXIS_HEIGHT}
      />
      <YAxis
        type="number"
        dataKey="y"
        reversed
        domain={[-0.5, Math.max(0.5, items.length - 0.5)]}
        ticks={items.map((i) => i.y)}
        interval={0}
        width={labelWidth}
        stroke={AXIS}
        tickLine={false}
        tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: unknown } }) => {
          const it = byY.get(Number(payload.value));
          if (!it) return <g />;
          const heading = it.kind === "heading";
          return (
            <text
              x={heading ? 4 : Number(x) - 6}
              y={y}
              dy="0.35em"
              textAnchor={heading ? "start" : "end"}
              fontSize={fontSize}
              fontWeight={heading ? 700 : 400}
              fill={heading ? it.color : TEXT}
            >
              {clip(heading ? it.text.toUpperCase() : it.text, heading ? labelWidth + 400 : labelWidth - 12, fontSize)}
            </text>
          );
        }}
      />
      {tooltip && <Tooltip cursor={false} content={<SpeedupTooltip />} isAnimationActive={false} />}
      {groups.map((g) => (
        <Scatter
          key={g.aspect}
          name={g.aspect}
          data={items.filter((i) => i.row && i.row.aspect === g.aspect).map((i) => ({ x: i.row!.low, y: i.y, row: i.row!, color: g.color }))}
          fill={g.color}
          isAnimationActive={animate}
          shape={(p: unknown) => <ClaimMark {...(p as ShapeProps)} fontSize={fontSize} />}
        />
      ))}
    </ScatterChart>
  );
}
