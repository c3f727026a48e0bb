// The fixed-size export layout as one self-contained SVG: background, title, subtitle, legend, the chart,
// and a footer with the source and the view's URL. Everything is SVG text and shapes with resolved colours.
import { el, esc, fit, text, textWidth } from "./svg";
import { FONT_STACK, type ExportLayout, type ExportTheme } from "./theme";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LegendItem {
  label: string;
  color: string;
  shape: "square" | "circle" | "hollow" | "line";
}

export interface FrameSpec {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** "12 papers · extracted from abstracts · 2026-11-29" */
  source: string;
  url: string;
  theme: ExportTheme;
  layout: ExportLayout;
  /** marks: draws the chart into its box, with s the type scale */
  chart: (box: Box, s: number) => string;
  /** data-chart attribute: bars | scatter | time | speedups */
  chartKind: string;
}

function swatch(item: LegendItem, x: number, cy: number, size: number): string {
  const r = size / 2;
  switch (item.shape) {
    case "circle":
      return el("circle", { cx: x + r, cy, r: r * 0.8, fill: item.color });
    case "hollow":
      return el("circle", { cx: x + r, cy, r: r * 0.7, fill: "none", stroke: item.color, "stroke-width": size * 0.18 });
    case "line":
      return el("line", { x1: x, x2: x + size, y1: cy, y2: cy, stroke: item.color, "stroke-width": size * 0.2 });
    default:
      return el("rect", { x, y: cy - r, width: size, height: size, rx: size * 0.15, fill: item.color });
  }
}

/** Legend items left to right, wrapping onto a new line when the width runs out; returns the SVG and its height. */
export function legend(items: LegendItem[], x: number, y: number, maxW: number, fs: number, color: string): { svg: string; height: number } {
  const size = fs * 0.9;
  const lineH = fs * 1.5;
  let cx = x;
  let cy = y + lineH / 2;
  const parts: string[] = [];
  for (const item of items) {
    const w = size + fs * 0.4 + textWidth(item.label, fs);
    if (cx > x && cx + w > x + maxW) {
      cx = x;
      cy += lineH;
    }
    parts.push(swatch(item, cx, cy, size), text(cx + size + fs * 0.4, cy + fs * 0.35, item.label, { "font-size": fs, fill: color }));
    cx += w + fs * 1.4;
  }
  const height = items.length ? cy - y + lineH / 2 : 0;
  return { svg: el("g", { "data-legend": "" }, parts.join("")), height };
}

export function renderFrame(spec: FrameSpec): string {
  const { theme: t, layout: l } = spec;
  const s = l.scale;
  const W = l.width;
  const H = l.height;
  const pad = 72 * s;
  const innerW = W - 2 * pad;
  const titleFs = 60 * s;
  const subFs = 32 * s;
  const legendFs = 28 * s;
  const footFs = 22 * s;

  const titleY = pad + titleFs * 0.8;
  const subY = titleY + subFs * 1.6;
  const lg = legend(spec.legend, pad, subY + subFs * 0.7, innerW, legendFs, t.text);
  const chartTop = subY + subFs * 0.7 + lg.height + 28 * s;
  const footTop = H - pad * 0.7 - footFs * 2.6;
  const box: Box = { x: pad, y: chartTop, w: innerW, h: footTop - chartTop - 24 * s };

  const brand = "sotaboard";
  const brandW = textWidth(brand, footFs) + footFs;
  const parts = [
    el("title", {}, esc(spec.title)),
    el("desc", {}, esc(`${spec.subtitle}. Source: ${spec.source}. ${spec.url}`)),
    el("rect", { x: 0, y: 0, width: W, height: H, fill: t.background }),
    text(pad, titleY, fit(spec.title, titleFs, innerW), { "font-size": titleFs, "font-weight": 700, fill: t.text, "data-role": "title" }),
    text(pad, subY, fit(spec.subtitle, subFs, innerW), { "font-size": subFs, fill: t.muted, "data-role": "subtitle" }),
    lg.svg,
    el("g", { "data-role": "chart" }, spec.chart(box, s)),
    el("line", { x1: pad, x2: W - pad, y1: footTop, y2: footTop, stroke: t.grid, "stroke-width": Math.max(1, 2 * s) }),
    text(pad, footTop + footFs * 1.3, fit(`Source: ${spec.source}`, footFs, innerW - brandW), { "font-size": footFs, fill: t.muted, "data-role": "source" }),
    text(pad, footTop + footFs * 2.6, fit(spec.url, footFs, innerW - brandW), { "font-size": footFs, fill: t.muted, "data-role": "url" }),
    text(W - pad, footTop + footFs * 1.3, brand, { "font-size": footFs, "font-weight": 700, fill: t.muted, "text-anchor": "end" }),
  ];
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      "font-family": FONT_STACK,
      role: "img",
      "data-chart": spec.chartKind,
      "data-theme": t.name,
      "data-layout": l.name,
    },
    parts.join(""),
  );
}
