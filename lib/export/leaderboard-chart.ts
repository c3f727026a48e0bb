// The marks of a leaderboard export: ranked bars, value against parameter count, value over time.
import { bottomAxis, emptyNote, leftAxis } from "./axes";
import type { Box } from "./frame";
import { formatClaimValue } from "../format/claim-value";
import { bestSoFar, rowsWithParams, type LeaderboardRow as BoardRow } from "../leaderboard/rows";
import type { BoardData } from "./leaderboard";
import { el, fit, formatCount, linearScale, logScale, text, textWidth } from "./svg";
import type { ExportTheme } from "./theme";

function axisTitle(data: BoardData): string {
  const unit = data.metric.unit ? ` (${data.metric.unit})` : "";
  return `${data.metric.name}${unit} — ${data.metric.direction === "lower" ? "lower is better ↓" : "higher is better ↑"}`;
}

function valueLabel(r: BoardRow): string {
  return formatClaimValue({ value: r.value, valueHigh: r.valueHigh, unit: r.unit, qualifier: r.qualifier, kind: "result" });
}

/** Bars on one export, as on the page: the best 25 (the CSV and JSON have every row). */
export const MAX_BARS = 25;

/** The rows a view draws: the best MAX_BARS bars, the rows with a parameter count, the rows with a date. */
export function plottedRows(data: BoardData): BoardRow[] {
  if (data.query.view === "scatter") return rowsWithParams(data.rows);
  if (data.query.view === "time") return data.rows.filter((r) => r.time != null);
  return data.rows.slice(0, MAX_BARS);
}

const colorOf = (r: BoardRow, t: ExportTheme) => (r.role === "baseline" ? t.baseline : t.primary);

export function leaderboardChart(data: BoardData, box: Box, s: number, t: ExportTheme): string {
  if (data.query.view === "scatter") return scatter(data, box, s, t);
  if (data.query.view === "time") return overTime(data, box, s, t);
  return bars(data, box, s, t);
}

function bars(data: BoardData, box: Box, s: number, t: ExportTheme): string {
  const rows = data.rows.slice(0, MAX_BARS);
  const tickFs = 24 * s;
  const axisH = tickFs * 3.3;
  const rowH = (box.h - axisH) / Math.max(rows.length, 1);
  const fs = Math.max(9, Math.min(28 * s, rowH * 0.62));
  const labels = rows.map((r) => `${r.rank}. ${r.label}`);
  const labelW = Math.min(box.w * 0.34, Math.max(...labels.map((l) => textWidth(l, fs)), 0) + fs);
  const values = rows.map(valueLabel);
  const valueW = Math.max(...values.map((v) => textWidth(v, fs)), 0) + fs;
  const plot: Box = { x: box.x + labelW, y: box.y, w: box.w - labelW - valueW, h: box.h - axisH };
  const max = Math.max(...rows.map((r) => r.valueHigh ?? r.value));
  const min = Math.min(0, ...rows.map((r) => r.value));
  const x = linearScale([min, max], [plot.x, plot.x + plot.w], 6, true);
  const marks = rows.map((r, i) => {
    const y = plot.y + i * rowH;
    const x0 = x(Math.max(0, min));
    const x1 = x(r.value);
    const barH = rowH * 0.68;
    const by = y + (rowH - barH) / 2;
    const cy = y + rowH / 2 + fs * 0.35;
    const range = r.valueHigh != null ? el("rect", { x: x1, y: by + barH * 0.35, width: Math.max(0, x(r.valueHigh) - x1), height: barH * 0.3, fill: colorOf(r, t), opacity: 0.45 }) : "";
    return el("g", { "data-mark": "bar", "data-row": i }, [
      text(box.x + labelW - fs * 0.5, cy, fit(labels[i], fs, labelW - fs * 0.6), { "font-size": fs, fill: t.text, "text-anchor": "end" }),
      el("rect", { x: Math.min(x0, x1), y: by, width: Math.max(1, Math.abs(x1 - x0)), height: barH, rx: Math.min(4 * s, barH / 4), fill: colorOf(r, t) }),
      range,
      text(x(r.valueHigh ?? r.value) + fs * 0.4, cy, values[i], { "font-size": fs, fill: t.text, "font-weight": i === 0 ? 700 : 400 }),
    ].join(""));
  });
  return bottomAxis(x, plot, axisTitle(data), { theme: t, fs: tickFs }) + marks.join("");
}

