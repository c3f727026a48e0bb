// Speedup claims as export rows: the table (CSV/JSON), the title and the range-plot frame.
// Rows come from lib/speedups/rows (the same rows the page shows).
import { groupByAspect, type SpeedupRow } from "../speedups/rows";
import { renderFrame, type LegendItem } from "./frame";
import { isHollow, speedupChart } from "./speedup-chart";
import type { ExportTable } from "./table";
import { layout as layoutOf, theme as themeOf } from "./theme";
import { sourceLine, type RenderOptions, type SpeedupQuery } from "./view-state";

export interface SpeedupData {
  query: SpeedupQuery;
  rows: SpeedupRow[];
}

export const SPEEDUP_COLUMNS = [
  { key: "aspect", label: "Aspect" },
  { key: "method", label: "Method" },
  { key: "label", label: "Chart label" },
  { key: "factor", label: "Factor" },
  { key: "factor_high", label: "Factor (high)" },
  { key: "shown", label: "Shown as" },
  { key: "value", label: "Value as written" },
  { key: "value_high", label: "Value high as written" },
  { key: "qualifier", label: "Qualifier" },
  { key: "inverted", label: "Inverted" },
  { key: "no_baseline", label: "No named baseline" },
  { key: "metric", label: "What" },
  { key: "vs", label: "Versus" },
  { key: "dataset", label: "Dataset" },
  { key: "role", label: "Role" },
  { key: "paper_id", label: "Paper id" },
  { key: "paper", label: "Paper" },
  { key: "evidence", label: "Evidence" },
];

export function speedupTable(data: SpeedupData): ExportTable {
  return {
    columns: SPEEDUP_COLUMNS,
    rows: data.rows.map((r) => ({
      aspect: r.aspect,
      method: r.method,
      label: r.label,
      factor: r.low,
      factor_high: r.high !== r.low ? r.high : null,
      shown: r.factorLabel,
      value: r.value,
      value_high: r.valueHigh,
      qualifier: r.qualifier,
      inverted: r.flags.inverted ? "yes" : "no",
      no_baseline: r.flags.noBaseline ? "yes" : "no",
      metric: r.metric,
      vs: r.vs,
      dataset: r.dataset,
      role: r.role,
      paper_id: r.paperId,
      paper: r.paperTitle,
      evidence: r.evidence,
    })),
  };
}

/** Claims on one export chart: the largest 15 fit a slide at a readable size (the CSV and JSON have all). */
export const MAX_SPEEDUP_ROWS = 15;

/** The rows the chart draws: the largest factors first, as the page orders them. */
export const chartRows = (data: SpeedupData) => data.rows.slice(0, MAX_SPEEDUP_ROWS);

export function speedupSubtitle(data: SpeedupData): string {
  const n = data.rows.length;
  const papers = new Set(data.rows.map((r) => r.paperId)).size;
  const q = data.query;
  const cut = n > MAX_SPEEDUP_ROWS ? `the ${MAX_SPEEDUP_ROWS} largest shown` : null;
  const filters = [cut, q.aspect ? `aspect: ${q.aspect}` : null, q.minFactor ? `at least ${q.minFactor}×` : null, q.text ? `matching “${q.text}”` : null];
  return [`${n} claim${n === 1 ? "" : "s"} from ${papers} paper${papers === 1 ? "" : "s"}`, ...filters.filter(Boolean)].join(" · ");
}

export function speedupSvg(data: SpeedupData, opts: RenderOptions): string {
  const t = themeOf(opts.theme);
  const rows = chartRows(data);
  const groups = groupByAspect(rows);
  const legend: LegendItem[] = [
    ...groups.map((g) => ({ label: g.aspect, color: g.color, shape: "circle" }) as LegendItem),
    ...(rows.some(isHollow) ? [{ label: "hollow: no named baseline", color: t.muted, shape: "hollow" } as LegendItem] : []),
  ];
  return renderFrame({
    title: "Speedup claims",
    subtitle: speedupSubtitle(data),
    legend,
    source: sourceLine(new Set(data.rows.map((r) => r.paperId)).size, opts.date),
    url: opts.url,
    theme: t,
    layout: layoutOf(opts.layout),
    chartKind: "speedups",
    chart: (box, s) => speedupChart(rows, box, s, t),
  });
}
