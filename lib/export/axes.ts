// Axes with grid lines for the export charts: a horizontal axis at the bottom, a vertical one on the left.
import type { Box } from "./frame";
import { el, text, type Scale } from "./svg";
import type { ExportTheme } from "./theme";

export interface AxisStyle {
  theme: ExportTheme;
  /** tick label font size */
  fs: number;
}

/** Grid lines across the plot, tick labels below it and the axis title under them. */
export function bottomAxis(scale: Scale, plot: Box, title: string, { theme: t, fs }: AxisStyle): string {
  const parts: string[] = [];
  for (const v of scale.ticks) {
    const x = scale(v);
    parts.push(el("line", { x1: x, x2: x, y1: plot.y, y2: plot.y + plot.h, stroke: t.grid, "stroke-width": Math.max(1, fs / 12) }));
    parts.push(text(x, plot.y + plot.h + fs * 1.3, scale.format(v), { "font-size": fs, fill: t.axis, "text-anchor": "middle" }));
  }
  parts.push(el("line", { x1: plot.x, x2: plot.x + plot.w, y1: plot.y + plot.h, y2: plot.y + plot.h, stroke: t.axis, "stroke-width": Math.max(1, fs / 10) }));
  parts.push(text(plot.x + plot.w / 2, plot.y + plot.h + fs * 2.75, title, { "font-size": fs, fill: t.text, "text-anchor": "middle", "font-weight": 600, "data-role": "x-axis-title" }));
  return el("g", { "data-axis": "x" }, parts.join(""));
}

/** Grid lines, tick labels left of the plot and a rotated axis title. */
export function leftAxis(scale: Scale, plot: Box, title: string, { theme: t, fs }: AxisStyle, titleX: number): string {
  const parts: string[] = [];
  for (const v of scale.ticks) {
    const y = scale(v);
    parts.push(el("line", { x1: plot.x, x2: plot.x + plot.w, y1: y, y2: y, stroke: t.grid, "stroke-width": Math.max(1, fs / 12) }));
    parts.push(text(plot.x - fs * 0.5, y + fs * 0.35, scale.format(v), { "font-size": fs, fill: t.axis, "text-anchor": "end" }));
  }
  parts.push(el("line", { x1: plot.x, x2: plot.x, y1: plot.y, y2: plot.y + plot.h, stroke: t.axis, "stroke-width": Math.max(1, fs / 10) }));
  const cy = plot.y + plot.h / 2;
  parts.push(text(titleX, cy, title, { "font-size": fs, fill: t.text, "text-anchor": "middle", "font-weight": 600, transform: `rotate(-90 ${titleX} ${cy})`, "data-role": "y-axis-title" }));
  return el("g", { "data-axis": "y" }, parts.join(""));
}

/** A centred note inside the plot ("no dates", "no parameter counts"). */
export function emptyNote(box: Box, message: string, t: ExportTheme, fs: number): string {
  return text(box.x + box.w / 2, box.y + box.h / 2, message, { "font-size": fs, fill: t.muted, "text-anchor": "middle", "data-role": "empty" });
}