/** Shared frame of the two x/y charts: plot box and y scale. */
function xyPlot(rows: BoardRow[], box: Box, s: number) {
  const tickFs = 24 * s;
  const values = rows.flatMap((r) => [r.value, r.valueHigh ?? r.value]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
  const plot: Box = { x: box.x + tickFs * 5.2, y: box.y + tickFs * 0.6, w: box.w - tickFs * 6.5, h: box.h - tickFs * 3.9 };
  return { tickFs, plot, yDomain: [Math.max(lo >= 0 ? 0 : -Infinity, lo - pad), hi + pad] as [number, number] };
}

function point(r: BoardRow, i: number, cx: number, cy: number, s: number, t: ExportTheme, label: boolean, kind: string): string {
  const fs = 22 * s;
  return el("g", { "data-mark": kind, "data-row": i }, [
    el("circle", { cx, cy, r: 11 * s, fill: colorOf(r, t), stroke: t.background, "stroke-width": 2 * s }),
    label ? text(cx + 15 * s, cy - 10 * s, r.label, { "font-size": fs, fill: t.text }) : "",
  ].join(""));
}

function scatter(data: BoardData, box: Box, s: number, t: ExportTheme): string {
  const withParams = new Set(rowsWithParams(data.rows));
  const rows = data.rows.map((r, i) => ({ r, i })).filter(({ r }) => withParams.has(r));
  if (!rows.length) return emptyNote(box, "No method on this board reports a parameter count", t, 32 * s);
  const { tickFs, plot, yDomain } = xyPlot(rows.map(({ r }) => r), box, s);
  const counts = rows.map(({ r }) => r.paramsCount!);
  const x = logScale([Math.min(...counts), Math.max(...counts)], [plot.x, plot.x + plot.w], formatCount);
  const y = linearScale(yDomain, [plot.y + plot.h, plot.y], 6);
  const style = { theme: t, fs: tickFs };
  const missing = data.rows.length - rows.length;
  return [
    bottomAxis(x, plot, "Parameters (log scale)", style),
    leftAxis(y, plot, axisTitle(data), style, box.x + tickFs * 0.8),
    ...rows.map(({ r, i }) => point(r, i, x(r.paramsCount!), y(r.value), s, t, rows.length <= 24, "point")),
    missing ? text(plot.x + plot.w, plot.y - tickFs * 0.2, `${missing} of ${data.rows.length} rows have no parameter count and are not plotted`, { "font-size": tickFs * 0.8, fill: t.muted, "text-anchor": "end" }) : "",
  ].join("");
}

function overTime(data: BoardData, box: Box, s: number, t: ExportTheme): string {
  const rows = data.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.time != null);
  if (!rows.length) return emptyNote(box, "No paper on this board has a publication date", t, 32 * s);
  const { tickFs, plot, yDomain } = xyPlot(rows.map(({ r }) => r), box, s);
  const year = (ms: number) => { const d = new Date(ms); return d.getUTCFullYear() + d.getUTCMonth() / 12 + (d.getUTCDate() - 1) / 365; };
  const years = rows.map(({ r }) => year(r.time!));
  const x = linearScale([Math.min(...years), Math.max(...years)], [plot.x, plot.x + plot.w], 6);
  x.format = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  const y = linearScale(yDomain, [plot.y + plot.h, plot.y], 6);
  // best-so-far as a step line, carried on to the right edge
  const steps = bestSoFar(data.rows, data.metric.direction);
  const d = steps.map((p, k) => `${k ? `L${x(year(p.time)).toFixed(1)},${y(steps[k - 1].value).toFixed(1)} L` : "M"}${x(year(p.time)).toFixed(1)},${y(p.value).toFixed(1)}`);
  d.push(`L${(plot.x + plot.w).toFixed(1)},${y(steps[steps.length - 1].value).toFixed(1)}`);
  const style = { theme: t, fs: tickFs };
  return [
    bottomAxis(x, plot, "Publication date", style),
    leftAxis(y, plot, axisTitle(data), style, box.x + tickFs * 0.8),
    el("path", { d: d.join(" "), fill: "none", stroke: t.accent, "stroke-width": 4 * s, "data-role": "frontier" }),
    ...rows.map(({ r, i }, k) => point(r, i, x(years[k]), y(r.value), s, t, rows.length <= 24, "point")),
  ].join("");
}
