// The range plot of speedup claims: one row per claim, grouped by aspect, factor on a log axis.
import { factorDomain, formatFactorTick, groupByAspect, logTicks, type SpeedupRow } from "../speedups/rows";
import { bottomAxis, emptyNote } from "./axes";
import type { Box } from "./frame";
import { el, fit, text, textWidth, type Scale } from "./svg";
import type { ExportTheme } from "./theme";

/** No named baseline: drawn hollow, as on the page (qualifiers show as ≤ ≈ > ≥ in the label). */
export const isHollow = (r: SpeedupRow) => r.flags.noBaseline;

function factorScale(rows: SpeedupRow[], x0: number, x1: number): Scale {
  const [lo, hi] = factorDomain(rows);
  const f = ((v: number) => x0 + ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (x1 - x0)) as Scale;
  const all = logTicks(lo, hi);
  // only powers of ten when 1-2-5 ticks would crowd the axis
  f.ticks = all.length > 10 ? all.filter((v) => Number.isInteger(Math.log10(v))) : all;
  f.format = formatFactorTick;
  return f;
}

export function speedupChart(rows: SpeedupRow[], box: Box, s: number, t: ExportTheme): string {
  if (!rows.length) return emptyNote(box, "No speedup claims match these filters", t, 32 * s);
  const index = new Map(rows.map((r, i) => [r, i]));
  const groups = groupByAspect(rows);
  // a group heading takes 0.9 of a row, plus 0.3 of space above it (except the first)
  const lines = rows.length + groups.length * 1.2 - 0.3;
  const tickFs = 24 * s;
  const axisH = tickFs * 3.3;
  const rowH = (box.h - axisH) / lines;
  const fs = Math.max(8, Math.min(26 * s, rowH * 0.72));
  const labels = rows.map((r) => r.label);
  const labelW = Math.min(box.w * 0.36, Math.max(...labels.map((l) => textWidth(l, fs))) + fs);
  const valueW = Math.min(box.w * 0.22, Math.max(...rows.map((r) => textWidth(r.factorLabel, fs))) + fs);
  const plot: Box = { x: box.x + labelW, y: box.y, w: box.w - labelW - valueW, h: box.h - axisH };
  const x = factorScale(rows, plot.x, plot.x + plot.w);
  const out: string[] = [bottomAxis(x, plot, "Speedup factor, log scale — further right is faster →", { theme: t, fs: tickFs })];
  let line = 0;
  for (const g of groups) {
    if (line > 0) line += 0.3;
    const gy = plot.y + line * rowH + rowH * 0.45 + fs * 0.35;
    out.push(text(box.x, gy, g.aspect.toUpperCase(), { "font-size": fs, "font-weight": 700, fill: g.color, "letter-spacing": fs * 0.04 }));
    line += 0.9;
    for (const r of g.rows) {
      const i = index.get(r)!;
      const cy = plot.y + line * rowH + rowH / 2;
      const x0 = x(r.low);
      const x1 = x(r.high);
      const rad = Math.max(3, Math.min(10 * s, rowH * 0.32));
      const weak = isHollow(r);
      const dot = (cx: number) => el("circle", { cx, cy, r: rad, fill: weak ? t.background : g.color, stroke: g.color, "stroke-width": Math.max(1.5, rad * 0.4) });
      out.push(el("g", { "data-mark": "speedup", "data-row": i }, [
        text(plot.x - fs * 0.5, cy + fs * 0.35, fit(labels[i], fs, labelW - fs * 1.2), { "font-size": fs, fill: t.text, "text-anchor": "end" }),
        x1 > x0 ? el("line", { x1: x0, x2: x1, y1: cy, y2: cy, stroke: g.color, "stroke-width": rad * 0.9, "stroke-linecap": "round" }) : "",
        dot(x0),
        x1 > x0 ? dot(x1) : "",
        text(x1 + rad + fs * 0.4, cy + fs * 0.35, fit(r.factorLabel, fs, valueW + plot.x + plot.w - x1 - rad - fs), { "font-size": fs, fill: t.text }),
      ].join("")));
      line++;
    }
  }
  return out.join("");
}
